/**
 * The per-token limiter: slows a token's calls down before the organisation's rate limit answers 429.
 *
 * Genesys Cloud limits calls per OAuth token (docs/upstream-api.md#rate-limits: 300/min per client-credentials token, 180/min
 * seen on the Users API) and sends `inin-ratelimit-count`, `inin-ratelimit-allowed` and `inin-ratelimit-reset`
 * (seconds) on every response. One instance per gateway holds, per token, what the latest response said, keyed
 * by a hash of the Authorization header — never the token itself — so every operation of a caller (and, with
 * client credentials, of every caller) shares that caller's budget and no one else's.
 *
 * Policy, per token:
 * - Nothing known (no header seen, or the window announced has reset): calls go at once.
 * - More than `headroom` · allowed calls left (default 10 %): calls go at once.
 * - Within the headroom: the calls left are spread evenly until the reset (slot k of n at k · reset/n), so a
 *   busy caller slows to the pace its budget allows instead of running into 429s.
 * - None left, or a 429 was seen: calls wait until the reset (or the Retry-After).
 * - The reset and the Retry-After are hints with a ceiling (`maxWaitMs`, UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS):
 *   one answer saying `Retry-After: 999999` must not lock a token (in client-credentials mode, every caller)
 *   out for days. And the first success after a 429 clears the hold: the upstream has recovered.
 * A call never waits past its operation's deadline: the client refuses it at once instead (RATE_LIMITED).
 * Calls started but not answered yet count as used, so a fan-out of 50 calls does not read one stale header 50
 * times. At most `maxKeys` tokens are remembered; expired entries go first.
 */
import { createHash } from 'node:crypto';

/** What one response said about its token's budget. */
export interface RateLimitObservation {
  count: number;
  allowed: number;
  resetSeconds: number;
}

export interface TokenRateLimiterOptions {
  /** Fraction of `allowed` from which calls are spaced out (0.1 = 10 %); 0 turns the spacing off. */
  headroom: number;
  /** Longest a token is held back by what one answer said (reset or Retry-After), ms; default 60 s. */
  maxWaitMs?: number;
  /** Tokens remembered at most (default 10,000). */
  maxKeys?: number;
  /** Monotonic milliseconds; tests pass their own. */
  now?: () => number;
}

interface KeyState {
  /** `inin-ratelimit-allowed` of the latest response; 0 when unknown (only a 429 seen). */
  allowed: number;
  /** Calls estimated left in the current window; meaningful while `now < resetAt`. */
  remaining: number;
  /** When the current window resets; 0: nothing known. */
  resetAt: number;
  /** When the next spaced-out call may start. */
  nextSlotAt: number;
  /** Calls reserved and not yet settled. */
  inflight: number;
  /** The hold comes from a 429 (cleared by the next success). */
  throttled: boolean;
}

type Headers = Record<string, string | string[] | undefined>;

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers[name];
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw === undefined || !Number.isFinite(value) || value < 0 ? undefined : value;
}

/** The three `inin-ratelimit-*` headers, when all are there and numeric. */
export function readRateLimitHeaders(headers: Headers): RateLimitObservation | undefined {
  const count = headerNumber(headers, 'inin-ratelimit-count');
  const allowed = headerNumber(headers, 'inin-ratelimit-allowed');
  const resetSeconds = headerNumber(headers, 'inin-ratelimit-reset');
  if (count === undefined || allowed === undefined || resetSeconds === undefined || allowed === 0) return undefined;
  return { count, allowed, resetSeconds };
}

/**
 * What the upstream client needs of a per-token limiter: this process's own (TokenRateLimiter) or the one shared
 * by the replicas through Redis (shared-rate-limiter.ts).
 */
export interface UpstreamRateLimiter {
  /** The ceiling of any hold (ms). */
  readonly maxWaitMs: number;
  /**
   * How long a call of `key` should wait before it goes (ms, 0 = go). A delay of `maxDelayMs` or more reserves
   * nothing: the call is refused. Otherwise the call counts as started, and is followed by one `settle`.
   */
  reserve(key: string, maxDelayMs: number): number | Promise<number>;
  /** The call ended: what its answer said (see TokenRateLimiter.settle). */
  settle(key: string, observation?: RateLimitObservation, retryAfterMs?: number, succeeded?: boolean): void;
}

export class TokenRateLimiter implements UpstreamRateLimiter {
  private readonly states = new Map<string, KeyState>();
  private readonly now: () => number;
  private readonly maxKeys: number;
  /** The ceiling of any hold (ms). */
  readonly maxWaitMs: number;

  constructor(private readonly options: TokenRateLimiterOptions) {
    if (!(options.headroom >= 0 && options.headroom <= 1))
      throw new RangeError(`headroom must be within 0..1 (got ${options.headroom})`);
    this.now = options.now ?? (() => performance.now());
    this.maxKeys = options.maxKeys ?? 10_000;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    if (!(this.maxWaitMs >= 0)) throw new RangeError(`maxWaitMs must be 0 or more (got ${this.maxWaitMs})`);
  }

  /** The key of an Authorization header value: a SHA-256 prefix, so the token itself is never kept. */
  static keyOf(authorization: string): string {
    return createHash('sha256').update(authorization).digest('hex').slice(0, 32);
  }

  /** Tokens remembered (for tests and eviction). */
  get size(): number {
    return this.states.size;
  }

  /**
   * Counts one call of `key` as started and says how long it should wait first (ms, 0 = go). Every reserve is
   * followed by exactly one `settle` (answered or not) or `cancel` (not sent after all).
   */
  reserve(key: string, maxDelayMs = Infinity): number {
    const delay = this.reserveSlot(key);
    if (delay >= maxDelayMs && delay > 0) this.cancel(key);
    return delay;
  }

  private reserveSlot(key: string): number {
    const now = this.now();
    const state = this.stateOf(key, now);
    state.inflight += 1;
    if (state.resetAt === 0 || now >= state.resetAt || this.options.headroom === 0) return 0;
    if (state.remaining > this.options.headroom * state.allowed) {
      state.remaining -= 1;
      return 0;
    }
    if (state.remaining <= 0) return state.resetAt - now;
    const slot = Math.max(now, state.nextSlotAt);
    state.nextSlotAt = slot + (state.resetAt - slot) / state.remaining;
    state.remaining -= 1;
    return slot - now;
  }

  /** A reserved call was not sent after all. */
  cancel(key: string): void {
    const state = this.states.get(key);
    if (state) state.inflight = Math.max(0, state.inflight - 1);
  }

  /**
   * A reserved call ended. `observation`: the rate-limit headers it was answered with; `retryAfterMs`: it was
   * answered 429 with this Retry-After (the token then waits that long in every operation, at most `maxWaitMs`);
   * `succeeded`: it was answered 2xx, which ends a hold a 429 began.
   */
  settle(key: string, observation?: RateLimitObservation, retryAfterMs?: number, succeeded = false): void {
    const now = this.now();
    const state = this.stateOf(key, now);
    state.inflight = Math.max(0, state.inflight - 1);
    if (succeeded && state.throttled) {
      state.throttled = false;
      state.resetAt = 0;
      state.nextSlotAt = 0;
    }
    if (observation) {
      // The header counts this call; the calls still in flight are not counted in it yet (or not known to be).
      state.allowed = observation.allowed;
      state.remaining = observation.allowed - observation.count - state.inflight;
      state.resetAt = now + Math.min(observation.resetSeconds * 1000, this.maxWaitMs);
      if (state.nextSlotAt > state.resetAt) state.nextSlotAt = state.resetAt;
    }
    if (retryAfterMs !== undefined) {
      state.remaining = 0;
      state.throttled = true;
      state.resetAt = Math.max(state.resetAt, now + Math.min(retryAfterMs, this.maxWaitMs));
    }
  }

  /** What is known of a key (tests, debugging); undefined when nothing. */
  inspect(key: string): Readonly<KeyState> | undefined {
    const state = this.states.get(key);
    return state ? { ...state } : undefined;
  }

  private stateOf(key: string, now: number): KeyState {
    let state = this.states.get(key);
    if (!state) {
      if (this.states.size >= this.maxKeys) this.evict(now);
      state = { allowed: 0, remaining: 0, resetAt: 0, nextSlotAt: 0, inflight: 0, throttled: false };
      this.states.set(key, state);
    }
    return state;
  }

  /** Drops idle keys whose window has reset; if none, the oldest idle key. */
  private evict(now: number): void {
    let oldestIdle: string | undefined;
    for (const [key, state] of this.states) {
      if (state.inflight > 0) continue;
      oldestIdle ??= key;
      if (now >= state.resetAt) this.states.delete(key);
    }
    if (this.states.size >= this.maxKeys && oldestIdle !== undefined) this.states.delete(oldestIdle);
  }
}
