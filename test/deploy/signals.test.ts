/**
 * Signals under the two ways the gateway is run (`node dist/index.js`, `npm start`), sent to the process or
 * to its whole process group (what a container runtime or a terminal's Ctrl-C does): with 24 slow operations
 * in flight (the emulator's latency knob), each case drains exactly once, even though a group signal reaches
 * node twice under npm (directly, and forwarded by npm) and a second signal is sent on purpose. Every
 * operation gets its answer, the process exits 0, no process of the group is left and nothing listens.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { childEnv, connects, groupAlive, killGroup, logLines, startGatewayProcess, waitFor } from './process.js';

const IN_FLIGHT = 24;

interface Case {
  runner: 'node dist/index.js' | 'npm start';
  target: 'process' | 'process group';
  first: NodeJS.Signals;
  repeat: NodeJS.Signals;
}

const CASES: Case[] = [
  { runner: 'node dist/index.js', target: 'process', first: 'SIGTERM', repeat: 'SIGTERM' },
  { runner: 'node dist/index.js', target: 'process group', first: 'SIGINT', repeat: 'SIGTERM' },
  { runner: 'npm start', target: 'process', first: 'SIGTERM', repeat: 'SIGINT' },
  { runner: 'npm start', target: 'process group', first: 'SIGINT', repeat: 'SIGINT' },
];

interface Answer {
  status: number;
  body: { data?: { me?: { id: string } | null }; errors?: unknown[] };
}

describe('a signal drains the gateway exactly once', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: 30 });
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.setKnobs({ latencyMs: 0 }));

  it.each(CASES)(
    '$first to the $target of `$runner`, then $repeat again',
    async ({ runner, target, first, repeat }) => {
      const env = childEnv({
        PORT: '0',
        HOST: '127.0.0.1',
        GENESYSCLOUD_API_URL: emulator.url,
        LOG_LEVEL: 'info',
        SHUTDOWN_DELAY_MS: '300',
        SHUTDOWN_TIMEOUT_MS: '60000',
      });
      const [command, args] = runner === 'npm start' ? ['npm', ['start']] : [process.execPath, ['dist/index.js']];
      const gateway = await startGatewayProcess(command, args, { env });
      try {
        emulator.requests.reset();
        emulator.setKnobs({ latencyMs: 2_500 });
        const answers = Array.from({ length: IN_FLIGHT }, (_, i) =>
          fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer signal-test-${i}` },
            body: JSON.stringify({ query: '{ me { id name } }' }),
          }).then(async (r): Promise<Answer> => ({ status: r.status, body: (await r.json()) as Answer['body'] })),
        );
        // Every operation has its upstream call open at the emulator: all of them are in flight.
        await waitFor(() => emulator.requests.total() >= IN_FLIGHT, `${IN_FLIGHT} upstream calls`);

        const send = (signal: NodeJS.Signals) =>
          process.kill(target === 'process' ? gateway.pid : -gateway.pid, signal);
        send(first);
        await waitFor(() => logLines(gateway.output(), 'shutting down').length > 0, 'the drain to start');
        send(repeat);

        const results = await Promise.all(answers);
        const { headOfOrg } = emulator.store.fixtures();
        expect(results.map((r) => r.status)).toEqual(Array(IN_FLIGHT).fill(200));
        expect(results.map((r) => r.body.data?.me?.id)).toEqual(Array(IN_FLIGHT).fill(headOfOrg));

        const exit = await gateway.exited;
        expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
        await waitFor(() => !groupAlive(gateway.pid), 'every process of the group to exit');
        expect(await connects(gateway.port)).toBe(false);

        const output = gateway.output();
        expect(logLines(output, 'shutting down')).toHaveLength(1);
        expect(logLines(output, 'shutting down')[0]).toMatchObject({ signal: first, delayMs: 300 });
        expect(logLines(output, 'stopped')).toHaveLength(1);
        expect(logLines(output, `${repeat} again`).length).toBeGreaterThanOrEqual(1);
        expect(output).not.toContain('exiting without waiting');
      } finally {
        killGroup(gateway.pid);
      }
    },
    120_000,
  );
});
