/**
 * CORS on /graphql: which origins CORS_ORIGINS lets in, the preflight answer, the headers of an actual
 * response, and Apollo's CSRF prevention still refusing every request a browser can send without a preflight.
 */
import { ConfigError, loadConfig } from '../../src/config.js';
import { startHarness, type Harness } from '../helpers/harness.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('CORS configuration', () => {
  const remote = { GENESYSCLOUD_API_URL: 'https://api.mypurecloud.ie' };

  it('is off by default against a real upstream, and allows localhost origins in emulator mode', () => {
    expect(loadConfig(remote).cors).toMatchObject({
      origins: [],
      anyOrigin: false,
      localhost: false,
      credentials: false,
      maxAgeSeconds: 600,
    });
    expect(loadConfig({}).cors).toMatchObject({ origins: [], localhost: true });
    // An explicit list replaces the emulator-mode default.
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com' }).cors).toMatchObject({
      origins: ['https://app.example.com'],
      localhost: false,
    });
  });

  it('reads a comma-separated list of origins, normalised as browsers send them', () => {
    const { cors } = loadConfig({
      ...remote,
      CORS_ORIGINS: ' https://App.Example.com , http://localhost:5173/,https://x.example:443 ',
    });
    expect(cors.origins).toEqual(['https://app.example.com', 'http://localhost:5173', 'https://x.example']);
  });

  it('refuses * together with credentials, and anything that is not an origin', () => {
    expect(problemsOf({ ...remote, CORS_ORIGINS: '*', CORS_ALLOW_CREDENTIALS: 'true' })).toEqual([
      'CORS_ORIGINS=* cannot go with CORS_ALLOW_CREDENTIALS=true (browsers refuse credentials for any origin): list the origins',
    ]);
    expect(problemsOf({ ...remote, CORS_ORIGINS: 'https://a.example/app' })[0]).toMatch(
      /^CORS_ORIGINS must list origins .*got "https:\/\/a.example\/app"/,
    );
    expect(problemsOf({ ...remote, CORS_ORIGINS: 'app.example.com' })).toHaveLength(1);
    expect(problemsOf({ ...remote, CORS_ORIGINS: '*, https://a.example' })).toEqual([
      'CORS_ORIGINS=* stands alone: list origins or give *, not both',
    ]);
    expect(problemsOf({ ...remote, CORS_MAX_AGE_SECONDS: '99999' })[0]).toMatch(
      /^CORS_MAX_AGE_SECONDS must be an integer from 0 to 7200/,
    );
    expect(loadConfig({ ...remote, CORS_ORIGINS: '*' }).cors.anyOrigin).toBe(true);
  });
});

describe('CORS on /graphql', () => {
  const APP = 'https://app.example.com';
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { CORS_ORIGINS: `${APP},http://localhost:5173`, CORS_MAX_AGE_SECONDS: '900' } });
  });
  afterAll(() => h.close());

  const preflight = (origin: string, headers = 'content-type, authorization') =>
    fetch(h.gateway.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  it('answers the preflight of an allowed origin with 204 and what it may send', async () => {
    const response = await preflight(
      APP,
      'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const h = response.headers;
    expect(h.get('access-control-allow-origin')).toBe(APP);
    expect(h.get('access-control-allow-methods')?.split(', ')).toEqual(
      expect.arrayContaining(['GET', 'POST', 'OPTIONS']),
    );
    expect(h.get('access-control-allow-headers')?.split(', ')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name']),
    );
    expect(h.get('access-control-max-age')).toBe('900');
    expect(h.get('vary')).toMatch(/\bOrigin\b/);
    expect(h.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses the preflight of any other origin, without CORS headers', async () => {
    const response = await preflight('https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('lets an allowed origin read the answer, and keeps other origins out', async () => {
    const allowed = await h.execute('{ me { id } }', undefined, { headers: { origin: APP } });
    expect(allowed.status).toBe(200);
    const raw = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(raw.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(raw.headers.get('vary')).toMatch(/\bOrigin\b/);

    const other = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses what a browser sends without a preflight (CSRF prevention), from an allowed origin too', async () => {
    await h.resetCalls();
    const textPlain = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'text/plain', authorization: 'Bearer t' },
      body: JSON.stringify({ query: 'mutation { __typename }' }),
    });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/CSRF/);
    const simpleGet = await fetch(`${h.gateway.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { origin: APP },
    });
    expect(simpleGet.status).toBe(400);
    expect(await h.calls()).toEqual([]);
  });

  it('answers a plain OPTIONS (no Origin) with the allowed methods', async () => {
    const response = await fetch(h.gateway.url, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });
});

describe('CORS_ORIGINS=* and credentials', () => {
  it('answers * to any origin without credentials', async () => {
    const h = await startHarness({ env: { CORS_ORIGINS: '*' } });
    try {
      const response = await fetch(h.gateway.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://anywhere.example', 'access-control-request-method': 'POST' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await h.close();
    }
  });

  it('echoes the origin and allows credentials when asked to', async () => {
    const h = await startHarness({ env: { CORS_ORIGINS: 'https://app.example.com', CORS_ALLOW_CREDENTIALS: 'true' } });
    try {
      const response = await fetch(h.gateway.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    } finally {
      await h.close();
    }
  });
});
