/**
 * Starting the built gateway as a real process (its own process group, so a test can signal the group as a
 * container runtime or a terminal does), reading the URL from its "listening" log line, and watching it exit.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface GatewayProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a child: jest's --experimental-vm-modules stays out of it. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _jestVmModules, ...inherited } = process.env;
  return { ...inherited, ...extra };
}

/** Spawns `command args` as the leader of a new process group and resolves once the gateway listens. */
export async function startGatewayProcess(
  command: string,
  args: string[],
  options: SpawnOptions & { env: NodeJS.ProcessEnv },
): Promise<GatewayProcess> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start within 60 s:\n${output}`)), 60_000);
    const look = () => {
      // src/index.ts logs one JSON line with the URL it listens on (PORT=0: any free port).
      const line = output.split('\n').find((l) => l.startsWith('{') && l.includes('usergraph gateway listening'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout?.on('data', look);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited at start:\n${output}`));
    });
  });
  return { child, pid: child.pid ?? 0, url, port: Number(new URL(url).port), output: () => output, exited };
}

export function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills whatever is left of a group (cleanup after a failed test). */
export function killGroup(pgid: number): void {
  if (pgid > 0 && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}

/** Polls `condition` every 20 ms; rejects with `what` after `ms` (a guard against hanging, not an assertion). */
export async function waitFor(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The JSON log lines of an output with the given `msg`. */
export function logLines(output: string, msg: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === msg || (typeof l.msg === 'string' && l.msg.startsWith(msg)));
}
