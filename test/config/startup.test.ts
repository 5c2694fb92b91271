/**
 * The process itself (src/index.ts) refuses a bad configuration at start: exit code 2 and one line per
 * problem on stderr, before it listens on anything, and without echoing a secret.
 */
import { spawnSync } from 'node:child_process';
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
