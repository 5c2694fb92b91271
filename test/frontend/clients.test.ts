/**
 * "Typed operations in five minutes", checked: each client configuration in examples/clients (Apollo Client
 * and urql with GraphQL Code Generator's client preset, Relay with relay-compiler) is run against the schema
 * a client sees (`npm run schema:client`), and its sample — which uses an example operation — is
 * type-checked with tsc. The mistakes the types exist to catch are caught: a misspelled field fails
 * codegen, a wrong variable type fails tsc. Then the trusted-document manifests those real tools wrote are
 * loaded by a gateway in enforce mode, and the documents run by id, as the clients send them.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startHarness, type Harness } from '../helpers/harness.js';
import { bin, codegen as codegenIn, run, tsc, workspace } from './tools.js';

let work: string;
const codegen = (dir: string) => codegenIn(dir, path.join(work, 'schema.graphql'));

beforeAll(() => {
  work = workspace(['apollo', 'urql', 'relay']);
  // relay-compiler reads the schema from a file beside its config (npm run schema:client -- schema.graphql).
  cpSync(path.join(work, 'schema.graphql'), path.join(work, 'relay', 'schema.graphql'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('client configurations against the schema', () => {
  it('Apollo Client and urql: the client preset generates typed documents and a manifest; the samples type-check', async () => {
    const [apollo, urql] = await Promise.all([codegen(path.join(work, 'apollo')), codegen(path.join(work, 'urql'))]);
    expect(apollo).toMatchObject({ code: 0 });
    expect(urql).toMatchObject({ code: 0 });
    const [apolloTypes, urqlTypes] = await Promise.all([tsc(path.join(work, 'apollo')), tsc(path.join(work, 'urql'))]);
    expect(apolloTypes).toEqual({ code: 0, output: expect.any(String) });
    expect(urqlTypes).toEqual({ code: 0, output: expect.any(String) });
    const manifest = JSON.parse(
      readFileSync(path.join(work, 'apollo', 'src', 'gql', 'persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    expect(Object.values(manifest).some((text) => text.startsWith('query TeamView('))).toBe(true);
  }, 240_000);

  it('Relay: relay-compiler accepts the Relay conventions (@refetchable through Node, @connection), writes the persisted-query map; the samples type-check', async () => {
    const dir = path.join(work, 'relay');
    const compiled = await run(bin('relay-compiler'), [], dir);
    expect(compiled).toMatchObject({ code: 0 });
    expect(await tsc(dir)).toMatchObject({ code: 0 });
    const map = JSON.parse(readFileSync(path.join(dir, 'persisted-queries.json'), 'utf8')) as Record<string, string>;
    expect(
      Object.values(map)
        .map((text) => /^query (\w+)/.exec(text)?.[1])
        .sort(),
    ).toEqual(['TeamMembersPaginationQuery', 'TeamViewQuery']);
  }, 120_000);

  it('the mistakes are caught: a misspelled field fails codegen, a wrong variable type fails tsc (Apollo and Relay)', async () => {
    const apollo = path.join(work, 'apollo');
    writeFileSync(
      path.join(apollo, 'src', 'broken.ts'),
      [
        "import { client } from './team';",
        "import { TeamViewDocument } from './gql/graphql';",
        'export const wrong = client.query({ query: TeamViewDocument, variables: { memberId: true } });',
        '',
      ].join('\n'),
    );
    const typeError = await tsc(apollo);
    expect(typeError.code).not.toBe(0);
    expect(typeError.output).toMatch(/broken\.ts.*error TS(2322|2769)/);
    rmSync(path.join(apollo, 'src', 'broken.ts'));

    mkdirSync(path.join(apollo, 'src', 'typo'), { recursive: true });
    writeFileSync(path.join(apollo, 'src', 'typo', 'typo.graphql'), 'query Typo { me { nmae } }\n');
    const fieldError = await codegen(apollo);
    expect(fieldError.code).not.toBe(0);
    expect(fieldError.output).toMatch(/Cannot query field "nmae" on type "User"/);
    rmSync(path.join(apollo, 'src', 'typo'), { recursive: true });

    const relay = path.join(work, 'relay');
    writeFileSync(
      path.join(relay, 'src', 'broken.ts'),
      [
        "import { fetchQuery, graphql } from 'relay-runtime';",
        "import type { TeamViewQuery } from './__generated__/TeamViewQuery.graphql';",
        "import { environment } from './TeamView';",
        'declare const query: Parameters<typeof fetchQuery<TeamViewQuery>>[1];',
        "export const wrong = fetchQuery<TeamViewQuery>(environment, query, { managerId: 'x', first: 'ten' });",
        'export const unused = graphql;',
        '',
      ].join('\n'),
    );
    const relayError = await tsc(relay);
    expect(relayError.code).not.toBe(0);
    expect(relayError.output).toMatch(/broken\.ts.*error TS(2322|2769)/);
    rmSync(path.join(relay, 'src', 'broken.ts'));
  }, 240_000);
});

describe('trusted documents from the manifests the real tools wrote', () => {
  let h: Harness;
  let manifests: { apollo: Record<string, string>; relay: Record<string, string> };

  beforeAll(async () => {
    const apolloManifest = path.join(work, 'apollo', 'src', 'gql', 'persisted-documents.json');
    const relayManifest = path.join(work, 'relay', 'persisted-queries.json');
    manifests = {
      apollo: JSON.parse(readFileSync(apolloManifest, 'utf8')) as Record<string, string>,
      relay: JSON.parse(readFileSync(relayManifest, 'utf8')) as Record<string, string>,
    };
    h = await startHarness({
      env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_MANIFESTS: `${apolloManifest},${relayManifest}` },
    });
  });
  afterAll(() => h?.close());

  const post = async (body: unknown) => {
    const response = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-token' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: Array<{ extensions?: { code?: string } }>;
      },
    };
  };

  it('runs the client preset document by its documentId, and the Relay query by its doc_id', async () => {
    const fx = h.emulator.store.fixtures();
    const [teamViewId] = Object.entries(manifests.apollo).find(([, text]) => text.startsWith('query TeamView('))!;
    const apollo = await post({ documentId: teamViewId, variables: { memberId: fx.richUser } });
    expect(apollo.status).toBe(200);
    expect(apollo.body.errors).toBeUndefined();
    expect(apollo.body.data).toMatchObject({ user: { id: fx.richUser } });

    const relayId = (name: string) =>
      Object.entries(manifests.relay).find(([, text]) => text.startsWith(`query ${name}(`))![0];
    const relay = await post({
      doc_id: relayId('TeamViewQuery'),
      variables: { managerId: fx.managerOfManagers, first: 2 },
    });
    expect(relay.status).toBe(200);
    expect(relay.body.errors).toBeUndefined();
    expect(relay.body.data).toMatchObject({
      node: {
        __typename: 'User',
        id: fx.managerOfManagers,
        directReportsConnection: { pageInfo: { hasNextPage: true } },
      },
    });
  });

  it('pages a team the way usePaginationFragment does: the generated refetch query through node(id:), cursor after cursor', async () => {
    const fx = h.emulator.store.fixtures();
    const docId = Object.entries(manifests.relay).find(([, text]) =>
      text.startsWith('query TeamMembersPaginationQuery('),
    )![0];
    type Team = {
      node: {
        id: string;
        directReportsConnection: {
          edges: Array<{ node: { id: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { body } = await post({ doc_id: docId, variables: { id: fx.managerOfManagers, count: 2, cursor } });
      expect(body.errors).toBeUndefined();
      const connection = (body.data as Team).node.directReportsConnection;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      cursor = connection.pageInfo.endCursor;
    }
    const reports = (await (
      await fetch(`${h.emulator.url}/api/v2/users/${fx.managerOfManagers}/directreports`, {
        headers: { authorization: 'Bearer t' },
      })
    ).json()) as Array<{ id: string }>;
    expect(seen).toEqual(reports.map((r) => r.id));
    expect(reports.length).toBeGreaterThan(2);
  });

  it('the real Apollo Client with its persisted-query link (hash only, as extensions.persistedQuery) runs the sample', async () => {
    const fx = h.emulator.store.fixtures();
    const dir = path.join(work, 'apollo');
    const bundled = await run(
      bin('esbuild'),
      ['src/team.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=dist/team.mjs', '--log-level=warning'],
      dir,
    );
    expect(bundled).toMatchObject({ code: 0 });
    const script = [
      `const sample = await import(${JSON.stringify(path.join(dir, 'dist', 'team.mjs'))});`,
      `const client = sample.createClient(${JSON.stringify(h.gateway.url)}, 'test-token');`,
      `console.log(JSON.stringify(await sample.teamOf(${JSON.stringify(fx.richUser)}, client)));`,
    ].join('\n');
    const ran = await run(process.execPath, ['--input-type=module', '-e', script], dir);
    expect(ran).toMatchObject({ code: 0 });
    const team = JSON.parse(ran.output.trim().split('\n')[0]) as string[];
    expect(team.length).toBeGreaterThan(1);
    for (const line of team) expect(line).toMatch(/^.+: [A-Z_]+$/);
  }, 120_000);

  it('refuses a free-form operation in enforce mode', async () => {
    const refused = await post({ query: '{ me { name } }' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
  });
});
