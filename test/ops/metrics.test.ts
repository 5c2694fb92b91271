/**
 * /metrics: after the example queries, the upstream calls it counts are exactly those the emulator
 * counted; operations by name and outcome, rejections by reason, batch sizes; each retry and each
 * persisted-query cache lookup counted as it happens; two gateways in one process keep separate registries.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_OPTIONS } from '../../emulator/index.js';
import { loadExamples } from '../../src/ide/index.js';
import { startGateway, startOps, total, type Ops } from './helpers.js';

describe('/metrics', () => {
  let ops: Ops;
  beforeAll(async () => {
    // The default organisation, which the examples' sidecar variables refer to.
    ops = await startOps({
      emulator: { users: DEFAULT_OPTIONS.users, seed: DEFAULT_OPTIONS.seed },
      env: { UPSTREAM_RETRY_BASE_MS: '5' },
    });
  });
  afterAll(async () => {
    await ops?.close();
  });

  it('after the example queries, counts the same upstream calls as the emulator, route by route', async () => {
    // Over HTTP: every example but the subscription (which runs over graphql-ws).
    const examples = loadExamples().filter((e) => e.operationType !== 'subscription');
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const result = await ops.execute(example.document, example.variables);
      expect(result.errors).toBeUndefined();
    }
    const atEmulator = new Map<string, number>();
    for (const call of await ops.calls()) {
      const key = `${call.method} ${call.route} ${call.status}`;
      atEmulator.set(key, (atEmulator.get(key) ?? 0) + 1);
    }
    const atGateway = new Map<string, number>();
    for (const s of (await ops.metrics()).filter((m) => m.name === 'usergraph_upstream_requests_total')) {
      atGateway.set(`${s.labels.method} ${s.labels.route} ${s.labels.status}`, s.value);
    }
    expect(atEmulator.size).toBeGreaterThan(3);
    expect(Object.fromEntries(atGateway)).toEqual(Object.fromEntries(atEmulator));

    const metrics = await ops.metrics();
    const upstreamCount = total(metrics, 'usergraph_upstream_request_duration_seconds_count');
    expect(upstreamCount).toBe([...atEmulator.values()].reduce((a, b) => a + b, 0));
    for (const example of examples) {
      expect(
        total(metrics, 'usergraph_graphql_operations_total', { operation: example.operationName, outcome: 'success' }),
      ).toBe(1);
      expect(
        total(metrics, 'usergraph_graphql_operation_duration_seconds_count', { operation: example.operationName }),
      ).toBe(1);
    }
    // Users fetched by id in bulk: the users loader's batches.
    expect(total(metrics, 'usergraph_loader_batch_size_count', { loader: 'users' })).toBeGreaterThan(0);
    expect(total(metrics, 'usergraph_loader_batch_size_sum', { loader: 'users' })).toBeGreaterThanOrEqual(
      total(metrics, 'usergraph_loader_batch_size_count', { loader: 'users' }),
    );
  });

  it('counts rejected operations by reason, and errors by outcome', async () => {
    await ops.execute('{ me { name ');
    await ops.execute('{ me { noSuchField } }');
    await ops.execute('query Q($id: ID!) { user(id: $id) { id } }', {});
    await ops.execute('query Missing { user(id: "no-such-user") { id } }');
    const metrics = await ops.metrics();
    expect(total(metrics, 'usergraph_graphql_rejected_operations_total', { reason: 'parse' })).toBe(1);
    expect(total(metrics, 'usergraph_graphql_rejected_operations_total', { reason: 'validation' })).toBe(1);
    expect(total(metrics, 'usergraph_graphql_rejected_operations_total', { reason: 'variables' })).toBe(1);
    expect(total(metrics, 'usergraph_graphql_operations_total', { operation: 'Missing', outcome: 'error' })).toBe(1);
  });

  it('counts each retry of a failing upstream call by route and reason', async () => {
    const retries = { method: 'GET', route: '/api/v2/users/me', reason: 'status_503' };
    const before = total(await ops.metrics(), 'usergraph_upstream_retries_total', retries);
    ops.emulator.setKnobs({ fault5xxRate: 1 });
    try {
      const result = await ops.execute('query Failing { me { name } }');
      expect(result.errors?.[0].extensions?.code).toBe('UPSTREAM_ERROR');
    } finally {
      ops.emulator.setKnobs({ fault5xxRate: 0 });
    }
    const metrics = await ops.metrics();
    // UPSTREAM_MAX_RETRIES is 3: the first attempt and three retries, all answered 503.
    expect(total(metrics, 'usergraph_upstream_retries_total', retries) - before).toBe(3);
    expect(total(metrics, 'usergraph_upstream_retries_total', { reason: 'status_429' })).toBe(0);
  });

  it('counts persisted-query cache misses and hits', async () => {
    const query = 'query CachedMe { me { id } }';
    const persisted = {
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } },
    };
    const count = async () => {
      const metrics = await ops.metrics();
      return {
        hits: total(metrics, 'usergraph_cache_hits_total', { cache: 'apq' }),
        misses: total(metrics, 'usergraph_cache_misses_total', { cache: 'apq' }),
      };
    };
    const start = await count();
    expect((await ops.post(persisted)).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await count()).toEqual({ hits: start.hits, misses: start.misses + 1 });
    expect((await ops.post({ ...persisted, query })).errors).toBeUndefined();
    expect((await ops.post(persisted)).errors).toBeUndefined();
    expect((await ops.post(persisted)).errors).toBeUndefined();
    expect(await count()).toEqual({ hits: start.hits + 2, misses: start.misses + 1 });
  });

  it('keeps one registry per gateway: a second gateway in the process starts at zero', async () => {
    const second = await startGateway(ops.emulator.url);
    try {
      expect(total(await second.metrics(), 'usergraph_upstream_requests_total')).toBe(0);
      expect(total(await ops.metrics(), 'usergraph_upstream_requests_total')).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
