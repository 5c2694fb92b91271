/**
 * The runtime backstop behind the cost model: a per-operation counter of upstream calls. The context
 * makes one per request; the upstream client calls `take()` before every HTTP attempt (a retry is an
 * attempt), so no operation can exceed MAX_UPSTREAM_CALLS_PER_OPERATION whatever the estimate said.
 */
import { UpstreamCallBudgetExceeded } from './errors.js';

export class CallBudget {
  private used = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`CallBudget limit must be a non-negative integer (got ${limit})`);
  }

  /** Counts one upstream call, or throws `UpstreamCallBudgetExceeded` (code UPSTREAM_CALL_BUDGET_EXCEEDED) when none is left. */
  take(): void {
    if (this.used >= this.limit) throw new UpstreamCallBudgetExceeded(this.limit);
    this.used += 1;
  }

  /** The calls counted so far. */
  get taken(): number {
    return this.used;
  }

  get remaining(): number {
    return this.limit - this.used;
  }
}
