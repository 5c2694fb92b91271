/**
 * Credentials in the upstream URL (D5): `GENESYSCLOUD_API_URL=http://user:pass@host` would make got send
 * `Authorization: Basic …` in place of the caller's bearer token and show the password wherever the URL shows
 * (/readyz). Such a URL is refused at start with one line that does not repeat it; the transport refuses it too
 * (embedders); and the only Authorization the upstream ever sees is the caller's bearer token.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tokenHash } from '../../emulator/identity.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { Transport } from '../../src/genesys/client.js';
import { startHarness } from '../helpers/harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('URL credentials', () => {
  it.each([
    ['GENESYSCLOUD_API_URL', { GENESYSCLOUD_API_URL: 'http://svc-user:pa55word@127.0.0.1:4010' }],
    ['GENESYSCLOUD_API_URL', { GENESYSCLOUD_API_URL: 'https://:pa55word@api.mypurecloud.ie' }],
    ['GENESYSCLOUD_LOGIN_URL', { GENESYSCLOUD_LOGIN_URL: 'https://svc-user:pa55word@login.mypurecloud.ie' }],
  ])('%s with user:password@ is refused with one line that does not repeat it', (name, env) => {
    const problems = problemsOf(env);
    expect(problems).toEqual([
      `${name} must not carry a user name or password (user:password@host): the gateway sends only bearer tokens upstream`,
    ]);
    expect(problems.join()).not.toContain('pa55word');
  });

  it('a malformed URL with an @ in it is not echoed either', () => {
    const problems = problemsOf({ GENESYSCLOUD_API_URL: 'svc-user:pa55word@no-scheme' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain('pa55word');
  });

  it('the process exits 2 with that one line', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: '0', GENESYSCLOUD_API_URL: 'http://svc-user:pa55word@127.0.0.1:9' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: GENESYSCLOUD_API_URL must not carry a user name or password (user:password@host): the gateway sends only bearer tokens upstream',
    ]);
    expect(result.stdout + result.stderr).not.toContain('pa55word');
  });

  it('the transport refuses such a base URL without repeating it', () => {
    expect(() => new Transport({ baseUrl: 'http://svc-user:pa55word@127.0.0.1:9', timeoutMs: 1_000 })).toThrow(
      /must not carry a user name or password/,
    );
    try {
      new Transport({ baseUrl: 'http://svc-user:pa55word@127.0.0.1:9', timeoutMs: 1_000 });
    } catch (err) {
      expect(String(err)).not.toContain('pa55word');
    }
  });

  it('the upstream sees the caller’s bearer token and nothing else; /readyz shows no credentials', async () => {
    const h = await startHarness({ emulator: { users: 20 } });
    try {
      // The emulator logs a hash of the bearer token it authenticated (a Basic header would be a 401).
      expect((await h.execute('{ me { id } }', undefined, { token: 'caller-token' })).errors).toBeUndefined();
      expect(h.emulator.requests.log().map((c) => c.token)).toEqual([tokenHash('caller-token')]);
      const ready = await (await fetch(h.gateway.url.replace('/graphql', '/readyz'))).text();
      expect(ready).toContain(h.emulator.url);
      expect(ready).not.toMatch(/\/\/[^/]*@/);
    } finally {
      await h.close();
    }
  });
});
