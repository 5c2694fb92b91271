/**
 * The abuse benchmark (`npm run bench:abuse`): does a hostile caller stall everyone else? The gateway runs
 * as `npm start` runs it (`src/index.ts`, its own process, NODE_ENV=production, default limits) on the
 * emulator (a third process). First, idle, one probe client measures `GET /healthz` and a normal query
 * (ProfileCard, example 01) one request after another. Then 8 clients send, back to back and with no pause,
 * the worst documents each limit lets through and each limit rejects (the set below, in turn), while the
 * same probe measures the same two requests again. It reports both sets of percentiles side by side, their
 * ratio, the gateway's event-loop delay in each phase (perf_hooks.monitorEventLoopDelay, as prom-client
 * exports it on /metrics: read before a phase to reset it, and after), how each abusive document was
 * answered, the gateway's CPU time and the upstream calls made; writes bench/ABUSE.md. By default it does
 * all this three times in one run, on the same emulator: a gateway without admission control
 * (ADMISSION_HEAVY_CONCURRENCY=0), one with turns but no wait for spare time
 * (ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT=0), then one with the defaults (src/protection/admission.ts), so each
 * part of the defence is judged side by side under the same machine load. Targets: `/healthz` p99 < 50 ms and the normal
 * query's p99 < 2 × idle, while under abuse. Not a test: exits 0 whatever the figures say.
 *
 *   npm run bench:abuse -- --duration 20 --clients 8 --out bench/ABUSE.md [--only rejected|allowed] [--admission both|on|off]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from '../src/ide/index.js';
import { spawnEmulator, spawnGateway, type Child } from './processes.js';

interface Settings {
  duration: number;
  clients: number;
  idleSamples: number;
  out: string;
  /** `all` (default), or only the documents a limit `rejected`, or only those `allowed`. */
  only: 'all' | 'rejected' | 'allowed';
  /** Which gateways to measure: \`both\` (default: without admission control, then with it), \`on\` or \`off\`. */
  admission: 'both' | 'on' | 'off';
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function settingsFrom(argv: string[]): Settings {
  const settings: Settings = {
    duration: 20,
    clients: 8,
    idleSamples: 300,
    out: path.join(root, 'bench', 'ABUSE.md'),
    only: 'all',
    admission: 'both',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'out' && value) settings.out = path.resolve(value);
    else if (key === 'only' && (value === 'all' || value === 'rejected' || value === 'allowed')) settings.only = value;
    else if (key === 'admission' && (value === 'both' || value === 'on' || value === 'off')) settings.admission = value;
    else if (
      key in settings &&
      key !== 'out' &&
      key !== 'only' &&
      key !== 'admission' &&
      Number.isFinite(Number(value)) &&
      Number(value) > 0
    )
      settings[key as Exclude<keyof Settings, 'out' | 'only' | 'admission'>] = Number(value);
    else if (key !== '')
      throw new Error(`unknown or bad option --${key} ${value ?? ''} (see the header of bench/abuse.ts)`);
  }
  return settings;
}

const repeat = (text: string, n: number): string => Array.from({ length: n }, () => text).join(' ');
const nest = (field: string, levels: number, leaf: string): string => {
  let selection = leaf;
  for (let i = 0; i < levels; i++) selection = `${field} { ${selection} }`;
  return selection;
};
function nestedCriteria(levels: number): unknown {
  let criterion: Record<string, unknown> = { type: 'EXACT', fields: ['name'], value: 'x' };
  for (let i = 1; i < levels; i++) criterion = { type: 'EXACT', fields: ['name'], value: 'x', group: [criterion] };
  return criterion;
}

interface Abuse {
  name: string;
  /** A new body each time (the cache-busting ones vary their spacing). */
  body: () => string;
}

/** The worst document each limit lets through, and the worst it rejects. */
export function abuses(userIds: string[]): Abuse[] {
  const fixed = (name: string, query: string, variables?: Record<string, unknown>, operationName?: string): Abuse => {
    const text = JSON.stringify({ query, variables, operationName });
    return { name, body: () => text };
  };
  let n = 0;
  const fragments300 = `{ me { ${Array.from({ length: 300 }, (_, i) => `...F${i}`).join(' ')} } } ${Array.from({ length: 300 }, (_, i) => `fragment F${i} on User { name }`).join(' ')}`;
  const reps = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ __typename: 'User', id: userIds[i % userIds.length] }));
  return [
    fixed('fields: 2,000 (1,999 repeats of one field), allowed', `{ me { ${repeat('name', 1999)} } }`),
    {
      name: 'fields: the same, respaced every time (cache-busting), allowed',
      body: () => JSON.stringify({ query: `# ${n++}\n{ me { ${repeat('name', 1999)} } }` }),
    },
    fixed('fields: 4,990 repeats of one field, rejected', `{ me { ${repeat('name', 4990)} } }`),
    {
      name: 'fields: 4,990 repeats respaced every time, rejected',
      body: () => JSON.stringify({ query: `# ${n++}\n{ me { ${repeat('name', 4990)} } }` }),
    },
    fixed(
      'fields: `manager { manager { name } }` 600 times (validation was 1.9 s)',
      `{ me { ${repeat('manager { manager { name } }', 600)} } }`,
    ),
    fixed('fields: 300 fragments selecting `name` (validation was 0.8 s)', fragments300),
    fixed('tokens: over 5,000, rejected by the parser', `{ me { ${repeat('__typename', 5001)} } }`),
    fixed('depth: 12, allowed', `{ me { ${nest('manager', 10, 'id')} } }`),
    fixed('depth: 30, rejected', `{ me { ${nest('manager', 28, 'id')} } }`),
    fixed('aliases: 30, allowed', `{ me { ${Array.from({ length: 30 }, (_, i) => `a${i}: name`).join(' ')} } }`),
    fixed('aliases: 500, rejected', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`),
    fixed(
      'root fields: 21, rejected',
      `{ ${Array.from({ length: 21 }, (_, i) => `u${i}: users(pageNumber: ${i + 1}) { total }`).join(' ')} }`,
    ),
    fixed('cost: `directReports` nested 8 deep, rejected', `{ me { ${nest('directReports', 8, 'name')} } }`),
    fixed('operation name: 900 KB, rejected', `query ${'N'.repeat(900_000)} { me { id } }`),
    fixed(
      'introspection: 20 aliased `__schema`, rejected',
      `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
    ),
    fixed('`_service`: 1, allowed (the whole SDL)', '{ _service { sdl } }'),
    fixed(
      '`_service`: 20 aliased, rejected',
      `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: _service { sdl }`).join(' ')} }`,
    ),
    fixed(
      '`_entities`: 1,000 representations, allowed (10 bulk calls)',
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }',
      { r: reps(1000) },
    ),
    fixed(
      '`_entities`: 15,000 representations, rejected',
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
      { r: reps(15_000) },
    ),
    fixed(
      'input: a search criterion nested 2,000 levels, rejected',
      'query($q: [UserSearchCriteriaInput!]) { searchUsers(request: { query: $q }) { total } }',
      { q: [nestedCriteria(2000)] },
    ),
    fixed('users(ids:): 10,000 ids, rejected', 'query($ids: [ID!]) { users(ids: $ids) { total } }', {
      ids: Array.from({ length: 9_999 }, (_, i) => userIds[i % userIds.length]),
    }),
  ];
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

interface Latencies {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

function summary(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** The gateway's event-loop delay since the last read, in ms (reading resets prom-client's histogram). */
async function loopDelay(base: string): Promise<LoopDelay> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const read = (name: string): number =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  return {
    p50: read('nodejs_eventloop_lag_p50_seconds'),
    p99: read('nodejs_eventloop_lag_p99_seconds'),
    max: read('nodejs_eventloop_lag_max_seconds'),
    mean: read('nodejs_eventloop_lag_mean_seconds'),
  };
}

async function timed(send: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await send();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`probe answered ${response.status}`);
  return performance.now() - started;
}

interface Probe {
  healthz: number[];
  normal: number[];
}

/** One request after another: /healthz, then the normal query, until `until()` says stop (or `samples` pairs). */
async function probe(base: string, normal: string, until: (done: number) => boolean): Promise<Probe> {
  const result: Probe = { healthz: [], normal: [] };
  const headers = { 'content-type': 'application/json', authorization: 'Bearer bench-probe' };
  while (!until(result.normal.length)) {
    result.healthz.push(await timed(() => fetch(`${base}/healthz`)));
    result.normal.push(await timed(() => fetch(`${base}/graphql`, { method: 'POST', headers, body: normal })));
  }
  return result;
}

interface AbuseCount {
  sent: number;
  statuses: Map<string, number>;
}

async function abuser(
  base: string,
  set: Abuse[],
  offset: number,
  stop: () => boolean,
  counts: Map<string, AbuseCount>,
): Promise<void> {
  for (let i = offset; !stop(); i++) {
    const abuse = set[i % set.length];
    const count = counts.get(abuse.name)!;
    count.sent += 1;
    try {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer abuser-${offset}` },
        body: abuse.body(),
      });
      const text = await response.text();
      let code = '';
      try {
        const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
        code = body.errors?.[0]?.extensions?.code ?? 'ok';
      } catch {
        code = 'not JSON';
      }
      const key = `${response.status} ${code}`;
      count.statuses.set(key, (count.statuses.get(key) ?? 0) + 1);
    } catch (err) {
      const key = `network ${(err as Error).message}`;
      count.statuses.set(key, (count.statuses.get(key) ?? 0) + 1);
    }
  }
}

async function upstreamCalls(emulator: Child): Promise<number> {
  const body = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as {
    total?: number;
    log?: unknown[];
  };
  return body.total ?? body.log?.length ?? NaN;
}

const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '—');

/** CPU time (user + system) a process has used, in ms, from /proc (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Variant {
  label: string;
  /** The gateway's environment on top of the defaults. */
  env: Record<string, string>;
}

interface Run {
  variant: Variant;
  loadAtStart: number;
  idle: Probe;
  underAbuse: Probe;
  idleLoop: LoopDelay;
  abuseLoop: LoopDelay;
  idleCpuMs: number;
  abuseCpuMs: number;
  sent: number;
  calls: number;
  counts: Map<string, AbuseCount>;
}

/** One gateway (with `variant`'s settings) on the shared emulator: warm-up, idle probe, then the probe under abuse. */
async function runVariant(
  settings: Settings,
  emulator: Child,
  variant: Variant,
  set: Abuse[],
  normal: string,
): Promise<Run> {
  const loadAtStart = os.loadavg()[0];
  const gateway = await spawnGateway(emulator.url, { NODE_ENV: 'production', ...variant.env });
  const base = gateway.url.replace(/\/graphql$/, '');
  try {
    // Warm-up: every document once, and the probe, so the idle phase measures a warm gateway.
    const warm = new Map(set.map((a) => [a.name, { sent: 0, statuses: new Map<string, number>() }]));
    for (const abuse of set) {
      let sentOnce = false;
      await abuser(
        base,
        [abuse],
        0,
        () => {
          const stop = sentOnce;
          sentOnce = true;
          return stop;
        },
        warm,
      );
    }
    await probe(base, normal, (done) => done >= 50);

    await loopDelay(base);
    const idleCpu = cpuMs(gateway.pid);
    const idle = await probe(base, normal, (done) => done >= settings.idleSamples);
    const idleCpuMs = cpuMs(gateway.pid) - idleCpu;
    const idleLoop = await loopDelay(base);

    await fetch(`${emulator.url}/__emulator/requests`, { method: 'DELETE' });
    const counts = new Map(set.map((a) => [a.name, { sent: 0, statuses: new Map<string, number>() }]));
    let stopping = false;
    const endAt = performance.now() + settings.duration * 1000;
    const abuseCpu = cpuMs(gateway.pid);
    const clients = Array.from({ length: settings.clients }, (_, i) =>
      abuser(base, set, i * Math.ceil(set.length / settings.clients), () => stopping, counts),
    );
    const underAbuse = await probe(base, normal, () => performance.now() >= endAt);
    const abuseLoop = await loopDelay(base);
    stopping = true;
    await Promise.all(clients);
    const abuseCpuMs = cpuMs(gateway.pid) - abuseCpu;
    const calls = await upstreamCalls(emulator);
    const sent = [...counts.values()].reduce((sum, c) => sum + c.sent, 0);
    return {
      variant,
      loadAtStart,
      idle,
      underAbuse,
      idleLoop,
      abuseLoop,
      idleCpuMs,
      abuseCpuMs,
      sent,
      calls,
      counts,
    };
  } finally {
    await gateway.stop();
  }
}

const VARIANTS: Record<Settings['admission'], Variant[]> = {
  both: [
    { label: 'without admission control', env: { ADMISSION_HEAVY_CONCURRENCY: '0' } },
    { label: 'with turns only (no spare-time wait)', env: { ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT: '0' } },
    { label: 'with admission control (defaults)', env: {} },
  ],
  on: [{ label: 'with admission control (defaults)', env: {} }],
  off: [{ label: 'without admission control', env: { ADMISSION_HEAVY_CONCURRENCY: '0' } }],
};

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  const loadAtStart = os.loadavg().map((n) => n.toFixed(1));
  const emulator = await spawnEmulator({ users: 1000, seed: 42 });
  const runs: Run[] = [];
  try {
    const profileCard = loadExamples().find((e) => e.name.includes('ProfileCard')) ?? loadExamples()[0];
    const normal = JSON.stringify({ query: profileCard.document, variables: profileCard.variables });
    const users = (await (
      await fetch(`${emulator.url}/api/v2/users?pageSize=500`, { headers: { authorization: 'Bearer bench' } })
    ).json()) as { entities: Array<{ id: string }> };
    const set = abuses(users.entities.map((u) => u.id)).filter(
      (a) => settings.only === 'all' || (settings.only === 'rejected') === /rejected/.test(a.name),
    );
    for (const variant of VARIANTS[settings.admission])
      runs.push(await runVariant(settings, emulator, variant, set, normal));
  } finally {
    await emulator.stop();
  }
  const loadAtEnd = os.loadavg().map((n) => n.toFixed(1));
  const report = render(settings, runs, loadAtStart, loadAtEnd);
  writeFileSync(settings.out, report);
  process.stdout.write(report);
}

function render(settings: Settings, runs: Run[], loadAtStart: string[], loadAtEnd: string[]): string {
  const verdict = (ok: boolean): string => (ok ? '**met**' : '**not met**');
  const row = (label: string, a: Latencies, b: Latencies): string =>
    `| ${label} | ${a.count} | ${ms(a.p50)} | ${ms(a.p99)} | ${ms(a.max)} | ${b.count} | ${ms(b.p50)} | ${ms(b.p99)} | ${ms(b.max)} | ${(b.p99 / a.p99).toFixed(2)} |`;
  const names = runs[0] ? [...runs[0].counts.keys()] : [];
  const answers = (run: Run, name: string): string => {
    const c = run.counts.get(name);
    return c ? `${c.sent}: ${[...c.statuses.entries()].map(([k, v]) => `${k} × ${v}`).join(', ')}` : '—';
  };
  const busyShare = (run: Run): string => ((run.abuseCpuMs / (settings.duration * 1000)) * 100).toFixed(0);
  return `# Abuse: does a hostile caller stall the others?

\`npm run bench:abuse\` (\`bench/abuse.ts\`): the gateway as \`npm start\` runs it (\`src/index.ts\`, its own process,
NODE_ENV=production, default limits, LOG_LEVEL=error) on the emulator (a third process, 1,000 users, no added latency).
One probe client sends \`GET /healthz\` and the ProfileCard query one after another, first idle, then while
${settings.clients} clients send, back to back with no pause, the worst documents each limit lets through and each
limit rejects (below, in turn; each client starts at a different document). Event-loop delay:
\`perf_hooks.monitorEventLoopDelay\` in the gateway, read from /metrics (prom-client) once before and once after each
phase. ${runs.length > 1 ? 'The same run measures, one after the other on the same emulator, a gateway without admission control (`ADMISSION_HEAVY_CONCURRENCY=0`), one whose expensive requests take turns but never wait for spare time (`ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT=0`, the defaults before it) and one with its defaults (src/protection/admission.ts).' : ''}
Not a test: run it again to refresh the figures.

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.
Load average (1, 5, 15 min) at the start ${loadAtStart.join(', ')}, at the end ${loadAtEnd.join(', ')} — on ${os.cpus().length} cores
shared with other work, so every latency below includes waiting to be scheduled; the CPU time per request does not.
Settings: ${settings.idleSamples} idle probe pairs, then ${settings.duration} s under abuse by ${settings.clients} clients; documents: ${settings.only}.

## Targets (p99 under abuse)

| Gateway | 1-min load at its start | \`/healthz\` (target < 50 ms) | | ProfileCard (target < 2 × idle) | | Event-loop delay p99 / max |
|---|---|---|---|---|---|---|
${runs
  .map((run) => {
    const health = summary(run.underAbuse.healthz).p99;
    const idle = summary(run.idle.normal).p99;
    const normal = summary(run.underAbuse.normal).p99;
    return `| ${run.variant.label} | ${run.loadAtStart.toFixed(1)} | ${ms(health)} ms | ${verdict(health < 50)} | ${ms(normal)} ms vs 2 × ${ms(idle)} | ${verdict(normal < 2 * idle)} | ${ms(run.abuseLoop.p99)} / ${ms(run.abuseLoop.max)} ms |`;
  })
  .join('\n')}

## Latency side by side (ms)

| Probe | Idle: n | p50 | p99 | max | Under abuse: n | p50 | p99 | max | p99 ratio |
|---|---|---|---|---|---|---|---|---|---|
${runs
  .map(
    (run) =>
      `${row(`\`GET /healthz\`, ${run.variant.label}`, summary(run.idle.healthz), summary(run.underAbuse.healthz))}\n${row(`ProfileCard, ${run.variant.label}`, summary(run.idle.normal), summary(run.underAbuse.normal))}`,
  )
  .join('\n')}

## Event-loop delay of the gateway (ms)

| Gateway | Phase | p50 | p99 | max | mean |
|---|---|---|---|---|---|
${runs
  .map(
    (run) =>
      `| ${run.variant.label} | Idle | ${ms(run.idleLoop.p50)} | ${ms(run.idleLoop.p99)} | ${ms(run.idleLoop.max)} | ${ms(run.idleLoop.mean)} |\n| ${run.variant.label} | Under abuse | ${ms(run.abuseLoop.p50)} | ${ms(run.abuseLoop.p99)} | ${ms(run.abuseLoop.max)} | ${ms(run.abuseLoop.mean)} |`,
  )
  .join('\n')}

(prom-client samples the delay at 10 ms resolution, so an idle loop reads about 10 ms.)

## Work done

| Gateway | Abusive requests in ${settings.duration} s | Upstream calls (probe's included) | Gateway CPU, idle, per probe pair | Gateway CPU under abuse, per request | Share of one core |
|---|---|---|---|---|---|
${runs
  .map(
    (run) =>
      `| ${run.variant.label} | ${run.sent} (${(run.sent / settings.duration).toFixed(0)}/s) | ${run.calls} | ${ms(run.idleCpuMs / run.idle.normal.length)} ms | ${ms(run.abuseCpuMs / (run.sent + run.underAbuse.normal.length + run.underAbuse.healthz.length))} ms | ${busyShare(run)} % |`,
  )
  .join('\n')}

CPU time is user + system from /proc (clock ticks of 10 ms); per request counts abusive and probe requests together.

## The abusive documents and how they were answered (sent: HTTP status and first error code × count)

| Document | ${runs.map((run) => run.variant.label).join(' | ')} |
|---|${runs.map(() => '---|').join('')}
${names.map((name) => `| ${name} | ${runs.map((run) => answers(run, name)).join(' | ')} |`).join('\n')}

## Reading it

- **The mix.** Each of the ${settings.clients} abusive clients (its own token) sends the ${names.length} documents
  above in turn, back to back with no pause, starting at a different one; nothing in the set was made easier for
  admission control (it is the set the previous report measured). Of the ${names.length}, 12 are *expensive* under
  the default settings — the 2,000-field documents (the fixed one by its judged field count, the respaced one
  as unseen and over 4 KiB), the 300-fragment one (301 fields expanded), and every body over 16 KiB (the 4,990-field
  and 5,001-token documents, the 600 \`manager\` chains, the 900 KB name, both \`_entities\`, the nested input and
  the 10,000 ids) — and 9 are cheap (small documents, or ones the gate has already rejected: a hash lookup).
- A rejected document costs one parse and linear checks the first time, a hash lookup after (the verdict cache
  keys on the normalised source, so respacing it costs one parse and a lexer pass). An allowed one is validated once, with the
  overlap check on the merged operation (src/protection/overlap.ts), then executed.
- Admission control (README, "Query limits") lets at most ADMISSION_HEAVY_CONCURRENCY (1) expensive requests run at
  once, one per client, and queues the rest; everything else, the probe included, is admitted at once. With
  turns alone, the next expensive request starts as soon as the last one ends, so the loop stays saturated and
  every cheap request still waits behind that work. By default (ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT, 50 in
  production) none starts while the loop was busy over half of the last 100 ms: expensive work takes only spare
  time. A \`503 SERVER_BUSY\` above is an expensive request refused because the event loop lagged over
  ADMISSION_MAX_EVENT_LOOP_DELAY_MS (100 ms in production) or because it waited ADMISSION_MAX_WAIT_MS.
- The abusers never pause, so with admission control they get fewer expensive requests through per second: that
  is the point — the expensive ones wait for their turn instead of taking the loop from everyone else. The probe
  is itself a client that never pauses (a few hundred requests a second, about half of the loop's time when the
  others wait), so with the defaults the expensive requests run only in its gaps, and the abusers' count falls
  further: what a gateway this busy with normal traffic does with expensive work.
- When the gateway's share of a core is well under 100 % while its event loop is late, it was waiting to be
  scheduled by a busy machine, not working: the latencies then measure the machine more than the gateway; the CPU
  time per request carries over. Judge the targets on a quiet machine.
`;
}

if (process.argv[1]?.endsWith('abuse.ts'))
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
