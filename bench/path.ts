/**
 * `npm run bench:path`: where an operation's time goes at 25 ms upstream latency, on its critical path. The
 * gateway runs in this process (as in `npm run bench`) against the emulator (its own process, each call answered
 * 25 ms after it arrives); for each operation, over 40 sequential requests after 5 untimed ones, the median of:
 * the gateway's work before its first upstream call, its work between one round's last answer and the next
 * round's first call, and from the last answer to the response read and parsed by the client; then the bare
 * replay of the same calls (bench/measure.ts) and the ratio of the two p50s. The answer times are the client's
 * `onCall` events, which fire once a body is read and parsed. Prints Markdown (for bench/PROFILE.md).
 * Environment: BENCH_OPS (default directory,directory-500,entities), BENCH_PATH_RUNS (default 40),
 * COMPILED_EXECUTION (false: the interpreter; the 5 untimed requests leave operations compiled otherwise).
 */
import os from 'node:os';
import { loadConfig } from '../src/config.js';
import { listenGateway } from '../src/server.js';
import { bareReplay, CallRecorder, execute, latencies, percentile, roundSizes, type CallSpan } from './measure.js';
import { httpApi, prepareOperations } from './operations.js';
import { spawnEmulator } from './processes.js';
import { BENCH_ORG, LATENCY_MS } from './settings.js';

process.env.NODE_ENV ??= 'production';
const keys = (process.env.BENCH_OPS ?? 'directory,directory-500,entities').split(',');
const runs = Number(process.env.BENCH_PATH_RUNS ?? 40);

/** The critical path of one execution: work before the first call, between rounds, and after the last answer. */
function pathOf(spans: readonly CallSpan[], started: number, ended: number) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const sizes = roundSizes(sorted);
  const between: number[] = [];
  let at = 0;
  let lastAnswer = NaN;
  for (const size of sizes) {
    const round = sorted.slice(at, at + size);
    if (at > 0) between.push(round[0].start - lastAnswer);
    lastAnswer = Math.max(...round.map((s) => s.end));
    at += size;
  }
  return { before: sorted[0].start - started, between: between.reduce((a, b) => a + b, 0), after: ended - lastAnswer };
}

const ms = (n: number): string => n.toFixed(1);
const emulator = await spawnEmulator(BENCH_ORG);
const recorder = new CallRecorder();
const gateway = await listenGateway({
  config: loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    GENESYSCLOUD_API_URL: emulator.url,
    LOG_LEVEL: 'silent',
    // COMPILED_EXECUTION=false npm run bench:path: the same path through graphql-js's interpreter.
    ...(process.env.COMPILED_EXECUTION ? { COMPILED_EXECUTION: process.env.COMPILED_EXECUTION } : {}),
  }),
  upstreamUrl: emulator.url,
  onUpstreamCall: recorder.record,
});
try {
  const operations = await prepareOperations(httpApi(emulator.url));
  await fetch(`${emulator.url}/__emulator/knobs`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: LATENCY_MS, jitterMs: 0, latencyIncludesWork: true }),
  });
  const lines = [
    `At ${LATENCY_MS} ms upstream latency (each call answered ${LATENCY_MS} ms after it arrives), median over ${runs} requests; ` +
      `load ${os.loadavg()[0].toFixed(2)} at the start, Node ${process.version}.`,
    '',
    '| operation | rounds | p50 | bare replay p50 | ratio | before the first call | between rounds | last answer → response parsed |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const key of keys) {
    const op = operations.find((o) => o.key === key);
    if (!op) throw new Error(`no bench operation ${key}`);
    const parts: Array<ReturnType<typeof pathOf>> = [];
    const totals = await latencies(
      () => execute(gateway.url, op.query, op.variables),
      runs,
      5,
      () => recorder.reset(),
      // Called as the timed request ends: it began `total` ms ago.
      (total) => {
        const now = performance.now();
        parts.push(pathOf(recorder.take(), now - total, now));
      },
    );
    // The bare replay of the same calls: the emulator's log of one more execution, split into its rounds.
    await fetch(`${emulator.url}/__emulator/requests`, { method: 'DELETE' });
    recorder.reset();
    await execute(gateway.url, op.query, op.variables);
    const spans = recorder.take();
    const log = (
      (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as {
        log: Array<{ method: string; path: string; query: Record<string, string[]>; body?: unknown }>;
      }
    ).log;
    const replay: (typeof log)[] = [];
    let at = 0;
    for (const size of roundSizes(spans)) {
      replay.push(log.slice(at, at + size).map(({ method, path, query, body }) => ({ method, path, query, body })));
      at += size;
    }
    const bare = await latencies(() => bareReplay(emulator.url, replay), runs, 5);
    const median = (pick: (p: ReturnType<typeof pathOf>) => number) => percentile(parts.map(pick), 50);
    const p50 = percentile(totals, 50);
    const bareP50 = percentile(bare, 50);
    lines.push(
      `| ${op.title} | ${replay.length} | ${ms(p50)} ms | ${ms(bareP50)} ms | ${(p50 / bareP50).toFixed(2)} | ` +
        `${ms(median((p) => p.before))} ms | ${ms(median((p) => p.between))} ms | ${ms(median((p) => p.after))} ms |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await gateway.close();
  await emulator.stop();
}
