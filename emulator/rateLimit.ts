/** A per-token sliding 60-second window (docs/upstream-api.md#rate-limits). */

const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  /** Requests counted in the current window (including this one when allowed). */
  count: number;
  limit: number;
  /** Seconds until the oldest counted request leaves the window. */
  reset: number;
}

export class RateLimiter {
  private windows = new Map<string, number[]>();

  check(key: string, limit: number, now = Date.now()): RateDecision {
    let w = this.windows.get(key);
    if (!w) {
      w = [];
      this.windows.set(key, w);
    }
    let drop = 0;
    while (drop < w.length && w[drop] <= now - WINDOW_MS) drop++;
    if (drop > 0) w.splice(0, drop);
    const allowed = w.length < limit;
    if (allowed) w.push(now);
    const oldest = w.length > 0 ? w[0] : now;
    const reset = Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    return { allowed, count: w.length, limit, reset };
  }

  reset(): void {
    this.windows.clear();
  }
}
