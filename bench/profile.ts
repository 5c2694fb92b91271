/**
 * `npm run bench:profile`: CPU profiles of the gateway under load, summarised. For each profiled operation a
 * fresh gateway process (the build, dist/index.js, NODE_ENV=production; `npm run build` first) runs under
 * `node --cpu-prof` against the emulator
 * (its own process, 0 ms latency) while 8 clients send the operation for a few seconds; the profile is
 * written when the gateway exits and summarised as self time by area (graphql-js, got, node's HTTP, JSON,
 * our code, GC) and the heaviest functions. Prints Markdown (the body of bench/PROFILE.md's sections);
 * the raw .cpuprofile files stay in BENCH_PROFILE_DIR (default a temporary folder) for Chrome DevTools.
 * Environment: BENCH_PROFILE_SECONDS (default 10), BENCH_PROFILE_OPS (default directory,entities,directory-500),
 * BENCH_NODE_ARGS (extra node flags for the gateway, e.g. to try a V8 heap setting).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute, throughput } from './measure.js';
import { httpApi, prepareOperations } from './operations.js';
import { cpuTimeOf, spawnEmulator, spawnGateway } from './processes.js';
import { BENCH_ORG } from './settings.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function's code lives, by its URL (or, for natives, its name). */
function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)')
    return `${functionName.slice(1, -1)}`;
  if (url.includes('/node_modules/graphql/')) return 'graphql-js';
  if (
    /\/node_modules\/(got|@szmarczak|cacheable-|http2-wrapper|lowercase-keys|responselike|p-cancelable|decompress-response|mimic-response|form-data-encoder|byte-counter|chunk-data)/.test(
      url,
    )
  )
    return 'got';
  if (url.includes('/node_modules/@apollo/')) return 'Apollo Server / subgraph';
  if (url.includes('/node_modules/dataloader/')) return 'dataloader';
  if (url.includes('/node_modules/pino') || url.includes('/node_modules/prom-client')) return 'logs and metrics';
  if (url.includes('/node_modules/')) return 'other packages';
  if (url.startsWith('node:') && /http|net|stream|_tls|socket|url|events/.test(url))
    return "node's HTTP, streams, sockets";
  if (url.startsWith('node:')) return 'node (other)';
  if (url.includes('/dist/resolvers/') || url.includes('/resolvers/')) return 'usergraph resolvers/';
  if (url.includes('/src/lookahead')) return 'usergraph src/lookahead.ts';
  if (url.includes('/src/genesys/response-shape')) return 'usergraph src/genesys/response-shape.ts (JSON.parse inside)';
  if (url.includes('/src/genesys/')) return 'usergraph src/genesys/ (client)';
  if (url.includes('/src/')) return 'usergraph src/ (other)';
  if (url === '' && /^(parse|stringify)$/.test(functionName)) return `JSON.${functionName} (native)`;
  if (url === '') return 'native (other)';
  return 'other';
}

function summarise(profile: CpuProfile, top = 18): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const idle = [...self]
    .filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)')
    .reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, t] of self) {
    const frame = byId.get(id)!.callFrame;
    const area = areaOf(frame);
    if (area === 'idle') continue;
    areas.set(area, (areas.get(area) ?? 0) + t);
    const file = frame.url.replace(/^.*\/(node_modules\/|src\/|resolvers\/|dist\/)/, '$1');
    const key = `${frame.functionName || '(anonymous)'} — ${file || 'native'}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + t);
  }
  const pct = (t: number): string => `${((100 * t) / busy).toFixed(1)} %`;
  const lines = [
    `Busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s sampled.`,
    '',
    '| area | self time |',
    '| --- | --: |',
    ...[...areas].sort((a, b) => b[1] - a[1]).map(([area, t]) => `| ${area} | ${pct(t)} |`),
    '',
    '| heaviest functions (self time) | |',
    '| --- | --: |',
    ...[...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `| \`${name.replace(/\|/g, '\\|')}\` | ${pct(t)} |`),
  ];
  return lines;
}

const seconds = Number(process.env.BENCH_PROFILE_SECONDS ?? 10);
const keys = (process.env.BENCH_PROFILE_OPS ?? 'directory,entities,directory-500').split(',');
/** Extra flags for the gateway's node (e.g. to try a V8 heap setting), space-separated. */
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const dir = process.env.BENCH_PROFILE_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'usergraph-profile-'));

const emulator = await spawnEmulator(BENCH_ORG);
try {
  const operations = await prepareOperations(httpApi(emulator.url));
  const out: string[] = [];
  for (const key of keys) {
    const op = operations.find((o) => o.key === key);
    if (!op) throw new Error(`no bench operation ${key}`);
    const profileDir = path.join(dir, key);
    const gateway = await spawnGateway(
      emulator.url,
      { NODE_ENV: 'production', LOG_LEVEL: 'silent' },
      ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...nodeArgs],
      'dist/index.js',
    );
    let rps = 0;
    let cpuPerRequest = 0;
    try {
      const run = () => execute(gateway.url, op.query, op.variables);
      for (let i = 0; i < 20; i++) await run();
      // The gateway's CPU time per request: unlike wall time, barely moved by other work on the machine.
      const cpuBefore = cpuTimeOf(gateway.pid);
      let done = 0;
      rps = await throughput(
        async () => {
          await run();
          done++;
        },
        8,
        seconds * 1000,
      );
      cpuPerRequest = (cpuTimeOf(gateway.pid) - cpuBefore) / done;
    } finally {
      await gateway.stop();
    }
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile written in ${profileDir}`);
    const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;
    out.push(
      `### ${op.title}`,
      '',
      `**${cpuPerRequest.toFixed(1)} ms of gateway CPU per request** (user + system, /proc), ${rps.toFixed(0)} requests/s with 8 ` +
        `clients for ${seconds} s under the profiler (which slows it); profile ${path.join(key, file)}.`,
      '',
      ...summarise(profile),
      '',
    );
  }
  process.stdout.write(
    `${out.join('\n')}\nProfiles in ${dir}; load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}\n`,
  );
} finally {
  await emulator.stop();
}
