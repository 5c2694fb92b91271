/**
 * `npm run bench:memory -- [other checkout] [--rounds n]`: the memory check of `npm run bench` (bench/memory.ts)
 * on its own, for this checkout's production build and, when given, another checkout's gateway as its own
 * `npm start` runs it (built or through tsx), in alternation on one 50,000-user emulator, so a regression is
 * judged side by side on one machine rather than against a figure from another. Prints Markdown: idle RSS,
 * peak (VmHWM) and per concurrent page, each the median (min–max) over the rounds (default 3).
 *
 *   git worktree add ../before <commit> && (cd ../before && npm ci) && npm run bench:memory -- ../before
 */
import os from 'node:os';
import path from 'node:path';
import { checkoutGateway, memoryCheck, productionGateway, type Launcher } from './memory.js';
import { spawnEmulator } from './processes.js';
import type { MemoryResult } from './report.js';
import { MEMORY_ORG } from './settings.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const other = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of at least 1');

const gateways: Array<{ label: string; launch: Launcher }> = [
  { label: 'this checkout (production build)', launch: productionGateway },
  ...(other
    ? [{ label: `${path.resolve(other)} (as its npm start runs it)`, launch: checkoutGateway(path.resolve(other)) }]
    : []),
];
const results = new Map<string, MemoryResult[]>(gateways.map((g) => [g.label, []]));
const loadBefore = os.loadavg()[0];
const emulator = await spawnEmulator(MEMORY_ORG);
try {
  for (let round = 0; round < rounds; round++)
    for (const { label, launch } of gateways) results.get(label)!.push(await memoryCheck(emulator, launch));
} finally {
  await emulator.stop();
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const spread = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return sorted.length > 1 ? `${mb(median)} (${mb(sorted[0])}–${mb(sorted[sorted.length - 1])})` : mb(median);
};
console.log(
  `Memory check (bench/memory.ts), ${rounds} rounds in alternation on one ${MEMORY_ORG.users.toLocaleString('en')}-user emulator; ` +
    `${os.availableParallelism()} cores, load ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}, Node ${process.version}.\n`,
);
console.log('| gateway | idle after start | peak, VmHWM | per concurrent page |\n| --- | --: | --: | --: |');
for (const [label, runs] of results) {
  const perPage = runs.map((r) => (r.peakHwm - r.idleRss) / r.concurrency);
  console.log(
    `| ${label} | ${spread(runs.map((r) => r.idleRss))} | ${spread(runs.map((r) => r.peakHwm))} | ${spread(perPage)} |`,
  );
}
