/**
 * Child processes of the benchmark: the emulator (so its work runs on the other core, not inside the
 * timings of the servers under test) and, for the memory check, the gateway itself (`src/index.ts`, the
 * production entry), whose resident set size is read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Children still running: stopped with the benchmark, even when it is interrupted or fails. */
const running = new Set<ChildProcess>();
let stopOnExit = false;

/**
 * Records a child so that it does not outlive the benchmark: killed when the benchmark exits (normally, on an
 * error, or on Ctrl-C / SIGTERM), where an orphaned emulator or peer would otherwise load the next run.
 */
export function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!stopOnExit) {
    stopOnExit = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        for (const c of running) c.kill('SIGKILL');
        process.exit(130);
      });
  }
  return child;
}

/** Node (with tsx's loader for a .ts entry, so the child runs TypeScript); `node` itself is the child (its pid is the one measured). */
function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return track(
    spawn(process.execPath, [...nodeArgs, ...loader, path.join(root, entry), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Starts `npm run emulator` on an ephemeral port and resolves with its URL once it listens. */
export function spawnEmulator(options: { users: number; seed: number }): Promise<Child> {
  const child = spawnTs(
    'emulator/main.ts',
    ['--port', '0', '--users', String(options.users), '--seed', String(options.seed)],
    {},
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1], pid: child.pid ?? 0, stop: stopper(child) });
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before listening: ${out}`)));
  });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Starts the gateway as `npm start` would, against `upstreamUrl`, and resolves once /healthz answers.
 * `nodeArgs`: flags for node itself (e.g. `--cpu-prof`); `entry`: `dist/index.js` for the built gateway.
 */
export async function spawnGateway(
  upstreamUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  entry = 'src/index.ts',
): Promise<Child> {
  const port = await freePort();
  const child = spawnTs(
    entry,
    [],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      GENESYSCLOUD_API_URL: upstreamUrl,
      LOG_LEVEL: 'error',
      ...env,
    },
    nodeArgs,
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdout?.resume();
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}: ${err}`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url: `${base}/graphql`, pid: child.pid ?? 0, stop: stopper(child) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the gateway did not answer /healthz within 30 s: ${err}`);
}

export interface Memory {
  /** Resident set size now, bytes. */
  rss: number;
  /** The kernel's high-water mark of the resident set since the process started, bytes. */
  peak: number;
}

/** Reads VmRSS and VmHWM of a process from /proc (Linux). */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Samples a process's RSS every `everyMs` while `work` runs; the largest sample and every sample. */
export async function sampleRss<T>(
  pid: number,
  everyMs: number,
  work: () => Promise<T>,
): Promise<{ result: T; max: number; samples: number[] }> {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(memoryOf(pid).rss), everyMs);
  try {
    const result = await work();
    samples.push(memoryOf(pid).rss);
    return { result, max: Math.max(...samples), samples };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time (user + system) a process has used so far, ms, from /proc/<pid>/stat (Linux, clock ticks of 10 ms). */
export function cpuTimeOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, hence from the last ')'): utime is the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The emulator's control endpoints. */
export function emulatorControl(emulatorUrl: string) {
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
