/**
 * Trusted documents: identifiers and manifests (unit), the three modes through the real server (POST and
 * GET, the appendix's documentId and Relay's doc_id, APQ off in enforce mode), and publishing to a real
 * Redis that a running gateway then serves without a restart.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { createClient } from '@keyv/redis';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { main as publish } from '../../scripts/publish-documents.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ManifestError, parseDocumentId, parseManifest } from '../../src/documents/manifest.js';
import { documentsKey } from '../../src/documents/store.js';
import { createLogger } from '../../src/observability/logging.js';
import { createGateway } from '../../src/server.js';
import { startGateway, total, type OpsGateway } from '../ops/helpers.js';
import { haveRedisServer, startRedis, type RunningRedis } from '../ops/redis.js';

const sha256 = (text: string, algorithm = 'sha256') => createHash(algorithm).update(text).digest('hex');
const ME = 'query Me { me { id name } }';
const TEAM = 'query Team($id: ID!) { user(id: $id) { name directReports { name } } }';
const manifestOf = (...texts: string[]) => Object.fromEntries(texts.map((t) => [`sha256:${sha256(t)}`, t]));

let dir: string;
let emulator: RunningEmulator;
let manifestFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'usergraph-documents-'));
  manifestFile = path.join(dir, 'persisted-documents.json');
  writeFileSync(manifestFile, JSON.stringify(manifestOf(ME, TEAM)));
  emulator = await startEmulator({ port: 0, users: 50 });
});
afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('document ids and manifests', () => {
  it('parses the appendix prefix and the bare digests of the client preset (SHA-256/SHA-1) and relay-compiler (MD5)', () => {
    const hex = sha256(ME);
    expect(parseDocumentId(`sha256:${hex}`).key).toBe(`sha256:${hex}`);
    expect(parseDocumentId(hex.toUpperCase()).key).toBe(`sha256:${hex}`);
    expect(parseDocumentId(sha256(ME, 'sha1')).algorithm).toBe('sha1');
    expect(parseDocumentId(sha256(ME, 'md5')).algorithm).toBe('md5');
    for (const bad of ['', 'sha256:xyz', 'sha256:abc', 'sha512:' + hex, 'abc123', 'x'.repeat(200), 42]) {
      expect(() => parseDocumentId(bad)).toThrow(/document id/);
    }
  });

  it('reads id → text manifests and Apollo manifests; a wrong hash or a non-GraphQL text refuses the whole manifest', () => {
    expect([...parseManifest(JSON.stringify(manifestOf(ME, TEAM)), 'm.json').keys()]).toEqual([
      `sha256:${sha256(ME)}`,
      `sha256:${sha256(TEAM)}`,
    ]);
    const apollo = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256(ME), name: 'Me', type: 'query', body: ME }],
    };
    expect(parseManifest(JSON.stringify(apollo), 'apollo.json').get(`sha256:${sha256(ME)}`)).toBe(ME);

    const tampered = { ...manifestOf(ME), [`sha256:${sha256(TEAM)}`]: TEAM.replace('name', 'email') };
    expect(() => parseManifest(JSON.stringify(tampered), 'tampered.json')).toThrow(ManifestError);
    expect(() => parseManifest(JSON.stringify(tampered), 'tampered.json')).toThrow(
      /tampered\.json is refused \(nothing from it was loaded\):\n {2}- sha256:[0-9a-f]{64}: the sha256 of the document text is [0-9a-f]{64}, not the id's hash/,
    );
    const notGraphQL = 'query {';
    expect(() => parseManifest(JSON.stringify({ [sha256(notGraphQL)]: notGraphQL }), 'x.json')).toThrow(
      /is not GraphQL/,
    );
    expect(() => parseManifest('[1]', 'x.json')).toThrow(/not a manifest/);
    expect(() => parseManifest('{', 'x.json')).toThrow(/not JSON/);
    expect(() => parseManifest('{}', 'x.json')).toThrow(/no documents/);
  });

  it('a gateway with a bad manifest does not start; enforce with nothing to trust is a configuration error', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ [`sha256:${sha256('x')}`]: ME }));
    const config = loadConfig({
      PORT: '0',
      GENESYSCLOUD_API_URL: emulator.url,
      TRUSTED_DOCUMENTS: 'enforce',
      TRUSTED_DOCUMENTS_MANIFESTS: `${manifestFile},${bad}`,
    });
    expect(() => createGateway({ config, upstreamUrl: emulator.url })).toThrow(ManifestError);
    expect(() =>
      createGateway({
        config: { ...config, trustedDocuments: { mode: 'enforce', manifests: [path.join(dir, 'missing.json')] } },
        upstreamUrl: emulator.url,
      }),
    ).toThrow(/cannot be read: ENOENT/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'enforce' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});

describe('modes through the server', () => {
  const gateways: OpsGateway[] = [];
  afterEach(async () => {
    for (const gw of gateways.splice(0)) await gw.close();
  });
  async function gateway(env: Record<string, string>, logs?: string[]): Promise<OpsGateway> {
    const logger = logs ? createLogger('info', { write: (chunk: string) => void logs.push(chunk) }) : undefined;
    const gw = await startGateway(
      emulator.url,
      { TRUSTED_DOCUMENTS_MANIFESTS: manifestFile, ...env },
      logger ? { logger } : {},
    );
    gateways.push(gw);
    return gw;
  }

  it('enforce: known documents run by documentId or doc_id, by POST or GET; everything else is refused with a clear code', async () => {
    const gw = await gateway({ TRUSTED_DOCUMENTS: 'enforce' });
    const fx = emulator.store.fixtures();
    const byId = await gw.post({ documentId: `sha256:${sha256(TEAM)}`, variables: { id: fx.managerOfManagers } });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toMatchObject({ user: { name: expect.any(String) } });
    const relayStyle = await gw.post({ doc_id: sha256(ME) });
    expect(relayStyle).toMatchObject({ status: 200, data: { me: { id: fx.headOfOrg } } });

    const search = new URLSearchParams({
      documentId: `sha256:${sha256(TEAM)}`,
      variables: JSON.stringify({ id: fx.managerOfManagers }),
    });
    const get = await fetch(`${gw.base}/graphql?${search.toString()}`, {
      headers: { authorization: 'Bearer t', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toEqual(byId.data);

    // The exact text of a trusted document may be sent as is.
    expect((await gw.post({ query: ME })).errors).toBeUndefined();

    const refusals: Array<[Record<string, unknown>, number, string]> = [
      [{ query: '{ me { name } }' }, 400, 'PERSISTED_DOCUMENT_REQUIRED'],
      [{ documentId: `sha256:${sha256('{ me { id } }')}` }, 404, 'PERSISTED_DOCUMENT_NOT_FOUND'],
      [{ documentId: 'sha256:not-hex' }, 400, 'INVALID_DOCUMENT_ID'],
      [{ documentId: 12 }, 400, 'INVALID_DOCUMENT_ID'],
      [{ documentId: `sha256:${sha256(ME)}`, query: ME }, 400, 'BAD_REQUEST'],
    ];
    for (const [body, status, code] of refusals) {
      const refused = await gw.post(body);
      expect({ status: refused.status, code: refused.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    }
    const freeGet = await fetch(`${gw.base}/graphql?query=${encodeURIComponent('{ me { name } }')}`, {
      headers: { authorization: 'Bearer t', 'apollo-require-preflight': 'true' },
    });
    expect(freeGet.status).toBe(400);

    // APQ cannot register operations here.
    const apq = await gw.post({
      query: '{ me { name } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { name } }') } },
    });
    expect(apq.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    // Apollo Client's persisted-query link sends a trusted document's hash alone: it runs.
    const linkStyle = await gw.post({
      operationName: 'Me',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ME) } },
    });
    expect(linkStyle).toMatchObject({ status: 200, data: { me: { id: fx.headOfOrg } } });
    const linkGet = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(ME) } }),
    });
    const linkGetAnswer = await fetch(`${gw.base}/graphql?${linkGet.toString()}`, {
      headers: { authorization: 'Bearer t', 'apollo-require-preflight': 'true' },
    });
    expect(((await linkGetAnswer.json()) as { data: unknown }).data).toEqual(linkStyle.data);
    const unknownHash = await gw.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { id } }') } },
    });
    expect(unknownHash.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');

    expect(
      total(await gw.metrics(), 'usergraph_graphql_rejected_operations_total', {
        reason: 'persisted_document_required',
      }),
    ).toBe(3);
    expect(
      total(await gw.metrics(), 'usergraph_graphql_rejected_operations_total', {
        reason: 'persisted_document_not_found',
      }),
    ).toBe(2);
  });

  it('log-unknown: free-form operations run, and the untrusted ones are logged with their hash', async () => {
    const logs: string[] = [];
    const gw = await gateway({ TRUSTED_DOCUMENTS: 'log-unknown' }, logs);
    const other = 'query Other { me { title } }';
    expect((await gw.post({ query: other, operationName: 'Other' })).errors).toBeUndefined();
    expect((await gw.post({ query: ME })).errors).toBeUndefined();
    const lines = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'operation is not a trusted document');
    expect(lines).toEqual([
      expect.objectContaining({ documentHash: `sha256:${sha256(other)}`, operationName: 'Other', level: 'warn' }),
    ]);
    expect(total(await gw.metrics(), 'usergraph_untrusted_operations_total')).toBe(1);
  });

  it('off: free-form operations run unlogged, and known documents are still served by id', async () => {
    const logs: string[] = [];
    const gw = await gateway({}, logs);
    expect((await gw.post({ query: '{ me { id } }' })).errors).toBeUndefined();
    expect((await gw.post({ documentId: `sha256:${sha256(ME)}` })).errors).toBeUndefined();
    expect(logs.filter((l) => l.includes('not a trusted document'))).toEqual([]);
    // A hash alone: a trusted document's runs; any other is APQ's (not registered yet).
    expect(
      (await gw.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ME) } } })).errors,
    ).toBeUndefined();
    const apq = await gw.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { id } }') } } });
    expect(apq.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

const describeWithRedis = haveRedisServer() ? describe : describe.skip;

describeWithRedis('published documents in Redis', () => {
  let redis: RunningRedis;
  let gw: OpsGateway;
  const prefix = 'usergraph-documents-test';

  beforeAll(async () => {
    redis = await startRedis();
    gw = await startGateway(emulator.url, {
      TRUSTED_DOCUMENTS: 'enforce',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: prefix,
    });
  });
  afterAll(async () => {
    await gw?.close();
    await redis?.stop();
  });

  const hashLength = async (): Promise<number> => {
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      return await client.hLen(documentsKey(prefix));
    } finally {
      await client.close();
    }
  };
  const quiet = () => {
    const spies = [
      jest.spyOn(console, 'log').mockImplementation(() => {}),
      jest.spyOn(console, 'error').mockImplementation(() => {}),
    ];
    return {
      output: () => spies.flatMap((s) => s.mock.calls.map((c) => String(c[0]))),
      restore: () => spies.forEach((s) => s.mockRestore()),
    };
  };

  it('a document published after start runs on the running gateway; a bad manifest publishes nothing', async () => {
    const NEW = 'query Newly { me { id title } }';
    const before = await gw.post({ documentId: `sha256:${sha256(NEW)}` });
    expect(before.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');

    const bad = path.join(dir, 'bad-publish.json');
    writeFileSync(bad, JSON.stringify({ ...manifestOf(NEW), [`sha256:${sha256('x')}`]: ME }));
    const good = path.join(dir, 'new.json');
    writeFileSync(good, JSON.stringify(manifestOf(NEW)));
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix };

    let io = quiet();
    expect(await publish([good, bad], env)).toBe(1);
    expect(io.output().join('\n')).toMatch(/bad-publish\.json is refused[\s\S]*Nothing was published/);
    io.restore();
    expect(await hashLength()).toBe(0);

    io = quiet();
    expect(await publish(['--', good], env)).toBe(0);
    expect(io.output().join('\n')).toMatch(/Published 1 documents from 1 manifest\(s\); 1 trusted documents/);
    io.restore();
    const after = await gw.post({ documentId: `sha256:${sha256(NEW)}` });
    expect(after.errors).toBeUndefined();
    expect(after.data).toMatchObject({ me: { id: expect.any(String) } });
    // Its exact text is trusted too.
    expect((await gw.post({ query: NEW })).errors).toBeUndefined();
  });

  it('a text tampered with in Redis is not served', async () => {
    const TAMPERED = 'query Tampered { me { id } }';
    const client = createClient({ url: redis.url });
    await client.connect();
    await client.hSet(documentsKey(prefix), `sha256:${sha256(TAMPERED)}`, 'query Tampered { me { id name email } }');
    await client.close();
    const result = await gw.post({ documentId: `sha256:${sha256(TAMPERED)}` });
    expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('with Redis gone, an unknown id is a 503 PERSISTED_DOCUMENT_STORE_UNAVAILABLE; publishing says it failed', async () => {
    await redis.stop();
    const result = await gw.post({ documentId: `sha256:${sha256('query Gone { me { id } }')}` });
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_STORE_UNAVAILABLE');
    const io = quiet();
    expect(await publish([manifestFile], { REDIS_URL: redis.url })).toBe(1);
    expect(io.output().join('\n')).toMatch(/Publishing failed, nothing was published/);
    io.restore();
  });
});
