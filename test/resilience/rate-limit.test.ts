/**
 * The per-token limiter through the gateway: the emulator sends `inin-ratelimit-*` (10 calls a minute per token);
 * the gateway slows a token down within its headroom and, once the next free slot is past the operation's
 * deadline, answers RATE_LIMITED itself instead of sending a call that would get a 429. Other tokens go on.
 */
import { startHarness, type Harness } from '../helpers/harness.js';
import { executeTyped, graphql } from '../helpers/operations.js';

const ME = graphql(`
  query RateLimitedMe {
    me {
      id
    }
  }
`);

describe('a token near its upstream rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      emulator: { users: 30, rateLimitPerMinute: 10 },
      env: { UPSTREAM_RATE_LIMIT_HEADROOM_PERCENT: '20', UPSTREAM_DEADLINE_MS: '1500' },
    });
  });
  afterAll(() => h?.close());

  it('is held back by the gateway before the upstream answers 429; another token is not', async () => {
    const me = (token: string) => executeTyped(h, ME, undefined, { token });
    // 8 calls leave 2 of 10 (20 %): the 9th goes at once, the 10th would wait half a minute.
    for (let i = 0; i < 9; i++) expect((await me('busy-token')).errors).toBeUndefined();
    const held = await me('busy-token');
    expect(held.data).toEqual({ me: null });
    expect(held.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      upstream: { status: 429, code: 'gateway.rate.limited', attempts: 0, retryAfterSeconds: expect.any(Number) },
    });
    expect(h.emulator.requests.log().filter((c) => c.status === 429)).toEqual([]);
    expect(h.emulator.requests.total()).toBe(9);
    expect((await me('quiet-token')).errors).toBeUndefined();
  });
});
