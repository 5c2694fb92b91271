/** bench/RESULTS.md: the tables of one benchmark run, the checks, the machine and the method. */
import os from 'node:os';
import type { BenchOperation } from './operations.js';
import { LATENCY_MS, THROUGHPUT_BEFORE } from './settings.js';

export const SERVERS = ['gateway', 'naive', 'dedup', 'mesh'] as const;
export type ServerName = (typeof SERVERS)[number];

export const SERVER_TITLES: Record<ServerName, string> = {
  gateway: 'usergraph',
  naive: 'baseline (a): no DataLoader',
  dedup: 'baseline (b): per-request dedup',
  mesh: 'peer: Hive Gateway + Mesh OpenAPI',
};

/** One server's figures in one pass over the operations. */
export interface ServerRun {
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

/** The bare replay of usergraph's upstream calls for one operation, in one pass. */
export interface BareRun {
  calls: number;
  rounds: number;
  /** `rps`: the replay's own throughput with the servers' concurrency, the most any server could serve here. */
  at0: { p50: number; p95: number; rps: number };
  /** At LATENCY_MS of response time, measured right after usergraph's runs of the operation. */
  atLatency: { p50: number; p95: number };
}

export interface OperationRun {
  /** The servers that ran the operation (the baselines skip an operation with `baselines: false`). */
  servers: Partial<Record<ServerName, ServerRun>>;
  bare: BareRun;
}

/** An operation and its figures in each pass. */
export interface OperationResult {
  op: BenchOperation;
  runs: OperationRun[];
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
  /** Passes over the operations (and memory checks). */
  runs: number;
  durationS: number;
  /** os.loadavg() when the run began and when it ended. */
  load: { before: number[]; after: number[] };
  /** Requests the client repeated after a reset on a reused keep-alive socket. */
  repeatedRequests: number;
  /** The peer's package versions and Node, or why it did not run. */
  peer: string;
}

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const x2 = (v: number): string => v.toFixed(2);
const rps = (v: number): string => v.toFixed(0);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A figure over the passes: the median, and (min–max) when there were several and they differ. */
function spread(values: readonly number[], format: (v: number) => string = ms): string {
  const m = format(median(values));
  if (values.length < 2) return m;
  const lo = format(Math.min(...values));
  const hi = format(Math.max(...values));
  return lo === hi ? m : `${m} (${lo}–${hi})`;
}

/** The most frequent value over the passes (calls, rounds: the same in every pass unless something is wrong). */
function usual(values: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return counts.size > 1 ? `${top[0]} (varied: ${[...counts.keys()].join(', ')})` : String(top?.[0] ?? '—');
}

const budget = (rounds: number): number => 1.15 * rounds * LATENCY_MS;
/** The figures of one server over the passes (absent when it did not run the operation). */
const of = (result: OperationResult, server: ServerName): ServerRun[] =>
  result.runs.flatMap((run) => (run.servers[server] ? [run.servers[server]] : []));
/** usergraph ÷ bare replay at LATENCY_MS, per pass. */
const bareRatios = (result: OperationResult): number[] =>
  result.runs.flatMap((run) =>
    run.servers.gateway ? [run.servers.gateway.atLatency.p50 / run.bare.atLatency.p50] : [],
  );
const roundRatio = (runs: readonly ServerRun[]): number[] => runs.map((r) => r.atLatency.p50 / (r.rounds * LATENCY_MS));

export interface Checks {
  callsAtLowerBound: boolean;
  p50WithinBudget: boolean;
  bareRatioTargets: boolean;
  throughputTargets: boolean;
  sameData: boolean;
  baselinesSideBySide: boolean;
}

/** Issue 14's targets: usergraph ÷ bare replay at LATENCY_MS, by operation (the median over the passes). */
export const BARE_RATIO_TARGETS: Record<string, number> = { directory: 1.08, 'directory-500': 1.1 };

function failing(results: readonly OperationResult[]) {
  return {
    calls: results.filter((r) => of(r, 'gateway').some((g) => g.calls !== r.op.lowerBound)),
    budget: results.filter((r) => median(of(r, 'gateway').map((g) => g.atLatency.p50)) > budget(r.op.minRounds)),
    bare: results.filter((r) => r.op.key in BARE_RATIO_TARGETS && median(bareRatios(r)) > BARE_RATIO_TARGETS[r.op.key]),
    throughput: results.filter(
      (r) =>
        r.op.key in THROUGHPUT_BEFORE &&
        median(of(r, 'gateway').map((g) => g.at0.rps)) < 2 * THROUGHPUT_BEFORE[r.op.key],
    ),
  };
}

export function checksOf(results: readonly OperationResult[]): Checks {
  const fails = failing(results);
  return {
    callsAtLowerBound: fails.calls.length === 0,
    p50WithinBudget: fails.budget.length === 0,
    bareRatioTargets: fails.bare.length === 0,
    throughputTargets: fails.throughput.length === 0,
    sameData: results.every((r) => r.runs.every((run) => Object.values(run.servers).every((s) => s.sameData))),
    baselinesSideBySide: results.every(
      (r) => r.op.baselines === false || (['naive', 'dedup'] as const).every((s) => of(r, s).length === r.runs.length),
    ),
  };
}

function machine(settings: RunSettings): string[] {
  const cpus = os.cpus();
  const load = (l: number[]): string => l.map((v) => v.toFixed(2)).join(', ');
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores (\`os.availableParallelism()\` = ${os.availableParallelism()})`,
    `- Load average (1, 5, 15 min): ${load(settings.load.before)} when the run began; ${load(settings.load.after)} when it ended`,
    `- Memory: ${mb(os.totalmem())}; OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}`,
  ];
}

const pass = (ok: boolean): string => (ok ? '**pass**' : '**FAIL**');

export function renderResults(
  results: readonly OperationResult[],
  memory: readonly MemoryResult[],
  settings: RunSettings,
): string {
  const checks = checksOf(results);
  const fails = failing(results);
  const lines: string[] = [];
  const row = (cells: Array<string | number>): void => {
    lines.push(`| ${cells.join(' | ')} |`);
  };
  const over =
    settings.runs > 1 ? ` Every figure is the median of ${settings.runs} passes, (min–max) when they differ.` : '';
  const list = (rs: readonly OperationResult[], cell: (r: OperationResult) => string): string =>
    rs.map((r) => `${r.op.title} (${cell(r)})`).join(', ');
  lines.push(
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, in ${settings.durationS.toFixed(0)} s, ` +
      `${settings.runs} passes. Seven frontend operations against the emulator (${settings.org.users.toLocaleString('en')} users, ` +
      `seed ${settings.org.seed}), run through usergraph, through a bare replay of usergraph's own upstream calls and ` +
      "through two baselines written over the same schema and through a real peer (Hive Gateway over GraphQL Mesh's " +
      'OpenAPI source), in the same run.' +
      over +
      ` Machine: ${os.availableParallelism()} cores, load ${settings.load.before[0].toFixed(2)} at the start and ` +
      `${settings.load.after[0].toFixed(2)} at the end (1-minute average; other work shared the machine), Node ${process.version}; see Machine. ` +
      'The bounded load test (fixed rate, example queries, errors and memory over time) is `npm run bench:load`, reported in [LOAD.md](LOAD.md); ' +
      'the CPU profiles of the gateway are summarised in [PROFILE.md](PROFILE.md).',
    '',
    '## Checks',
    '',
    `- ${pass(checks.callsAtLowerBound)} usergraph's upstream calls equal the lower bound on every operation, in every pass` +
      (fails.calls.length ? ` — not on ${fails.calls.map((r) => r.op.title).join(', ')}.` : '.'),
    `- ${pass(checks.p50WithinBudget)} at ${LATENCY_MS} ms upstream latency, usergraph's median p50 ≤ 1.15 × fewest rounds × ${LATENCY_MS} ms on every operation` +
      (fails.budget.length
        ? ` — over on ${list(fails.budget, (r) => x2(median(roundRatio(of(r, 'gateway')))))}.`
        : '.'),
    `- ${pass(checks.bareRatioTargets)} at ${LATENCY_MS} ms, usergraph ÷ bare replay ≤ ` +
      Object.entries(BARE_RATIO_TARGETS)
        .map(([key, limit]) => `${limit.toFixed(2)} on ${results.find((r) => r.op.key === key)?.op.title ?? key}`)
        .join(' and ') +
      (fails.bare.length ? ` — over on ${list(fails.bare, (r) => x2(median(bareRatios(r))))}.` : '.'),
    `- ${pass(checks.throughputTargets)} at 0 ms, usergraph serves at least twice the requests/s measured before issue 14's cuts ` +
      `(${Object.entries(THROUGHPUT_BEFORE)
        .map(([key, v]) => `${results.find((r) => r.op.key === key)?.op.title ?? key}: ${v} req/s, so ≥ ${2 * v}`)
        .join('; ')})` +
      (fails.throughput.length
        ? ` — short on ${list(fails.throughput, (r) => `${rps(median(of(r, 'gateway').map((g) => g.at0.rps)))} req/s; the bare replay itself ${rps(median(r.runs.map((run) => run.bare.at0.rps)))} req/s`)}.`
        : '.'),
    `- ${pass(checks.sameData)} every server gave the same \`data\` as usergraph on every operation, in every pass` +
      (checks.sameData
        ? '.'
        : ` — not ${results
            .flatMap((r) =>
              SERVERS.filter((s) => of(r, s).some((run) => !run.sameData)).map(
                (s) => `${SERVER_TITLES[s]} on ${r.op.title}`,
              ),
            )
            .join(', ')}.`),
    `- ${pass(checks.baselinesSideBySide)} both baselines are measured side by side with usergraph, in this run (not on the 500-user page; see Method).`,
    `- Peer: ${settings.peer}; it ran ${
      results
        .filter((r) => of(r, 'mesh').length > 0)
        .map((r) => r.op.title)
        .join(', ') || 'nothing'
    } (see Method).`,
    `- Requests repeated after a reset on a reused keep-alive socket: ${settings.repeatedRequests}.`,
    '',
    '## Upstream calls and rounds',
    '',
    'Calls are counted by the emulator for one execution; rounds are the sequential waves of calls at ' +
      `${LATENCY_MS} ms latency (see Method). "min" is the fewest rounds the lower-bound calls need. The bare replay ` +
      "makes usergraph's calls in usergraph's rounds. The peer's calls are counted at the emulator, but they leave " +
      'another process, so their rounds are not observed (its latency columns give its p50 alone).',
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
    'peer calls',
  ]);
  row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']);
  const cellOf = (r: OperationResult, server: ServerName, pick: (s: ServerRun) => number): string => {
    const runs = of(r, server);
    return runs.length ? usual(runs.map(pick)) : '—';
  };
  for (const r of results) {
    row([
      r.op.title,
      r.op.lowerBound,
      cellOf(r, 'gateway', (s) => s.calls),
      `${cellOf(r, 'gateway', (s) => s.rounds)} (${r.op.minRounds})`,
      cellOf(r, 'naive', (s) => s.calls),
      cellOf(r, 'naive', (s) => s.rounds),
      cellOf(r, 'dedup', (s) => s.calls),
      cellOf(r, 'dedup', (s) => s.rounds),
      cellOf(r, 'mesh', (s) => s.calls),
    ]);
  }
  lines.push(
    '',
    `## Latency at ${LATENCY_MS} ms upstream latency`,
    '',
    `Every upstream call answers ${LATENCY_MS} ms after it reaches the emulator, the emulator's own work inside that time ` +
      `(knob \`latencyIncludesWork\`), as an upstream whose calls take ${LATENCY_MS} ms would. p50 in ms over ` +
      `${settings.runsAtLatency} sequential requests. **Bare replay**: usergraph's own upstream calls for the operation ` +
      '(as the emulator logged them: method, path, query, body), replayed round by round by a keep-alive node:http client ' +
      "that reads and parses each answer and does nothing else, measured right after usergraph's runs of the operation: " +
      "the physical floor of the operation on this machine. **÷ bare**: usergraph's p50 over the bare replay's, per pass. " +
      "**÷ rounds**: p50 ÷ (rounds × 25 ms). **Own**: p50 of usergraph's time with no upstream call in flight — its own work, " +
      'the HTTP request in and the response out.',
    '',
  );
  row([
    'operation',
    'bare replay p50',
    'usergraph p50',
    'p95',
    '÷ bare',
    '÷ rounds',
    'own',
    `${SERVER_TITLES.naive} p50 (÷ rounds)`,
    `${SERVER_TITLES.dedup} p50 (÷ rounds)`,
    `${SERVER_TITLES.mesh} p50 (÷ rounds)`,
  ]);
  row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']);
  const baselineCell = (r: OperationResult, server: ServerName): string => {
    const runs = of(r, server);
    if (!runs.length) return '—';
    // The peer's calls leave another process: their rounds are not observed, only its latency.
    if (server === 'mesh') return spread(runs.map((s) => s.atLatency.p50));
    return `${spread(runs.map((s) => s.atLatency.p50))} (${x2(median(roundRatio(runs)))})`;
  };
  for (const r of results) {
    const g = of(r, 'gateway');
    row([
      r.op.title,
      spread(r.runs.map((run) => run.bare.atLatency.p50)),
      spread(g.map((s) => s.atLatency.p50)),
      spread(g.map((s) => s.atLatency.p95)),
      `**${spread(bareRatios(r), x2)}**`,
      spread(roundRatio(g), x2),
      spread(g.map((s) => s.atLatency.own)),
      baselineCell(r, 'naive'),
      baselineCell(r, 'dedup'),
      baselineCell(r, 'mesh'),
    ]);
  }
  lines.push(
    '',
    `The same with ${LATENCY_MS} ms added in front of the emulator's own work (its default model: a call takes ` +
      `${LATENCY_MS} ms plus the emulator's 1 to 20 ms of rendering and serialising up to 500 users): p50 in ms over ` +
      `${settings.runsAdded} requests, and in brackets p50 ÷ (rounds × ${LATENCY_MS} ms); usergraph's own time.`,
    '',
  );
  row([
    'operation',
    'usergraph p50 (÷ rounds)',
    'own',
    ...(['naive', 'dedup', 'mesh'] as const).map((s) => SERVER_TITLES[s]),
  ]);
  row(['---', '--:', '--:', '--:', '--:', '--:']);
  const added = (runs: readonly ServerRun[], server: ServerName = 'gateway'): string =>
    runs.length && server === 'mesh'
      ? spread(runs.map((s) => s.atAddedLatency.p50))
      : runs.length
        ? `${spread(runs.map((s) => s.atAddedLatency.p50))} (${x2(median(runs.map((s) => s.atAddedLatency.p50 / (s.atAddedLatency.rounds * LATENCY_MS))))})`
        : '—';
  for (const r of results) {
    row([
      r.op.title,
      added(of(r, 'gateway')),
      spread(of(r, 'gateway').map((s) => s.atAddedLatency.own)),
      added(of(r, 'naive')),
      added(of(r, 'dedup')),
      added(of(r, 'mesh'), 'mesh'),
    ]);
  }
  lines.push(
    '',
    '## At 0 ms upstream latency: latency and throughput',
    '',
    `p50 / p95 in ms over ${settings.runsAt0} sequential requests; throughput in requests/s with ${settings.concurrency} ` +
      `concurrent clients for ${settings.throughputMs / 1000} s (closed loop). The emulator runs in its own process. ` +
      "The bare replay columns are its p50 at 0 ms and its throughput with the same clients: the transfer and parsing of the upstream answers alone, the ceiling of any server on this machine (the emulator's work and the two cores bound it). **÷ bare**: usergraph's req/s over the bare replay's, per pass.",
    '',
  );
  row([
    'operation',
    'bare replay p50',
    'req/s',
    'usergraph p50 / p95',
    'req/s',
    '÷ bare',
    ...(['naive', 'dedup', 'mesh'] as const).flatMap((s) => [`${SERVER_TITLES[s]} p50 / p95`, 'req/s']),
  ]);
  row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']);
  const at0 = (runs: readonly ServerRun[]): string[] =>
    runs.length
      ? [
          `${spread(runs.map((s) => s.at0.p50))} / ${ms(median(runs.map((s) => s.at0.p95)))}`,
          spread(
            runs.map((s) => s.at0.rps),
            rps,
          ),
        ]
      : ['—', '—'];
  for (const r of results) {
    row([
      r.op.title,
      spread(r.runs.map((run) => run.bare.at0.p50)),
      spread(
        r.runs.map((run) => run.bare.at0.rps),
        rps,
      ),
      ...at0(of(r, 'gateway')),
      spread(
        r.runs.map((run) => (run.servers.gateway?.at0.rps ?? NaN) / run.bare.at0.rps),
        x2,
      ),
      ...at0(of(r, 'naive')),
      ...at0(of(r, 'dedup')),
      ...at0(of(r, 'mesh')),
    ]);
  }
  lines.push(
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
  if (memory.length) {
    const m = memory[0];
    const perPage = (r: MemoryResult): number => (r.peakHwm - r.idleRss) / r.concurrency;
    lines.push(
      '',
      '## Memory',
      '',
      `The gateway as \`npm start\` runs it (its production build, dist/index.js, NODE_ENV=production; a child process, a fresh one for each of ${memory.length} runs), ` +
        `against a ${m.users.toLocaleString('en')}-user emulator in another process: ${m.requests} directory queries of ${m.pageSize} users ` +
        `(\`users(pageSize: ${m.pageSize}, pageNumber: n)\` with manager, station and routing status, the query of earlier ` +
        `reports), after one warm-up in four equal phases of ${m.phase.sequential} requests one at a time then ${m.phase.parallel} ` +
        `${m.concurrency} at a time, each phase on other pages. Each request costs ${m.upstreamCallsPerRequest} ` +
        `upstream calls (the page with its expands, its managers in bulk) and answers ${(m.responseBytes / 1024).toFixed(0)} KB. ` +
        "RSS is read from /proc/<pid>/status every 20 ms (VmRSS), and the kernel's own peak (VmHWM) at the end. " +
        `**Per concurrent page**: (VmHWM − idle) ÷ ${m.concurrency}, what each 500-user page in flight adds at the peak. ` +
        'The report before issue 14 gave a 311 MB peak (VmHWM) on this check, with src/index.ts run through tsx, as `npm start` ran it ' +
        'then (tsx adds about 40 MB); `npm run bench:memory -- <checkout>` runs this check side by side with another checkout.',
      '',
    );
    row([
      '',
      'idle after start',
      'peak, sampled',
      'peak, VmHWM',
      'per concurrent page',
      'max, first phase',
      'max, last phase',
    ]);
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:']);
    const figures: Array<(r: MemoryResult) => number> = [
      (r) => r.idleRss,
      (r) => r.peakSampled,
      (r) => r.peakHwm,
      perPage,
      (r) => r.firstPhaseMax,
      (r) => r.lastPhaseMax,
    ];
    memory.forEach((r, i) => row([`run ${i + 1}`, ...figures.map((f) => mb(f(r)))]));
    if (memory.length > 1)
      row([
        '**median (min–max)**',
        ...figures.map((f) =>
          spread(
            memory.map((r) => f(r) / 1024 / 1024),
            (v) => `${v.toFixed(0)} MB`,
          ),
        ),
      ]);
    const growth = median(memory.map((r) => r.lastPhaseMax - r.firstPhaseMax));
    const first = median(memory.map((r) => r.firstPhaseMax));
    lines.push(
      '',
      'Nothing outlives a request: its loaders, their caches and the users they hold go with its context, so memory ' +
        `follows the requests in flight (here at most ${m.concurrency} pages of ${m.pageSize} users and their ` +
        'managers), not the number served. ' +
        (growth <= 0.1 * first
          ? `The last phase peaks within 10% of the first (median ${growth >= 0 ? '+' : '−'}${mb(Math.abs(growth))}): bounded.`
          : `The last phase peaked ${mb(growth)} above the first (median).`) +
        ` ${m.heapLimit}`,
    );
  }
  lines.push(
    '',
    '## Method',
    '',
    "- **Processes.** The emulator runs in a child process (`npm run emulator`), so its work is not inside the servers' " +
      "timings; usergraph (`listenGateway`, as `npm start` builds it), the two baselines and the bare replay run in the benchmark's " +
      'process, one request at a time for the latency runs, with NODE_ENV=production. The latency knobs of the emulator ' +
      `(\`PATCH /__emulator/knobs\`) switch between 0 and ${LATENCY_MS} ms.`,
    `- **Passes.** The whole operations part runs ${settings.runs} times against the same emulator, each pass with fresh ` +
      'servers; the memory check runs as many times, each with a fresh gateway process. The spread between passes is the ' +
      'noise of this machine at the time; a change smaller than it is not a measured change.',
    '- **Connections.** Every client keeps its connections alive, with an idle timeout so that Node honours each ' +
      "server's `Keep-Alive: timeout` hint and retires a socket before the server closes it (without it a request could " +
      'leave on a socket being closed: `socket hang up`); a request that still meets a reset on a reused socket is ' +
      'repeated once on a fresh one, and counted in Checks.',
    '- **Baselines** (bench/baselines/): Apollo Server 5 over the same subgraph schema and the same upstream client ' +
      "(got, keep-alive), with resolvers that call each field's REST route for their own parent. (a) calls for every " +
      'field of every parent; (b) memoizes GETs by URL per request (the RESTDataSource recipe): same URL, one call; no bulk ' +
      'fetch, no expand. An expand-only field (presence) is one GET of the user with that expand, per user. ' +
      "They have none of the gateway's plugins (query limits and cost model, metrics, logs, request ids), so on small " +
      'queries at 0 ms they can answer faster than usergraph: what they lose is upstream calls and rounds. They do not run ' +
      'the 500-user page (some 1,500 upstream calls a request: minutes per pass, to show what the 100-user page shows).',
    "- **Peer** (bench/peer/, its own package.json and lock, installed on demand): GraphQL Mesh's OpenAPI source over " +
      "the emulator's OpenAPI description (`GET /api/v2/docs/openapi.json`, generated from the operation table and the " +
      'models), composed by `mesh-compose` against the running emulator and served by Hive Gateway in its own process, ' +
      "started once for all passes; the caller's token passed on. One field added as a team would (`managerUser`, " +
      "`@resolveTo` GET /api/v2/users/{userId} per parent): Mesh's batched form matches results to keys by position, " +
      'and GET /api/v2/users?id=… answers in name order and paged, so it gave users the wrong managers. Its queries ' +
      "(bench/peer.ts) use aliases so that their `data` has usergraph's shape, and are compared with usergraph's " +
      '(_entities as the set of names: the bulk route answers in name order). It runs the operations it can express with ' +
      'the OpenAPI source alone; the team view (queues per report), the org chart (direct reports per user) and the search ' +
      '(a POST, a Mutation in Mesh) would need hand-written resolvers, and are not run.',
    '- **Bare replay**: captured once per pass from one execution of usergraph at 25 ms (the emulator request log, split ' +
      "into the rounds the client's call events show), then replayed; the bare client reads and parses every answer.",
    "- **Calls**: the emulator's request log for one execution (`/__emulator/requests`).",
    "- **Rounds**: each upstream call's issue and answer time comes from the client's `onCall` event (answer time minus " +
      'duration). In order of issue, a call joins the current round when it was issued before any call of that round ' +
      `answered, else it opens the next. Measured on every run at ${LATENCY_MS} ms; the most frequent value is shown.`,
    '- **Latency**: wall time of the HTTP POST from the benchmark client, after warm-up requests.',
    '',
    '## Machine',
    '',
    ...machine(settings),
    '',
  );
  return lines.join('\n');
}
