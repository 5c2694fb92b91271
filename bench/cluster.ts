/**
 * `npm run bench:cluster`: the figures of issue 15 on a real cluster — redis-server, three gateway processes of
 * the production build, nginx in front (round robin, passive health checks), the emulator limited to 300 calls
 * per token per minute — written to bench/CLUSTER.md. Each figure is measured side by side with the same cluster
 * without shared state (CLUSTER_SHARED_STATE=false: what three replicas did before), in one run.
 *
 *   npm run bench:cluster [-- --seconds 60]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenHash } from '../emulator/identity.js';
import {
  codeOf,
  GATEWAY_DEADLINE_MS,
  pool,
  post,
  startCluster,
  type Cluster,
  type GraphQLAnswer,
} from '../test/cluster/cluster.js';

const RATE_LIMIT = 300;
const ME = 'query Me { me { id } }';
const USER = 'query User($id: ID!) { user(id: $id) { id name } }';
const UPDATE =
  'mutation Title($id: ID!, $input: UpdateUserInput!) { updateUser(userId: $id, input: $input) { id title } }';
const CLIENT_TIMEOUT_MS = GATEWAY_DEADLINE_MS + 10_000;
const argSeconds = process.argv.indexOf('--seconds');
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 60;

type Timed = GraphQLAnswer & { ms: number };

async function timedPost(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Timed> {
  const started = performance.now();
  const answer = await post(url, query, variables, token, CLIENT_TIMEOUT_MS);
  return { ...answer, ms: performance.now() - started };
}

function countCodes(answers: GraphQLAnswer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const code = codeOf(a) ?? `HTTP ${a.status}`;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, n]) => `${code} × ${n}`).join(', ') || 'none';
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (v: number): string => (Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);

function upstream(cluster: Cluster, token: string): { calls: number; limited: number } {
  const hash = tokenHash(token);
  const calls = cluster.emulator.requests.log().filter((e) => e.token === hash);
  return { calls: calls.length, limited: calls.filter((c) => c.status === 429).length };
}

/** Sends `rate` requests a second for `seconds`, each token in turn, without waiting for answers. */
async function paced(seconds: number, rate: number, send: (i: number) => Promise<Timed>): Promise<Timed[]> {
  const pending: Array<Promise<Timed>> = [];
  const started = performance.now();
  const total = Math.round(seconds * rate);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(i));
  }
  return Promise.all(pending);
}

interface BudgetFigures {
  requests: number;
  perToken: Array<{ calls: number; limited: number }>;
  ok: number;
  rateLimited: number;
  other: number;
  /** The codes (or HTTP statuses) of the other errors, with counts. */
  otherCodes: string;
  okP50: number;
  okP99: number;
  limitedP50: number;
  limitedP99: number;
  maxMs: number;
}

async function budget(shared: boolean): Promise<BudgetFigures> {
  const cluster = await startCluster({
    replicas: 3,
    emulator: { rateLimitPerMinute: RATE_LIMIT },
    env: { CLUSTER_SHARED_STATE: String(shared) },
  });
  try {
    const tokens = ['bench-token-a', 'bench-token-b'];
    // Twice the budget: 2 × 300 a minute per token, for SECONDS.
    const rate = (2 * 2 * RATE_LIMIT) / 60;
    const answers = await paced(SECONDS, rate, (i) => timedPost(cluster.url, ME, {}, tokens[i % 2]));
    const ok = answers.filter((a) => a.status === 200 && !a.errors);
    const limited = answers.filter((a) => codeOf(a) === 'RATE_LIMITED');
    return {
      requests: answers.length,
      perToken: tokens.map((t) => upstream(cluster, t)),
      ok: ok.length,
      rateLimited: limited.length,
      other: answers.length - ok.length - limited.length,
      otherCodes: countCodes(answers.filter((a) => !ok.includes(a) && !limited.includes(a))),
      okP50: percentile(
        ok.map((a) => a.ms),
        50,
      ),
      okP99: percentile(
        ok.map((a) => a.ms),
        99,
      ),
      limitedP50: percentile(
        limited.map((a) => a.ms),
        50,
      ),
      limitedP99: percentile(
        limited.map((a) => a.ms),
        99,
      ),
      maxMs: Math.max(...answers.map((a) => a.ms)),
    };
  } finally {
    await cluster.close();
  }
}

async function tokenFetches(shared: boolean): Promise<number> {
  const clientId = 'bench-client';
  const secret = 'bench-secret-7Yq';
  const cluster = await startCluster({
    replicas: 3,
    loadBalancer: false,
    emulator: { oauthClients: { [clientId]: secret } },
    env: {
      CLUSTER_SHARED_STATE: String(shared),
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
      REDIS_TOKEN_ENCRYPTION_KEY: 'b'.repeat(64),
    },
  });
  try {
    const id = cluster.emulator.store.fixtures().headOfOrg;
    await Promise.all(
      cluster.gateways.flatMap((g) =>
        Array.from({ length: 20 }, () => timedPost(`http://127.0.0.1:${g.port}`, USER, { id })),
      ),
    );
    return cluster.emulator.requests.log().filter((e) => e.route === '/oauth/token').length;
  } finally {
    await cluster.close();
  }
}

interface KillFigures {
  writes: number;
  acknowledged: number;
  appliedOnceOfAcknowledged: number;
  appliedTwice: number;
  appliedUnacknowledged: number;
  badGateway: number;
  hung: number;
  maxMs: number;
}

async function killUnderLoad(): Promise<KillFigures> {
  const cluster = await startCluster({ replicas: 3, emulator: {}, env: {} });
  try {
    const users = cluster.emulator.store.userList.filter((u) => u.state === 'active').slice(0, 200);
    let done = 0;
    const killed = (async () => {
      while (done < 50) await new Promise((resolve) => setTimeout(resolve, 5));
      process.kill(cluster.gateways[1].pid, 'SIGKILL');
    })();
    const writes = pool(users.length, 8, async (i) => {
      const user = users[i];
      const answer = await timedPost(
        cluster.url,
        UPDATE,
        { id: user.id, input: { version: user.version, title: `bench-${i}` } },
        'bench-writer',
      );
      done++;
      return answer;
    });
    const reads = pool(400, 8, () => timedPost(cluster.url, ME, {}, 'bench-reader'));
    const [written, read] = await Promise.all([writes, reads, killed]);
    const log = cluster.emulator.requests.log();
    let acknowledged = 0;
    let appliedOnce = 0;
    let twice = 0;
    let unacknowledged = 0;
    written.forEach((answer, i) => {
      const applied = log.filter(
        (e) => e.method === 'PATCH' && e.path === `/api/v2/users/${users[i].id}` && e.status === 200,
      ).length;
      const ack = !answer.errors && (answer.data?.updateUser as { title?: string } | null)?.title === `bench-${i}`;
      if (applied > 1) twice++;
      if (ack) {
        acknowledged++;
        if (applied === 1 && cluster.emulator.store.user(users[i].id)?.title === `bench-${i}`) appliedOnce++;
      } else if (applied > 0) unacknowledged++;
    });
    const all = [...written, ...read];
    return {
      writes: users.length,
      acknowledged,
      appliedOnceOfAcknowledged: appliedOnce,
      appliedTwice: twice,
      appliedUnacknowledged: unacknowledged,
      badGateway: all.filter((a) => a.status === 502).length,
      hung: all.filter((a) => a.status === 0).length,
      maxMs: Math.max(...all.map((a) => a.ms)),
    };
  } finally {
    await cluster.close();
  }
}

interface RestartFigures {
  requests: number;
  upstreamCalls: number;
  upstream429: number;
  crashed: number;
  degradedSeen: boolean;
  recoveredAfterMs: number;
  rateLimited: number;
  errors: number;
}

async function redisRestart(): Promise<RestartFigures> {
  const cluster = await startCluster({
    replicas: 3,
    emulator: { rateLimitPerMinute: RATE_LIMIT },
    env: {},
  });
  try {
    const token = 'bench-restart';
    let degradedSeen = false;
    let recoveredAfterMs = NaN;
    const readyz = async (port: number): Promise<boolean | undefined> => {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      if (!r || r.status !== 200) return undefined;
      const body = (await r.json()) as { checks: Array<{ name: string; degraded?: boolean }> };
      return body.checks.find((c) => c.name === 'redis')?.degraded === true;
    };
    const load = paced(30, 20, () => timedPost(cluster.url, ME, {}, token));
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await cluster.stopRedis();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    degradedSeen = (await Promise.all(cluster.gateways.map((g) => readyz(g.port)))).every((d) => d === true);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await cluster.startRedis();
    const restarted = performance.now();
    for (let i = 0; i < 400; i++) {
      const states = await Promise.all(cluster.gateways.map((g) => readyz(g.port)));
      if (states.every((d) => d === false)) {
        recoveredAfterMs = performance.now() - restarted;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const answers = await load;
    return {
      requests: answers.length,
      upstreamCalls: upstream(cluster, token).calls,
      upstream429: upstream(cluster, token).limited,
      crashed: cluster.gateways.filter((g) => g.child.exitCode !== null || g.child.signalCode !== null).length,
      degradedSeen,
      recoveredAfterMs,
      rateLimited: answers.filter((a) => codeOf(a) === 'RATE_LIMITED').length,
      errors: answers.filter((a) => a.status !== 200 || (a.errors && codeOf(a) !== 'RATE_LIMITED')).length,
    };
  } finally {
    await cluster.close();
  }
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const loadBefore = loadavg()[0];
  console.error(`budget, shared state, ${SECONDS} s …`);
  const shared = await budget(true);
  console.error(`budget, no shared state, ${SECONDS} s …`);
  const local = await budget(false);
  console.error('client-credentials …');
  const fetchesShared = await tokenFetches(true);
  const fetchesLocal = await tokenFetches(false);
  console.error('kill -9 under load …');
  const kill = await killUnderLoad();
  console.error('Redis restart under load …');
  const restart = await redisRestart();
  const loadAfter = loadavg()[0];

  const row = (label: string, f: BudgetFigures): string =>
    `| ${label} | ${f.requests} | ${f.perToken.map((t) => t.calls).join(' / ')} | ${f.perToken.map((t) => t.limited).join(' / ')} | ${f.ok} | ${f.rateLimited} | ${f.other} | ${ms(f.okP50)} / ${ms(f.okP99)} | ${ms(f.limitedP50)} / ${ms(f.limitedP99)} | ${ms(f.maxMs)} |`;
  const report = `# Several replicas sharing one budget (issue 15)

\`npm run bench:cluster\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after
(a 2-core machine shared with other work: latencies are indicative, counts are the result).

The cluster: redis-server, three \`node dist/index.js\` processes, nginx in front (round robin, passive health
checks: \`max_fails=1\`, \`proxy_next_upstream error timeout\`), the emulator with \`--rate-limit ${RATE_LIMIT}\` (per token,
sliding minute), \`UPSTREAM_DEADLINE_MS=${GATEWAY_DEADLINE_MS}\`. "Not shared" is the same cluster with
\`CLUSTER_SHARED_STATE=false\`: each replica keeps its own limiter and token, as before this change.

## Two tokens sending twice their budget for ${SECONDS} s

Each token sends ${(2 * RATE_LIMIT) / 60} requests a second (\`{ me { id } }\`, one upstream call each) for ${SECONDS} s, round robin
across the replicas: ${2 * RATE_LIMIT * (SECONDS / 60)} requests per token against a budget of ${RATE_LIMIT} a minute.

| State | Requests | Upstream calls (token a / b) | Upstream 429s (a / b) | Answered | RATE_LIMITED | Other errors | Answered p50 / p99 | RATE_LIMITED p50 / p99 | Slowest |
|---|---|---|---|---|---|---|---|---|---|
${row('Shared (Redis)', shared)}
${row('Not shared', local)}

Other errors: shared ${shared.otherCodes}; not shared ${local.otherCodes}.

The emulator counts each token over a sliding minute and answers 429 past ${RATE_LIMIT}: no 429 means no minute
held more than ${RATE_LIMIT} calls of a token. Calls past ${RATE_LIMIT} in the table (shared) are the ones queued for a slot of the
next minute within their operation's deadline (${GATEWAY_DEADLINE_MS / 1000} s), hence the answered p99; the rest are refused at
once with \`RATE_LIMITED\`.

## Client-credentials mode: token requests of three replicas (20 operations each, at once)

| State | Token requests (POST /oauth/token) |
|---|---|
| Shared (Redis) | ${fetchesShared} |
| Not shared | ${fetchesLocal} |

## kill -9 of one replica under load

${kill.writes} writes (\`updateUser\` on distinct users, each with its version, so a second application would be a
CONFLICT) and 400 reads, 8 + 8 at a time through nginx; replica 2 is killed with SIGKILL after 50 writes.

| Writes | Acknowledged | …applied exactly once (emulator log + read back) | Applied twice | Applied, not acknowledged | 502 from nginx | Hung (no answer in ${CLIENT_TIMEOUT_MS / 1000} s) | Slowest |
|---|---|---|---|---|---|---|---|
| ${kill.writes} | ${kill.acknowledged} | ${kill.appliedOnceOfAcknowledged} | ${kill.appliedTwice} | ${kill.appliedUnacknowledged} | ${kill.badGateway} | ${kill.hung} | ${ms(kill.maxMs)} |

A 502 is a request the dead replica held when it died (nginx does not resend a POST it has sent); a write among
them may or may not have been applied — never twice.

## Redis restarted under load

One token at twice its budget (20 requests a second for 30 s: 600 against 300 a minute) through nginx; Redis
stopped at 5 s and started again, empty, at 12 s. While it is away each replica allows itself 1/3 of the
budget; once back, the log is rebuilt from the upstream's \`inin-ratelimit-count\`.

| Requests | Upstream calls | Upstream 429s | Replicas crashed | /readyz said "degraded" on all three while Redis was away | Back to shared after restart | RATE_LIMITED | Other errors |
|---|---|---|---|---|---|---|---|
| ${restart.requests} | ${restart.upstreamCalls} | ${restart.upstream429} | ${restart.crashed} | ${restart.degradedSeen ? 'yes' : 'no'} | ${ms(restart.recoveredAfterMs)} | ${restart.rateLimited} | ${restart.errors} |
`;
  writeFileSync(new URL('CLUSTER.md', import.meta.url), report);
  console.log(report);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
