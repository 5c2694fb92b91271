/**
 * Users by id, per request. Keys carry the expand set and the state, so a user fetched with a larger
 * expand set answers a smaller one, and one batch issues one bulk call per (state, expand set) group:
 * `GET /api/v2/users?id=…` with at most 100 ids and a matching pageSize, or `GET /api/v2/users/{userId}`
 * when a group has a single id. Every call of a batch starts at once (one round). Results come back in
 * key order, with a NOT_FOUND error for each id the upstream did not return. Users that arrive in any
 * listing are primed here, so resolving them again costs no call.
 */
import DataLoader from 'dataloader';
import type { GenesysClient } from '../genesys/client.js';
import { UpstreamError } from '../genesys/errors.js';
import type { User } from '../genesys/models.js';
import { toError } from './keyed.js';

export type UserLookupState = 'active' | 'deleted';

export interface UserKey {
  readonly id: string;
  /** Sorted, without duplicates. */
  readonly expand: readonly string[];
  readonly state: UserLookupState;
}

/** The most ids one bulk GET /api/v2/users carries (api-conventions.md §5). */
export const BULK_ID_LIMIT = 100;

function canonicalExpand(expand: readonly string[]): string[] {
  return [...new Set(expand)].sort();
}

function groupKey(key: Pick<UserKey, 'state' | 'expand'>): string {
  return `${key.state}|${key.expand.join(',')}`;
}

export function userCacheKey(key: UserKey): string {
  return `${groupKey(key)}|${key.id}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface KnownEntry {
  expand: ReadonlySet<string>;
  state: UserLookupState;
  value: Promise<User>;
}

/** The two client methods the loader needs (a narrow seam, so unit tests can record the batches). */
export type UserFetcher = Pick<GenesysClient, 'getUser' | 'callWithMeta'>;

export class UserLoader {
  private readonly loader: DataLoader<UserKey, User, string>;
  /** Every fetch or prime of a user, so a request can be served by any superset of its expand set. */
  private readonly known = new Map<string, KnownEntry[]>();

  constructor(private readonly client: UserFetcher) {
    this.loader = new DataLoader<UserKey, User, string>((keys) => this.batch(keys), { cacheKeyFn: userCacheKey });
  }

  load(id: string, expand: readonly string[] = [], state: UserLookupState = 'active'): Promise<User> {
    const wanted = canonicalExpand(expand);
    const hit = this.known.get(id)?.find((e) => e.state === state && wanted.every((x) => e.expand.has(x)));
    if (hit) return hit.value;
    const value = this.loader.load({ id, expand: wanted, state });
    this.remember(id, wanted, state, value);
    return value;
  }

  /** Seeds the cache with a user that arrived in a listing, under the expand set it was fetched with. */
  prime(user: User, expand: readonly string[] = [], state?: UserLookupState): void {
    if (!user.id) return;
    const lookupState = state ?? (user.state === 'deleted' ? 'deleted' : 'active');
    const wanted = canonicalExpand(expand);
    const key = { id: user.id, expand: wanted, state: lookupState };
    this.loader.clear(key).prime(key, user);
    this.remember(user.id, wanted, lookupState, Promise.resolve(user));
  }

  primeMany(users: readonly User[] | undefined, expand: readonly string[] = []): void {
    for (const user of users ?? []) this.prime(user, expand);
  }

  /** Forgets everything cached about one user (after a write to it). */
  clear(id: string): void {
    for (const entry of this.known.get(id) ?? []) {
      this.loader.clear({ id, expand: [...entry.expand], state: entry.state });
    }
    this.known.delete(id);
  }

  private remember(id: string, expand: readonly string[], state: UserLookupState, value: Promise<User>): void {
    const entries = this.known.get(id) ?? [];
    entries.push({ expand: new Set(expand), state, value });
    this.known.set(id, entries);
    // A failed load must not answer later requests from this list; DataLoader keeps the error cached
    // for the same key within the request, which is what we want for identical keys.
    value.catch(() => undefined);
  }

  private async batch(keys: readonly UserKey[]): Promise<Array<User | Error>> {
    const groups = new Map<string, { state: UserLookupState; expand: readonly string[]; ids: string[] }>();
    for (const key of keys) {
      const gk = groupKey(key);
      let group = groups.get(gk);
      if (!group) groups.set(gk, (group = { state: key.state, expand: key.expand, ids: [] }));
      if (!group.ids.includes(key.id)) group.ids.push(key.id);
    }
    const results = new Map<string, User | Error>();
    const calls: Promise<void>[] = [];
    for (const group of groups.values()) {
      for (const ids of chunk(group.ids, BULK_ID_LIMIT)) {
        calls.push(this.fetchChunk(group.state, group.expand, ids, results));
      }
    }
    await Promise.all(calls);
    return keys.map(
      (key) => results.get(userCacheKey(key)) ?? new Error(`internal: user ${key.id} was not resolved`),
    );
  }

  private async fetchChunk(
    state: UserLookupState,
    expand: readonly string[],
    ids: readonly string[],
    results: Map<string, User | Error>,
  ): Promise<void> {
    const keyOf = (id: string) => userCacheKey({ id, expand, state });
    const expandParam = expand.length ? expand : undefined;
    const stateParam = state === 'deleted' ? 'deleted' : undefined;
    try {
      if (ids.length === 1) {
        const id = ids[0];
        results.set(keyOf(id), await this.client.getUser(id, { expand: expandParam, state: stateParam }));
        return;
      }
      const { body, correlationId } = await this.client.callWithMeta<{ entities?: User[] }>('getUsers', {}, {
        id: ids,
        pageSize: ids.length,
        expand: expandParam,
        state: stateParam,
      });
      const byId = new Map((body?.entities ?? []).map((u) => [u.id, u]));
      for (const id of ids) {
        const user = byId.get(id);
        results.set(
          keyOf(id),
          user ?? UpstreamError.notFound('GET', '/api/v2/users', 'User', id, correlationId),
        );
      }
    } catch (err) {
      for (const id of ids) results.set(keyOf(id), toError(err));
    }
  }
}
