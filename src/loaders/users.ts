/**
 * Users by id, per request. Keys carry the expand set and the state. One batch makes one fetch per
 * (state, id), with the union of the expand sets asked for that id in the batch, and groups the ids by
 * expand set into bulk calls: `GET /api/v2/users?id=…` with at most 100 ids and a matching pageSize, or
 * `GET /api/v2/users/{userId}` for a group of one. When several expand sets of one state would cost more
 * calls than fetching all of them with the union of their expands, they share that union (fewer calls,
 * wider rows). Every call of a batch starts at once (one round). A user fetched or primed with a larger
 * expand set answers a smaller one; each user object remembers the expand set it came with, so a field
 * resolver can tell "not asked" from "asked, but left out by the upstream" (expand is best effort).
 * Results come back in key order, with a NOT_FOUND error for each id the upstream did not return. An
 * expand value the upstream refuses (400) costs only the fields it embeds (expand-fallback.ts): the user
 * remembers the refusal, and those fields answer from their own route or fail alone.
 */
import DataLoader from 'dataloader';
import type { GenesysClient } from '../genesys/client.js';
import { UpstreamError } from '../genesys/errors.js';
import type { User } from '../genesys/models.js';
import { markRefused, mergeUsersById, readWithExpands, refusalOf } from './expand-fallback.js';
import { canonicalExpand } from './expands.js';
import { toError } from './keyed.js';
import { lowerCaseIds } from '../validation/ids.js';

export type UserLookupState = 'active' | 'deleted';

export interface UserKey {
  readonly id: string;
  /** Sorted, without duplicates. */
  readonly expand: readonly string[];
  readonly state: UserLookupState;
}

/** The most ids one bulk GET /api/v2/users carries (docs/upstream-api.md#bulk-ids). */
export const BULK_ID_LIMIT = 100;

function groupKey(key: Pick<UserKey, 'state' | 'expand'>): string {
  return `${key.state}|${key.expand.join(',')}`;
}

function userCacheKey(key: UserKey): string {
  return `${groupKey(key)}|${key.id}`;
}

const fetchKey = (state: UserLookupState, id: string): string => `${state}|${id}`;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const callsFor = (ids: number): number => Math.ceil(ids / BULK_ID_LIMIT);

/** The upstream calls of one batch: ids sharing a state and an expand set, in first-asked order. */
export interface FetchGroup {
  state: UserLookupState;
  expand: readonly string[];
  ids: string[];
}

/**
 * Plans the calls of one batch: one fetch per (state, id) with the union of its expand sets; the ids of
 * a state grouped by expand set, unless one group with the union of every set is fewer calls.
 */
export function planFetches(keys: readonly UserKey[]): FetchGroup[] {
  const wants = new Map<string, { state: UserLookupState; id: string; expand: Set<string> }>();
  for (const key of keys) {
    const k = fetchKey(key.state, key.id);
    const want = wants.get(k);
    if (want) for (const e of key.expand) want.expand.add(e);
    else wants.set(k, { state: key.state, id: key.id, expand: new Set(key.expand) });
  }
  const byState = new Map<UserLookupState, Map<string, FetchGroup>>();
  for (const want of wants.values()) {
    const expand = canonicalExpand(want.expand);
    let groups = byState.get(want.state);
    if (!groups) byState.set(want.state, (groups = new Map<string, FetchGroup>()));
    const gk = groupKey({ state: want.state, expand });
    let group = groups.get(gk);
    if (!group) groups.set(gk, (group = { state: want.state, expand, ids: [] }));
    group.ids.push(want.id);
  }
  const plan: FetchGroup[] = [];
  for (const [state, groups] of byState) {
    const list = [...groups.values()];
    const ids = list.flatMap((g) => g.ids);
    const separate = list.reduce((n, g) => n + callsFor(g.ids.length), 0);
    if (list.length > 1 && callsFor(ids.length) < separate) {
      plan.push({ state, expand: canonicalExpand(list.flatMap((g) => g.expand)), ids });
    } else {
      plan.push(...list);
    }
  }
  return plan;
}

interface KnownEntry {
  expand: ReadonlySet<string>;
  state: UserLookupState;
  value: Promise<User>;
  /** The load failed: it no longer answers other expand sets (kept so `clear` still drops its DataLoader key). */
  failed?: boolean;
}

/** The two client methods the loader needs (a narrow seam, so unit tests can record the batches). */
export type UserFetcher = Pick<GenesysClient, 'getUser' | 'callWithMeta'>;

export class UserLoader {
  private readonly loader: DataLoader<UserKey, User, string>;
  /** Every fetch or prime of a user, so a request can be served by any superset of its expand set. */
  private readonly known = new Map<string, KnownEntry[]>();
  /** The expand set each user object arrived with (fetched or primed). */
  private readonly provenance = new WeakMap<object, ReadonlySet<string>>();

  constructor(private readonly client: UserFetcher) {
    this.loader = new DataLoader<UserKey, User, string>((keys) => this.batch(keys), { cacheKeyFn: userCacheKey });
  }

  load(given: string, expand: readonly string[] = [], state: UserLookupState = 'active'): Promise<User> {
    const id = lowerCaseIds(given);
    const wanted = canonicalExpand(expand);
    const hit = this.knownEntry(id, wanted, state);
    if (hit) return hit.value;
    const value = this.loader.load({ id, expand: wanted, state });
    this.remember(id, this.setOf(wanted), state, value);
    return value;
  }

  /** Whether `load` would answer from a user already fetched, primed or under way (no new fetch). */
  has(given: string, expand: readonly string[] = [], state: UserLookupState = 'active'): boolean {
    return this.knownEntry(lowerCaseIds(given), canonicalExpand(expand), state) !== undefined;
  }

  private knownEntry(id: string, wanted: readonly string[], state: UserLookupState): KnownEntry | undefined {
    return this.known.get(id)?.find((e) => !e.failed && e.state === state && wanted.every((x) => e.expand.has(x)));
  }

  /** The expand set a user object was fetched or primed with; undefined for users from anywhere else. */
  expandsOf(user: object): ReadonlySet<string> | undefined {
    return this.provenance.get(user);
  }

  /** The error of the first of `expand` the upstream refused when it read this user object; undefined when none. */
  rejectionOf(user: object, expand: readonly string[]): Error | undefined {
    return refusalOf(user, expand);
  }

  /** Records the expand values the upstream refused for a user object that arrived elsewhere (/me, listings). */
  markRejected(user: object, rejected: ReadonlyMap<string, Error>): void {
    markRefused(user, rejected);
  }

  /** Seeds the cache with a user that arrived in a listing, under the expand set it was fetched with. */
  prime(user: User, expand: readonly string[] = [], state?: UserLookupState): void {
    const wanted = canonicalExpand(expand);
    this.primeCanonical(user, wanted, this.setOf(wanted), state);
  }

  primeMany(users: readonly User[] | undefined, expand: readonly string[] = []): void {
    const wanted = canonicalExpand(expand);
    const set = this.setOf(wanted);
    for (const user of users ?? []) this.primeCanonical(user, wanted, set);
  }

  private primeCanonical(
    user: User,
    wanted: readonly string[],
    set: ReadonlySet<string>,
    state?: UserLookupState,
  ): void {
    if (!user.id) return;
    const lookupState = state ?? (user.state === 'deleted' ? 'deleted' : 'active');
    const key = { id: user.id, expand: wanted, state: lookupState };
    this.loader.clear(key).prime(key, user);
    this.provenance.set(user, set);
    this.remember(user.id, set, lookupState, Promise.resolve(user));
  }

  /** One shared, read-only Set per canonical expand set of the request. */
  private readonly sets = new Map<string, ReadonlySet<string>>();

  private setOf(canonical: readonly string[]): ReadonlySet<string> {
    const key = canonical.join(',');
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = new Set(canonical)));
    return set;
  }

  /** Forgets everything cached about one user (after a write to it). */
  clear(id: string): void {
    for (const entry of this.known.get(id) ?? []) {
      this.loader.clear({ id, expand: [...entry.expand].sort(), state: entry.state });
    }
    this.known.delete(id);
  }

  private remember(id: string, expand: ReadonlySet<string>, state: UserLookupState, value: Promise<User>): void {
    const entry: KnownEntry = { expand, state, value };
    const entries = this.known.get(id) ?? [];
    entries.push(entry);
    this.known.set(id, entries);
    // A failed load must not answer later requests from this list (a smaller expand set may well succeed);
    // DataLoader keeps the error cached for the same key within the request, which is what we want for
    // identical keys.
    value.catch(() => {
      entry.failed = true;
    });
  }

  private async batch(keys: readonly UserKey[]): Promise<Array<User | Error>> {
    const results = new Map<string, User | Error>();
    await Promise.all(
      planFetches(keys).flatMap((group) =>
        chunk(group.ids, BULK_ID_LIMIT).map((ids) => this.fetchChunk(group.state, group.expand, ids, results)),
      ),
    );
    return keys.map(
      (key) => results.get(fetchKey(key.state, key.id)) ?? new Error(`internal: user ${key.id} was not resolved`),
    );
  }

  private async fetchChunk(
    state: UserLookupState,
    expand: readonly string[],
    ids: readonly string[],
    results: Map<string, User | Error>,
  ): Promise<void> {
    const came = this.setOf(expand);
    const stateParam = state === 'deleted' ? 'deleted' : undefined;
    const read = async (wanted: readonly string[]): Promise<{ users: User[]; correlationId?: string }> => {
      const expandParam = wanted.length ? wanted : undefined;
      if (ids.length === 1)
        return { users: [await this.client.getUser(ids[0], { expand: expandParam, state: stateParam })] };
      const { body, correlationId } = await this.client.callWithMeta<{ entities?: User[] }>(
        'getUsers',
        {},
        {
          id: ids,
          pageSize: ids.length,
          expand: expandParam,
          state: stateParam,
        },
      );
      return { users: body?.entities ?? [], correlationId };
    };
    try {
      const answer = await readWithExpands(expand, read, (into, from) => mergeUsersById(into.users, from.users));
      const byId = new Map(answer.value.users.map((u) => [u.id, u]));
      for (const id of ids) {
        const user = byId.get(id) ?? (ids.length === 1 ? answer.value.users[0] : undefined);
        if (user) {
          results.set(fetchKey(state, id), user);
          this.provenance.set(user, came);
          markRefused(user, answer.rejected);
          this.remember(id, came, state, Promise.resolve(user));
        } else {
          const route = ids.length === 1 ? '/api/v2/users/{userId}' : '/api/v2/users';
          results.set(
            fetchKey(state, id),
            UpstreamError.notFound('GET', route, 'User', id, answer.value.correlationId),
          );
        }
      }
    } catch (err) {
      for (const id of ids) results.set(fetchKey(state, id), toError(err));
    }
  }
}
