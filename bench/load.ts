/**
 * The bounded load test (`npm run bench:load`): the gateway as `npm start` runs it (`src/index.ts`, its own
 * process, LOG_LEVEL=info) on the emulator (another process: the default organisation, 20 ms ± 5 ms per call),
 * driven by autocannon at a fixed rate for a fixed time with the example queries in turn, all on loopback.
 * It reports errors (HTTP and GraphQL: there must be none), latency percentiles, throughput, the upstream calls
 * made, and the gateway's resident memory sampled every second (it must stay flat), and writes bench/LOAD.md.
 * Not a test: it takes as long as it is told (default 20 s warm-up + 180 s) and exits 1 on any error.
 *
 *   npm run bench:load -- --rate 100 --duration 180 --connections 16 --latency 20 --warmup 20 --out bench/LOAD.md
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadExamples } from '../src/ide/index.js';
import { sampleRss, spawnEmulator, spawnGateway } from './processes.js';

interface Settings {
  rate: number;
  duration: number;
  connections: number;
  latency: number;
  warmup: number;
  out: string;
}

function settingsFrom(argv: string[]): Settings {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const settings: Settings = {
    rate: 100,
    duration: 180,
    connections: 16,
    latency: 20,
    warmup: 20,
    out: path.join(root, 'bench', 'LOAD.md'),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'out' && value) settings.out = path.resolve(value);
    else if (key in settings && key !== 'out' && Number.isFinite(Number(value)) && Number(value) >= 0) {
      settings[key as Exclude<keyof Settings, 'out'>] = Number(value);
    } else if (key !== '')
      throw new Error(`unknown or bad option --${key} ${value ?? ''} (see the header of bench/load.ts)`);
  }
  return settings;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Least-squares slope of the samples (one per `everyMs`), in bytes per minute. */
function slopePerMinute(samples: number[], everyMs: number): number {
  const xs = samples.map((_, i) => (i * everyMs) / 60_000);
  const mx = mean(xs);
  const my = mean(samples);
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (samples[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function main(): Promise<void> {
  const s = settingsFrom(process.argv.slice(2));
  const examples = loadExamples().filter((e) => e.operationType === 'query');
  const emulator = await spawnEmulator({ users: 1000, seed: 42 });
  const gateway = await spawnGateway(emulator.url, { LOG_LEVEL: 'info' });
  try {
    await fetch(`${emulator.url}/__emulator/knobs`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: s.latency, jitterMs: s.latency > 0 ? 5 : 0 }),
    });
    const graphqlErrors = new Map<string, number>();
    const answered = new Map<string, number>();
    const requests = examples.map((example) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: 'Bearer load-test' },
      body: JSON.stringify({
        query: example.document,
        variables: example.variables ?? {},
        operationName: example.operationName,
      }),
      onResponse: (status: number, body: string) => {
        answered.set(example.operationName, (answered.get(example.operationName) ?? 0) + 1);
        let failed = status !== 200;
        try {
          failed ||= (JSON.parse(body) as { errors?: unknown[] }).errors !== undefined;
        } catch {
          failed = true;
        }
        if (failed) graphqlErrors.set(example.operationName, (graphqlErrors.get(example.operationName) ?? 0) + 1);
      },
    }));
    const url = new URL(gateway.url);
    const run = (duration: number) =>
      autocannon({ url: url.origin, connections: s.connections, overallRate: s.rate, duration, requests, timeout: 30 });

    process.stderr.write(`warm-up: ${s.warmup} s at ${s.rate} req/s\n`);
    if (s.warmup > 0) await run(s.warmup);
    graphqlErrors.clear();
    answered.clear();
    await fetch(`${emulator.url}/__emulator/requests`, { method: 'DELETE' });

    process.stderr.write(`measuring: ${s.duration} s at ${s.rate} req/s, ${s.connections} connections\n`);
    const everyMs = 1_000;
    // The V8 heap in use, from the gateway's own /metrics: the floor of its saw-tooth (after each collection)
    // is what a leak would raise.
    const heap: number[] = [];
    const heapTimer = setInterval(() => {
      void fetch(`${url.origin}/metrics`)
        .then((r) => r.text())
        .then((text) => {
          const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
          if (match) heap.push(Number(match[1]));
        })
        .catch(() => undefined);
    }, everyMs);
    const { result, samples } = await sampleRss(gateway.pid, everyMs, () => run(s.duration)).finally(() =>
      clearInterval(heapTimer),
    );
    const upstream = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as {
      total: number;
      counts: Record<string, number>;
    };
    const upstreamErrors = (
      (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as { log: Array<{ status: number }> }
    ).log.filter((c) => c.status >= 400 || c.status === 0).length;

    const errorsTotal =
      result.errors + result.timeouts + result.non2xx + [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
    const fifth = Math.max(1, Math.floor(samples.length / 5));
    const early = mean(samples.slice(0, fifth));
    const late = mean(samples.slice(-fifth));
    const slope = slopePerMinute(samples, everyMs);
    const heapFifth = Math.max(1, Math.floor(heap.length / 5));
    const heapFloors = [0, 1, 2, 3, 4].map((i) => Math.min(...heap.slice(i * heapFifth, (i + 1) * heapFifth)));
    const l = result.latency;
    const report = `# Load test: the gateway at a fixed rate

\`npm run bench:load\` (\`bench/load.ts\`): autocannon drives the gateway (\`src/index.ts\`, its own process, LOG_LEVEL=info,
default configuration) at a **fixed rate for a fixed time** with the five example queries in turn (${examples
      .map((e) => `\`${e.operationName}\``)
      .join(
        ', ',
      )}), against the emulator in a third process (default organisation: 1,000 users, seed 42; ${s.latency} ms
± 5 ms per upstream call), all on loopback. Not a timed test: run it again to refresh these figures.

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.
Settings: ${s.rate} req/s, ${s.duration} s (after a ${s.warmup} s warm-up), ${s.connections} connections.

## Results

| | |
|---|---|
| Requests | ${result.requests.total} in ${s.duration} s (${result.requests.average.toFixed(1)} req/s on average) |
| **Errors** | **${errorsTotal}** (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${[...graphqlErrors.values()].reduce((a, b) => a + b, 0)}) |
| Latency (ms) | p50 ${l.p50}, p90 ${l.p90}, p97.5 ${l.p97_5}, p99 ${l.p99}, max ${l.max}; mean ${l.average.toFixed(1)} |
| Throughput | ${(result.throughput.average / 1024).toFixed(0)} KiB/s of responses on average |
| Upstream calls | ${upstream.total} (${(upstream.total / s.duration).toFixed(0)}/s; ${(upstream.total / Math.max(1, result.requests.total)).toFixed(2)} per operation), ${upstreamErrors} answered with an error |
| Gateway RSS (MiB) | first ${mb(samples[0])}, min ${mb(Math.min(...samples))}, max ${mb(Math.max(...samples))}, last ${mb(samples.at(-1) ?? 0)} (${samples.length} samples, 1/s) |
| RSS trend | mean of the first fifth ${mb(early)} → of the last fifth ${mb(late)} MiB (${(((late - early) / early) * 100).toFixed(1)} %); slope ${(slope / MB).toFixed(2)} MiB/min |
| V8 heap in use (MiB) | lowest in each fifth of the run: ${heapFloors.map(mb).join(' → ')}; highest ${mb(Math.max(...heap))} (${heap.length} samples) |

Operations answered: ${[...answered.entries()].map(([name, n]) => `${name} ${n}`).join(', ')}.
Upstream calls by route: ${Object.entries(upstream.counts)
      .map(([route, n]) => `\`${route}\` ${n}`)
      .join(', ')}.

## Reading it

- **Errors must be 0.** Every answer is HTTP 200 with data and no \`errors\`; a non-zero count makes the script exit 1.
- **Memory must be flat**: after the warm-up the resident set moves within the garbage collector's swing, and the
  floor of the heap in use (its lowest point in each fifth of the run, after a collection) does not climb. A leak
  shows as a floor rising fifth after fifth; the RSS slope alone over a short run mostly shows V8 growing its heap
  spaces to the load.
- **Latency** is the gateway's own cost plus its upstream rounds (each ${s.latency} ms ± 5 ms): \`ProfileCard\` and
  \`SearchByName\` are one round, \`TeamView\` and \`OrgChart\` several. The figures are for this 2-core machine with the
  load generator, the gateway and the emulator sharing it.
`;
    writeFileSync(s.out, report);
    process.stdout.write(report);
    if (errorsTotal > 0) process.exitCode = 1;
  } finally {
    await gateway.stop();
    await emulator.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
