import { UpstreamError } from '../../src/genesys/errors.js';
import type { User } from '../../src/genesys/models.js';
import type { QueryParams } from '../../src/genesys/client.js';
import { planFetches, UserLoader, type UserFetcher, type UserKey } from '../../src/loaders/users.js';

interface RecordedCall {
  route: 'single' | 'bulk';
  ids: string[];
  expand?: readonly string[];
  state?: string;
  pageSize?: number;
}

/** A fake upstream that knows users u0…u(n-1), answers bulk calls in reverse order, and records calls. */
function fakeUpstream(known: number) {
  const calls: RecordedCall[] = [];
  const user = (id: string): User => ({ id, name: `name-${id}` });
  const exists = (id: string) => /^u\d+$/.test(id) && Number(id.slice(1)) < known;
  const fetcher: UserFetcher = {
    async getUser(id, q = {}) {
      calls.push({ route: 'single', ids: [id], expand: q.expand, state: q.state });
      if (!exists(id))
        throw new UpstreamError('not found', 404, 'not.found', 'GET', '/api/v2/users/{userId}', 'corr-1');
      return user(id);
    },
    async callWithMeta<T>(op: string, _path?: Record<string, string>, query?: QueryParams) {
      if (op !== 'getUsers') throw new Error(`unexpected operation ${op}`);
      const q = query ?? {};
      const ids = [...((q.id as readonly string[] | undefined) ?? [])];
      calls.push({
        route: 'bulk',
        ids,
        expand: q.expand as readonly string[] | undefined,
        state: q.state as string | undefined,
        pageSize: q.pageSize as number,
      });
      const entities = ids.filter(exists).reverse().map(user);
      return { body: { entities } as T, correlationId: 'corr-bulk' };
    },
  };
  return { fetcher, calls };
}

describe('UserLoader', () => {
  it('returns users in key order although the upstream answers in another order', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const users = await Promise.all(['u3', 'u1', 'u2'].map((id) => loader.load(id)));
    expect(users.map((u) => u.id)).toEqual(['u3', 'u1', 'u2']);
    expect(calls).toEqual([
      { route: 'bulk', ids: ['u3', 'u1', 'u2'], expand: undefined, state: undefined, pageSize: 3 },
    ]);
  });

  it('uses GET /api/v2/users/{userId} for a batch of one id', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    await expect(loader.load('u4')).resolves.toMatchObject({ id: 'u4' });
    expect(calls).toEqual([{ route: 'single', ids: ['u4'], expand: undefined, state: undefined }]);
  });

  it('chunks at 100 ids per bulk call with a matching pageSize, all in one round', async () => {
    const { fetcher, calls } = fakeUpstream(1000);
    const loader = new UserLoader(fetcher);
    const ids = Array.from({ length: 250 }, (_, i) => `u${i}`);
    const users = await Promise.all(ids.map((id) => loader.load(id)));
    expect(users.map((u) => u.id)).toEqual(ids);
    expect(calls.map((c) => [c.route, c.ids.length, c.pageSize])).toEqual([
      ['bulk', 100, 100],
      ['bulk', 100, 100],
      ['bulk', 50, 50],
    ]);
    expect(calls.flatMap((c) => c.ids)).toEqual(ids);
  });

  it('gives an Error with NOT_FOUND details for each missing id and values for the rest', async () => {
    const { fetcher } = fakeUpstream(5);
    const loader = new UserLoader(fetcher);
    const results = await Promise.allSettled(['u1', 'nope', 'u2', 'u99'].map((id) => loader.load(id)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    const missing = (results[1] as PromiseRejectedResult).reason as UpstreamError;
    expect(missing).toBeInstanceOf(UpstreamError);
    expect(missing).toMatchObject({ status: 404, code: 'not.found', correlationId: 'corr-bulk' });
  });

  it('dedupes ids, fetches each id once with the union of its expand sets, and shares one call when that is fewer', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const users = await Promise.all([
      loader.load('u1'),
      loader.load('u1'),
      loader.load('u2'),
      loader.load('u1', ['presence', 'station']),
      loader.load('u3', ['station', 'presence']),
      loader.load('u4', [], 'deleted'),
    ]);
    expect(users.map((u) => u.id)).toEqual(['u1', 'u1', 'u2', 'u1', 'u3', 'u4']);
    // u1 once (with presence and station); u2 rides along with them: one call instead of two.
    expect(calls).toEqual([
      { route: 'bulk', ids: ['u1', 'u3', 'u2'], expand: ['presence', 'station'], state: undefined, pageSize: 3 },
      { route: 'single', ids: ['u4'], expand: undefined, state: 'deleted' },
    ]);
  });

  it('records the expand set each user came with', async () => {
    const { fetcher } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const [a, b] = await Promise.all([loader.load('u1', ['presence']), loader.load('u1', ['station'])]);
    expect(a).toBe(b);
    expect([...loader.expandsOf(a)!].sort()).toEqual(['presence', 'station']);
    const primed: User = { id: 'u7' };
    loader.prime(primed, ['routingStatus']);
    expect([...loader.expandsOf(primed)!]).toEqual(['routingStatus']);
    expect(loader.expandsOf({ id: 'u8' })).toBeUndefined();
  });
  it('serves a smaller expand set from a user fetched with a larger one', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    await loader.load('u1', ['presence', 'station']);
    await loader.load('u1', ['station']);
    await loader.load('u1');
    expect(calls).toHaveLength(1);
  });

  it('a failed fetch does not answer a smaller expand set, but stays cached for its own key until cleared', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    let failNext = true;
    const flaky: UserFetcher = {
      ...fetcher,
      getUser: async (id, q) => {
        if (!failNext) return fetcher.getUser(id, q);
        failNext = false;
        throw new UpstreamError('forbidden', 403, 'missing.permissions', 'GET', '/api/v2/users/{userId}');
      },
    };
    const loader = new UserLoader(flaky);
    await expect(loader.load('u1', ['authorization'])).rejects.toMatchObject({ status: 403 });
    await expect(loader.load('u1')).resolves.toMatchObject({ id: 'u1' });
    expect(calls).toEqual([{ route: 'single', ids: ['u1'], expand: undefined, state: undefined }]);
    await expect(loader.load('u1', ['authorization'])).rejects.toMatchObject({ status: 403 });
    loader.clear('u1');
    await expect(loader.load('u1', ['authorization'])).resolves.toMatchObject({ id: 'u1' });
    expect(calls).toHaveLength(2);
  });

  it('primed users cost no call, under the expand set they were primed with', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    loader.primeMany(
      [
        { id: 'u1', name: 'primed' },
        { id: 'u2', name: 'primed' },
      ],
      ['presence'],
    );
    await expect(loader.load('u1')).resolves.toMatchObject({ name: 'primed' });
    await expect(loader.load('u2', ['presence'])).resolves.toMatchObject({ name: 'primed' });
    expect(calls).toHaveLength(0);
    await loader.load('u2', ['station']);
    expect(calls).toEqual([{ route: 'single', ids: ['u2'], expand: ['station'], state: undefined }]);
  });

  it('a user cached as active never answers a deleted lookup, nor the other way round', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    await loader.load('u1');
    await loader.load('u1', [], 'deleted');
    await loader.load('u2', ['presence'], 'deleted');
    await loader.load('u2');
    expect(calls).toEqual([
      { route: 'single', ids: ['u1'], expand: undefined, state: undefined },
      { route: 'single', ids: ['u1'], expand: undefined, state: 'deleted' },
      { route: 'single', ids: ['u2'], expand: ['presence'], state: 'deleted' },
      { route: 'single', ids: ['u2'], expand: undefined, state: undefined },
    ]);
  });

  it('primeMany files each user under its own state: a deleted one answers deleted lookups only', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const gone: User = { id: 'u1', name: 'primed', state: 'deleted' };
    const here: User = { id: 'u2', name: 'primed', state: 'active' };
    loader.primeMany([gone, here, { name: 'no id' }]);
    await expect(loader.load('u1', [], 'deleted')).resolves.toBe(gone);
    await expect(loader.load('u2')).resolves.toBe(here);
    expect(calls).toEqual([]);
    await expect(loader.load('u1')).resolves.toMatchObject({ name: 'name-u1' });
    await expect(loader.load('u2', [], 'deleted')).resolves.toMatchObject({ name: 'name-u2' });
    expect(calls).toEqual([
      { route: 'single', ids: ['u1'], expand: undefined, state: undefined },
      { route: 'single', ids: ['u2'], expand: undefined, state: 'deleted' },
    ]);
  });

  it('prime() with an explicit state files the user under it, whatever the user says', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const user: User = { id: 'u3', state: 'active' };
    loader.prime(user, ['station'], 'deleted');
    await expect(loader.load('u3', ['station'], 'deleted')).resolves.toBe(user);
    expect(calls).toEqual([]);
    await loader.load('u3', ['station']);
    expect(calls).toEqual([{ route: 'single', ids: ['u3'], expand: ['station'], state: undefined }]);
  });

  it('a missing id of a bulk call is NOT_FOUND on GET /api/v2/users, with the call’s correlation id', async () => {
    const { fetcher } = fakeUpstream(5);
    const loader = new UserLoader(fetcher);
    const [, missing] = await Promise.allSettled([loader.load('u1'), loader.load('u77')]);
    expect((missing as PromiseRejectedResult).reason).toMatchObject({
      status: 404,
      code: 'not.found',
      method: 'GET',
      route: '/api/v2/users',
      correlationId: 'corr-bulk',
      message: 'User u77 was not found',
    });
  });

  it('a single read answered under another spelling of the id is still that user', async () => {
    const { fetcher } = fakeUpstream(10);
    const shouting: UserFetcher = {
      ...fetcher,
      getUser: async (id) => ({ id: id.toUpperCase(), name: `name-${id}` }),
    };
    const loader = new UserLoader(shouting);
    await expect(loader.load('u1')).resolves.toEqual({ id: 'U1', name: 'name-u1' });
  });

  it('a failed bulk call fails every id of it, each with the upstream error', async () => {
    const failing: UserFetcher = {
      getUser: async () => ({}),
      callWithMeta: async () => {
        throw new UpstreamError('unavailable', 503, 'service.unavailable', 'GET', '/api/v2/users');
      },
    };
    const loader = new UserLoader(failing);
    const results = await Promise.allSettled([loader.load('u1'), loader.load('u2')]);
    expect(results.map((r) => ((r as PromiseRejectedResult).reason as UpstreamError).status)).toEqual([503, 503]);
  });

  it('exactly 100 ids are one bulk call, 200 are two', async () => {
    const { fetcher, calls } = fakeUpstream(1000);
    const loader = new UserLoader(fetcher);
    await Promise.all(Array.from({ length: 100 }, (_, i) => loader.load(`u${i}`)));
    expect(calls.map((c) => c.ids.length)).toEqual([100]);
    await Promise.all(Array.from({ length: 200 }, (_, i) => loader.load(`u${i + 100}`)));
    expect(calls.map((c) => c.ids.length)).toEqual([100, 100, 100]);
  });

  it('primes under the empty expand set by default; a user without an id is not primed', () => {
    const { fetcher } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const one: User = { id: 'u1' };
    const many: User = { id: 'u2' };
    const anonymous: User = { name: 'no id' };
    loader.prime(one);
    loader.primeMany([many, anonymous]);
    loader.primeMany(undefined);
    expect([...loader.expandsOf(one)!]).toEqual([]);
    expect([...loader.expandsOf(many)!]).toEqual([]);
    expect(loader.expandsOf(anonymous)).toBeUndefined();
  });

  it('users fetched with the same expand set in different batches share one provenance set', async () => {
    const { fetcher } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const a = await loader.load('u1', ['presence']);
    const b = await loader.load('u2', ['presence']);
    expect(loader.expandsOf(a)).toBe(loader.expandsOf(b));
  });

  it('remembers the expand values the upstream refused for a user object', () => {
    const { fetcher } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    const user: User = { id: 'u1' };
    const refusal = new Error('expand refused');
    expect(loader.rejectionOf(user, ['presence'])).toBeUndefined();
    loader.markRejected(user, new Map([['presence', refusal]]));
    expect(loader.rejectionOf(user, ['station', 'presence'])).toBe(refusal);
    expect(loader.rejectionOf(user, ['station'])).toBeUndefined();
  });

  it('a bulk answer without a body is NOT_FOUND for each id, on GET /api/v2/users', async () => {
    const empty: UserFetcher = {
      getUser: async () => ({}),
      callWithMeta: async () => ({ body: undefined, correlationId: 'corr-empty' }),
    } as unknown as UserFetcher;
    const loader = new UserLoader(empty);
    const [a, b] = await Promise.allSettled([loader.load('u1'), loader.load('u2')]);
    expect((a as PromiseRejectedResult).reason).toMatchObject({ status: 404, route: '/api/v2/users' });
    expect((b as PromiseRejectedResult).reason).toMatchObject({ status: 404, route: '/api/v2/users' });
  });

  it('clear() of a user never loaded is harmless', () => {
    const { fetcher } = fakeUpstream(10);
    expect(() => new UserLoader(fetcher).clear('u9')).not.toThrow();
  });

  it('clear() forgets a user so the next load fetches it again', async () => {
    const { fetcher, calls } = fakeUpstream(10);
    const loader = new UserLoader(fetcher);
    await loader.load('u1');
    loader.clear('u1');
    await loader.load('u1');
    expect(calls).toHaveLength(2);
  });
});

describe('planFetches', () => {
  const keys = (n: number, expand: string[], from = 0): UserKey[] =>
    Array.from({ length: n }, (_, i) => ({ id: `u${from + i}`, expand, state: 'active' as const }));

  it('keeps expand sets apart when sharing the union would not save a call', () => {
    const plan = planFetches([...keys(100, []), ...keys(100, ['presence'], 100)]);
    expect(plan.map((g) => [g.expand, g.ids.length])).toEqual([
      [[], 100],
      [['presence'], 100],
    ]);
  });

  it('shares the union of the expand sets when that is fewer calls', () => {
    const plan = planFetches([...keys(60, ['station']), ...keys(30, ['presence'], 60), ...keys(5, [], 90)]);
    expect(plan).toEqual([{ state: 'active', expand: ['presence', 'station'], ids: keys(95, []).map((k) => k.id) }]);
  });

  it('never mixes states', () => {
    const plan = planFetches([
      { id: 'a', expand: [], state: 'active' },
      { id: 'b', expand: [], state: 'deleted' },
    ]);
    expect(plan.map((g) => [g.state, g.ids])).toEqual([
      ['active', ['a']],
      ['deleted', ['b']],
    ]);
  });
});
