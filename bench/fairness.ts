/**
 * Fair sharing under a hanging token (`npm run bench:fairness`): the gateway (`src/index.ts`, its own process) on
 * the emulator (another process; 20 ms per call). Token B sends a query, one at a time, while idle; then token A
 * starts 300 operations whose upstream calls hang at the emulator (its `hostile` knob, scoped to A's token), and
 * B's query is measured again. Run side by side with the per-token cap at its default and effectively off
 * (UPSTREAM_CONCURRENCY_PER_TOKEN=10000: the shared pool of 256 sockets is then A's). Reports B's latency
 * percentiles and the ratio of its p99 under the hang to its idle p99 (target: within 2×), how many of A's calls
 * the emulator held at once, and B's upstream calls; writes bench/FAIRNESS.md. Not a test: timings vary by machine.
 *
 *   npm run bench:fairness -- --samples 200 --hanging 300 --latency 20 --out bench/FAIRNESS.md
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenHash } from '../emulator/identity.js';
import { spawnEmulator, spawnGateway, type Child } from './processes.js';

interface Settings {
  samples: number;
  hanging: number;
  latency: number;
  /** Give up on one of B's queries after this long (ms): without the cap they wait for A's calls to time out. */
  patience: number;
  out: string;
}

function settingsFrom(argv: string[]): Settings {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const settings: Settings = {
    samples: 200,
    hanging: 300,
    latency: 20,
    patience: 15_000,
    out: path.join(root, 'bench', 'FAIRNESS.md'),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'out' && value) settings.out = path.resolve(value);
    else if (key in settings && key !== 'out' && Number.isFinite(Number(value)) && Number(value) > 0) {
      settings[key as Exclude<keyof Settings, 'out'>] = Number(value);
    } else if (key !== '')
      throw new Error(`unknown or bad option --${key} ${value ?? ''} (see the header of bench/fairness.ts)`);
  }
  return settings;
}

const TOKEN_A = 'fairness-hanging-token';
const TOKEN_B = 'fairness-other-token';

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

interface Sampled {
  latencies: number[];
  failed: number;
  gaveUp: number;
}

/** B's query `samples` times, one after another; a query not answered within `patience` counts as given up. */
async function sampleB(gateway: Child, query: string, s: Settings, deadline = Infinity): Promise<Sampled> {
  const result: Sampled = { latencies: [], failed: 0, gaveUp: 0 };
  for (let i = 0; i < s.samples && performance.now() < deadline; i++) {
    const started = performance.now();
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_B}` },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(s.patience),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (response.status !== 200 || body.errors) result.failed += 1;
      else result.latencies.push(performance.now() - started);
    } catch {
      result.gaveUp += 1;
    }
  }
  result.latencies.sort((a, b) => a - b);
  return result;
}

async function knobs(emulatorUrl: string, body: unknown): Promise<void> {
  const response = await fetch(`${emulatorUrl}/__emulator/knobs`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`knobs: ${response.status} ${await response.text()}`);
}

interface LogEntry {
  token?: string;
  status: number;
}

async function upstreamLog(emulatorUrl: string): Promise<LogEntry[]> {
  return ((await (await fetch(`${emulatorUrl}/__emulator/requests`)).json()) as { log: LogEntry[] }).log;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  label: string;
  cap: number;
  idle: Sampled;
  loaded: Sampled;
  /** A's calls the emulator held at once (the most seen). */
  heldA: number;
  /** B's upstream calls during the loaded phase. */
  callsB: number;
  /** A's operations that ended with data after the release. */
  answeredA: number;
}

async function run(emulatorUrl: string, label: string, cap: number, query: string, s: Settings): Promise<Run> {
  const gateway = await spawnGateway(emulatorUrl, {
    UPSTREAM_CONCURRENCY_PER_TOKEN: String(cap),
    // A's calls hang until released: nothing of A's times out during the measurement.
    UPSTREAM_TIMEOUT_MS: '120000',
    UPSTREAM_DEADLINE_MS: '180000',
  });
  try {
    await sampleB(gateway, query, { ...s, samples: 20 }); // warm-up
    const idle = await sampleB(gateway, query, s);

    await knobs(emulatorUrl, { hostile: [{ kind: 'hang', tokens: [TOKEN_A] }] });
    await fetch(`${emulatorUrl}/__emulator/requests`, { method: 'DELETE' });
    const hung = Array.from({ length: s.hanging }, () =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }).then(
        async (r) => ((await r.json()) as { errors?: unknown[] }).errors === undefined,
        () => false,
      ),
    );
    // Until the number of A's calls held upstream stops growing.
    const hashA = tokenHash(TOKEN_A);
    let heldA = 0;
    for (let stable = 0; stable < 5;) {
      await sleep(100);
      const held = (await upstreamLog(emulatorUrl)).filter((c) => c.token === hashA && c.status === 0).length;
      stable = held === heldA && held > 0 ? stable + 1 : 0;
      heldA = Math.max(heldA, held);
    }
    const loaded = await sampleB(gateway, query, s, performance.now() + 60_000);
    const log = await upstreamLog(emulatorUrl);
    const callsB = log.filter((c) => c.token === tokenHash(TOKEN_B)).length;
    heldA = Math.max(heldA, log.filter((c) => c.token === hashA && c.status === 0).length);
    await knobs(emulatorUrl, { hostile: [] });
    const answeredA = (await Promise.all(hung)).filter(Boolean).length;
    return { label, cap, idle, loaded, heldA, callsB, answeredA };
  } finally {
    await knobs(emulatorUrl, { hostile: [] }).catch(() => undefined);
    await gateway.stop();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

function row(r: Run, hanging: number): string {
  const p = (sampled: Sampled, q: number) => percentile(sampled.latencies, q);
  const ratio = p(r.loaded, 99) / p(r.idle, 99);
  return `| ${r.label} | ${ms(p(r.idle, 50))} / ${ms(p(r.idle, 99))} | ${ms(p(r.loaded, 50))} / ${ms(p(r.loaded, 99))} | **${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'}×** | ${r.loaded.latencies.length} ok, ${r.loaded.failed} errors, ${r.loaded.gaveUp} gave up | ${r.heldA} | ${r.callsB} | ${r.answeredA} of ${hanging} |`;
}

async function main(): Promise<void> {
  const s = settingsFrom(process.argv.slice(2));
  const emulator = await spawnEmulator({ users: 1000, seed: 42 });
  try {
    await knobs(emulator.url, { latencyMs: s.latency });
    const fixtures = (await (await fetch(`${emulator.url}/__emulator/fixtures`)).json()) as { richUser: string };
    const query = `{ user(id: "${fixtures.richUser}") { id name manager { id name } } }`;
    const withCap = await run(emulator.url, 'per-token cap 64 (default)', 64, query, s);
    const withoutCap = await run(emulator.url, 'per-token cap off (10000)', 10_000, query, s);
    const runs = [withCap, withoutCap];
    const report = `# Fair sharing: one token's hanging calls and another token's latency

\`npm run bench:fairness\` (\`bench/fairness.ts\`): the gateway (\`src/index.ts\`, its own process, default configuration
but for the cap compared) on the emulator in another process (default organisation, ${s.latency} ms per upstream call), on
loopback. Token B sends \`user(id:) { id name manager { id name } }\` (two upstream calls: the user, then its manager)
${s.samples} times, one after another — first idle, then while token A has ${s.hanging}
operations in flight whose upstream calls all hang at the emulator (\`hostile: [{ kind: "hang", tokens: [A] }]\`).
The two runs differ only in \`UPSTREAM_CONCURRENCY_PER_TOKEN\`. Not a test: run it again to refresh these figures.

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.
Settings: ${s.samples} samples per phase, ${s.hanging} hanging operations, ${s.latency} ms upstream latency, B gives up on a query after ${s.patience} ms.

## Results

| Run | B idle p50 / p99 (ms) | B while A hangs p50 / p99 (ms) | p99 ratio | B's queries while A hangs | A's calls held upstream at once | B's upstream calls | A's operations answered after release |
|---|---|---|---|---|---|---|---|
${runs.map((r) => row(r, s.hanging)).join('\n')}

## Reading it

- **With the cap**, A holds at most 64 of the gateway's upstream connections (the emulator saw ${withCap.heldA} of A's calls
  at once); its other operations queue behind A's own calls, inside the gateway, and B's query goes out on a free
  socket at once: its p99 stays within 2× of idle (target of issue 12).
- **Without it**, A's calls take every socket of the shared keep-alive pool (256), and B's call waits in the pool's
  queue until one of A's calls ends — here, never while the hang lasts: B gives up after ${s.patience} ms.
- Once the hang ends, A's queued operations all complete: the cap delays a caller's own excess, it drops nothing.
`;
    writeFileSync(s.out, report);
    console.log(report);
    const p99 = (x: Sampled) => percentile(x.latencies, 99);
    if (!(p99(withCap.loaded) <= 2 * p99(withCap.idle)) || withCap.loaded.gaveUp > 0 || withCap.loaded.failed > 0) {
      console.error('B was not served within 2× its idle p99 with the per-token cap on');
      process.exitCode = 1;
    }
  } finally {
    await emulator.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
