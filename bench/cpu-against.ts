/**
 * `npm run bench:cpu -- [other checkout] [--rounds n] [--seconds s]`: the gateway's CPU per request and its
 * throughput at 0 ms upstream latency, for this checkout's production build and, when given, another checkout's
 * gateway as its own `npm start` runs it, in alternation on one emulator, so a change is judged side by side on
 * one machine. Each gateway runs in its own process; 8 clients send one operation for `seconds` (default 6)
 * after 20 untimed requests (operations are compiled by then); its CPU (user + system) comes from /proc.
 * Prints Markdown: requests/s and CPU ms per request, each the median (min–max) over the rounds (default 3).
 * Environment: BENCH_OPS (default directory,entities,directory-500).
 *
 *   git worktree add ../before <commit> && (cd ../before && npm ci) && npm run bench:cpu -- ../before
 */
import os from 'node:os';
import path from 'node:path';
import { execute, throughput } from './measure.js';
import { checkoutGateway, productionGateway, type Launcher } from './memory.js';
import { httpApi, prepareOperations } from './operations.js';
import { cpuTimeOf, spawnEmulator } from './processes.js';
import { BENCH_ORG } from './settings.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!(value > 0)) throw new Error(`${name} takes a positive number`);
  return value;
};
const rounds = option('--rounds', 3);
const seconds = option('--seconds', 6);
const other = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const keys = (process.env.BENCH_OPS ?? 'directory,entities,directory-500').split(',');

const gateways: Array<{ label: string; launch: Launcher }> = [
  { label: 'this checkout (production build)', launch: productionGateway },
  ...(other
    ? [{ label: `${path.resolve(other)} (as its npm start runs it)`, launch: checkoutGateway(path.resolve(other)) }]
    : []),
];
const results = new Map<string, { rps: number[]; cpu: number[] }>();
const loadBefore = os.loadavg()[0];
const emulator = await spawnEmulator(BENCH_ORG);
try {
  const operations = await prepareOperations(httpApi(emulator.url));
  for (let round = 0; round < rounds; round++) {
    for (const { label, launch } of gateways) {
      const gateway = await launch(emulator.url);
      try {
        for (const key of keys) {
          const op = operations.find((o) => o.key === key);
          if (!op) throw new Error(`no bench operation ${key}`);
          const once = () => execute(gateway.url, op.query, op.variables);
          for (let i = 0; i < 20; i++) await once();
          const cpuBefore = cpuTimeOf(gateway.pid);
          let requests = 0;
          const rps = await throughput(
            async () => {
              await once();
              requests++;
            },
            8,
            seconds * 1000,
          );
          const slot = results.get(`${key}\t${label}`) ?? { rps: [], cpu: [] };
          slot.rps.push(rps);
          slot.cpu.push((cpuTimeOf(gateway.pid) - cpuBefore) / requests);
          results.set(`${key}\t${label}`, slot);
        }
      } finally {
        await gateway.stop();
      }
    }
  }
} finally {
  await emulator.stop();
}

const spread = (values: number[], digits: number): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const f = (n: number) => n.toFixed(digits);
  return sorted.length > 1 ? `${f(median)} (${f(sorted[0])}–${f(sorted[sorted.length - 1])})` : f(median);
};
console.log(
  `CPU per request at 0 ms, ${rounds} rounds of ${seconds} s in alternation, 8 clients; ` +
    `${os.availableParallelism()} cores, load ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}, Node ${process.version}.\n`,
);
console.log('| operation | gateway | requests/s | CPU ms per request |\n| --- | --- | --: | --: |');
for (const [key, { rps, cpu }] of results) {
  const [op, label] = key.split('\t');
  console.log(`| ${op} | ${label} | ${spread(rps, 0)} | ${spread(cpu, 2)} |`);
}
