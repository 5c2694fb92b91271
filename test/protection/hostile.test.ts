/**
 * The hostile callers' probe set (issue 12, caller side), through the real gateway on the emulator: each
 * input is refused with a 4xx, its code and the limit it broke, and no upstream call — never an
 * INTERNAL_SERVER_ERROR, never a stack trace; the log stays small; ids arrive in one spelling.
 */
import { createLogger } from '../../src/observability/logging.js';
import { entityUser } from '../federation/fixtures.js';
import type { GraphQLResult } from '../helpers/harness.js';
import { dataOf, executeTyped, executeUntyped, expectData, firstError, graphql } from '../helpers/operations.js';
import { startOps, type Ops } from '../ops/helpers.js';

const repeat = (text: string, n: number): string => Array.from({ length: n }, () => text).join(' ');

/** A search criterion nested `levels` deep through `group`. */
function nestedCriteria(levels: number): unknown {
  let criterion: Record<string, unknown> = { type: 'EXACT', fields: ['name'], value: 'x' };
  for (let i = 1; i < levels; i++) criterion = { type: 'EXACT', fields: ['name'], value: 'x', group: [criterion] };
  return criterion;
}

// Sent untyped: its variables are built to break the input depth limit, which no generated type would allow.
const SEARCH = 'query($q: [UserSearchCriteriaInput!]) { searchUsers(request: { query: $q }) { total } }';
const ENTITIES = graphql(`
  query HostileEntities($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on User {
        id
        name
      }
    }
  }
`);
const USERS_BY_IDS = graphql(`
  query HostileUsersByIds($ids: [ID!]) {
    users(ids: $ids) {
      total
    }
  }
`);

function expectRefused(result: GraphQLResult<unknown>, code: string, extensions: Record<string, unknown> = {}): void {
  expect(result.status).toBe(400);
  expect(result.data ?? undefined).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(firstError(result).extensions).toMatchObject({ code, ...extensions });
  expect(firstError(result).extensions).not.toHaveProperty('stacktrace');
}

describe('the probe set, with the default limits', () => {
  let ops: Ops;
  const chunks: string[] = [];
  beforeAll(async () => {
    ops = await startOps({
      emulator: { users: 300 },
      logger: createLogger('info', { write: (chunk: string) => void chunks.push(chunk) }),
    });
  });
  afterAll(() => ops.close());
  beforeEach(async () => {
    chunks.length = 0;
    await fetch(`${ops.emulator.url}/__emulator/requests`, { method: 'DELETE' });
  });
  afterEach(async () => {
    expect(await ops.calls()).toEqual([]);
  });

  const refusals: Array<[string, () => Promise<GraphQLResult<unknown>>, string, Record<string, unknown>]> = [
    [
      '4,990 repeats of one field',
      () => executeUntyped(ops, `{ me { ${repeat('name', 4990)} } }`),
      'QUERY_TOO_LARGE',
      { fields: { actual: 4991, limit: 2000 } },
    ],
    // Validation ran first on main: the unknown field answered GRAPHQL_VALIDATION_FAILED after 0.65 s of it.
    [
      '4,990 repeats with an unknown field among them',
      () => executeUntyped(ops, `{ me { ${repeat('name', 4989)} nope } }`),
      'QUERY_TOO_LARGE',
      {},
    ],
    [
      'a search criterion nested 2,000 levels',
      () => executeUntyped(ops, SEARCH, { q: [nestedCriteria(2000)] }),
      'BAD_USER_INPUT',
      { limit: { name: 'MAX_INPUT_DEPTH', limit: 20 } },
    ],
    [
      'a search criterion nested 1,000 levels',
      () => executeUntyped(ops, SEARCH, { q: [nestedCriteria(1000)] }),
      'BAD_USER_INPUT',
      { limit: { name: 'MAX_INPUT_DEPTH' } },
    ],
    [
      'a literal nested 400 lists deep',
      () => executeUntyped(ops, `{ users(ids: ${'['.repeat(400)}"x"${']'.repeat(400)}) { total } }`),
      'BAD_USER_INPUT',
      { limit: { name: 'MAX_INPUT_DEPTH' } },
    ],
    [
      '20 aliased __schema fields',
      () =>
        executeUntyped(
          ops,
          `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
        ),
      'TOO_MANY_INTROSPECTION_FIELDS',
      { introspectionFields: { actual: 20, limit: 2 } },
    ],
    [
      '20 aliased _service fields',
      () => executeUntyped(ops, `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: _service { sdl }`).join(' ')} }`),
      'TOO_MANY_SERVICE_FIELDS',
      { serviceFields: { actual: 20, limit: 1 } },
    ],
    [
      'a 900 KB operation name in the document',
      () => executeUntyped(ops, `query ${'N'.repeat(900_000)} { me { id } }`),
      'OPERATION_NAME_TOO_LONG',
      { operationName: { actual: 900_000, limit: 256 } },
    ],
    [
      'a 900 KB operation name in the request',
      () => ops.post({ query: '{ me { id } }', operationName: 'N'.repeat(900_000) }),
      'OPERATION_NAME_TOO_LONG',
      { operationName: { actual: 900_000, limit: 256 } },
    ],
    [
      '_entities with 15,000 representations',
      () =>
        executeTyped(ops, ENTITIES, {
          reps: Array.from({ length: 15_000 }, (_, i) => ({
            __typename: 'User',
            id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          })),
        }),
      'TOO_MANY_ENTITIES',
      { entities: { actual: 15_000, limit: 1000 } },
    ],
    [
      'variables with 10,001 values',
      () =>
        executeTyped(ops, USERS_BY_IDS, {
          ids: Array.from({ length: 10_001 }, () => 'x'),
        }),
      'BAD_USER_INPUT',
      { limit: { name: 'MAX_INPUT_VALUES', limit: 10_000 } },
    ],
  ];

  it.each(refusals)('%s: refused before anything runs', async (_name, send, code, extensions) => {
    expectRefused(await send(), code, extensions);
  });

  it('a literal nested 2,000 lists deep (past what the parser recurses through) is a 400, not a crash', async () => {
    const result = await executeUntyped(ops, `{ users(ids: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { total } }`);
    expect(result.status).toBe(400);
    expect(['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']).toContain(result.errors?.[0].extensions?.code);
  });

  it('1,200 nested inline fragments (past what the parser recurses through) is a 400, not a crash', async () => {
    const result = await executeUntyped(ops, `{ me { ${'... on User { '.repeat(1200)} id ${'} '.repeat(1200)} } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('an operation name is never logged whole', async () => {
    await executeUntyped(ops, `query ${'N'.repeat(900_000)} { me { id } }`);
    await ops.post({ query: '{ me { id } }', operationName: 'M'.repeat(900_000) });
    const text = chunks.join('');
    expect(text.length).toBeLessThan(20_000);
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; operationName?: string | null; errorCodes?: string[] });
    const access = lines.filter((l) => l.msg === 'graphql operation');
    expect(access.map((l) => l.errorCodes)).toEqual([['OPERATION_NAME_TOO_LONG'], ['OPERATION_NAME_TOO_LONG']]);
    for (const line of access) expect(line.operationName ?? '').not.toContain('N'.repeat(300));
  });

  it('users(ids:) with 150 ids: BAD_USER_INPUT naming the limit of 100, and no wasted upstream 400', async () => {
    const ids = ops.emulator.store.userList
      .filter((u) => u.state === 'active')
      .slice(0, 150)
      .map((u) => u.id);
    for (const field of ['users', 'userProfiles']) {
      const result = await executeUntyped(ops, `query($ids: [ID!]) { ${field}(ids: $ids) { total } }`, { ids });
      expect(result.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual([
        [[field], 'BAD_USER_INPUT', 'ids'],
      ]);
      expect(firstError(result).message).toContain('at most 100');
    }
  });

  it('users(ids:) with 10,000 ids: refused with a clear limit, one problem (not 10,000)', async () => {
    const ids = Array.from({ length: 9_999 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const result = await executeTyped(ops, USERS_BY_IDS, { ids });
    expect(result.errors).toHaveLength(1);
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
      problems: [{ field: 'ids' }],
    });
  });
});

describe('accepted, and answered', () => {
  let ops: Ops;
  beforeAll(async () => {
    ops = await startOps({ emulator: { users: 300 } });
  });
  afterAll(() => ops.close());
  beforeEach(() => fetch(`${ops.emulator.url}/__emulator/requests`, { method: 'DELETE' }));

  it('1,999 repeats of one field: one upstream call, the data', async () => {
    const result = await executeUntyped(ops, `{ me { ${repeat('name', 1999)} } }`);
    expect(dataOf(result)).toEqual({ me: { name: expect.any(String) } });
    expect((await ops.calls()).map((c) => `${c.method} ${c.route}`)).toEqual(['GET /api/v2/users/me']);
  });

  it('an invalid document gets all its validation errors, GRAPHQL_VALIDATION_FAILED, 400, with locations', async () => {
    const result = await executeUntyped(ops, '{ me { nope alsoNope } }');
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(firstError(result)).toMatchObject({ locations: [{ line: 1, column: 8 }] });
    expect(await ops.calls()).toEqual([]);
  });

  it('an unknown __typename is BAD_USER_INPUT at its index; the other representations resolve, batched', async () => {
    const ids = ops.emulator.store.userList
      .filter((u) => u.state === 'active')
      .slice(0, 2)
      .map((u) => u.id);
    const reps = [
      { __typename: 'User', id: ids[0] },
      { __typename: 'NoSuchType', id: ids[1] },
      { __typename: 'User', id: ids[1] },
    ];
    const result = await executeTyped(ops, ENTITIES, { reps });
    expect(result.data?._entities.map((e) => entityUser(e)?.id ?? null)).toEqual([ids[0], null, ids[1]]);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT', 'representations[1].__typename'],
    ]);
    expect((await ops.calls()).map((c) => `${c.method} ${c.route}`)).toEqual(['GET /api/v2/users']);
  });

  it('upper-case UUIDs are lower-cased wherever ids enter: arguments, lists and representations', async () => {
    const [a, b] = ops.emulator.store.userList
      .filter((u) => u.state === 'active')
      .slice(0, 2)
      .map((u) => u.id);
    const A = a.toUpperCase();
    const B = b.toUpperCase();
    const data = await expectData(
      ops,
      graphql(`
        query HostileUpperCaseIds($a: ID!, $ids: [ID!], $reps: [_Any!]!) {
          user(id: $a) {
            id
          }
          users(ids: $ids) {
            entities {
              id
            }
          }
          _entities(representations: $reps) {
            ... on User {
              id
            }
          }
        }
      `),
      { a: A, ids: [A, B], reps: [{ __typename: 'User', id: B }] },
    );
    expect(data.user?.id).toBe(a);
    expect(data.users?.entities?.map((u) => u.id).sort()).toEqual([a, b].sort());
    expect(entityUser(data._entities[0])?.id).toBe(b);
    const calls = await ops.calls();
    for (const call of calls) {
      expect(call.path).toBe(call.path.toLowerCase());
      for (const id of call.query.id ?? []) expect(id).toBe(id.toLowerCase());
    }
  });
});

describe('stack traces', () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = before;
  });

  it('none in development unless GRAPHQL_STACK_TRACES=true, and then without absolute paths', async () => {
    // Apollo Server's own default is to include them whenever NODE_ENV is neither production nor test.
    process.env.NODE_ENV = 'development';
    const plain = await startOps({ emulator: { users: 20 } });
    const traced = await startOps({ emulator: { users: 20 }, env: { GRAPHQL_STACK_TRACES: 'true' } });
    try {
      const bad = graphql(`
        query HostileBadId($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `);
      const fromPlain = await executeTyped(plain, bad, { id: 'not-a-uuid' });
      expect(fromPlain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(fromPlain.errors?.[0].extensions).not.toHaveProperty('stacktrace');

      const fromTraced = await executeTyped(traced, bad, { id: 'not-a-uuid' });
      const stack = fromTraced.errors?.[0].extensions?.stacktrace as string[];
      expect(stack.length).toBeGreaterThan(1);
      for (const line of stack) expect(line).not.toContain(process.cwd());
    } finally {
      await plain.close();
      await traced.close();
    }
  });
});
