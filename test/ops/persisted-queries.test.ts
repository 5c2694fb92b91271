/**
 * Automatic persisted queries with a cache shared across instances: a query registered on one gateway is
 * served by another that shares the Redis (a real redis-server); without Redis each instance has its
 * own; with Redis gone, operations still work (every lookup a miss).
 */
import { createHash } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { startGateway, total, type OpsGateway } from './helpers.js';
import { haveRedisServer, startRedis, type RunningRedis } from './redis.js';

const QUERY = 'query PersistedMe { me { id name } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const PERSISTED = { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } };

const describeWithRedis = haveRedisServer() ? describe : describe.skip;

describeWithRedis('automatic persisted queries', () => {
  let redis: RunningRedis;
  let emulator: RunningEmulator;
  const gateways: OpsGateway[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator({ port: 0, users: 30 });
  });
  afterEach(async () => {
    for (const gw of gateways.splice(0)) await gw.close();
  });
  afterAll(async () => {
    await emulator?.close();
    await redis?.stop();
  });

  async function gateway(env: Record<string, string> = {}): Promise<OpsGateway> {
    const gw = await startGateway(emulator.url, env);
    gateways.push(gw);
    return gw;
  }

  it('a query registered on one instance is served by another that shares the Redis', async () => {
    const a = await gateway({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'usergraph-test' });
    const b = await gateway({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'usergraph-test' });

    const miss = await a.post(PERSISTED);
    expect(miss.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await a.post({ query: QUERY, ...PERSISTED });
    expect(registered.errors).toBeUndefined();

    // Apollo stores the query without waiting for Redis, and a gateway whose Redis client has not
    // connected yet serves the store as a miss: register again until the key is there (a state, where a
    // time allowance was overrun on a busy machine), then ask the other instance once.
    const watcher = createClient({ url: redis.url });
    watcher.on('error', () => undefined);
    await watcher.connect();
    try {
      while ((await watcher.exists(`usergraph-test::apq:${HASH}`)) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect((await a.post({ query: QUERY, ...PERSISTED })).errors).toBeUndefined();
      }
    } finally {
      await watcher.close();
    }
    // The other instance's client may still be connecting too: until it is, its lookups are misses.
    let fromB = await b.post(PERSISTED);
    while (fromB.errors?.[0].extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      fromB = await b.post(PERSISTED);
    }
    expect(fromB.errors).toBeUndefined();
    expect(fromB.data).toEqual(registered.data);

    expect(total(await a.metrics(), 'usergraph_cache_misses_total', { cache: 'apq' })).toBe(1);
    expect(total(await b.metrics(), 'usergraph_cache_hits_total', { cache: 'apq' })).toBe(1);
    expect(
      total(await b.metrics(), 'usergraph_graphql_operations_total', { operation: 'PersistedMe', outcome: 'success' }),
    ).toBe(1);

    // It is in Redis, under the configured prefix, with the configured lifetime.
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      // `<prefix>::` is the cache's namespace; the replicas' shared limiter has its own (`<prefix>:rl:`).
      const keys = await client.keys('usergraph-test::*');
      expect(keys).toEqual([`usergraph-test::apq:${HASH}`]);
      const ttl = await client.ttl(keys[0]);
      expect(ttl).toBeGreaterThan(86_000);
      expect(ttl).toBeLessThanOrEqual(86_400);
    } finally {
      await client.close();
    }
  });

  it('without REDIS_URL each instance keeps its own cache', async () => {
    const a = await gateway();
    const b = await gateway();
    expect((await a.post({ query: QUERY, ...PERSISTED })).errors).toBeUndefined();
    expect((await a.post(PERSISTED)).errors).toBeUndefined();
    expect((await b.post(PERSISTED)).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('with Redis unreachable, operations still work: every lookup is a miss, counted as a cache error', async () => {
    const gone = await startRedis();
    await gone.stop();
    const gw = await gateway({ REDIS_URL: gone.url });
    expect((await gw.post({ query: QUERY, ...PERSISTED })).errors).toBeUndefined();
    expect((await gw.post(PERSISTED)).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await gw.execute(QUERY)).errors).toBeUndefined();
    expect(total(await gw.metrics(), 'usergraph_cache_errors_total', { cache: 'apq' })).toBeGreaterThan(0);
  });
});
