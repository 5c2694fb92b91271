/**
 * The per-token upstream budget shared by every replica through Redis (REDIS_URL), with a local fallback.
 *
 * Genesys Cloud counts a token's calls over a sliding minute (docs/upstream-api.md#rate-limits), whichever replica sends
 * them. So the budget is a sliding-window log in Redis, one sorted set per token (keyed by a hash of the
 * Authorization value, never the token): a call reserves the earliest instant at which fewer than `allowed`
 * calls of the token fall in the window, and waits until then — or, when that is past its deadline, reserves
 * nothing and is refused (RATE_LIMITED) at once. The window is the upstream's plus a margin (the upstream counts
 * a call when it arrives, a little after we do).
 *
 * It follows what the upstream says:
 * - `inin-ratelimit-allowed` replaces the configured budget (UPSTREAM_RATE_LIMIT_PER_MINUTE) for that token;
 * - a response saying none are left (`count >= allowed`) holds the token until `inin-ratelimit-reset`;
 * - a `count` above what the log holds (another client of the same token, or Redis lost its keys) is added to
 *   the log, so the replicas catch up with the upstream's own count;
 * - a 429 holds the token for its Retry-After (the backoff state, shared), and the first success after it clears
 *   the hold. Every hold is capped at UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS (issue 12's ceilings).
 *
 * Why a Lua script and not a library: the limiters for Redis (rate-limiter-flexible, …) count fixed windows of a
 * fixed number of points; against a sliding upstream window a fixed one lets up to twice the budget through
 * around its boundary, and none takes its limit and holds from response headers per key. The script is one
 * atomic round trip per call and uses Redis's clock, so replicas whose clocks differ still agree.
 *
 * Redis down or slow (each call bounded by REDIS_TIMEOUT_MS): this replica falls back to the same algorithm in
 * memory at 1/N of the budget (N = CLUSTER_REPLICAS), counting the calls it sent while Redis decided too, so N
 * replicas together still stay within it (with a load balancer sharing calls evenly), and returns
 * to Redis by itself when the store recovers (src/shared/redis.ts logs both transitions once).
 */
import { randomUUID } from 'node:crypto';
import { RedisScript, type SharedStore } from '../shared/redis.js';
import type { RateLimitObservation, UpstreamRateLimiter } from './rate-limiter.js';

export interface SharedRateLimiterOptions {
  /** Calls per window of a token before the upstream has said its own limit (UPSTREAM_RATE_LIMIT_PER_MINUTE). */
  defaultAllowed: number;
  /** The upstream's window (60 s) plus a margin for the calls' transit (ms). */
  windowMs: number;
  /** Longest hold one answer can cause (UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS), ms. */
  maxWaitMs: number;
  /** N: replicas sharing the budget; each takes 1/N of it while Redis is away. */
  replicas: number;
  /** Tokens remembered locally at most (fallback). */
  maxKeys?: number;
  /** Every reservation, and where it was decided (metrics, tests). */
  onDecision?: (where: 'shared' | 'local') => void;
  /** Milliseconds on the local clock (fallback); tests pass their own. */
  now?: () => number;
}

const RESERVE = new RedisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
local allowed = tonumber(redis.call('HGET', KEYS[2], 'allowed') or ARGV[1])
local at = tonumber(redis.call('HGET', KEYS[2], 'hold') or '0')
if at < now then at = now end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n >= allowed then
  local e = redis.call('ZRANGE', KEYS[1], n - allowed, n - allowed, 'WITHSCORES')
  local free = tonumber(e[2]) + window
  if free > at then at = free end
end
local delay = at - now
if delay >= tonumber(ARGV[3]) then return {0, delay, n, allowed} end
redis.call('ZADD', KEYS[1], at, ARGV[4])
redis.call('PEXPIRE', KEYS[1], delay + window)
return {1, delay, n + 1, allowed}
`);

const SETTLE = new RedisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[6])
local ttl = tonumber(ARGV[7])
if ARGV[5] == '1' and redis.call('HGET', KEYS[2], 'throttled') == '1' then
  redis.call('HDEL', KEYS[2], 'hold', 'throttled')
end
local hold = tonumber(redis.call('HGET', KEYS[2], 'hold') or '0')
if ARGV[1] ~= '' then
  local allowed = tonumber(ARGV[1])
  local count = tonumber(ARGV[2])
  redis.call('HSET', KEYS[2], 'allowed', allowed)
  if count >= allowed and now + tonumber(ARGV[3]) > hold then hold = now + tonumber(ARGV[3]) end
  local n = redis.call('ZCOUNT', KEYS[1], now - window + 1, now)
  local missing = math.min(count, allowed) - n
  for i = 1, missing do redis.call('ZADD', KEYS[1], now, ARGV[8] .. ':' .. i) end
  if missing > 0 then redis.call('PEXPIRE', KEYS[1], window) end
end
if ARGV[4] ~= '' then
  if now + tonumber(ARGV[4]) > hold then hold = now + tonumber(ARGV[4]) end
  redis.call('HSET', KEYS[2], 'throttled', '1')
end
if hold > now then redis.call('HSET', KEYS[2], 'hold', hold) end
redis.call('PEXPIRE', KEYS[2], ttl)
return 1
`);

interface LocalState {
  /** Reserved instants, ascending. */
  log: number[];
  allowed?: number;
  hold: number;
  throttled: boolean;
  /** The cluster's count of the window when last heard (Redis's reply, or the upstream's header), and when. */
  known?: { count: number; at: number };
  /** Calls this replica let go on its own since `known`. */
  localSince: number;
}

/** The same algorithm in memory: this replica's share of the budget while Redis is away. */
export class LocalWindowLimiter {
  private readonly states = new Map<string, LocalState>();
  private readonly now: () => number;

  constructor(
    private readonly options: Pick<
      SharedRateLimiterOptions,
      'defaultAllowed' | 'windowMs' | 'maxWaitMs' | 'maxKeys'
    > & {
      /** This replica's share of any limit (1/N). */
      share: number;
      now?: () => number;
    },
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The delay of a call of `key`; when it is `maxDelayMs` or more nothing is reserved. */
  reserve(key: string, maxDelayMs: number): number {
    const now = this.now();
    const state = this.stateOf(key);
    const { windowMs } = this.options;
    const allowed = Math.max(1, Math.floor((state.allowed ?? this.options.defaultAllowed) * this.options.share));
    let drop = 0;
    while (drop < state.log.length && state.log[drop] <= now - windowMs) drop++;
    if (drop > 0) state.log.splice(0, drop);
    let at = Math.max(now, state.hold);
    const n = state.log.length;
    if (n >= allowed) at = Math.max(at, state.log[n - allowed] + windowMs);
    // What the cluster had spent when last heard bounds this replica too: a share is no licence to pass the
    // whole budget (a load balancer never spreads calls exactly evenly).
    const { known } = state;
    if (known && now - known.at < windowMs) {
      const whole = state.allowed ?? this.options.defaultAllowed;
      if (known.count + state.localSince >= whole) at = Math.max(at, known.at + windowMs);
    }
    const delay = at - now;
    if (delay >= maxDelayMs) return delay;
    state.log.push(at);
    state.localSince += 1;
    return delay;
  }

  /** The cluster's count of `key`'s window as Redis or the upstream just said it. */
  observe(key: string, count: number, allowed?: number): void {
    const state = this.stateOf(key);
    state.known = { count, at: this.now() };
    state.localSince = 0;
    if (allowed !== undefined) state.allowed = allowed;
  }

  /**
   * A call Redis admitted: this replica's share counts every call it sent, so a fallback in the middle of a
   * window starts from what this replica spent already instead of a fresh share.
   */
  record(key: string, delayMs: number): void {
    const state = this.stateOf(key);
    const at = this.now() + delayMs;
    // Kept ascending: a shared reservation may be earlier than a queued one.
    let i = state.log.length;
    while (i > 0 && state.log[i - 1] > at) i--;
    state.log.splice(i, 0, at);
    const cutoff = this.now() - this.options.windowMs;
    let drop = 0;
    while (drop < state.log.length && state.log[drop] <= cutoff) drop++;
    if (drop > 0) state.log.splice(0, drop);
  }

  settle(
    key: string,
    observation: RateLimitObservation | undefined,
    retryAfterMs: number | undefined,
    succeeded: boolean,
  ): void {
    const now = this.now();
    const state = this.stateOf(key);
    if (succeeded && state.throttled) {
      state.throttled = false;
      state.hold = 0;
    }
    if (observation) {
      state.allowed = observation.allowed;
      if (!state.known || observation.count > state.known.count) {
        state.known = { count: observation.count, at: now };
        state.localSince = 0;
      }
      if (observation.count >= observation.allowed)
        state.hold = Math.max(state.hold, now + Math.min(observation.resetSeconds * 1000, this.options.maxWaitMs));
    }
    if (retryAfterMs !== undefined) {
      state.hold = Math.max(state.hold, now + Math.min(retryAfterMs, this.options.maxWaitMs));
      state.throttled = true;
    }
  }

  private stateOf(key: string): LocalState {
    let state = this.states.get(key);
    if (!state) {
      if (this.states.size >= (this.options.maxKeys ?? 10_000)) this.evict();
      state = { log: [], hold: 0, throttled: false, localSince: 0 };
      this.states.set(key, state);
    }
    return state;
  }

  private evict(): void {
    const now = this.now();
    for (const [key, state] of this.states) {
      const last = state.log.at(-1) ?? 0;
      if (last <= now - this.options.windowMs && state.hold <= now) this.states.delete(key);
    }
    // Still full: the oldest entry goes (Map order is insertion order).
    if (this.states.size >= (this.options.maxKeys ?? 10_000)) {
      const first = this.states.keys().next();
      if (!first.done) this.states.delete(first.value);
    }
  }
}

export class SharedTokenRateLimiter implements UpstreamRateLimiter {
  readonly maxWaitMs: number;
  private readonly local: LocalWindowLimiter;

  constructor(
    private readonly store: SharedStore,
    private readonly options: SharedRateLimiterOptions,
  ) {
    if (!(options.replicas >= 1)) throw new RangeError(`replicas must be 1 or more (got ${options.replicas})`);
    this.maxWaitMs = options.maxWaitMs;
    this.local = new LocalWindowLimiter({ ...options, share: 1 / options.replicas });
  }

  async reserve(key: string, maxDelayMs: number): Promise<number> {
    if (this.store.state === 'connected') {
      try {
        const reply = await this.store.run(RESERVE, this.keys(key), [
          this.options.defaultAllowed,
          this.options.windowMs,
          // Redis takes integers: a deadline of 0.5 ms left is no room at all.
          Math.max(0, Math.floor(Math.min(maxDelayMs, Number.MAX_SAFE_INTEGER))),
          randomUUID(),
        ]);
        this.options.onDecision?.('shared');
        const delay = Array.isArray(reply) ? Number(reply[1]) : NaN;
        if (Array.isArray(reply) && Number.isFinite(delay)) {
          if (reply[0] === 1) this.local.record(key, delay);
          this.local.observe(key, Number(reply[2]), Number(reply[3]));
          return Math.max(0, delay);
        }
      } catch {
        // Degraded (logged by the store): this call is decided locally.
      }
    }
    this.options.onDecision?.('local');
    return this.local.reserve(key, maxDelayMs);
  }

  /** Reservations are not given back: a call refused after reserving spends its slot (the safe side). */
  cancel(): void {}

  settle(key: string, observation?: RateLimitObservation, retryAfterMs?: number, succeeded = false): void {
    // Kept locally too, so a fallback starts from what the upstream said last.
    this.local.settle(key, observation, retryAfterMs, succeeded);
    if (this.store.state !== 'connected') return;
    if (!observation && retryAfterMs === undefined && !succeeded) return;
    const cap = (ms: number): number => Math.max(0, Math.ceil(Math.min(ms, this.maxWaitMs)));
    this.store
      .run(SETTLE, this.keys(key), [
        observation ? observation.allowed : '',
        observation ? observation.count : '',
        observation ? cap(observation.resetSeconds * 1000) : '',
        retryAfterMs !== undefined ? cap(retryAfterMs) : '',
        succeeded ? '1' : '0',
        this.options.windowMs,
        this.options.windowMs + this.maxWaitMs,
        `p:${randomUUID()}`,
      ])
      .catch(() => {
        /* degraded: logged by the store; the local state has it */
      });
  }

  private keys(key: string): [string, string] {
    return [this.store.key('rl', key, 'log'), this.store.key('rl', key)];
  }
}
