import { UserScopedLoader, cacheKeyOf } from '../../src/loaders/keyed.js';
import { fetchAllPages } from '../../src/loaders/paging.js';

describe('UserScopedLoader', () => {
  it('makes one call per distinct (user, arguments) and caches it for the request', async () => {
    const calls: string[] = [];
    const loader = new UserScopedLoader(async (key: { userId: string; pageSize: number }) => {
      calls.push(cacheKeyOf(key));
      return `${key.userId}:${key.pageSize}`;
    });
    const values = await Promise.all([
      loader.load({ userId: 'a', pageSize: 25 }),
      loader.load({ pageSize: 25, userId: 'a' }),
      loader.load({ userId: 'a', pageSize: 100 }),
      loader.load({ userId: 'b', pageSize: 25 }),
    ]);
    expect(values).toEqual(['a:25', 'a:25', 'a:100', 'b:25']);
    expect(calls).toEqual(['a|[["pageSize",25]]', 'a|[["pageSize",100]]', 'b|[["pageSize",25]]']);
    await loader.load({ userId: 'a', pageSize: 25 });
    expect(calls).toHaveLength(3);
  });

  it('keeps a failure local to its key', async () => {
    const loader = new UserScopedLoader(async ({ userId }: { userId: string }) => {
      if (userId === 'bad') throw new Error('boom');
      return userId;
    });
    const results = await Promise.allSettled([loader.load({ userId: 'ok' }), loader.load({ userId: 'bad' })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('clearUser also drops a primed value', async () => {
    let calls = 0;
    const loader = new UserScopedLoader(async ({ userId }: { userId: string }) => {
      calls += 1;
      return `fetched ${userId}`;
    });
    loader.prime({ userId: 'a' }, 'primed');
    await expect(loader.load({ userId: 'a' })).resolves.toBe('primed');
    loader.clearUser('a');
    await expect(loader.load({ userId: 'a' })).resolves.toBe('fetched a');
    expect(calls).toBe(1);
  });

  it('clearUser drops every cached argument set of that user only', async () => {
    let calls = 0;
    const loader = new UserScopedLoader(async (key: { userId: string; n: number }) => {
      calls += 1;
      return key.n;
    });
    await Promise.all([
      loader.load({ userId: 'a', n: 1 }),
      loader.load({ userId: 'a', n: 2 }),
      loader.load({ userId: 'b', n: 1 }),
    ]);
    loader.clearUser('a');
    await Promise.all([
      loader.load({ userId: 'a', n: 1 }),
      loader.load({ userId: 'a', n: 2 }),
      loader.load({ userId: 'b', n: 1 }),
    ]);
    expect(calls).toBe(5);
  });
});

describe('fetchAllPages', () => {
  it('reads page 1, then all remaining pages at once, in page order', async () => {
    const requested: number[] = [];
    const all = Array.from({ length: 250 }, (_, i) => i);
    const items = await fetchAllPages(async (pageNumber, pageSize) => {
      requested.push(pageNumber);
      const entities = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return { entities, total: all.length, pageCount: Math.ceil(all.length / pageSize) };
    });
    expect(items).toEqual(all);
    expect(requested).toEqual([1, 2, 3]);
  });

  it('makes one call for a listing that fits one page, and copes with an empty one', async () => {
    let calls = 0;
    const items = await fetchAllPages(async () => {
      calls += 1;
      return { entities: [], total: 0, pageCount: 0 };
    });
    expect(items).toEqual([]);
    expect(calls).toBe(1);
  });
});
