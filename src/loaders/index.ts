/**
 * The per-request loaders, built once per GraphQL operation by the context. Each family lives in its
 * own file; this factory wires them to the caller's client and makes every listing of users prime the
 * by-id loader under the expand set the listing was fetched with. Listings of users take that expand
 * set as part of their key (computed by the resolver from the query's selection, see expands.ts).
 */
import type { GenesysClient } from '../genesys/client.js';
import type * as M from '../genesys/models.js';
import {
  markProfileRefused,
  mergeAdjacents,
  mergeExpanded,
  mergeListings,
  mergeProfile,
  mergeUsersById,
  readWithExpands,
} from './expand-fallback.js';
import { canonicalExpand, USER_EXPAND_VALUES } from './expands.js';
import { UserScopedLoader } from './keyed.js';
import { fetchAllPages } from './paging.js';
import { UserLoader } from './users.js';

export interface PageArgs {
  pageSize: number;
  pageNumber: number;
}

type SortArg = { sortOrder?: string };
type QueueArgs = { joined: boolean; divisionId?: readonly string[] };
/** The expand set the users of a listing are fetched with: sorted, without duplicates. */
type ExpandArg = { expand: readonly string[] };

/** The `expand` query parameter: omitted when empty. */
const expandParam = (expand: readonly string[]): { expand?: readonly string[] } => (expand.length ? { expand } : {});

export function createLoaders(client: GenesysClient) {
  const users = new UserLoader(client);

  /**
   * Users that arrive in a listing are primed, so `manager`, `user(id:)` etc. of them cost nothing; with
   * the expand values the upstream refused for the listing, so their fields fail alone (expand-fallback.ts).
   */
  const primed = <T extends M.User[] | undefined>(
    list: T,
    expand: readonly string[],
    rejected?: ReadonlyMap<string, Error>,
  ): T => {
    users.primeMany(list, expand);
    if (rejected?.size) for (const user of list ?? []) users.markRejected(user, rejected);
    return list;
  };

  /**
   * GET /api/v2/users/me, once per expand set per request. The caller primes the by-id loader under the
   * User part of the expand set; the direct reports and superiors /me embeds prime it too (plain users).
   */
  const meByExpand = new Map<string, Promise<M.UserMe>>();
  const me = (expand: readonly string[] = []): Promise<M.UserMe> => {
    const wanted = canonicalExpand(expand);
    const key = wanted.join(',');
    let value = meByExpand.get(key);
    if (!value) {
      const read = (e: readonly string[]) => client.getUsersMe(expandParam(e));
      value = readWithExpands(wanted, read, mergeExpanded).then(({ value: user, rejected }) => {
        users.prime(
          user,
          wanted.filter((e) => USER_EXPAND_VALUES.has(e)),
        );
        users.markRejected(user, rejected);
        primed(user.directReports, []);
        primed(user.superiors, []);
        return user;
      });
      meByExpand.set(key, value);
    }
    return value;
  };

  /** Sub-resources of one user: one call per user and argument set. */
  const perUser = {
    roles: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserRoles(userId)),
    routingStatus: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserRoutingstatus(userId)),
    station: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserStation(userId)),
    outOfOffice: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserOutofoffice(userId)),
    callForwarding: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserCallforwarding(userId)),
    profileSkills: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserProfileskills(userId)),
    /** The profile with the expands its `expands` selection names; one refused value costs only its own field. */
    profile: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const read = await readWithExpands(expand, (e) => client.getUserProfile(userId, expandParam(e)), mergeProfile);
      markProfileRefused(read.value, read.rejected);
      return read.value;
    }),
    geolocation: new UserScopedLoader(({ userId, clientId }: { userId: string; clientId: string }) =>
      client.getUserGeolocation(userId, clientId),
    ),
    skillsPage: new UserScopedLoader(({ userId, ...q }: { userId: string } & PageArgs & SortArg) =>
      client.getUserRoutingskills(userId, q),
    ),
    skillsAll: new UserScopedLoader(({ userId, sortOrder }: { userId: string } & SortArg) =>
      fetchAllPages((pageNumber, pageSize) => client.getUserRoutingskills(userId, { pageNumber, pageSize, sortOrder })),
    ),
    languagesPage: new UserScopedLoader(({ userId, ...q }: { userId: string } & PageArgs & SortArg) =>
      client.getUserRoutinglanguages(userId, q),
    ),
    languagesAll: new UserScopedLoader(({ userId, sortOrder }: { userId: string } & SortArg) =>
      fetchAllPages((pageNumber, pageSize) =>
        client.getUserRoutinglanguages(userId, { pageNumber, pageSize, sortOrder }),
      ),
    ),
    queuesPage: new UserScopedLoader(({ userId, ...q }: { userId: string } & PageArgs & QueueArgs) =>
      client.getUserQueues(userId, q),
    ),
    queuesAll: new UserScopedLoader(({ userId, ...q }: { userId: string } & QueueArgs) =>
      fetchAllPages((pageNumber, pageSize) => client.getUserQueues(userId, { pageNumber, pageSize, ...q })),
    ),
    trustorsPage: new UserScopedLoader(({ userId, ...q }: { userId: string } & PageArgs) =>
      client.getUserTrustors(userId, q),
    ),
    trustorsAll: new UserScopedLoader(({ userId }: { userId: string }) =>
      fetchAllPages((pageNumber, pageSize) => client.getUserTrustors(userId, { pageNumber, pageSize })),
    ),
  };

  /**
   * Listings of other users (they embed those users, so a write to anyone drops them all). A listing the
   * upstream refuses for its expands is read without them, then value by value (expand-fallback.ts).
   */
  const listings = {
    directReports: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const list = async (e: readonly string[]) => (await client.getUserDirectreports(userId, expandParam(e))) ?? [];
      const read = await readWithExpands(expand, list, mergeUsersById);
      return primed(read.value, read.expand, read.rejected);
    }),
    superiors: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const list = async (e: readonly string[]) => (await client.getUserSuperiors(userId, expandParam(e))) ?? [];
      const read = await readWithExpands(expand, list, mergeUsersById);
      return primed(read.value, read.expand, read.rejected);
    }),
    adjacents: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const lists = async (e: readonly string[]) => (await client.getUserAdjacents(userId, expandParam(e))) ?? {};
      const read = await readWithExpands(expand, lists, mergeAdjacents);
      for (const list of [read.value.superiors, read.value.siblings, read.value.directReports])
        primed(list, read.expand, read.rejected);
      return read.value;
    }),
    favoritesPage: new UserScopedLoader(
      async ({ userId, expand, ...q }: { userId: string } & PageArgs & SortArg & ExpandArg) => {
        const read = await readWithExpands(
          expand,
          async (e) => (await client.getUserFavorites(userId, { ...q, ...expandParam(e) })) ?? {},
          mergeListings,
        );
        primed(read.value.entities, read.expand, read.rejected);
        return read.value;
      },
    ),
    favoritesAll: new UserScopedLoader(
      async ({ userId, sortOrder, expand }: { userId: string } & SortArg & ExpandArg) => {
        const read = await readWithExpands(
          expand,
          (e) =>
            fetchAllPages((pageNumber, pageSize) =>
              client.getUserFavorites(userId, { pageNumber, pageSize, sortOrder, ...expandParam(e) }),
            ),
          mergeUsersById,
        );
        return primed(read.value, read.expand, read.rejected);
      },
    ),
  };

  return {
    users,
    ...perUser,
    ...listings,
    me,
    /** Forget everything cached about one user, so a later field of the same operation reads fresh state. */
    clearUser(userId: string): void {
      meByExpand.clear();
      users.clear(userId);
      for (const loader of Object.values(perUser)) loader.clearUser(userId);
      for (const loader of Object.values(listings)) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
