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
    expect(() => loadConfig({ GENESYSCLOUD_API_URL: 'http://x', GENESYSCLOUD_REGION: 'eu-west-1' })).toThrow(/not both/);
    expect(() => loadConfig({ GENESYSCLOUD_API_URL: 'ftp://x' })).toThrow(/http\(s\) URL/);
  });
});

describe('regions', () => {
  it('knows every region of the reference table', () => {
    expect(resolveRegion('us-east-1')).toEqual({ apiUrl: 'https://api.mypurecloud.com', loginUrl: 'https://login.mypurecloud.com' });
    expect(resolveRegion('nowhere')).toBeUndefined();
  });
  it('derives the login host from the API host', () => {
    expect(loginUrlFor('https://api.mypurecloud.jp')).toBe('https://login.mypurecloud.jp');
    expect(loginUrlFor('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });
});
