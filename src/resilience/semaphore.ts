/**
 * A counting semaphore with a FIFO queue: the cap on concurrent upstream calls of one operation
 * (UPSTREAM_CONCURRENCY_PER_OPERATION). The client makes one per request, so one operation's wide fan-out
 * (250 `_entities`, a page of users each with five sub-resources) waits its turn instead of opening hundreds
 * of sockets at once, and never delays another operation.
 */

/** Raised when a slot did not come free within the wait allowed (the operation's deadline). */
export class SemaphoreTimeout extends Error {
  override readonly name = 'SemaphoreTimeout';
}

interface Waiter {
  grant: () => void;
  timer?: NodeJS.Timeout;
}

export class Semaphore {
  private inUse = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Semaphore limit must be a positive integer (got ${limit})`);
  }

  /** Slots taken now. */
  get active(): number {
    return this.inUse;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Resolves with a release function once a slot is free (call it exactly once; later calls do nothing), or
   * rejects with SemaphoreTimeout after `maxWaitMs`.
   */
  acquire(maxWaitMs = Infinity): Promise<() => void> {
    if (this.inUse < this.limit) {
      this.inUse += 1;
      return Promise.resolve(this.releaser());
    }
    if (maxWaitMs <= 0) return Promise.reject(new SemaphoreTimeout('no upstream call slot came free in time'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: () => resolve(this.releaser()) };
      if (Number.isFinite(maxWaitMs)) {
        waiter.timer = setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(new SemaphoreTimeout(`no upstream call slot came free within ${Math.round(maxWaitMs)} ms`));
        }, maxWaitMs);
      }
      this.queue.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) {
        // The slot passes straight to the next waiter: `inUse` stays the same.
        if (next.timer) clearTimeout(next.timer);
        next.grant();
      } else {
        this.inUse -= 1;
      }
    };
  }
}
