/**
 * The process itself (src/index.ts) refuses a bad configuration at start: exit code 2 and one line per
 * problem on stderr, before it listens on anything, and without echoing a secret.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('exits with code 2 and one line per bad value', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: 'eighty',
      LOG_LEVEL: 'chatty',
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'do-not-print-me',
      REDIS_URL: 'http://:do-not-print-me-either@host',
    },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.status).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toEqual([
    'Invalid configuration:',
    '  - PORT must be an integer from 0 to 65535 (got "eighty")',
    '  - GENESYSCLOUD_OAUTHCLIENT_ID is required when AUTH_MODE=client-credentials',
    '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "chatty")',
    '  - REDIS_URL must be a redis:// or rediss:// URL',
  ]);
  expect(result.stdout + result.stderr).not.toContain('do-not-print-me');
});

it('logs the URLs it starts with, never the credentials inside one', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      GENESYSCLOUD_API_URL: 'http://127.0.0.1:9',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otlp-user:do-not-log-me@127.0.0.1:9',
    },
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line within 20 s: ${output}`)), 20_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('usergraph gateway listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
    });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  const listening = output.split('\n').find((line) => line.includes('usergraph gateway listening')) ?? '';
  expect(listening).toContain('127.0.0.1:9/v1/traces');
  expect(output).not.toContain('do-not-log-me');
});
