/**
 * Graceful shutdown of the real process (`src/index.ts` as a child process, on an emulator with latency): on
 * SIGTERM the listener closes at once (a new connection is refused), an operation in flight still gets its
 * answer, and the process exits 0; an operation that outlasts SHUTDOWN_TIMEOUT_MS is cut at that deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function startGatewayProcess(upstreamUrl: string, env: Record<string, string>): Promise<Child> {
  const { NODE_OPTIONS: _jestVmModules, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', GENESYSCLOUD_API_URL: upstreamUrl, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start:\n${output}`)), 20_000);
    const look = () => {
      // src/index.ts logs one JSON line with the URL it listens on (PORT=0: any free port).
      const line = output.split('\n').find((l) => l.includes('usergraph gateway listening'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout?.on('data', look);
    void exited.then(() => reject(new Error(`the gateway exited at start:\n${output}`)));
  });
  return { process: child, url, port: Number(new URL(url).port), output: () => output, exited };
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const query = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer shutdown-test' },
    body: JSON.stringify({ query: '{ me { id name } }' }),
  });

describe('SIGTERM', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: 30 });
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.setKnobs({ latencyMs: 0 }));

  /** Starts a slow operation and resolves once it is in flight (the emulator has its upstream call). */
  async function inFlight(url: string) {
    emulator.requests.reset();
    emulator.setKnobs({ latencyMs: 1_500 });
    const answer = query(url).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { data?: { me?: { id: string } } },
      at: performance.now(),
    }));
    answer.catch(() => undefined);
    const deadline = performance.now() + 10_000;
    while (emulator.requests.total() === 0 && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return { answer };
  }

  it('refuses new connections, lets the operation in flight finish, then exits 0', async () => {
    const child = await startGatewayProcess(emulator.url, { SHUTDOWN_TIMEOUT_MS: '10000' });
    try {
      expect((await query(child.url)).status).toBe(200);
      const { answer: pending } = await inFlight(child.url);
      const { headOfOrg } = emulator.store.fixtures();
      child.process.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await connects(child.port)).toBe(false);
      const answer = await pending;
      expect(answer.status).toBe(200);
      expect(answer.body.data?.me?.id).toBe(headOfOrg);
      const exit = await child.exited;
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      expect(exit.at).toBeGreaterThanOrEqual(answer.at - 5);
      expect(child.output()).toMatch(/"msg":"shutting down"/);
      expect(child.output()).toMatch(/"msg":"stopped"/);
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 40_000);

  it('cuts an operation that outlasts SHUTDOWN_TIMEOUT_MS, and still exits 0 by then', async () => {
    const child = await startGatewayProcess(emulator.url, { SHUTDOWN_TIMEOUT_MS: '300' });
    try {
      const pending = (await inFlight(child.url)).answer.then(
        () => 'answered',
        () => 'cut',
      );
      child.process.kill('SIGTERM');
      const exit = await child.exited;
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      // Cut, not answered: the process exited before the upstream's answer came.
      expect(await pending).toBe('cut');
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 40_000);
});
