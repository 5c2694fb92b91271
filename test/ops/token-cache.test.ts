/**
 * The client-credentials token cache on its own, with a scripted token endpoint and a hand-driven clock:
 * single flight, refresh a margin before expiry (in the background), invalidation on a 401, no caching of
 * a failure.
 */
import { ClientCredentialsTokenCache } from '../../src/auth/token-cache.js';
import type { AccessToken } from '../../src/genesys/oauth.js';

function setup(options: { expiresIn?: number; marginMs?: number } = {}) {
  let clock = 0;
  let issued = 0;
  const pending: Array<{ resolve: (t: AccessToken) => void; reject: (e: Error) => void }> = [];
  const refreshErrors: unknown[] = [];
  const cache = new ClientCredentialsTokenCache({
    fetch: () =>
      new Promise<AccessToken>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    refreshMarginMs: options.marginMs ?? 60_000,
    onRefreshError: (err) => refreshErrors.push(err),
    now: () => clock,
  });
  return {
    cache,
    refreshErrors,
    fetches: () => issued + pending.length,
    /** Answers the oldest waiting token request. */
    issue(expiresInSeconds = options.expiresIn ?? 3600) {
      const next = pending.shift();
      if (!next) throw new Error('no token request is waiting');
      issued += 1;
      next.resolve({ accessToken: `token-${issued}`, expiresInSeconds });
    },
    fail() {
      const next = pending.shift();
      if (!next) throw new Error('no token request is waiting');
      issued += 1;
      next.reject(new Error('login host down'));
    },
    advance(ms: number) {
      clock += ms;
    },
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A cache that holds its first token (`Bearer token-1`). */
async function withFirstToken(options: { expiresIn?: number; marginMs?: number } = {}) {
  const t = setup(options);
  const first = t.cache.authorization();
  await flush();
  t.issue();
  expect(await first).toBe('Bearer token-1');
  return t;
}

it('fetches once for any number of concurrent callers', async () => {
  const t = setup();
  const waiting = Array.from({ length: 100 }, () => t.cache.authorization());
  await flush();
  expect(t.fetches()).toBe(1);
  t.issue();
  expect(new Set(await Promise.all(waiting))).toEqual(new Set(['Bearer token-1']));
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  expect(t.fetches()).toBe(1);
});

it('refreshes in the background a margin before expiry, serving the current token meanwhile', async () => {
  const t = await withFirstToken({ expiresIn: 3600, marginMs: 60_000 });
  t.advance(3_539_000); // 1 s before the refresh point
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  expect(t.fetches()).toBe(1);
  t.advance(2_000); // inside the margin, token still valid
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  await flush();
  expect(t.fetches()).toBe(2); // one refresh, however many callers saw the margin
  t.issue();
  await flush();
  expect(await t.cache.authorization()).toBe('Bearer token-2');
});

it('caps the margin at half the lifetime, so a short-lived token is not refetched on every call', async () => {
  const t = await withFirstToken({ expiresIn: 2, marginMs: 60_000 });
  t.advance(900);
  await t.cache.authorization();
  await flush();
  expect(t.fetches()).toBe(1);
  t.advance(200);
  await t.cache.authorization();
  await flush();
  expect(t.fetches()).toBe(2);
});

it('waits for a new token once the current one has expired', async () => {
  const t = await withFirstToken({ expiresIn: 10, marginMs: 0 });
  t.advance(10_000);
  const second = t.cache.authorization();
  await flush();
  expect(t.fetches()).toBe(2);
  t.issue();
  expect(await second).toBe('Bearer token-2');
});

it('drops the token the upstream rejected, and only that one', async () => {
  const t = await withFirstToken();
  t.cache.rejected('Bearer some-older-token');
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  t.cache.rejected('Bearer token-1');
  expect(t.cache.hasValidToken()).toBe(false);
  const next = t.cache.authorization();
  await flush();
  t.issue();
  expect(await next).toBe('Bearer token-2');
});

it('does not cache a failure: every waiter gets it, the next caller tries again', async () => {
  const t = setup();
  const waiting = [t.cache.authorization(), t.cache.authorization()];
  await flush();
  t.fail();
  for (const w of waiting) await expect(w).rejects.toThrow('login host down');
  const retry = t.cache.authorization();
  await flush();
  expect(t.fetches()).toBe(2);
  t.issue();
  expect(await retry).toBe('Bearer token-2');
});

it('a failed background refresh is reported and the current token stays in use until it expires', async () => {
  const t = await withFirstToken({ expiresIn: 100, marginMs: 50_000 });
  t.advance(60_000);
  expect(await t.cache.authorization()).toBe('Bearer token-1');
  await flush();
  t.fail();
  await flush();
  expect(t.refreshErrors).toHaveLength(1);
  expect(await t.cache.authorization()).toBe('Bearer token-1');
});
