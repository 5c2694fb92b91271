/** The resilience settings: documented defaults, overrides, one clear line per bad value. */
import { ConfigError, loadConfig } from '../../src/config.js';

describe('resilience settings', () => {
  it('defaults: 3 s to connect, 30 s per operation, 3 retries from 200 ms up to 5 s, Retry-After up to 10 s, 16 calls at once, 10 % headroom', () => {
    const config = loadConfig({});
    expect(config.resilience).toEqual({
      connectTimeoutMs: 3_000,
      deadlineMs: 30_000,
      maxRetries: 3,
      retryBaseMs: 200,
      retryMaxDelayMs: 5_000,
      retryAfterMaxSeconds: 10,
      concurrencyPerOperation: 16,
      rateLimitHeadroom: 0.1,
      rateLimitMaxWaitSeconds: 60,
      concurrencyPerToken: 64,
      maxResponseBytes: 16 * 1024 * 1024,
      errorText: 'full',
    });
    expect(config.shutdownTimeoutMs).toBe(30_000);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      UPSTREAM_CONNECT_TIMEOUT_MS: '500',
      UPSTREAM_DEADLINE_MS: '8000',
      UPSTREAM_MAX_RETRIES: '0',
      UPSTREAM_RETRY_BASE_MS: '50',
      UPSTREAM_RETRY_MAX_DELAY_MS: '1000',
      UPSTREAM_RETRY_AFTER_MAX_SECONDS: '180',
      UPSTREAM_CONCURRENCY_PER_OPERATION: '4',
      UPSTREAM_RATE_LIMIT_HEADROOM_PERCENT: '0',
      UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS: '5',
      UPSTREAM_CONCURRENCY_PER_TOKEN: '8',
      UPSTREAM_MAX_RESPONSE_BYTES: '1048576',
      UPSTREAM_ERROR_TEXT: 'generic',
      SHUTDOWN_TIMEOUT_MS: '5000',
    });
    expect(config.resilience).toEqual({
      connectTimeoutMs: 500,
      deadlineMs: 8_000,
      maxRetries: 0,
      retryBaseMs: 50,
      retryMaxDelayMs: 1_000,
      retryAfterMaxSeconds: 180,
      concurrencyPerOperation: 4,
      rateLimitHeadroom: 0,
      rateLimitMaxWaitSeconds: 5,
      concurrencyPerToken: 8,
      maxResponseBytes: 1_048_576,
      errorText: 'generic',
    });
    expect(config.shutdownTimeoutMs).toBe(5_000);
  });

  it('upstream error text is generic by default in production, and can be set either way', () => {
    const production = { NODE_ENV: 'production', GENESYSCLOUD_API_URL: 'https://api.mypurecloud.ie' };
    expect(loadConfig(production).resilience.errorText).toBe('generic');
    expect(loadConfig({ ...production, UPSTREAM_ERROR_TEXT: 'full' }).resilience.errorText).toBe('full');
    expect(loadConfig({ UPSTREAM_ERROR_TEXT: 'generic' }).resilience.errorText).toBe('generic');
  });

  it('names each bad value', () => {
    let problems: string[] = [];
    try {
      loadConfig({
        UPSTREAM_MAX_RETRIES: '-1',
        UPSTREAM_CONCURRENCY_PER_OPERATION: '0',
        UPSTREAM_RATE_LIMIT_HEADROOM_PERCENT: '150',
        UPSTREAM_DEADLINE_MS: 'soon',
      });
    } catch (err) {
      if (err instanceof ConfigError) problems = err.problems;
    }
    expect(problems).toEqual([
      'UPSTREAM_DEADLINE_MS must be an integer from 100 to 600000 (got "soon")',
      'UPSTREAM_MAX_RETRIES must be an integer from 0 to 10 (got "-1")',
      'UPSTREAM_CONCURRENCY_PER_OPERATION must be an integer from 1 to 1000 (got "0")',
      'UPSTREAM_RATE_LIMIT_HEADROOM_PERCENT must be an integer from 0 to 100 (got "150")',
    ]);
  });
});
