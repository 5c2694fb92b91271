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
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`Semaphore limit must be a positive integer (got ${limit})`);
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

/**
 * One semaphore per key, made on first use and dropped when idle: the per-token cap on concurrent upstream calls
 * (UPSTREAM_CONCURRENCY_PER_TOKEN), process-wide and keyed by a hash of the token. It is what keeps one caller's
 * hanging calls from holding the shared keep-alive pool: past its cap, that caller's calls queue behind its own,
 * and every other caller's go on.
 */
export class KeyedSemaphore {
  private readonly semaphores = new Map<string, Semaphore>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`KeyedSemaphore limit must be a positive integer (got ${limit})`);
  }

  /** Keys with calls in flight or waiting. */
  get size(): number {
    return this.semaphores.size;
  }

  /** Slots taken now, over every key. */
  get activeTotal(): number {
    let n = 0;
    for (const semaphore of this.semaphores.values()) n += semaphore.active;
    return n;
  }

  /** Callers waiting for a slot now, over every key. */
  get waitingTotal(): number {
    let n = 0;
    for (const semaphore of this.semaphores.values()) n += semaphore.waiting;
    return n;
  }

  /** Slots of `key` taken now (0 when unknown). */
  active(key: string): number {
    return this.semaphores.get(key)?.active ?? 0;
  }

  /** Callers of `key` waiting for a slot. */
  waiting(key: string): number {
    return this.semaphores.get(key)?.waiting ?? 0;
  }

  /** As `Semaphore.acquire`, for one key; the key is forgotten once nothing holds or waits for it. */
  async acquire(key: string, maxWaitMs = Infinity): Promise<() => void> {
    let semaphore = this.semaphores.get(key);
    if (!semaphore) {
      semaphore = new Semaphore(this.limit);
      this.semaphores.set(key, semaphore);
    }
    const own = semaphore;
    const forgetIfIdle = (): void => {
      if (own.active === 0 && own.waiting === 0 && this.semaphores.get(key) === own) this.semaphores.delete(key);
    };
    let release: () => void;
    try {
      release = await own.acquire(maxWaitMs);
    } catch (err) {
      forgetIfIdle();
      throw err;
    }
    return () => {
      release();
      forgetIfIdle();
    };
  }
}
