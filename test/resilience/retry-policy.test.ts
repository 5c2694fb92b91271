/** The retry policy as pure functions: which outcomes and methods retry, backoff bounds, Retry-After, ceiling, deadline. */
import {
  backoffDelay,
  decideRetry,
  MIN_ATTEMPT_MS,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryInput,
  type RetryPolicyOptions,
} from '../../src/resilience/retry-policy.js';

const policy: RetryPolicyOptions = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5_000, retryAfterMaxMs: 10_000 };
const status = (s: number, retryAfter?: string): AttemptOutcome => ({
  kind: 'status',
  status: s,
  ...(retryAfter !== undefined ? { retryAfter } : {}),
});
const network = (code: string): AttemptOutcome => ({ kind: 'network', code });

function decide(overrides: Partial<RetryInput> & { outcome: AttemptOutcome }, options = policy) {
  return decideRetry(
    { method: 'GET', retries: 0, nowMs: 0, deadlineMs: 30_000, wallNowMs: 0, random: () => 0.5, ...overrides },
    options,
  );
}

describe('what is retried', () => {
  it.each([429, 502, 503, 504])('retries a GET answered %i', (s) => {
    expect(decide({ outcome: status(s) })).toMatchObject({ retry: true, reason: `status_${s}` });
  });

  it.each([400, 401, 403, 404, 409, 413, 415, 422, 500, 501])('answers %i at once', (s) => {
    expect(decide({ outcome: status(s) })).toEqual({ retry: false, reason: 'not_retryable' });
  });

  it.each([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
  ])('retries a GET that got no answer (%s)', (code) => {
    expect(decide({ outcome: network(code) })).toMatchObject({ retry: true, reason: `network_${code.toLowerCase()}` });
  });

  it('does not retry other network failures (a TLS error, say)', () => {
    expect(decide({ outcome: network('ERR_TLS_CERT_ALTNAME_INVALID') })).toEqual({
      retry: false,
      reason: 'not_retryable',
    });
  });

  it.each(['GET', 'PUT', 'DELETE', 'get'])('retries the idempotent method %s', (method) => {
    expect(decide({ method, outcome: status(503) }).retry).toBe(true);
    expect(decide({ method, outcome: network('ECONNRESET') }).retry).toBe(true);
  });

  it.each(['POST', 'PATCH'])('never retries %s, whatever happened — a 429 included', (method) => {
    for (const outcome of [
      status(429, '1'),
      status(502),
      status(503),
      status(504),
      network('ECONNRESET'),
      network('ETIMEDOUT'),
    ]) {
      expect(decide({ method, outcome })).toEqual({ retry: false, reason: 'method' });
    }
  });

  it('stops after maxRetries', () => {
    expect(decide({ outcome: status(503), retries: 2 }).retry).toBe(true);
    expect(decide({ outcome: status(503), retries: 3 })).toEqual({ retry: false, reason: 'max_retries' });
    expect(decide({ outcome: status(503) }, { ...policy, maxRetries: 0 })).toEqual({
      retry: false,
      reason: 'max_retries',
    });
  });
});

describe('backoff with full jitter', () => {
  it('is uniform in [0, min(max, base · 2^retry)]', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(0);
    expect(backoffDelay(0, policy, () => 0.999999)).toBe(199);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(399);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(800);
    expect(backoffDelay(10, policy, () => 0.999999)).toBe(4_999);
  });

  it('stays within its bounds over many draws, and spreads', () => {
    for (let retry = 0; retry < 8; retry++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
      const draws = Array.from({ length: 500 }, () => backoffDelay(retry, policy));
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...draws)).toBeLessThan(ceiling);
      expect(new Set(draws).size).toBeGreaterThan(50);
    }
  });

  it('is what a 5xx or a reset waits without Retry-After', () => {
    expect(decide({ outcome: status(503), retries: 2, random: () => 0.25 })).toEqual({
      retry: true,
      delayMs: 200,
      reason: 'status_503',
    });
    expect(decide({ outcome: status(429), random: () => 0.5 })).toEqual({
      retry: true,
      delayMs: 100,
      reason: 'status_429',
    });
  });
});

describe('Retry-After', () => {
  it('parses delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('1', 0)).toBe(1_000);
    expect(parseRetryAfter(' 42 ', 0)).toBe(42_000);
    expect(parseRetryAfter('0', 0)).toBe(0);
    expect(parseRetryAfter('1.5', 0)).toBe(1_500);
    expect(parseRetryAfter('1.25', 0)).toBe(1_250);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('Wed 21 Oct 2015 07:28:05 GMT', now)).toBe(5_000);
  });

  it.each([
    undefined,
    '',
    'soon',
    '-1',
    '1e3',
    'Infinity',
    '21 Oct 2015',
    // Date.parse would take each of these; an HTTP-date has a weekday first and two-digit hours, minutes, seconds.
    'x Wed, 21 Oct 2015 07:28:05 GMT',
    'Wed, 21 Oct 2015 7:28:05 GMT',
    'Wed, 21 Oct 2015 07:28:5 GMT',
  ])('ignores %j', (value) => {
    expect(parseRetryAfter(value, 0)).toBeUndefined();
  });

  it('is honoured on a 429 and a 503 instead of the backoff', () => {
    expect(decide({ outcome: status(429, '1') })).toEqual({ retry: true, delayMs: 1_000, reason: 'status_429' });
    expect(decide({ outcome: status(503, '2') })).toEqual({ retry: true, delayMs: 2_000, reason: 'status_503' });
    const wallNowMs = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(decide({ outcome: status(429, 'Wed, 21 Oct 2015 07:28:03 GMT'), wallNowMs })).toMatchObject({
      retry: true,
      delayMs: 3_000,
    });
  });

  it('gives up past the ceiling (the SDKs wait up to 180 s; the gateway 10 s by default)', () => {
    expect(decide({ outcome: status(429, '10') }).retry).toBe(true);
    expect(decide({ outcome: status(429, '11') })).toEqual({ retry: false, reason: 'retry_after_too_long' });
    expect(
      decide({ outcome: status(429, '180'), deadlineMs: 600_000 }, { ...policy, retryAfterMaxMs: 180_000 }).retry,
    ).toBe(true);
  });
});

describe('the deadline', () => {
  it('allows a retry only when the wait leaves time for an attempt', () => {
    const deadlineMs = 10_000;
    const nowMs = deadlineMs - 1_000 - MIN_ATTEMPT_MS;
    expect(decide({ outcome: status(429, '1'), nowMs, deadlineMs }).retry).toBe(true);
    expect(decide({ outcome: status(429, '1'), nowMs: nowMs + 1, deadlineMs })).toEqual({
      retry: false,
      reason: 'deadline',
    });
    expect(decide({ outcome: network('ECONNRESET'), nowMs: deadlineMs - 50, deadlineMs, random: () => 0 })).toEqual({
      retry: false,
      reason: 'deadline',
    });
  });
});
