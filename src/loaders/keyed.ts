/**
 * A per-request loader for one upstream sub-resource of a user, keyed by the user id and the call's
 * arguments. The Users API has no bulk route for sub-resources, so a batch issues one call per distinct
 * key, all at once (one round); DataLoader's cache makes each (user, sub-resource, arguments) cost at
 * most one call per request. `clearUser` drops every cached argument set of one user after a write;
 * `clearAll` drops everything.
 */
import DataLoader from 'dataloader';

export interface UserScopedKey {
  readonly userId: string;
}

/** A stable cache key: the user id, then the other arguments in key order. */
export function cacheKeyOf(key: UserScopedKey): string {
  const rest = Object.entries(key)
    .filter(([name, value]) => name !== 'userId' && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return rest.length ? `${key.userId}|${JSON.stringify(rest)}` : key.userId;
}

export class UserScopedLoader<K extends UserScopedKey, V> {
  private readonly loader: DataLoader<K, V, string>;
  private readonly keysByUser = new Map<string, Set<K>>();

  constructor(fetch: (key: K) => Promise<V>) {
    this.loader = new DataLoader<K, V, string>(
      (keys) => Promise.all(keys.map((key) => fetch(key).catch((err: unknown) => toError(err)))),
      { cacheKeyFn: cacheKeyOf },
    );
  }

  load(key: K): Promise<V> {
    this.track(key);
    return this.loader.load(key);
  }

  /** Primed keys are tracked like loaded ones, so `clearUser` drops them too. */
  prime(key: K, value: V): void {
    this.track(key);
    this.loader.prime(key, value);
  }

  private track(key: K): void {
    let keys = this.keysByUser.get(key.userId);
    if (!keys) this.keysByUser.set(key.userId, (keys = new Set()));
    keys.add(key);
  }

  clearUser(userId: string): void {
    for (const key of this.keysByUser.get(userId) ?? []) this.loader.clear(key);
    this.keysByUser.delete(userId);
  }

  /** Drops every cached key (for listings that embed other users, after a write to any user). */
  clearAll(): void {
    this.loader.clearAll();
    this.keysByUser.clear();
  }
}

export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
