import { ConfigError, loadConfig } from '../../src/config.js';
import { loginUrlFor, resolveRegion } from '../../src/genesys/regions.js';

describe('loadConfig', () => {
  it('defaults to the embedded emulator on port 4000/4010', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, upstream: { kind: 'emulator', emulatorPort: 4010 } });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes GENESYSCLOUD_API_URL as is, without a trailing slash', () => {
    expect(loadConfig({ GENESYSCLOUD_API_URL: 'http://127.0.0.1:4010/' }).upstream).toEqual({
      kind: 'remote',
      apiUrl: 'http://127.0.0.1:4010',
      source: 'GENESYSCLOUD_API_URL',
    });
  });

  it.each([
    ['eu-west-1', 'https://api.mypurecloud.ie'],
    ['mypurecloud.ie', 'https://api.mypurecloud.ie'],
    ['api.mypurecloud.de', 'https://api.mypurecloud.de'],
    ['ap-northeast-3', 'https://api.apne3.pure.cloud'],
  ])('maps GENESYSCLOUD_REGION=%s to %s', (region, apiUrl) => {
    expect(loadConfig({ GENESYSCLOUD_REGION: region }).upstream).toMatchObject({ kind: 'remote', apiUrl });
  });

  it('reports every bad value at once, naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', GENESYSCLOUD_REGION: 'mars-1', UPSTREAM_TIMEOUT_MS: '-5' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT must be an integer/);
    expect(problems.join('\n')).toMatch(/GENESYSCLOUD_REGION must be a Genesys Cloud region/);
    expect(problems.join('\n')).toMatch(/UPSTREAM_TIMEOUT_MS/);
  });

  it('refuses both upstream variables at once, and a URL that is not http(s)', () => {
    expect(() => loadConfig({ GENESYSCLOUD_API_URL: 'http://x', GENESYSCLOUD_REGION: 'eu-west-1' })).toThrow(
      /not both/,
    );
    expect(() => loadConfig({ GENESYSCLOUD_API_URL: 'ftp://x' })).toThrow(/http\(s\) URL/);
  });
});

describe('regions', () => {
  it('knows every region of the reference table', () => {
    expect(resolveRegion('us-east-1')).toEqual({
      apiUrl: 'https://api.mypurecloud.com',
      loginUrl: 'https://login.mypurecloud.com',
    });
    expect(resolveRegion('nowhere')).toBeUndefined();
  });
  it('derives the login host from the API host', () => {
    expect(loginUrlFor('https://api.mypurecloud.jp')).toBe('https://login.mypurecloud.jp');
    expect(loginUrlFor('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });
});

describe('operational settings', () => {
  function problemsOf(env: Record<string, string>): string[] {
    try {
      loadConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
    return [];
  }

  it('defaults: passthrough, info logs, in-memory persisted queries, no tracing', () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({ mode: 'passthrough' });
    expect(config.logLevel).toBe('info');
    expect(config.readiness).toEqual({ timeoutMs: 2000, cacheMs: 5000 });
    expect(config.persistedQueries).toEqual({ redisKeyPrefix: 'usergraph', ttlSeconds: 86400 });
    expect(config.tracing).toBeUndefined();
    expect(config.shutdownDelayMs).toBe(0);
  });

  it('client-credentials: id and secret, the refresh margin and an optional login URL', () => {
    const config = loadConfig({
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_REGION: 'eu-west-1',
      GENESYSCLOUD_OAUTHCLIENT_ID: 'client-1',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'very-secret-value',
      GENESYSCLOUD_LOGIN_URL: 'https://login.example.test/',
      OAUTH_TOKEN_REFRESH_MARGIN_SECONDS: '30',
    });
    expect(config.auth).toMatchObject({
      mode: 'client-credentials',
      clientId: 'client-1',
      loginUrl: 'https://login.example.test',
      refreshMarginSeconds: 30,
    });
    if (config.auth.mode !== 'client-credentials') throw new Error('expected client-credentials');
    expect(config.auth.clientSecret.reveal()).toBe('very-secret-value');
  });

  it('never shows the client secret or the Redis URL: not in JSON, not in inspect, not in a message', async () => {
    const { inspect } = await import('node:util');
    const config = loadConfig({
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_ID: 'client-1',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'very-secret-value',
      REDIS_URL: 'redis://:redis-password@127.0.0.1:6379',
    });
    for (const text of [
      JSON.stringify(config),
      inspect(config, { depth: 10 }),
      String(config.persistedQueries.redisUrl),
    ]) {
      expect(text).not.toContain('very-secret-value');
      expect(text).not.toContain('redis-password');
    }
    const problems = problemsOf({ REDIS_URL: 'http://:redis-password@host' });
    expect(problems).toEqual(['REDIS_URL must be a redis:// or rediss:// URL']);
  });

  it('client-credentials without id or secret names both variables', () => {
    expect(problemsOf({ AUTH_MODE: 'client-credentials' })).toEqual([
      'GENESYSCLOUD_OAUTHCLIENT_ID is required when AUTH_MODE=client-credentials',
      'GENESYSCLOUD_OAUTHCLIENT_SECRET is required when AUTH_MODE=client-credentials',
    ]);
  });

  it('reports one clear line per bad operational value', () => {
    const problems = problemsOf({
      AUTH_MODE: 'implicit',
      LOG_LEVEL: 'loud',
      GENESYSCLOUD_LOGIN_URL: 'login.mypurecloud.ie',
      OAUTH_TOKEN_REFRESH_MARGIN_SECONDS: '-1',
      READINESS_TIMEOUT_MS: '10',
      READINESS_CACHE_MS: 'soon',
      APQ_TTL_SECONDS: '1.5',
      REDIS_KEY_PREFIX: 'has spaces',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      SHUTDOWN_DELAY_MS: '999999',
    });
    expect(problems).toEqual([
      'AUTH_MODE must be one of passthrough, client-credentials (got "implicit")',
      'GENESYSCLOUD_LOGIN_URL must be an http(s) URL (got "login.mypurecloud.ie")',
      'OAUTH_TOKEN_REFRESH_MARGIN_SECONDS must be an integer from 0 to 3600 (got "-1")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'READINESS_TIMEOUT_MS must be an integer from 100 to 60000 (got "10")',
      'READINESS_CACHE_MS must be an integer from 0 to 600000 (got "soon")',
      'REDIS_KEY_PREFIX must be 1 to 64 letters, digits, or . _ : - (got "has spaces")',
      'APQ_TTL_SECONDS must be an integer from 0 to 31536000 (got "1.5")',
      'SHUTDOWN_DELAY_MS must be an integer from 0 to 120000 (got "999999")',
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL (got "collector:4318")',
    ]);
  });

  it('tracing is on only with an OTLP endpoint, and off again with OTEL_SDK_DISABLED', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'usergraph',
    });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/custom', OTEL_SERVICE_NAME: 'users-bff' })
        .tracing,
    ).toEqual({ tracesUrl: 'http://c:4318/custom', serviceName: 'users-bff' });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing,
    ).toBeUndefined();
  });

  it('accepts LOG_LEVEL and AUTH_MODE in any case', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(loadConfig({ AUTH_MODE: 'Passthrough' }).auth.mode).toBe('passthrough');
  });
});

describe('the README configuration table', () => {
  it('documents every variable src/config.ts reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../src/config.ts', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const read = new Set(
      [...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]),
    );
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const documented = new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(15);
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
  });
});
