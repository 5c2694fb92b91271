/**
 * The benchmark (started by bench/run.ts): the six benchmark operations through usergraph and the two baselines, at 0 ms and at
 * 25 ms upstream latency, then the memory check on a 50,000-user organisation; writes bench/RESULTS.md.
 * Environment: BENCH_QUICK=1 for a short smoke run (fewer repetitions; results not representative).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '../src/config.js';
import { listenGateway } from '../src/server.js';
import { startBaseline } from './baselines/server.js';
import {
  bareGet,
  busyTime,
  CallRecorder,
  execute,
  latencies,
  mode,
  percentile,
  roundsOf,
  throughput,
} from './measure.js';
import { directory500Query, httpApi, prepareOperations } from './operations.js';
import { memoryOf, sampleRss, spawnEmulator, spawnGateway, type Child } from './processes.js';
import {
  renderResults,
  SERVERS,
  checksOf,
  type MemoryResult,
  type OperationResult,
  type RunSettings,
  type ServerName,
  type ServerResult,
} from './report.js';
import { BENCH_ORG, LATENCY_MS, MEMORY_ORG } from './settings.js';

const quick = process.env.BENCH_QUICK === '1';
const settings: Omit<RunSettings, 'durationS' | 'bareCallP50'> = {
  runsAt0: quick ? 5 : 40,
  runsAtLatency: quick ? 5 : 25,
  runsAdded: quick ? 3 : 11,
  concurrency: 8,
  throughputMs: quick ? 300 : 1200,
  org: BENCH_ORG,
};

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

/** The emulator's control endpoints. */
function control(emulatorUrl: string) {
  return {
    /** `includesWork`: each call answers latencyMs after it arrived (else latencyMs + the emulator's work). */
    latency: (latencyMs: number, includesWork = false) =>
      fetch(`${emulatorUrl}/__emulator/knobs`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs, jitterMs: 0, latencyIncludesWork: includesWork }),
      }).then((r) => r.text()),
    resetLog: () => fetch(`${emulatorUrl}/__emulator/requests`, { method: 'DELETE' }).then((r) => r.text()),
    count: async () => ((await (await fetch(`${emulatorUrl}/__emulator/requests`)).json()) as { total: number }).total,
  };
}

async function benchOperations(emulator: Child): Promise<{ results: OperationResult[]; bareCallP50: number }> {
  const ctl = control(emulator.url);
  const operations = await prepareOperations(httpApi(emulator.url));
  const recorder = new CallRecorder();
  const gateway = await listenGateway({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', GENESYSCLOUD_API_URL: emulator.url, LOG_LEVEL: 'silent' }),
    upstreamUrl: emulator.url,
    onUpstreamCall: recorder.record,
  });
  const naive = await startBaseline('naive', emulator.url, recorder.record);
  const dedup = await startBaseline('dedup', emulator.url, recorder.record);
  const urls: Record<ServerName, string> = { gateway: gateway.url, naive: naive.url, dedup: dedup.url };

  type Partial0 = Pick<ServerResult, 'calls' | 'at0' | 'sameData'>;
  type LatencyResult = ServerResult['atAddedLatency'];
  const at0 = new Map<string, Record<ServerName, Partial0>>();
  try {
    await ctl.latency(0);
    for (const op of operations) {
      const run = (server: ServerName) => () => execute(urls[server], op.query, op.variables);
      const reference = await run('gateway')();
      const byServer = {} as Record<ServerName, Partial0>;
      for (const server of SERVERS) {
        await ctl.resetLog();
        const answer = await run(server)();
        const calls = await ctl.count();
        const times = await latencies(run(server), settings.runsAt0, 3);
        const rps = await throughput(run(server), settings.concurrency, settings.throughputMs);
        await ctl.resetLog();
        recorder.reset();
        byServer[server] = {
          calls,
          sameData: isDeepStrictEqual(answer.data, reference.data),
          at0: { p50: percentile(times, 50), p95: percentile(times, 95), rps },
        };
        log(
          `  ${op.key.padEnd(13)} ${server.padEnd(8)} ${String(calls).padStart(4)} calls (lower bound ${op.lowerBound}), p50 ${percentile(times, 50).toFixed(1)} ms, ${rps.toFixed(0)} req/s`,
        );
      }
      at0.set(op.key, byServer);
    }

    const atLatency = async (includesWork: boolean, runs: number) => {
      await ctl.latency(LATENCY_MS, includesWork);
      const out = new Map<string, Record<ServerName, LatencyResult>>();
      for (const op of operations) {
        const byServer = {} as Record<ServerName, LatencyResult>;
        for (const server of SERVERS) {
          const rounds: number[] = [];
          const own: number[] = [];
          const times = await latencies(
            () => execute(urls[server], op.query, op.variables),
            runs,
            3,
            () => recorder.reset(),
            (ms) => {
              const spans = recorder.take();
              rounds.push(roundsOf(spans));
              own.push(ms - busyTime(spans));
            },
          );
          await ctl.resetLog();
          byServer[server] = {
            rounds: mode(rounds),
            p50: percentile(times, 50),
            p95: percentile(times, 95),
            own: percentile(own, 50),
          };
          log(
            `  ${op.key.padEnd(13)} ${server.padEnd(8)} ${mode(rounds)} rounds, p50 ${percentile(times, 50).toFixed(1)} ms at ${LATENCY_MS} ms (${includesWork ? 'response time' : 'added to the work'})`,
          );
        }
        out.set(op.key, byServer);
      }
      return out;
    };
    // What one minimal upstream call takes at this setting without any gateway (a GET of one user over
    // node:http): the floor of a round on this machine.
    await ctl.latency(LATENCY_MS, true);
    const bare = await latencies(() => bareGet(`${emulator.url}/api/v2/users/me`), 40, 10);
    const bareCallP50 = percentile(bare, 50);
    const responseTime = await atLatency(true, settings.runsAtLatency);
    const added = await atLatency(false, settings.runsAdded);
    const results: OperationResult[] = operations.map((op) => {
      const servers = {} as Record<ServerName, ServerResult>;
      for (const server of SERVERS) {
        const check = responseTime.get(op.key)![server];
        const extra = added.get(op.key)![server];
        servers[server] = {
          ...at0.get(op.key)![server],
          rounds: check.rounds,
          atLatency: { p50: check.p50, p95: check.p95, own: check.own },
          atAddedLatency: extra,
        };
      }
      return { op, servers };
    });
    await ctl.latency(0);
    return { results, bareCallP50 };
  } finally {
    await Promise.all([gateway.close(), naive.close(), dedup.close()]);
  }
}

async function benchMemory(): Promise<MemoryResult> {
  const pageSize = 500;
  const concurrency = 4;
  const emulator = await spawnEmulator(MEMORY_ORG);
  const ctl = control(emulator.url);
  const gateway = await spawnGateway(emulator.url);
  try {
    const idleRss = memoryOf(gateway.pid).rss;
    let responseBytes = 0;
    const page = async (n: number): Promise<void> => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
        body: JSON.stringify({ query: directory500Query, variables: { page: n } }),
      });
      const text = await response.text();
      if (!response.ok || text.includes('"errors"')) throw new Error(`memory run, page ${n}: ${text.slice(0, 300)}`);
      responseBytes = Math.max(responseBytes, text.length);
    };
    await ctl.resetLog();
    await page(1);
    const upstreamCallsPerRequest = await ctl.count();
    await ctl.resetLog();
    const sequential = async (pages: readonly number[]): Promise<void> => {
      for (const n of pages) await page(n);
    };
    const parallel = async (pages: readonly number[]): Promise<void> => {
      const queue = [...pages];
      const worker = async (): Promise<void> => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) await page(n);
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    };
    // Four equal phases, each a few pages one at a time then more `concurrency` at a time, each on other
    // pages (cycling over the first 80 of the ~90 pages): memory that followed the number of requests
    // served would grow from the first phase to the last.
    const perPhase = quick ? { sequential: 2, parallel: 6 } : { sequential: 6, parallel: 24 };
    const pages = (first: number, count: number): number[] =>
      Array.from({ length: count }, (_, i) => ((first + i - 1) % 80) + 1);
    const maxima: number[] = [];
    const samples: number[] = [];
    for (let phase = 0, first = 1; phase < 4; phase++, first += perPhase.sequential + perPhase.parallel) {
      const sampled = await sampleRss(gateway.pid, 20, async () => {
        await sequential(pages(first, perPhase.sequential));
        await parallel(pages(first + perPhase.sequential, perPhase.parallel));
      });
      maxima.push(sampled.max);
      samples.push(...sampled.samples);
      await ctl.resetLog();
    }
    return {
      users: MEMORY_ORG.users,
      pageSize,
      requests: 1 + 4 * (perPhase.sequential + perPhase.parallel),
      phase: perPhase,
      concurrency,
      upstreamCallsPerRequest,
      responseBytes,
      idleRss,
      firstPhaseMax: maxima[0],
      lastPhaseMax: maxima[3],
      peakSampled: Math.max(...samples),
      peakHwm: memoryOf(gateway.pid).peak,
      heapLimit: 'Node runs with its default heap limit (no --max-old-space-size).',
    };
  } finally {
    await gateway.stop();
    await emulator.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`bench: emulator with ${BENCH_ORG.users} users${quick ? ' (quick run)' : ''}`);
  const emulator = await spawnEmulator(BENCH_ORG);
  let results: OperationResult[];
  let bareCallP50: number;
  try {
    ({ results, bareCallP50 } = await benchOperations(emulator));
  } finally {
    await emulator.stop();
  }
  log(`bench: memory, ${MEMORY_ORG.users} users`);
  const memory = await benchMemory();
  const durationS = (performance.now() - started) / 1000;
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
  writeFileSync(file, renderResults(results, memory, { ...settings, durationS, bareCallP50 }));
  const checks = checksOf(results);
  log(
    `bench: wrote ${path.relative(process.cwd(), file)} in ${durationS.toFixed(0)} s; checks ${JSON.stringify(checks)}`,
  );
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
