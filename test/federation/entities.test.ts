/**
 * usergraph as a subgraph, asked directly the way a router asks it: `_entities` batching (N User
 * representations cost ceil(N/100) bulk upstream calls, issued in one round), `_service { sdl }`, and
 * federated inline tracing (ftv1) when the router sends `apollo-federation-include-trace: ftv1`.
 */
import { Trace } from '@apollo/usage-reporting-protobuf';
import { routesOf, startHarness, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { dataOf, executeTyped, expectData, graphql, present } from '../helpers/operations.js';
import { activeUserIds, bulkIdLists, ENTITY_USERS, entityUser, SERVICE_SDL, userReps } from './fixtures.js';

describe('_entities, asked directly', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 300 } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetCalls());

  it('250 User representations cost 3 bulk calls of GET /api/v2/users: 100, 100 and 50 ids', async () => {
    const ids = activeUserIds(h, 250);
    const users = (await expectData(h, ENTITY_USERS, { reps: userReps(ids) }))._entities.map(entityUser);
    // In representation order, each the user the emulator holds.
    expect(users.map((u) => u?.id)).toEqual(ids);
    for (const u of users) {
      const stored = present(h.emulator.store.user(present(u, 'entity').id), 'stored user');
      expect(u).toEqual({ id: stored.id, name: stored.name, email: stored.email });
    }

    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users', 'GET /api/v2/users']);
    const lists = bulkIdLists(calls);
    expect(lists.map((l) => l.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(lists.flat().sort()).toEqual([...ids].sort());
  });

  it.each([1, 2, 100, 101, 199, 201])(
    '%i representations cost ceil(N/100) calls of at most 100 ids each',
    async (n) => {
      const ids = activeUserIds(h, n);
      const data = await expectData(h, ENTITY_USERS, { reps: userReps(ids) });
      expect(data._entities.map((u) => entityUser(u)?.id)).toEqual(ids);
      const calls = await h.calls();
      // A chunk of one id is the single-user route; every other chunk a bulk call.
      const sizes = calls
        .map((c) => (c.route === '/api/v2/users/{userId}' ? 1 : c.query.id.length))
        .sort((a, b) => b - a);
      const expected = Array.from({ length: Math.ceil(n / 100) }, (_, i) => Math.min(100, n - i * 100));
      expect(sizes).toEqual(expected);
      for (const c of calls) expect(c.route).toBe(c.query.id?.length ? '/api/v2/users' : '/api/v2/users/{userId}');
    },
  );

  it('repeated representations are fetched once: 300 representations of 150 users cost 2 calls', async () => {
    const ids = activeUserIds(h, 150);
    const { _entities: entities } = await expectData(h, ENTITY_USERS, {
      reps: userReps([...ids, ...[...ids].reverse()]),
    });
    expect(entities).toHaveLength(300);
    expect(entities[299]).toEqual(entities[0]);
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users']);
    expect(bulkIdLists(calls).flat().sort()).toEqual([...ids].sort());
  });

  it('an unknown id is null without an error at its index (as Query.user); the rest of the batch resolves', async () => {
    const ids = activeUserIds(h, 3);
    const reps = userReps([ids[0], 'no-such-user', ids[1], ids[2]]);
    const data = await expectData(h, ENTITY_USERS, { reps });
    expect(data._entities.map((u) => entityUser(u)?.id ?? null)).toEqual([ids[0], null, ids[1], ids[2]]);
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(bulkIdLists(calls)).toEqual([[ids[0], ids[1], ids[2], 'no-such-user'].sort()]);
  });

  it('answers _service { sdl } with the Federation 2 SDL and its keys', async () => {
    const sdl = present((await expectData(h, SERVICE_SDL))._service.sdl, '_service.sdl');
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toMatch(/type User implements Node\s+@key\(fields: "id"\)\s*\{/);
    for (const stub of [
      'Division',
      'Group',
      'LocationDefinition',
      'UserStation',
      'RoutingSkill',
      'QueueFullReference',
    ]) {
      expect(sdl).toMatch(new RegExp(`type ${stub}\\s+@key\\(fields: "id", resolvable: false\\)\\s*\\{`));
    }
    for (const [stub, key] of [
      ['UserQueue', 'queueId'],
      ['UserRoutingSkill', 'skillId'],
      ['UserRoutingLanguage', 'languageId'],
    ]) {
      expect(sdl).toMatch(new RegExp(`type ${stub}\\s+@key\\(fields: "${key}", resolvable: false\\)\\s*\\{`));
    }
    expect(await h.calls()).toEqual([]);
  });
});

// That the bulk calls of one `_entities` go out in one round is checked without timing in test/loaders/rounds.test.ts.

describe('federated inline tracing (ftv1)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 50 } });
  });
  afterAll(() => h.close());

  /** extensions.ftv1 of a response (the harness result carries the whole body), or undefined. */
  const ftv1Of = (result: GraphQLResult<unknown>): unknown =>
    (result as GraphQLResult<unknown> & { extensions?: Record<string, unknown> }).extensions?.ftv1;

  const decode = (result: GraphQLResult<unknown>): Trace => {
    const ftv1 = ftv1Of(result);
    if (typeof ftv1 !== 'string') throw new Error(`no ftv1 trace in the response: ${JSON.stringify(result)}`);
    return Trace.decode(Buffer.from(ftv1, 'base64'));
  };

  it('returns a trace of the resolvers in extensions.ftv1 when the router asks for one', async () => {
    const id = h.emulator.store.fixtures().deepUser;
    const result = await executeTyped(
      h,
      graphql(`
        query TracedUser($id: ID!) {
          user(id: $id) {
            name
            manager {
              name
            }
          }
        }
      `),
      { id },
      { headers: { 'apollo-federation-include-trace': 'ftv1' } },
    );
    expect(dataOf(result).user?.manager?.name).toEqual(expect.any(String));
    const trace = decode(result);
    expect(Number(trace.durationNs)).toBeGreaterThan(0);
    expect(trace.startTime?.seconds).toBeTruthy();
    const user = trace.root?.child?.find((c) => c.responseName === 'user');
    expect(user).toMatchObject({ type: 'User', parentType: 'Query' });
    expect(user?.child?.map((c) => c.responseName).sort()).toEqual(['manager', 'name']);
    const manager = user?.child?.find((c) => c.responseName === 'manager');
    expect(manager?.child?.map((c) => c.responseName)).toEqual(['name']);
  });

  it('records field errors in the trace (an unknown entity)', async () => {
    const result = await executeTyped(
      h,
      ENTITY_USERS,
      { reps: userReps(['no-such-user']) },
      {
        headers: { 'apollo-federation-include-trace': 'ftv1' },
      },
    );
    expect(result.data?._entities).toEqual([null]);
    const trace = decode(result);
    const entities = trace.root?.child?.find((c) => c.responseName === '_entities');
    const first = entities?.child?.find((c) => c.index === 0);
    expect(first?.error).toEqual([
      expect.objectContaining({
        message: present(result.errors?.[0], 'the field error').message,
        json: expect.stringContaining('"path":["_entities",0]'),
      }),
    ]);
  });

  it('adds no trace when the header is absent', async () => {
    const result = await h.execute('{ users(pageSize: 1) { total } }');
    expect(result.errors).toBeUndefined();
    expect(ftv1Of(result)).toBeUndefined();
  });
});
