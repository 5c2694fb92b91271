/**
 * The shared state against a real redis-server, several "replicas" in one process (each its own SharedStore,
 * as each process has): the limiter's window and holds across replicas, the fallback to 1/N while Redis is away
 * or slow and the return to Redis, the token fetched once under a lock and stored encrypted. Counts and states.
 */
import { readFileSync } from 'node:fs';
import { SharedTokenSource, type SharedToken } from '../../src/auth/shared-token.js';
import { silentLogger, type Logger } from '../../src/observability/logging.js';
import { LocalWindowLimiter, SharedTokenRateLimiter } from '../../src/resilience/shared-rate-limiter.js';
import { CLUSTER_ENV, clusterConfigFromEnv, EncryptionKey } from '../../src/shared/config.js';
import { SharedStore } from '../../src/shared/redis.js';
import { haveRedisServer, startRedis, type RunningRedis } from '../ops/redis.js';

const run = haveRedisServer() ? describe : describe.skip;
const WINDOW_MS = 61_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  // A guard against hanging, not a timing assertion.
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function storeFor(redis: RunningRedis, timeoutMs = 1_000): SharedStore {
  return new SharedStore({ url: redis.url, keyPrefix: 'test', timeoutMs, log: silentLogger() });
}

run('the shared state on a real Redis', () => {
  let redis: RunningRedis;
  const stores: SharedStore[] = [];
  const store = (timeoutMs?: number): SharedStore => {
    const s = storeFor(redis, timeoutMs);
    stores.push(s);
    return s;
  };
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const limiter = (s: SharedStore, replicas = 3, defaultAllowed = 6): SharedTokenRateLimiter =>
    new SharedTokenRateLimiter(s, { defaultAllowed, windowMs: WINDOW_MS, maxWaitMs: 60_000, replicas });

  it('three replicas spend one budget between them: the calls past it are refused, per token', async () => {
    const replicas = [store(), store(), store()];
    await until(() => replicas.every((s) => s.state === 'connected'), 'the stores to connect');
    const limiters = replicas.map((s) => limiter(s));
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) delays.push(await limiters[i % 3].reserve('token-a', 1_000));
    expect(delays.filter((d) => d === 0)).toHaveLength(6);
    expect(delays.slice(6).every((d) => d >= 1_000)).toBe(true);
    // Another token has its own budget.
    expect(await limiters[0].reserve('token-b', 1_000)).toBe(0);
    // A caller with the whole window to spare is queued for the first free slot instead of refused.
    const queued = await limiters[1].reserve('token-a', 120_000);
    expect(queued).toBeGreaterThan(1_000);
    expect(queued).toBeLessThanOrEqual(WINDOW_MS);
  });

  it("follows the upstream: its allowed limit, its count, a 429's hold for everyone, cleared by a success", async () => {
    const [a, b] = [store(), store()];
    await until(() => a.state === 'connected' && b.state === 'connected', 'the stores to connect');
    const [la, lb] = [limiter(a, 2, 100), limiter(b, 2, 100)];
    // The upstream says 3 allowed, 2 used already (by someone else): one call left in the window.
    expect(await la.reserve('t', 1_000)).toBe(0);
    la.settle('t', { count: 2, allowed: 3, resetSeconds: 50 }, undefined, true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await lb.reserve('t', 1_000)).toBe(0);
    expect(await lb.reserve('t', 1_000)).toBeGreaterThanOrEqual(1_000);

    // A 429 with Retry-After 30 holds the token on the other replica too; capped by maxWaitMs.
    la.settle('u', undefined, 30_000, false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const held = await lb.reserve('u', 1_000);
    expect(held).toBeGreaterThan(25_000);
    expect(held).toBeLessThanOrEqual(30_000);
    lb.settle('u', undefined, undefined, true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await la.reserve('u', 1_000)).toBe(0);
  });

  it('Redis away: each replica takes 1/N, logs once, and returns to Redis by itself', async () => {
    const own = await startRedis();
    const warnings: string[] = [];
    const infos: string[] = [];
    // The store logs through warn and info only.
    const log = {
      warn: (_: unknown, msg: string) => warnings.push(msg),
      info: (_: unknown, msg: string) => infos.push(msg),
    } as unknown as Logger;
    const plain = new SharedStore({ url: own.url, keyPrefix: 'test', timeoutMs: 50, log });
    stores.push(plain);
    await until(() => plain.state === 'connected', 'the store to connect');
    const l = limiter(plain, 3, 30);
    await own.stop();
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) delays.push(await l.reserve('k', 1_000));
    expect(plain.state).toBe('degraded');
    expect(delays.filter((d) => d === 0)).toHaveLength(10); // 30 / 3
    expect(warnings.filter((w) => w.startsWith('Redis unavailable'))).toHaveLength(1);

    const again = await startRedis(own.port);
    try {
      await until(() => plain.state === 'connected', 'the store to come back');
      expect(infos.filter((m) => m.startsWith('Redis reachable'))).toHaveLength(2);
      // Back on Redis: the full budget (a fresh log), not the local share.
      const after: number[] = [];
      for (let i = 0; i < 30; i++) after.push(await l.reserve('fresh', 1_000));
      expect(after.filter((d) => d === 0)).toHaveLength(30);
    } finally {
      await again.stop();
    }
  });

  it('a slow Redis (no answer within the bound) is a fallback too, and a recovery when it answers again', async () => {
    const s = store(50);
    const admin = store(5_000);
    await until(() => s.state === 'connected' && admin.state === 'connected', 'the stores to connect');
    const l = limiter(s, 2, 10);
    // A script busy for 300 ms blocks the server (DEBUG SLEEP is off in Redis 7): no answer within 50 ms.
    const busy = `local s = redis.call('TIME')
      while true do
        local n = redis.call('TIME')
        if (n[1] - s[1]) * 1000000 + (n[2] - s[2]) > 300000 then return 1 end
      end`;
    const sleeping = admin.command(['EVAL', busy, '0']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const decisions: number[] = [];
    for (let i = 0; i < 8; i++) decisions.push(await l.reserve('slow', 1_000));
    expect(s.state).toBe('degraded');
    expect(decisions.filter((d) => d === 0)).toHaveLength(5); // 10 / 2, decided locally
    await sleeping;
    await until(() => s.state === 'connected', 'the probe to find Redis answering');
  });

  it('one token request for many replicas at once, stored encrypted under a hashed key, forgotten on a 401', async () => {
    const key = new EncryptionKey(Buffer.alloc(32, 7));
    const replicas = [store(), store(), store(), store()];
    await until(() => replicas.every((s) => s.state === 'connected'), 'the stores to connect');
    let fetches = 0;
    const fetch = async (): Promise<SharedToken> => {
      fetches++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        authorization: `Bearer secret-token-${fetches}`,
        refreshAtWall: Date.now() + 60_000,
        expiresAtWall: Date.now() + 120_000,
      };
    };
    const sources = replicas.map(
      (s) =>
        new SharedTokenSource({
          store: s,
          identity: 'https://login.example client-1',
          encryptionKey: key,
          lockWaitMs: 5_000,
          pollMs: 10,
        }),
    );
    const tokens = await Promise.all(sources.map((source) => source.obtain(fetch)));
    expect(fetches).toBe(1);
    expect(new Set(tokens.map((t) => t.authorization))).toEqual(new Set(['Bearer secret-token-1']));
    // The lock is released without waiting for it: only the token's key counts here.
    const keys = ((await replicas[0].command(['KEYS', 'test:token:*'])) as string[]).filter(
      (k) => !k.endsWith(':lock'),
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^test:token:[0-9a-f]{32}$/);
    const value = (await replicas[0].command(['GET', keys[0]])) as string;
    expect(value).not.toContain('secret-token');
    expect(Number(await replicas[0].command(['PTTL', keys[0]]))).toBeGreaterThan(0);
    // Another key cannot read it (and so fetches its own rather than use garbage).
    const stranger = new SharedTokenSource({
      store: replicas[1],
      identity: 'https://login.example client-1',
      encryptionKey: new EncryptionKey(Buffer.alloc(32, 8)),
      lockWaitMs: 0,
    });
    expect((await stranger.obtain(fetch)).authorization).toBe('Bearer secret-token-2');
    await replicas[0].command(['DEL', keys[0]]);

    const again = await sources[0].obtain(fetch);
    await sources[1].forget(again.authorization);
    expect(await replicas[0].command(['EXISTS', keys[0]])).toBe(0);
  });

  it('a replica that cannot reach Redis fetches its own token', async () => {
    const s = new SharedStore({ url: 'redis://127.0.0.1:1', keyPrefix: 'test', timeoutMs: 50, log: silentLogger() });
    stores.push(s);
    const source = new SharedTokenSource({ store: s, identity: 'x', lockWaitMs: 5_000 });
    let fetches = 0;
    const token = await source.obtain(async () => {
      fetches++;
      return { authorization: 'Bearer own', refreshAtWall: Date.now() + 1_000, expiresAtWall: Date.now() + 2_000 };
    });
    expect({ fetches, authorization: token.authorization }).toEqual({ fetches: 1, authorization: 'Bearer own' });
  });
});

describe('the cluster settings', () => {
  it('are all rows of the README configuration table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    expect(CLUSTER_ENV.filter((name) => !section.includes(`| \`${name}\` |`))).toEqual([]);
  });

  it('refuse a bad encryption key without echoing it, and a bad replica count', () => {
    const { problems } = clusterConfigFromEnv({ REDIS_TOKEN_ENCRYPTION_KEY: 'short-secret', CLUSTER_REPLICAS: '0' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toContain('short-secret');
    const { config } = clusterConfigFromEnv({ REDIS_TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(config.tokenEncryptionKey?.reveal()).toEqual(Buffer.alloc(32, 0xab));
    expect(JSON.stringify(config)).not.toContain('abab');
  });
});

describe('the local fallback (this replica alone, fake clock)', () => {
  const make = (now: () => number): LocalWindowLimiter =>
    new LocalWindowLimiter({ defaultAllowed: 300, windowMs: 61_000, maxWaitMs: 60_000, share: 1 / 3, now });

  it('takes 1/N of the budget per window, and its share frees as the window slides', () => {
    let t = 0;
    const local = make(() => t);
    const first = Array.from({ length: 120 }, () => local.reserve('k', 1_000));
    expect(first.filter((d) => d === 0)).toHaveLength(100);
    t = 61_000;
    expect(local.reserve('k', 1_000)).toBe(0);
  });

  it('never passes what the cluster had left when last heard, whatever its share', () => {
    const t = 0;
    const local = make(() => t);
    // Redis said 290 of 300 were spent (this replica sent few of them).
    local.observe('k', 290, 300);
    const delays = Array.from({ length: 50 }, () => local.reserve('k', 1_000));
    expect(delays.filter((d) => d === 0)).toHaveLength(10);
    // The upstream's own count counts too.
    local.settle('j', { count: 299, allowed: 300, resetSeconds: 30 }, undefined, true);
    expect(Array.from({ length: 5 }, () => local.reserve('j', 1_000)).filter((d) => d === 0)).toHaveLength(1);
  });

  it('holds a token after a 429 (capped), and the first success clears the hold', () => {
    const t = 0;
    const local = make(() => t);
    local.settle('k', undefined, 999_999_000, false);
    expect(local.reserve('k', 120_000)).toBe(60_000);
    local.settle('k', undefined, undefined, true);
    expect(local.reserve('k', 1_000)).toBe(0);
  });
});
