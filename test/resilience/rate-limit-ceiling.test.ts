/**
 * Rate-limit headers are hints with a ceiling (D3), and the per-caller cap (KeyedSemaphore), as pure logic on a
 * fake clock: no hold outlasts `maxWaitMs` whatever `inin-ratelimit-reset` or `Retry-After` says, and the first
 * success after a 429 ends the hold.
 */
import { TokenRateLimiter } from '../../src/resilience/rate-limiter.js';
import { KeyedSemaphore, SemaphoreTimeout } from '../../src/resilience/semaphore.js';

let now = 0;
const clock = () => now;
beforeEach(() => {
  now = 1_000_000;
});

describe('TokenRateLimiter ceilings', () => {
  it('a Retry-After of 999999 s holds the token for the ceiling, not 11.6 days', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, maxWaitMs: 60_000, now: clock });
    limiter.reserve('k');
    limiter.settle('k', undefined, 999_999_000);
    expect(limiter.reserve('k')).toBe(60_000);
    limiter.cancel('k');
    now += 60_000;
    expect(limiter.reserve('k')).toBe(0);
  });

  it('an inin-ratelimit-reset of 999999 s with nothing left holds the token for the ceiling', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, maxWaitMs: 5_000, now: clock });
    limiter.reserve('k');
    limiter.settle('k', { count: 300, allowed: 300, resetSeconds: 999_999 });
    expect(limiter.reserve('k')).toBe(5_000);
  });

  it('the default ceiling is a minute', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    expect(limiter.maxWaitMs).toBe(60_000);
    limiter.reserve('k');
    limiter.settle('k', undefined, 86_400_000);
    expect(limiter.reserve('k')).toBe(60_000);
  });

  it('the first success after a 429 clears the hold', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, maxWaitMs: 60_000, now: clock });
    limiter.reserve('k');
    limiter.reserve('k');
    // One call is answered 429 (Retry-After 30 s); the other, already in flight, comes back 200: the upstream recovered.
    limiter.settle('k', undefined, 30_000);
    expect(limiter.inspect('k')).toMatchObject({ throttled: true, remaining: 0 });
    limiter.settle('k', undefined, undefined, true);
    expect(limiter.inspect('k')).toMatchObject({ throttled: false, resetAt: 0 });
    expect(limiter.reserve('k')).toBe(0);
  });

  it('a success that reports its window keeps that window (only the 429 hold is cleared)', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, maxWaitMs: 60_000, now: clock });
    limiter.reserve('k');
    limiter.settle('k', undefined, 30_000);
    limiter.reserve('k');
    limiter.settle('k', { count: 10, allowed: 100, resetSeconds: 20 }, undefined, true);
    expect(limiter.inspect('k')).toMatchObject({ throttled: false, remaining: 90, resetAt: now + 20_000 });
    expect(limiter.reserve('k')).toBe(0);
  });
});

describe('KeyedSemaphore', () => {
  it('caps each key on its own, queues the rest of that key, and forgets idle keys', async () => {
    const slots = new KeyedSemaphore(2);
    const a1 = await slots.acquire('a');
    const a2 = await slots.acquire('a');
    let third = false;
    const a3 = slots.acquire('a').then((release) => {
      third = true;
      return release;
    });
    const b1 = await slots.acquire('b');
    expect([slots.active('a'), slots.waiting('a'), slots.active('b')]).toEqual([2, 1, 1]);
    await Promise.resolve();
    expect(third).toBe(false);
    a1();
    const release3 = await a3;
    expect(third).toBe(true);
    a2();
    release3();
    b1();
    expect(slots.size).toBe(0);
  });

  it('a wait past its limit fails with SemaphoreTimeout and leaves nothing behind', async () => {
    const slots = new KeyedSemaphore(1);
    const held = await slots.acquire('a');
    await expect(slots.acquire('a', 0)).rejects.toBeInstanceOf(SemaphoreTimeout);
    held();
    expect(slots.size).toBe(0);
  });
});
