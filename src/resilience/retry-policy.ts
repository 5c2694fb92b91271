/**
 * The retry policy of upstream calls, as pure functions (no timers, no I/O) so that every rule is unit-tested
 * with a fake clock. The client (src/genesys/client.ts) asks `decideRetry` after each failed attempt.
 *
 * - Only idempotent methods are repeated: GET, PUT, DELETE. POST (even the read-only searches) and PATCH never
 *   are: a repeated one may apply a write twice.
 * - What is repeated: 429 (honouring Retry-After), 502, 503, 504, and an attempt that got no answer (connection
 *   reset, refused, timed out). Any other status is the answer.
 * - How long to wait: the upstream's Retry-After when it sent one (seconds or an HTTP-date), else exponential
 *   backoff with full jitter: a uniform random delay in [0, min(maxDelay, base · 2^retry)].
 * - When to give up: after `maxRetries` repeats; when Retry-After is over `retryAfterMaxMs` (the SDKs give up past
 *   180 s, since some APIs answer a daily-limit breach with a long one; a gateway that a person waits on gives up
 *   sooner); when the wait would leave less than `MIN_ATTEMPT_MS` before the operation's deadline.
 */

export interface RetryPolicyOptions {
  /** UPSTREAM_MAX_RETRIES: repeats after the first attempt (0 = never repeat). */
  maxRetries: number;
  /** UPSTREAM_RETRY_BASE_MS: the backoff's first ceiling; it doubles with each retry. */
  baseDelayMs: number;
  /** UPSTREAM_RETRY_MAX_DELAY_MS: the backoff ceiling never grows past this. */
  maxDelayMs: number;
  /** UPSTREAM_RETRY_AFTER_MAX_SECONDS in ms: a longer Retry-After is not waited for. */
  retryAfterMaxMs: number;
}

/** How one attempt ended, as far as the policy cares. */
export type AttemptOutcome =
  /** The upstream answered with this status; `retryAfter` is the raw Retry-After header, if any. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** No answer: a got/Node error code (ECONNRESET, ETIMEDOUT, …). */
  | { kind: 'network'; code: string };

type GiveUpReason = 'not_retryable' | 'method' | 'max_retries' | 'retry_after_too_long' | 'deadline';

export type RetryDecision =
  /** `reason` labels the retry metric: `status_503`, `network_econnreset`, … */
  { retry: true; delayMs: number; reason: string } | { retry: false; reason: GiveUpReason };

const RETRIED_METHODS: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE']);
const RETRIED_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** No-answer failures worth another attempt; anything else (a TLS or protocol error) is not. */
const RETRIED_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);
/** A retry must leave at least this long before the deadline, or it is not worth starting. */
export const MIN_ATTEMPT_MS = 100;

/**
 * A Retry-After value in milliseconds: delay-seconds (`42`; a fraction is tolerated) or an HTTP-date (RFC 9110
 * §10.2.3), measured from `wallNowMs`. Undefined for anything else; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, wallNowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date names a weekday and a GMT time; Date.parse alone would also take "1" or "2024".
  if (!/^[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - wallNowMs);
}

/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^retry)]. `retry` counts from 0. */
export function backoffDelay(
  retry: number,
  options: Pick<RetryPolicyOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Whether an outcome is worth repeating at all (for an idempotent method). */
function isRetryable(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'status' ? RETRIED_STATUSES.has(outcome.status) : RETRIED_NETWORK_CODES.has(outcome.code);
}

export interface RetryInput {
  method: string;
  outcome: AttemptOutcome;
  /** Retries made so far for this call (0 after the first attempt). */
  retries: number;
  /** Monotonic now and the operation's deadline on the same clock (ms). */
  nowMs: number;
  deadlineMs: number;
  /** Wall-clock now, for an HTTP-date Retry-After. */
  wallNowMs?: number;
  random?: () => number;
}

export function decideRetry(input: RetryInput, options: RetryPolicyOptions): RetryDecision {
  const { outcome } = input;
  if (!isRetryable(outcome)) return { retry: false, reason: 'not_retryable' };
  if (!RETRIED_METHODS.has(input.method.toUpperCase())) return { retry: false, reason: 'method' };
  if (input.retries >= options.maxRetries) return { retry: false, reason: 'max_retries' };
  const retryAfterMs = outcome.kind === 'status' ? parseRetryAfter(outcome.retryAfter, input.wallNowMs) : undefined;
  if (retryAfterMs !== undefined && retryAfterMs > options.retryAfterMaxMs)
    return { retry: false, reason: 'retry_after_too_long' };
  const delayMs = retryAfterMs ?? backoffDelay(input.retries, options, input.random);
  if (input.nowMs + delayMs + MIN_ATTEMPT_MS > input.deadlineMs) return { retry: false, reason: 'deadline' };
  const reason = outcome.kind === 'status' ? `status_${outcome.status}` : `network_${outcome.code.toLowerCase()}`;
  return { retry: true, delayMs, reason };
}
