/**
 * Three replicas of the production build behind nginx, sharing one redis-server, in front of the emulator with
 * `--rate-limit 300` (per token per minute). Counts and states only: no timing is asserted.
 *
 * The budget is shown over one window rather than 60 s (twice the budget sent at once, not spread over a
 * minute): the excess is refused at once because the next free slot is a window away, past the deadline. The
 * 60 s figures are in bench/CLUSTER.md (`npm run bench:cluster`).
 */
import { tokenHash } from '../../emulator/identity.js';
import { groupAlive } from '../deploy/process.js';
import { haveRedisServer } from '../ops/redis.js';
import {
  codeOf,
  GATEWAY_DEADLINE_MS,
  haveNginx,
  pool,
  post,
  startCluster,
  type Cluster,
  type GraphQLAnswer,
} from './cluster.js';

const RATE_LIMIT = 300;
const ME = 'query Me { me { id } }';
const USER = 'query User($id: ID!) { user(id: $id) { id name } }';
const UPDATE =
  'mutation Title($id: ID!, $input: UpdateUserInput!) { updateUser(userId: $id, input: $input) { id title } }';
/** A request that gets no HTTP answer within this has hung (the gateway's deadline plus nginx's slack). */
const CLIENT_TIMEOUT_MS = GATEWAY_DEADLINE_MS + 10_000;

const run = haveRedisServer() && haveNginx() ? describe : describe.skip;

function upstreamCalls(cluster: Cluster, token: string): Array<{ method: string; route: string; status: number }> {
  const hash = tokenHash(token);
  return cluster.emulator.requests.log().filter((e) => e.token === hash);
}

async function readyz(url: string): Promise<{ status: number; redis?: { ok: boolean; degraded?: boolean } }> {
  const response = await fetch(`${url}/readyz`);
  const body = (await response.json()) as { checks: Array<{ name: string; ok: boolean; degraded?: boolean }> };
  return { status: response.status, redis: body.checks.find((c) => c.name === 'redis') };
}

async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  // A guard against hanging, not a timing assertion.
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

run('a cluster of three replicas behind nginx, sharing Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({
      replicas: 3,
      emulator: { rateLimitPerMinute: RATE_LIMIT },
      // Six test suites share two cores here: a 50 ms bound (the default) would time out now and then and send
      // a replica to its local share in the middle of the window. Degradation is shown below by stopping Redis.
      env: { REDIS_TIMEOUT_MS: '1000' },
    });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('two tokens sending twice their budget: no upstream 429, each within its limit, the excess RATE_LIMITED', async () => {
    const tokens = ['cluster-token-a', 'cluster-token-b'];
    const answers = await pool(4 * RATE_LIMIT, 24, (i) => post(cluster.url, ME, {}, tokens[i % 2], CLIENT_TIMEOUT_MS));
    for (const token of tokens) {
      const calls = upstreamCalls(cluster, token);
      expect(calls.filter((c) => c.status === 429)).toEqual([]);
      expect(calls.length).toBeLessThanOrEqual(RATE_LIMIT);
      // The budget is used, not wasted: every slot reserved went upstream.
      expect(calls.length).toBeGreaterThanOrEqual(RATE_LIMIT - 3);
    }
    const ok = answers.filter((a) => a.status === 200 && !a.errors && a.data?.me);
    const limited = answers.filter((a) => codeOf(a) === 'RATE_LIMITED');
    expect(ok.length + limited.length).toBe(answers.length);
    expect(ok.length).toBe(upstreamCalls(cluster, tokens[0]).length + upstreamCalls(cluster, tokens[1]).length);
  }, 120_000);

  it('kill -9 of one replica under load: routed around, every acknowledged write applied exactly once, nothing hangs', async () => {
    const writer = 'cluster-writer';
    const reader = 'cluster-reader';
    const users = cluster.emulator.store.userList.filter((u) => u.state === 'active').slice(0, 60);
    let done = 0;
    const killed = (async () => {
      while (done < 15) await new Promise((resolve) => setTimeout(resolve, 10));
      process.kill(cluster.gateways[1].pid, 'SIGKILL');
    })();
    const writes = pool(users.length, 4, async (i): Promise<GraphQLAnswer> => {
      const user = users[i];
      const answer = await post(
        cluster.url,
        UPDATE,
        { id: user.id, input: { version: user.version, title: `written-${i}` } },
        writer,
        CLIENT_TIMEOUT_MS,
      );
      done++;
      return answer;
    });
    const reads = pool(120, 4, () => post(cluster.url, ME, {}, reader, CLIENT_TIMEOUT_MS));
    const [written, read] = await Promise.all([writes, reads, killed]);
    await cluster.gateways[1].exited;

    // Nothing hung: every request got an HTTP answer (a 502 from nginx for those the dead replica held).
    expect([...written, ...read].filter((a) => a.status === 0)).toEqual([]);
    written.forEach((answer, i) => {
      const user = users[i];
      const forUser = cluster.emulator.requests
        .log()
        .filter((e) => e.method === 'PATCH' && e.path === `/api/v2/users/${user.id}` && e.status === 200);
      // Never twice, acknowledged or not.
      expect(forUser.length).toBeLessThanOrEqual(1);
      const acknowledged =
        !answer.errors && (answer.data?.updateUser as { title?: string } | null)?.title === `written-${i}`;
      if (acknowledged) {
        expect(forUser).toHaveLength(1);
        expect(cluster.emulator.store.user(user.id)?.title).toBe(`written-${i}`);
      }
    });
    // Most writes were acknowledged: the load balancer routed around the dead replica.
    const acknowledged = written.filter((a) => !a.errors && a.data?.updateUser);
    expect(acknowledged.length).toBeGreaterThanOrEqual(users.length - 6);
    // After the kill, the remaining replicas answer everything.
    const after = await pool(30, 4, () => post(cluster.url, ME, {}, reader, CLIENT_TIMEOUT_MS));
    expect(after.map((a) => a.status === 200 && !a.errors)).toEqual(Array(30).fill(true));
    expect(groupAlive(cluster.gateways[0].pid) && groupAlive(cluster.gateways[2].pid)).toBe(true);
  }, 120_000);

  it('Redis restarted under load: no crash, each replica limits to 1/N, readiness degraded, then shared again', async () => {
    const alive = [cluster.gateways[0], cluster.gateways[2]];
    await cluster.stopRedis();
    const token = 'cluster-token-degraded';
    // Each live replica takes 1/3 of the budget: 100 calls each, 200 for the two.
    const answers = await pool(RATE_LIMIT, 12, (i) => post(baseUrl(alive[i % 2]), ME, {}, token, CLIENT_TIMEOUT_MS));
    expect(answers.filter((a) => a.failure !== undefined || a.status !== 200)).toEqual([]);
    const calls = upstreamCalls(cluster, token);
    expect(calls.filter((c) => c.status === 429)).toEqual([]);
    expect(calls.length).toBe((2 * RATE_LIMIT) / 3);
    expect(answers.filter((a) => codeOf(a) === 'RATE_LIMITED')).toHaveLength(RATE_LIMIT - (2 * RATE_LIMIT) / 3);
    for (const gateway of alive) {
      expect(await readyz(baseUrl(gateway))).toEqual({
        status: 200,
        redis: expect.objectContaining({ ok: true, degraded: true }),
      });
    }

    await cluster.startRedis();
    for (const gateway of alive) {
      await eventually(
        async () => (await readyz(baseUrl(gateway))).redis?.degraded !== true,
        'Redis to be shared again',
      );
      expect(await readyz(baseUrl(gateway))).toEqual({ status: 200, redis: expect.objectContaining({ ok: true }) });
    }
    // Shared again: a new token's reservations are in Redis.
    const fresh = await pool(10, 4, () => post(cluster.url, ME, {}, 'cluster-token-recovered', CLIENT_TIMEOUT_MS));
    expect(fresh.filter((a) => a.status !== 200 || a.errors)).toEqual([]);
    const keys = await redisKeys(cluster.redis.url);
    expect(keys.some((k) => k.startsWith('usergraph:rl:') && k.endsWith(':log'))).toBe(true);
    expect(alive.every((g) => groupAlive(g.pid) && g.child.exitCode === null)).toBe(true);
  }, 120_000);
});

function baseUrl(gateway: { port: number }): string {
  return `http://127.0.0.1:${gateway.port}`;
}

run('client-credentials mode, three replicas sharing Redis', () => {
  const CLIENT_ID = 'cluster-client';
  const SECRET = 'cluster-secret-81Qz';
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({
      replicas: 3,
      loadBalancer: false,
      emulator: { rateLimitPerMinute: RATE_LIMIT, oauthClients: { [CLIENT_ID]: SECRET } },
      env: {
        AUTH_MODE: 'client-credentials',
        GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: SECRET,
        REDIS_TOKEN_ENCRYPTION_KEY: 'a'.repeat(64),
      },
    });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('fetches one token for the whole cluster, and keeps it out of Redis keys and in clear', async () => {
    const id = cluster.emulator.store.fixtures().headOfOrg;
    const answers = await Promise.all(
      cluster.gateways.flatMap((g) =>
        Array.from({ length: 10 }, () => post(baseUrl(g), USER, { id }, undefined, CLIENT_TIMEOUT_MS)),
      ),
    );
    expect(answers.filter((a) => a.status !== 200 || a.errors)).toEqual([]);
    const log = cluster.emulator.requests.log();
    expect(log.filter((e) => e.route === '/oauth/token')).toEqual([
      expect.objectContaining({ method: 'POST', status: 200 }),
    ]);
    // Every replica called upstream with that one token.
    const tokens = new Set(log.filter((e) => e.route === '/api/v2/users/{userId}').map((e) => e.token));
    expect(tokens.size).toBe(1);
    const entries = await redisEntries(cluster.redis.url);
    const tokenEntry = entries.find(([key]) => key.startsWith('usergraph:token:') && !key.endsWith(':lock'));
    expect(tokenEntry?.[1]).toMatch(/"t":"enc:/);
    expect(entries.every(([key, value]) => !key.includes('Bearer') && !(value ?? '').includes('Bearer'))).toBe(true);
  }, 60_000);
});

async function redisEntries(url: string): Promise<Array<[string, string | null]>> {
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  await client.connect();
  try {
    const keys = await client.keys('usergraph:token:*');
    return await Promise.all(keys.map(async (key): Promise<[string, string | null]> => [key, await client.get(key)]));
  } finally {
    await client.close();
  }
}

async function redisKeys(url: string): Promise<string[]> {
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  await client.connect();
  try {
    return await client.keys('*');
  } finally {
    await client.close();
  }
}
