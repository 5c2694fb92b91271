/**
 * Compiled execution (src/gateway/execution.ts): an operation runs through graphql-js's interpreter for its first
 * COMPILE_AFTER_EXECUTIONS runs and compiled by graphql-jit after; either way the same data, the same upstream
 * calls and the same errors. A federated trace request and a variable of a recursive input type run interpreted.
 * (The rest of the suite runs every operation compiled from its first run: test/helpers/harness.ts.)
 */
import { Trace } from '@apollo/usage-reporting-protobuf';
import { startOps, total, type Ops } from '../ops/helpers.js';

const COMPILATIONS = 'usergraph_graphql_compilations_seconds_count';

const PAGE = `query CompiledPage($page: Int!) {
  users(pageSize: 25, pageNumber: $page) {
    total
    entities { id name title manager { id name } routingStatus { status } station { effectiveStation { id } } }
  }
}`;

/** Search criteria nest (`group`): UserSearchRequestInput is a recursive input type. */
const SEARCH = `query CompiledSearch($request: UserSearchRequestInput!) {
  searchUsers(request: $request) { total results { id name } }
}`;

async function resetCalls(ops: Ops): Promise<void> {
  await fetch(`${ops.emulator.url}/__emulator/requests`, { method: 'DELETE' });
}

/** One run: the response and the upstream calls it made (method, path and query). */
async function run(ops: Ops, query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  await resetCalls(ops);
  const result = await ops.execute(query, variables, headers ? { headers } : {});
  const calls = (await ops.calls()).map((c) => ({ method: c.method, path: c.path, query: c.query }));
  const { headers: _headers, ...response } = result;
  return { response, calls };
}

describe('compiled execution, with the default COMPILE_AFTER_EXECUTIONS (5)', () => {
  let ops: Ops;
  beforeAll(async () => {
    ops = await startOps();
  });
  afterAll(() => ops.close());

  it('runs an operation interpreted 5 times, then compiles it once: the same data and calls every run', async () => {
    const first = await run(ops, PAGE, { page: 2 });
    expect(first.response.errors).toBeUndefined();
    expect(first.calls.length).toBeGreaterThanOrEqual(1);
    for (let i = 2; i <= 5; i++) expect(await run(ops, PAGE, { page: 2 })).toEqual(first);
    expect(total(await ops.metrics(), COMPILATIONS)).toBe(0);

    for (let i = 6; i <= 8; i++) expect(await run(ops, PAGE, { page: 2 })).toEqual(first);
    const samples = await ops.metrics();
    expect(total(samples, COMPILATIONS, { outcome: 'compiled' })).toBe(1);
    expect(total(samples, COMPILATIONS)).toBe(1);
  });

  it('answers a bad variable of a compiled operation with the interpreter’s error and status', async () => {
    const query = PAGE.replace('CompiledPage', 'CompiledPageVariables');
    const interpreted = await ops.execute(query, { page: 'two' });
    for (let i = 0; i < 6; i++) expect((await ops.execute(query, { page: 2 })).errors).toBeUndefined();
    const compiled = await ops.execute(query, { page: 'two' });
    expect(interpreted.status).toBe(400);
    expect(interpreted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect({ status: compiled.status, errors: compiled.errors }).toEqual({
      status: interpreted.status,
      errors: interpreted.errors,
    });
  });

  it('runs a variable of a recursive input type interpreted, never compiled', async () => {
    const request = { query: [{ type: 'EXACT', fields: ['state'], value: 'active' }], pageSize: 5 };
    const before = total(await ops.metrics(), COMPILATIONS, { outcome: 'compiled' });
    const first = await run(ops, SEARCH, { request });
    expect(first.response.errors).toBeUndefined();
    for (let i = 0; i < 7; i++) expect(await run(ops, SEARCH, { request })).toEqual(first);
    const samples = await ops.metrics();
    // Not tried: graphql-jit unrolls such a type into code and gave up after 16 s.
    expect(total(samples, COMPILATIONS, { outcome: 'skipped' })).toBe(1);
    expect(total(samples, COMPILATIONS, { outcome: 'refused' })).toBe(0);
    expect(total(samples, COMPILATIONS, { outcome: 'compiled' })).toBe(before);
  });

  it('answers a router’s trace request (ftv1) from the interpreter, with every resolved field, after compiling', async () => {
    const query = PAGE.replace('CompiledPage', 'CompiledPageTraced');
    for (let i = 0; i < 6; i++) expect((await ops.execute(query, { page: 3 })).errors).toBeUndefined();
    const traced = (await ops.execute(
      query,
      { page: 3 },
      { headers: { 'apollo-federation-include-trace': 'ftv1' } },
    )) as Awaited<ReturnType<Ops['execute']>> & { extensions?: { ftv1?: string } };
    const ftv1 = traced.extensions?.ftv1;
    expect(typeof ftv1).toBe('string');
    const names: string[] = [];
    const walk = (node: Trace.INode | null | undefined): void => {
      if (!node) return;
      if (node.responseName) names.push(node.responseName);
      for (const child of node.child ?? []) walk(child);
    };
    walk(Trace.decode(Buffer.from(String(ftv1), 'base64')).root);
    // The page's 25 users each resolved their manager and routing status.
    expect(names.filter((n) => n === 'manager')).toHaveLength(25);
    expect(names.filter((n) => n === 'routingStatus')).toHaveLength(25);
  });
});

describe('COMPILED_EXECUTION=false', () => {
  let ops: Ops;
  beforeAll(async () => {
    ops = await startOps({ env: { COMPILED_EXECUTION: 'false' } });
  });
  afterAll(() => ops.close());

  it('never compiles, and answers with the same data and calls', async () => {
    const first = await run(ops, PAGE, { page: 2 });
    expect(first.response.errors).toBeUndefined();
    for (let i = 0; i < 7; i++) expect(await run(ops, PAGE, { page: 2 })).toEqual(first);
    expect(total(await ops.metrics(), COMPILATIONS)).toBe(0);
  });
});
