/**
 * /metrics: after the example queries, the upstream calls it counts are exactly those the emulator
 * counted; operations by name and outcome, rejections by reason, batch sizes and the retry counter are
 * there; two gateways in one process keep separate registries.
 */
import { DEFAULT_OPTIONS } from '../../emulator/index.js';
import { loadExamples } from '../../src/ide/index.js';
import { startGateway, startOps, total, type Ops } from './helpers.js';

describe('/metrics', () => {
  let ops: Ops;
  beforeAll(async () => {
    // The default organisation, which the examples' sidecar variables refer to.
    ops = await startOps({ emulator: { users: DEFAULT_OPTIONS.users, seed: DEFAULT_OPTIONS.seed } });
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

  it('exposes the retry counter for the resilience policy, and cache counters', async () => {
    const text = await (await fetch(`${ops.base}/metrics`)).text();
    expect(text).toContain('# TYPE usergraph_upstream_retries_total counter');
    expect(text).toContain('# TYPE usergraph_cache_hits_total counter');
    expect(text).toContain('# TYPE usergraph_cache_misses_total counter');
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
