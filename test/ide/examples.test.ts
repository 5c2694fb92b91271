/**
 * Every operation of examples/ runs against the emulator through the real gateway, with its sidecar
 * variables, and returns data and no errors; the typed documents codegen emits for them run too, and their
 * result types are what the assertions below read (so a schema change that breaks an example fails here).
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as typed from '../../src/__generated__/examples.js';
import { loadExamples, type Example } from '../../src/ide/index.js';
import { DEFAULT_OPTIONS } from '../../emulator/index.js';
import { startHarness, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { executeTyped } from '../helpers/operations.js';

const examples = loadExamples();

type LiveTeamBoardData = typed.LiveTeamBoardSubscription;

/** The paths under `value` that hold null or an empty list; a root field that is null counts too. */
function emptyPaths(value: unknown, path = 'data'): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : [];
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [path];
    return path === 'data' ? entries.flatMap(([key, v]) => emptyPaths(v, `data.${key}`)) : [];
  }
  return [];
}

describe('examples/', () => {
  let harness: Harness;

  async function run<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResult<TData>> {
    return executeTyped(harness, document, variables);
  }

  beforeAll(async () => {
    // The default organisation of `npm start`, which the sidecar ids and the IDE refer to.
    harness = await startHarness({ emulator: { users: DEFAULT_OPTIONS.users, seed: DEFAULT_OPTIONS.seed } });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('holds the five read examples, each with a typed document', () => {
    expect(examples.map((e) => e.operationName)).toEqual(
      expect.arrayContaining(['ProfileCard', 'TeamView', 'OrgChart', 'DirectoryPage', 'SearchByName']),
    );
    const exported = new Set(Object.keys(typed));
    for (const example of examples) {
      expect(exported).toContain(`${example.operationName}Document`);
    }
  });

  // Subscriptions cannot run over HTTP; the live example has its own test below.
  const overHttp = examples.filter((e) => e.operationType !== 'subscription');

  it.each(overHttp.map((e): [string, Example] => [e.name, e]))(
    '%s returns data and no errors',
    async (_name, example) => {
      const result = await harness.execute(example.document, example.variables);
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      expect(emptyPaths(result.data)).toEqual([]);
    },
  );

  it('LiveTeamBoard: presence events of the team arrive over graphql-ws, each with its user', async () => {
    const { createClient } = await import('graphql-ws');
    const { default: WebSocket } = await import('ws');
    const team = examples.find((e) => e.operationName === 'LiveTeamBoard')?.variables?.team as string[];
    expect(team.length).toBeGreaterThan(1);
    const client = createClient({
      url: harness.gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer test-token' },
    });
    const events: Array<{ data?: LiveTeamBoardData | null; errors?: unknown }> = [];
    const stop = client.subscribe<LiveTeamBoardData>(
      { query: print(typed.LiveTeamBoardDocument), variables: { team } },
      {
        next: (value) => void events.push(value),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    for (let i = 0; i < 1000 && harness.emulator.notifications.snapshot().topics < team.length; i++)
      await new Promise((r) => setTimeout(r, 10));
    harness.emulator.notifications.simulator.step(40, team);
    for (let i = 0; i < 1000 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    stop();
    await client.dispose();
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.errors).toBeUndefined();
      const change = event.data?.userPresenceChanged;
      expect(team).toContain(change?.userId);
      expect(change?.user.name).toEqual(expect.any(String));
      expect(change?.presence.presenceDefinition?.systemPresence).toEqual(expect.any(String));
    }
  });

  it('the team view sidecar names the richUser fixture of the default organisation', async () => {
    const fixtures = (await (await fetch(`${harness.emulator.url}/__emulator/fixtures`)).json()) as {
      richUser: string;
    };
    const teamView = examples.find((e) => e.operationName === 'TeamView');
    expect(teamView?.variables).toEqual({ memberId: fixtures.richUser });
  });

  it('ProfileCard: the caller, with a name, a title and a routing status', async () => {
    const { data, errors } = await run(typed.ProfileCardDocument);
    expect(errors).toBeUndefined();
    expect(data?.me?.name).toEqual(expect.any(String));
    expect(data?.me?.title).toBe('Chief Executive Officer');
    expect(data?.me?.routingStatus?.status).toEqual(expect.any(String));
  });

  it('TeamView: the manager’s direct reports, with skills, languages and joined queues', async () => {
    const memberId = examples.find((e) => e.operationName === 'TeamView')?.variables?.memberId;
    if (typeof memberId !== 'string') throw new Error('02-team-view.variables.json must give memberId as a string');
    const { data, errors } = await run(typed.TeamViewDocument, { memberId });
    expect(errors).toBeUndefined();
    const team = data?.user?.manager?.directReports ?? [];
    expect(team.length).toBeGreaterThan(1);
    expect(team.map((u) => u.id)).toContain(memberId);
    expect(team.some((u) => (u.skills ?? []).length > 0)).toBe(true);
    expect(team.some((u) => (u.languages ?? []).length > 0)).toBe(true);
    const queues = team.flatMap((u) => u.queues ?? []);
    expect(queues.length).toBeGreaterThan(0);
    expect(queues.every((q) => q.joined === true)).toBe(true);
  });

  it('OrgChart: three levels under the caller, the head of the organisation', async () => {
    const { data, errors } = await run(typed.OrgChartDocument);
    expect(errors).toBeUndefined();
    const level1 = data?.me?.directReports ?? [];
    const level2 = level1.flatMap((u) => u.directReports ?? []);
    const level3 = level2.flatMap((u) => u.directReports ?? []);
    expect(level1.length).toBeGreaterThan(0);
    expect(level2.length).toBeGreaterThan(level1.length);
    expect(level3.length).toBeGreaterThan(level2.length);
  });

  it('DirectoryPage: a full first page sorted by name, with managers', async () => {
    const { data, errors } = await run(typed.DirectoryPageDocument, {});
    expect(errors).toBeUndefined();
    const entities = data?.users.entities ?? [];
    expect(entities).toHaveLength(25);
    const names = entities.map((u) => u.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(entities.filter((u) => u.manager).length).toBeGreaterThan(0);
    expect(data?.users.total).toBeGreaterThan(25);
  });

  it('SearchByName: users whose first or last name starts with the default prefix', async () => {
    const { data, errors } = await run(typed.SearchByNameDocument, {});
    expect(errors).toBeUndefined();
    const results = data?.searchUsers.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const user of results) {
      expect((user.name ?? '').split(' ').some((word) => word.toLowerCase().startsWith('ma'))).toBe(true);
    }
  });
});
