/**
 * The memory check (run by `npm run bench`, and side by side with another checkout by `npm run bench:memory`):
 * a fresh gateway process against a running 50,000-user emulator, its RSS over 121 directory pages of 500 users.
 * The gateway is started by a launcher, so the same workload measures the production build (as `npm start`
 * runs it) or any other checkout's gateway.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { directory500Query } from './operations.js';
import { emulatorControl, freePort, memoryOf, sampleRss, track, type Child } from './processes.js';
import type { MemoryResult } from './report.js';
import { MEMORY_ORG } from './settings.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts a gateway on `upstreamUrl` and resolves once it answers /healthz. */
export type Launcher = (upstreamUrl: string) => Promise<Child>;

/**
 * A launcher for the gateway of the checkout at `dir` as its own `npm start` runs it: its production build
 * (dist/index.js) when it has one, else src/index.ts through tsx (how `npm start` ran before the build existed).
 * NODE_ENV=production, LOG_LEVEL=error.
 */
export function checkoutGateway(dir: string): Launcher {
  return async (upstreamUrl) => {
    const port = await freePort();
    const built = existsSync(path.join(dir, 'dist', 'index.js'));
    const child = track(
      spawn(process.execPath, built ? ['dist/index.js'] : ['--import', 'tsx', 'src/index.ts'], {
        cwd: dir,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          GENESYSCLOUD_API_URL: upstreamUrl,
          LOG_LEVEL: 'error',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`the gateway in ${dir} exited with ${child.exitCode}: ${err}`);
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      ) {
        return {
          url: `${base}/graphql`,
          pid: child.pid ?? 0,
          stop: () =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the gateway in ${dir} did not answer /healthz within 30 s: ${err}`);
  };
}

/** This checkout's production build, as `npm start` runs it (built first when stale, as `prestart` does). */
export const productionGateway: Launcher = (upstreamUrl) => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  return checkoutGateway(root)(upstreamUrl);
};

/** The memory check: one fresh gateway from `launch`, its RSS over 121 500-user pages (fewer when `quick`). */
export async function memoryCheck(emulator: Child, launch: Launcher, quick = false): Promise<MemoryResult> {
  const pageSize = 500;
  const concurrency = 4;
  const gateway = await launch(emulator.url);
  const ctl = emulatorControl(emulator.url);
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
  }
}
