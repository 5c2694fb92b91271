/** bench/RESULTS.md: the tables of one benchmark run, the checks, the machine and the method. */
import os from 'node:os';
import type { BenchOperation } from './operations.js';
import { LATENCY_MS } from './settings.js';

export const SERVERS = ['gateway', 'naive', 'dedup'] as const;
export type ServerName = (typeof SERVERS)[number];

export const SERVER_TITLES: Record<ServerName, string> = {
  gateway: 'usergraph',
  naive: 'baseline (a): no DataLoader',
  dedup: 'baseline (b): per-request dedup',
};

export interface ServerResult {
  /** Upstream calls of one run, counted by the emulator. */
  calls: number;
  /** Sequential rounds (the most frequent over the runs at LATENCY_MS). */
  rounds: number;
  at0: { p50: number; p95: number; rps: number };
  /** At LATENCY_MS of response time per call (the emulator's work inside it): the check's runs. */
  atLatency: { p50: number; p95: number; own: number };
  /** At LATENCY_MS added in front of the emulator's own work (its default latency model), fewer runs. */
  atAddedLatency: { p50: number; p95: number; rounds: number; own: number };
  /** The same `data` as the gateway's answer. */
  sameData: boolean;
}

export interface OperationResult {
  op: BenchOperation;
  servers: Record<ServerName, ServerResult>;
}

export interface MemoryResult {
  users: number;
  pageSize: number;
  requests: number;
  /** Requests of each of the four phases: one at a time, then `concurrency` at a time. */
  phase: { sequential: number; parallel: number };
  concurrency: number;
  upstreamCallsPerRequest: number;
  responseBytes: number;
  idleRss: number;
  /** Largest sampled RSS over the first and the last of the four phases. */
  firstPhaseMax: number;
  lastPhaseMax: number;
  peakSampled: number;
  /** VmHWM at the end: the kernel's peak RSS of the process. */
  peakHwm: number;
  heapLimit: string;
}

export interface RunSettings {
  runsAt0: number;
  runsAtLatency: number;
  runsAdded: number;
  concurrency: number;
  throughputMs: number;
  org: { users: number; seed: number };
  durationS: number;
  /** p50 of a bare GET of one user at the check's latency setting, no gateway (ms). */
  bareCallP50: number;
}

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const budget = (rounds: number): number => 1.15 * rounds * LATENCY_MS;
const ratio = (r: ServerResult): string => (r.atLatency.p50 / (r.rounds * LATENCY_MS)).toFixed(2);

export interface Checks {
  callsAtLowerBound: boolean;
  p50WithinBudget: boolean;
  baselinesSideBySide: boolean;
}

export function checksOf(results: readonly OperationResult[]): Checks {
  return {
    callsAtLowerBound: results.every((r) => r.servers.gateway.calls === r.op.lowerBound),
    p50WithinBudget: results.every((r) => r.servers.gateway.atLatency.p50 <= budget(r.servers.gateway.rounds)),
    baselinesSideBySide: results.every((r) => SERVERS.every((s) => r.servers[s].calls > 0)),
  };
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores (\`os.availableParallelism()\` = ${os.availableParallelism()})`,
    `- Memory: ${mb(os.totalmem())}; OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}`,
  ];
}

const pass = (ok: boolean): string => (ok ? '**pass**' : '**FAIL**');

export function renderResults(
  results: readonly OperationResult[],
  memory: MemoryResult | undefined,
  settings: RunSettings,
): string {
  const checks = checksOf(results);
  const lines: string[] = [];
  const row = (cells: Array<string | number>): void => {
    lines.push(`| ${cells.join(' | ')} |`);
  };
  /** A table with one column per server, one row per operation. */
  const perServer = (cell: (result: ServerResult) => string): void => {
    row(['operation', ...SERVERS.map((s) => SERVER_TITLES[s])]);
    row(['---', ...SERVERS.map(() => '--:')]);
    for (const { op, servers } of results) row([op.title, ...SERVERS.map((name) => cell(servers[name]))]);
  };
  lines.push(
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, in ${settings.durationS.toFixed(0)} s. ` +
      `Six frontend operations against the emulator (${settings.org.users.toLocaleString('en')} users, seed ${settings.org.seed}), ` +
      'run through usergraph and through two baselines written over the same schema, in the same run. ' +
      'The bounded load test (fixed rate, example queries, errors and memory over time) is `npm run bench:load`, reported in [LOAD.md](LOAD.md).',
    '',
    '## Checks',
    '',
    `- ${pass(checks.callsAtLowerBound)} usergraph's upstream calls equal the lower bound on every operation.`,
    `- ${pass(checks.p50WithinBudget)} at ${LATENCY_MS} ms upstream latency, usergraph's p50 ≤ 1.15 × rounds × ${LATENCY_MS} ms on every operation` +
      (checks.p50WithinBudget
        ? '.'
        : ` — over on ${results
            .filter((r) => r.servers.gateway.atLatency.p50 > budget(r.servers.gateway.rounds))
            .map((r) => `${r.op.title} (${ratio(r.servers.gateway)})`)
            .join(', ')}; see the "own" times below for what the gateway itself adds.`),
    `- ${pass(checks.baselinesSideBySide)} both baselines are measured side by side with usergraph, in this run.`,
    '',
    '## Upstream calls and rounds',
    '',
    'Calls are counted by the emulator for one execution; rounds are the sequential waves of calls at ' +
      `${LATENCY_MS} ms latency (see Method). "min" is the fewest rounds the lower-bound calls need.`,
    '',
  );
  row([
    'operation',
    'lower bound',
    'usergraph calls',
    'rounds (min)',
    'naive calls',
    'rounds',
    'dedup calls',
    'rounds',
  ]);
  row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:']);
  for (const { op, servers: s } of results) {
    row([
      op.title,
      op.lowerBound,
      s.gateway.calls,
      `${s.gateway.rounds} (${op.minRounds})`,
      s.naive.calls,
      s.naive.rounds,
      s.dedup.calls,
      s.dedup.rounds,
    ]);
  }
  lines.push(
    '',
    `## Latency at ${LATENCY_MS} ms upstream latency`,
    '',
    `Every upstream call answers ${LATENCY_MS} ms after it reaches the emulator, the emulator's own work inside that time ` +
      `(knob \`latencyIncludesWork\`), as an upstream whose calls take ${LATENCY_MS} ms would. p50 / p95 in ms over ` +
      `${settings.runsAtLatency} sequential requests; in brackets p50 ÷ (rounds × ${LATENCY_MS} ms) with each server's ` +
      'own rounds (the check asks ≤ 1.15 for usergraph); "own": p50 of the time with no upstream call in flight — ' +
      "the server's own work, the HTTP request in and the response out. The rest is the upstream calls as the server's " +
      `HTTP client sees them: on this machine a bare GET of one user (node:http, no gateway) already takes ` +
      `${ms(settings.bareCallP50)} ms at p50 (timer, loopback, process wake-ups), and 100-user answers (170 to 300 KB) ` +
      'add their transfer and parsing.',
    '',
  );
  perServer((r) => `${ms(r.atLatency.p50)} / ${ms(r.atLatency.p95)} (${ratio(r)}); own ${ms(r.atLatency.own)}`);
  lines.push(
    '',
    `The same with ${LATENCY_MS} ms added in front of the emulator's own work (its default model: a call takes ` +
      `${LATENCY_MS} ms plus the emulator's 1 to 4 ms of rendering and serialising up to 100 users): p50 in ms over ` +
      `${settings.runsAdded} requests, rounds, p50 ÷ (rounds × ${LATENCY_MS} ms), own time.`,
    '',
  );
  perServer(
    ({ atAddedLatency: a }) =>
      `${ms(a.p50)}, ${a.rounds} rounds (${(a.p50 / (a.rounds * LATENCY_MS)).toFixed(2)}); own ${ms(a.own)}`,
  );
  lines.push(
    '',
    '## At 0 ms upstream latency: latency and throughput',
    '',
    `p50 / p95 in ms over ${settings.runsAt0} sequential requests; throughput in requests/s with ${settings.concurrency} ` +
      `concurrent clients for ${settings.throughputMs / 1000} s (closed loop). The emulator runs in its own process.`,
    '',
  );
  row(['operation', ...SERVERS.flatMap((s) => [`${SERVER_TITLES[s]} p50 / p95`, 'req/s'])]);
  row(['---', ...SERVERS.flatMap(() => ['--:', '--:'])]);
  for (const { op, servers: s } of results) {
    row([
      op.title,
      ...SERVERS.flatMap((name) => [`${ms(s[name].at0.p50)} / ${ms(s[name].at0.p95)}`, s[name].at0.rps.toFixed(0)]),
    ]);
  }
  const different = results.flatMap((r) =>
    SERVERS.filter((s) => !r.servers[s].sameData).map((s) => `${r.op.title} (${s})`),
  );
  lines.push(
    '',
    different.length
      ? `Answers that differ from usergraph's: ${different.join(', ')}.`
      : 'Every server gave the same `data` as usergraph for every operation.',
    '',
    '## The lower bounds',
    '',
    'Each derived from the seeded data by bench/operations.ts (asking the emulator directly), under these rules: a call ' +
      'can only use ids the arguments or earlier answers gave; GET /api/v2/users takes at most 100 ids; a User field ' +
      'with an `expand` costs no call of its own; a sub-resource with neither an expand nor a bulk route (queues, a ' +
      "user's direct reports) costs one call per user (per 100 entries); /users/me embeds the first 50 direct reports.",
    '',
  );
  for (const { op } of results) lines.push(`- **${op.title}**: ${op.derivation}.`);
  if (memory) {
    lines.push(
      '',
      '## Memory',
      '',
      `The gateway as \`npm start\` runs it (src/index.ts, a child process), against a ${memory.users.toLocaleString('en')}-user ` +
        `emulator in another process: ${memory.requests} directory queries of ${memory.pageSize} users ` +
        `(\`users(pageSize: ${memory.pageSize}, pageNumber: n)\` with manager, station and routing status), after one ` +
        `warm-up in four equal phases of ${memory.phase.sequential} requests one at a time then ${memory.phase.parallel} ` +
        `${memory.concurrency} at a time, each phase on other pages. Each request costs ${memory.upstreamCallsPerRequest} ` +
        `upstream calls (the page with its expands, its managers in bulk) and answers ${(memory.responseBytes / 1024).toFixed(0)} KB. ` +
        "RSS is read from /proc/<pid>/status every 20 ms (VmRSS), and the kernel's own peak (VmHWM) at the end.",
      '',
    );
    row(['idle after start', 'peak, sampled', 'peak, VmHWM', 'max, first phase', 'max, last phase']);
    row(['--:', '--:', '--:', '--:', '--:']);
    row([
      mb(memory.idleRss),
      mb(memory.peakSampled),
      mb(memory.peakHwm),
      mb(memory.firstPhaseMax),
      mb(memory.lastPhaseMax),
    ]);
    const growth = memory.lastPhaseMax - memory.firstPhaseMax;
    lines.push(
      '',
      'Nothing outlives a request: its loaders, their caches and the users they hold go with its context, so memory ' +
        `follows the requests in flight (here at most ${memory.concurrency} pages of ${memory.pageSize} users and their ` +
        'managers), not the number served. ' +
        (growth <= 0.1 * memory.firstPhaseMax
          ? `The last phase peaks within 10% of the first (${growth >= 0 ? '+' : '−'}${mb(Math.abs(growth))}): bounded.`
          : `The last phase peaked ${mb(growth)} above the first in this run.`) +
        ` ${memory.heapLimit}`,
    );
  }
  lines.push(
    '',
    '## Method',
    '',
    "- **Processes.** The emulator runs in a child process (`npm run emulator`), so its work is not inside the servers' " +
      "timings; usergraph (`listenGateway`, as `npm start` builds it) and the two baselines run in the benchmark's " +
      'process, one request at a time for the latency runs, with NODE_ENV=production. The latency knobs of the emulator ' +
      `(\`PATCH /__emulator/knobs\`) switch between 0 and ${LATENCY_MS} ms.`,
    '- **Baselines** (bench/baselines/): Apollo Server 5 over the same subgraph schema and the same upstream client ' +
      "(got, keep-alive), with resolvers that call each field's REST route for their own parent. (a) calls for every " +
      'field of every parent; (b) memoizes GETs by URL per request (the RESTDataSource recipe): same URL, one call; no bulk ' +
      'fetch, no expand. An expand-only field (presence) is one GET of the user with that expand, per user. ' +
      "They have none of the gateway's plugins (query limits and cost model, metrics, logs, request ids), so on small " +
      'queries at 0 ms they can answer faster than usergraph: what they lose is upstream calls and rounds.',
    "- **Calls**: the emulator's request log for one execution (`/__emulator/requests`).",
    "- **Rounds**: each upstream call's issue and answer time comes from the client's `onCall` event (answer time minus " +
      'duration). In order of issue, a call joins the current round when it was issued before any call of that round ' +
      `answered, else it opens the next. Measured on every run at ${LATENCY_MS} ms; the most frequent value is shown.`,
    '- **Latency**: wall time of the HTTP POST from the benchmark client, after warm-up requests.',
    '',
    '## Machine',
    '',
    ...machine(),
    '',
  );
  return lines.join('\n');
}
