/**
 * One subscription's events: an async iterator fed by the identity session. The queue keeps only the latest
 * event per (kind, user): a slow client gets the newest value of each user, never an unbounded backlog, and
 * never a stale value (a value replaced in the queue was about to be overwritten anyway).
 */
import type { GraphQLError } from 'graphql';
import type { LiveEvent } from './events.js';

export interface LiveListener {
  push(event: LiveEvent): void;
  /** The upstream link is gone for good (credentials refused): end with this error. */
  fail(error: GraphQLError): void;
}

export class LiveStream implements AsyncIterableIterator<LiveEvent>, LiveListener {
  private readonly pending = new Map<string, LiveEvent>();
  private waiter?: () => void;
  private error?: GraphQLError;
  private done = false;
  private unfollow?: () => void;

  /** Called once the stream is registered with the session; `return()` calls it. */
  attach(unfollow: () => void): void {
    this.unfollow = unfollow;
  }

  push(event: LiveEvent): void {
    if (this.done) return;
    const key = `${event.kind}:${event.userId}`;
    this.pending.delete(key);
    this.pending.set(key, event);
    this.wake();
  }

  fail(error: GraphQLError): void {
    this.error = error;
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  /** Every event queued (at least one), or undefined once the stream has ended. */
  async nextBatch(): Promise<LiveEvent[] | undefined> {
    while (!this.done && this.pending.size === 0 && !this.error) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.error) {
      const error = this.error;
      this.end();
      throw error;
    }
    if (this.done) return undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    return batch;
  }

  async next(): Promise<IteratorResult<LiveEvent>> {
    while (!this.done && this.pending.size === 0 && !this.error) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.error) {
      const error = this.error;
      this.end();
      throw error;
    }
    if (this.done) return { done: true, value: undefined };
    const [key, event] = this.pending.entries().next().value as [string, LiveEvent];
    this.pending.delete(key);
    return { done: false, value: event };
  }

  private end(): void {
    if (this.done) return;
    this.done = true;
    this.pending.clear();
    this.unfollow?.();
    this.wake();
  }

  async return(): Promise<IteratorResult<LiveEvent>> {
    this.end();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<LiveEvent>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
