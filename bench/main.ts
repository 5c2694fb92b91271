/**
 * The benchmark (started by bench/run.ts): the seven benchmark operations through usergraph, a bare replay of
 * its upstream calls and the two baselines, at 0 ms and at 25 ms upstream latency, in several passes; then the
 * memory check on a 50,000-user organisation; writes bench/RESULTS.md.
 * Environment: BENCH_QUICK=1 for a short smoke run (one pass, fewer repetitions; results not representative);
 * BENCH_RUNS=n for n passes (default 3); BENCH_OPS=key,key to run only those operations (no memory check, no
 * report written: for working on one operation).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '../src/config.js';
import { listenGateway } from '../src/server.js';
import { startBaseline } from './baselines/server.js';
import {
  bareReplay,
  busyTime,
  CallRecorder,
  execute,
  latencies,
  mode,
  percentile,
  repeatedSoFar,
  roundsOf,
  roundSizes,
  throughput,
  type CallSpan,
  type ReplayCall,
} from './measure.js';
import { httpApi, prepareOperations, type BenchOperation } from './operations.js';
import { PEER_OPERATIONS, startPeer, type RunningPeer } from './peer.js';
import { memoryCheck, productionGateway } from './memory.js';
import { emulatorControl, spawnEmulator, type Child } from './processes.js';
import {
  renderResults,
  checksOf,
  type BareRun,
  type MemoryResult,
  type OperationResult,
  type OperationRun,
  type RunSettings,
  type ServerName,
  type ServerRun,
} from './report.js';
import { BENCH_ORG, LATENCY_MS, MEMORY_ORG } from './settings.js';

const quick = process.env.BENCH_QUICK === '1';
/** BENCH_OPS: the keys of the operations to run (all when unset). */
const only = process.env.BENCH_OPS?.split(',').filter(Boolean);
/** Passes over the operations (and memory checks); every figure is reported as median and min–max over them. */
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 1 : 3));
const settings: Omit<RunSettings, 'durationS' | 'runs' | 'load' | 'repeatedRequests' | 'peer'> = {
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

/** The emulator's request log of one execution, split into the rounds the recorder saw (arrival order). */
async function replayOf(
  emulatorUrl: string,
  spans: readonly CallSpan[],
): Promise<{ rounds: ReplayCall[][]; calls: number }> {
  const { log } = (await (await fetch(`${emulatorUrl}/__emulator/requests`)).json()) as { log: ReplayCall[] };
  const sizes = roundSizes(spans);
  if (sizes.reduce((a, b) => a + b, 0) !== log.length)
    throw new Error(`bench: ${log.length} logged calls but ${spans.length} recorded ones`);
  const rounds: ReplayCall[][] = [];
  let at = 0;
  for (const size of sizes) {
    rounds.push(log.slice(at, at + size).map(({ method, path, query, body }) => ({ method, path, query, body })));
    at += size;
  }
  return { rounds, calls: log.length };
}

/** One pass over the operations: every server at 0 ms, then at 25 ms (two latency models), with the bare replay. */
async function benchOperations(
  emulator: Child,
  operations: readonly BenchOperation[],
  peer: RunningPeer | undefined,
): Promise<OperationRun[]> {
  const ctl = emulatorControl(emulator.url);
  const recorder = new CallRecorder();
  const gateway = await listenGateway({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', GENESYSCLOUD_API_URL: emulator.url, LOG_LEVEL: 'silent' }),
    upstreamUrl: emulator.url,
    onUpstreamCall: recorder.record,
  });
  const naive = await startBaseline('naive', emulator.url, recorder.record);
  const dedup = await startBaseline('dedup', emulator.url, recorder.record);
  const urls: Record<ServerName, string> = {
    gateway: gateway.url,
    naive: naive.url,
    dedup: dedup.url,
    mesh: peer?.url ?? '',
  };
  const serversOf = (op: BenchOperation): ServerName[] => [
    'gateway',
    ...(op.baselines === false ? [] : (['naive', 'dedup'] as const)),
    ...(peer && PEER_OPERATIONS[op.key] ? (['mesh'] as const) : []),
  ];
  /** The operation as `server` runs it: the peer has its own schema, so its own query (same data shape). */
  const runOf = (op: BenchOperation, server: ServerName) => {
    const peerOp = PEER_OPERATIONS[op.key];
    if (server === 'mesh' && peerOp) {
      const variables = peerOp.variables(op);
      return () => execute(urls.mesh, peerOp.query, variables);
    }
    return () => execute(urls[server], op.query, op.variables);
  };
  /** Whether `answer` (of `server`) carries the same data as usergraph's `reference`. */
  const sameAs = (op: BenchOperation, server: ServerName, answer: unknown, reference: unknown): boolean => {
    const comparable = server === 'mesh' ? PEER_OPERATIONS[op.key]?.comparable : undefined;
    return comparable
      ? isDeepStrictEqual(comparable(answer, 'peer'), comparable(reference, 'usergraph'))
      : isDeepStrictEqual(answer, reference);
  };

  type Partial0 = Pick<ServerRun, 'calls' | 'at0' | 'sameData'>;
  type LatencyResult = ServerRun['atAddedLatency'];
  const at0 = new Map<string, Partial<Record<ServerName, Partial0>>>();
  const bare = new Map<string, BareRun>();
  try {
    // The bare replay's calls: the gateway's own, as the emulator logged them, in the rounds it made them.
    await ctl.latency(LATENCY_MS, true);
    const replays = new Map<string, ReplayCall[][]>();
    for (const op of operations) {
      await execute(urls.gateway, op.query, op.variables);
      await ctl.resetLog();
      recorder.reset();
      await execute(urls.gateway, op.query, op.variables);
      replays.set(op.key, (await replayOf(emulator.url, recorder.take())).rounds);
      await ctl.resetLog();
    }

    await ctl.latency(0);
    for (const op of operations) {
      const run = (server: ServerName) => runOf(op, server);
      const reference = await run('gateway')();
      const byServer: Partial<Record<ServerName, Partial0>> = {};
      for (const server of serversOf(op)) {
        await ctl.resetLog();
        const answer = await run(server)();
        const calls = await ctl.count();
        const times = await latencies(run(server), settings.runsAt0, 3);
        const rps = await throughput(run(server), settings.concurrency, settings.throughputMs);
        await ctl.resetLog();
        recorder.reset();
        byServer[server] = {
          calls,
          sameData: sameAs(op, server, answer.data, reference.data),
          at0: { p50: percentile(times, 50), p95: percentile(times, 95), rps },
        };
        log(
          `  ${op.key.padEnd(13)} ${server.padEnd(8)} ${String(calls).padStart(4)} calls (lower bound ${op.lowerBound}), p50 ${percentile(times, 50).toFixed(1)} ms, ${rps.toFixed(0)} req/s`,
        );
      }
      const rounds = replays.get(op.key)!;
      const replayTimes = await latencies(() => bareReplay(emulator.url, rounds), settings.runsAt0, 3);
      const replayRps = await throughput(
        () => bareReplay(emulator.url, rounds),
        settings.concurrency,
        settings.throughputMs,
      );
      await ctl.resetLog();
      bare.set(op.key, {
        calls: rounds.flat().length,
        rounds: rounds.length,
        at0: { p50: percentile(replayTimes, 50), p95: percentile(replayTimes, 95), rps: replayRps },
        atLatency: { p50: NaN, p95: NaN },
      });
      log(
        `  ${op.key.padEnd(13)} bare     p50 ${percentile(replayTimes, 50).toFixed(1)} ms, ${replayRps.toFixed(0)} req/s`,
      );
      at0.set(op.key, byServer);
    }

    const atLatency = async (includesWork: boolean, runs: number) => {
      await ctl.latency(LATENCY_MS, includesWork);
      const out = new Map<string, Partial<Record<ServerName, LatencyResult>>>();
      for (const op of operations) {
        const byServer: Partial<Record<ServerName, LatencyResult>> = {};
        for (const server of serversOf(op)) {
          const rounds: number[] = [];
          const own: number[] = [];
          const times = await latencies(
            runOf(op, server),
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
        if (includesWork) {
          // Right after usergraph's runs of the same operation, at the same setting: the ratio's two sides.
          const rounds = replays.get(op.key)!;
          const times = await latencies(() => bareReplay(emulator.url, rounds), runs, 3);
          await ctl.resetLog();
          bare.get(op.key)!.atLatency = { p50: percentile(times, 50), p95: percentile(times, 95) };
          log(`  ${op.key.padEnd(13)} bare     ${rounds.length} rounds, p50 ${percentile(times, 50).toFixed(1)} ms`);
        }
        out.set(op.key, byServer);
      }
      return out;
    };
    const responseTime = await atLatency(true, settings.runsAtLatency);
    const added = await atLatency(false, settings.runsAdded);
    const results: OperationRun[] = operations.map((op) => {
      const servers: Partial<Record<ServerName, ServerRun>> = {};
      for (const server of serversOf(op)) {
        const check = responseTime.get(op.key)![server]!;
        const extra = added.get(op.key)![server]!;
        servers[server] = {
          ...at0.get(op.key)![server]!,
          rounds: check.rounds,
          atLatency: { p50: check.p50, p95: check.p95, own: check.own },
          atAddedLatency: extra,
        };
      }
      return { servers, bare: bare.get(op.key)! };
    });
    await ctl.latency(0);
    return results;
  } finally {
    await Promise.all([gateway.close(), naive.close(), dedup.close()]);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = os.loadavg();
  log(
    `bench: emulator with ${BENCH_ORG.users} users, ${RUNS} runs${quick ? ' (quick)' : ''}; load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const emulator = await spawnEmulator(BENCH_ORG);
  const runs: OperationRun[][] = [];
  let operations: BenchOperation[];
  let peerNote: string;
  try {
    operations = await prepareOperations(httpApi(emulator.url));
    if (only) operations = operations.filter((op) => only.includes(op.key));
    const peer = process.env.BENCH_PEER === '0' ? 'not run (BENCH_PEER=0)' : await startPeer(emulator.url);
    peerNote = typeof peer === 'string' ? peer : peer.versions;
    log(`bench: peer ${peerNote}`);
    try {
      for (let i = 1; i <= RUNS; i++) {
        log(`bench: run ${i} of ${RUNS}`);
        runs.push(await benchOperations(emulator, operations, typeof peer === 'string' ? undefined : peer));
      }
    } finally {
      if (typeof peer !== 'string') await peer.close();
    }
  } finally {
    await emulator.stop();
  }
  if (only) {
    log('bench: BENCH_OPS set: no memory check and no report');
    return;
  }
  log(`bench: memory, ${MEMORY_ORG.users} users, ${RUNS} runs`);
  const memory: MemoryResult[] = [];
  const big = await spawnEmulator(MEMORY_ORG);
  try {
    for (let i = 0; i < RUNS; i++) memory.push(await memoryCheck(big, productionGateway, quick));
  } finally {
    await big.stop();
  }
  const durationS = (performance.now() - started) / 1000;
  const results: OperationResult[] = operations.map((op, i) => ({ op, runs: runs.map((run) => run[i]) }));
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
  writeFileSync(
    file,
    renderResults(results, memory, {
      ...settings,
      runs: RUNS,
      durationS,
      load: { before: loadBefore, after: os.loadavg() },
      repeatedRequests: repeatedSoFar(),
      peer: peerNote,
    }),
  );
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
