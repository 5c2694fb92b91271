/** The per-operation semaphore and the per-token rate limiter, on their own (fake clock for the limiter). */
import { Semaphore, SemaphoreTimeout } from '../../src/resilience/semaphore.js';
import { readRateLimitHeaders, TokenRateLimiter } from '../../src/resilience/rate-limiter.js';

describe('Semaphore', () => {
  it('grants up to its limit at once, then in arrival order as slots are released', async () => {
    const slots = new Semaphore(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    expect([slots.active, slots.waiting]).toEqual([2, 2]);
    b();
    b(); // a second release of the same slot is a no-op
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect([slots.active, slots.waiting]).toEqual([2, 1]);
    a();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    releaseD();
    expect([slots.active, slots.waiting]).toEqual([0, 0]);
  });

  it('gives up waiting after maxWaitMs, and the queue forgets the waiter', async () => {
    const slots = new Semaphore(1);
    const held = await slots.acquire();
    await expect(slots.acquire(20)).rejects.toBeInstanceOf(SemaphoreTimeout);
    await expect(slots.acquire(0)).rejects.toBeInstanceOf(SemaphoreTimeout);
    expect(slots.waiting).toBe(0);
    held();
    expect(slots.active).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});

describe('readRateLimitHeaders', () => {
  it('reads the three inin-ratelimit headers', () => {
    expect(
      readRateLimitHeaders({
        'inin-ratelimit-count': '12',
        'inin-ratelimit-allowed': '180',
        'inin-ratelimit-reset': '61',
      }),
    ).toEqual({
      count: 12,
      allowed: 180,
      resetSeconds: 61,
    });
  });
  it('ignores a response without them, or with garbage', () => {
    expect(readRateLimitHeaders({})).toBeUndefined();
    expect(
      readRateLimitHeaders({
        'inin-ratelimit-count': '1',
        'inin-ratelimit-allowed': 'many',
        'inin-ratelimit-reset': '5',
      }),
    ).toBeUndefined();
  });
});

describe('TokenRateLimiter', () => {
  let now = 0;
  const clock = () => now;
  const seen = (count: number, allowed = 100, resetSeconds = 60) => ({ count, allowed, resetSeconds });
  beforeEach(() => {
    now = 1_000;
  });

  it('keys tokens by a hash, never the token itself', () => {
    const key = TokenRateLimiter.keyOf('Bearer secret-token-1');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain('secret');
    expect(TokenRateLimiter.keyOf('Bearer secret-token-1')).toBe(key);
    expect(TokenRateLimiter.keyOf('Bearer secret-token-2')).not.toBe(key);
  });

  it('lets calls go at once while nothing is known, and while more than the headroom is left', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    expect(limiter.reserve('k')).toBe(0);
    limiter.settle('k', seen(50));
    for (let i = 0; i < 39; i++) {
      expect(limiter.reserve('k')).toBe(0);
      limiter.settle('k', seen(51 + i));
    }
    expect(limiter.inspect('k')).toMatchObject({ remaining: 11, inflight: 0 });
  });

  it('within the headroom, spreads the calls left evenly until the reset', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    limiter.reserve('k');
    limiter.settle('k', seen(95, 100, 60)); // 5 left, reset in 60 s
    const delays = Array.from({ length: 5 }, () => limiter.reserve('k'));
    expect(delays).toEqual([0, 12_000, 24_000, 36_000, 48_000]);
    // None left: the next call waits for the reset.
    expect(limiter.reserve('k')).toBe(60_000);
  });

  it('counts calls in flight against what the last header said', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    limiter.reserve('k');
    limiter.settle('k', seen(80)); // 20 left
    for (let i = 0; i < 9; i++) expect(limiter.reserve('k')).toBe(0); // 9 in flight
    limiter.settle('k', seen(81)); // one answered early: 100 - 81 - 8 still in flight = 11 left
    expect(limiter.inspect('k')).toMatchObject({ remaining: 11, inflight: 8 });
    expect(limiter.reserve('k')).toBe(0); // 11 > 10 % of 100
    expect(limiter.reserve('k')).toBe(0); // the first spaced slot is now…
    expect(limiter.reserve('k')).toBe(60_000 / 10); // …the next one a tenth of the window later
  });

  it('after a 429 the token waits for the Retry-After, then goes again once the window reset', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    limiter.reserve('k');
    limiter.settle('k', undefined, 2_000);
    expect(limiter.reserve('k')).toBe(2_000);
    limiter.cancel('k');
    now += 2_000;
    expect(limiter.reserve('k')).toBe(0);
  });

  it('keeps each token apart', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, now: clock });
    limiter.reserve('a');
    limiter.settle('a', seen(100));
    expect(limiter.reserve('a')).toBe(60_000);
    expect(limiter.reserve('b')).toBe(0);
  });

  it('headroom 0 turns the spacing off', () => {
    const limiter = new TokenRateLimiter({ headroom: 0, now: clock });
    limiter.reserve('k');
    limiter.settle('k', seen(100));
    expect(limiter.reserve('k')).toBe(0);
  });

  it('remembers at most maxKeys tokens, dropping expired ones first', () => {
    const limiter = new TokenRateLimiter({ headroom: 0.1, maxKeys: 3, now: clock });
    for (const key of ['a', 'b', 'c']) {
      limiter.reserve(key);
      limiter.settle(key, seen(1, 100, key === 'b' ? 1 : 60));
    }
    now += 1_500; // b's window has reset
    limiter.reserve('d');
    expect(limiter.size).toBe(3);
    expect(limiter.inspect('b')).toBeUndefined();
    expect(limiter.inspect('a')).toBeDefined();
  });
});
