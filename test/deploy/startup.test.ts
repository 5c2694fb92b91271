/**
 * Clear failures of the production entry point (`node dist/index.js`): in production without an upstream it
 * refuses to serve invented data (one line naming what to set) unless EMULATOR=true asks for the emulator;
 * a port in use ends the process with one line naming PORT or EMULATOR_PORT, no stack trace.
 */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, NO_UPSTREAM_PROBLEM } from '../../src/config.js';
import { childEnv, killGroup, logLines, ROOT, startGatewayProcess } from './process.js';

/** `node dist/index.js` with only `env` (and PATH): its exit code and output, once it ends by itself. */
function runEntry(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['dist/index.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('the upstream choice', () => {
  it('uses the emulator when nothing is configured, outside production only', () => {
    expect(loadConfig({}).upstream).toEqual({ kind: 'emulator', emulatorPort: 4010, explicit: false });
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([NO_UPSTREAM_PROBLEM]);
    expect(problemsOf({ NODE_ENV: 'Production ' })).toEqual([NO_UPSTREAM_PROBLEM]);
  });

  it('runs the emulator in production only when EMULATOR=true asks for it', () => {
    expect(loadConfig({ NODE_ENV: 'production', EMULATOR: 'true' }).upstream).toEqual({
      kind: 'emulator',
      emulatorPort: 4010,
      explicit: true,
    });
    expect(problemsOf({ EMULATOR: 'false' })).toEqual([NO_UPSTREAM_PROBLEM]);
    expect(problemsOf({ EMULATOR: 'true', GENESYSCLOUD_REGION: 'eu-west-1' })).toEqual([
      'Set EMULATOR=true or an upstream (GENESYSCLOUD_API_URL, GENESYSCLOUD_REGION), not both',
    ]);
    expect(problemsOf({ EMULATOR: 'maybe' })).toEqual(['EMULATOR must be true or false (got "maybe")']);
    expect(
      loadConfig({ NODE_ENV: 'production', GENESYSCLOUD_REGION: 'eu-west-1', EMULATOR: 'false' }).upstream.kind,
    ).toBe('remote');
  });
});

describe('node dist/index.js', () => {
  it('refuses to start in production without an upstream, with one line that says what to set', () => {
    const { status, stdout, stderr } = runEntry({ NODE_ENV: 'production', PORT: '0' });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Invalid configuration: ${NO_UPSTREAM_PROBLEM}\n`);
    expect(stderr).toMatch(/GENESYSCLOUD_REGION.*GENESYSCLOUD_API_URL.*EMULATOR=true/);
  });

  it('serves the emulator in production when EMULATOR=true, and says so in its log', async () => {
    const gateway = await startGatewayProcess(process.execPath, ['dist/index.js'], {
      env: childEnv({
        NODE_ENV: 'production',
        EMULATOR: 'true',
        PORT: '0',
        HOST: '127.0.0.1',
        EMULATOR_PORT: '0',
        EMULATOR_USERS: '20',
      }),
    });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer any' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.status).toBe(200);
      expect(logLines(gateway.output(), 'EMULATOR=true: every answer is the emulator')).toHaveLength(1);
      process.kill(gateway.pid, 'SIGTERM');
      expect((await gateway.exited).code).toBe(0);
    } finally {
      killGroup(gateway.pid);
    }
  }, 90_000);

  describe('with a port in use', () => {
    let blocker: net.Server;
    let busyPort: number;
    beforeAll(async () => {
      blocker = net.createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      busyPort = (blocker.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => blocker.close(resolve)));

    it('names PORT in one line and exits non-zero', () => {
      const { status, stdout, stderr } = runEntry({
        PORT: String(busyPort),
        HOST: '127.0.0.1',
        GENESYSCLOUD_API_URL: 'http://127.0.0.1:9',
        LOG_LEVEL: 'silent',
      });
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`The gateway: port ${busyPort} is already in use; set PORT to a free port.\n`);
    }, 60_000);

    it('names EMULATOR_PORT in one line when the embedded emulator cannot listen', () => {
      const { status, stderr } = runEntry({
        PORT: '0',
        HOST: '127.0.0.1',
        EMULATOR_PORT: String(busyPort),
        EMULATOR_USERS: '20',
        LOG_LEVEL: 'silent',
      });
      expect(status).toBe(1);
      expect(stderr).toBe(
        `The embedded emulator: port ${busyPort} is already in use; set EMULATOR_PORT to a free port.\n`,
      );
    }, 60_000);
  });
});
