/**
 * The per-request loaders, built once per GraphQL operation by the context. Each family lives in its
 * own file; this factory wires them to the caller's client and makes every listing of users prime the
 * by-id loader under the expand set the listing was fetched with. Listings of users take that expand
 * set as part of their key (computed by the resolver from the query's selection, see expands.ts).
 */
import type { GenesysClient } from '../genesys/client.js';
import type * as M from '../genesys/models.js';
import { mergeExpanded, readWithExpands } from './expand-fallback.js';
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

/** Profile reads with single expands add their part of `expands`. */
function mergeProfileExpands(into: M.UserProfile, from: M.UserProfile): void {
  if (from.expands) into.expands = { ...from.expands, ...into.expands };
}

export function createLoaders(client: GenesysClient) {
  const users = new UserLoader(client);

  /** Users that arrive in a listing are primed, so `manager`, `user(id:)` etc. of them cost nothing. */
  const primed = <T extends M.User[] | undefined>(list: T, expand: readonly string[]): T => {
    users.primeMany(list, expand);
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
      value = readWithExpands(wanted, (e) => client.getUsersMe(expandParam(e)), mergeExpanded).then(({ value: user, rejected }) => {
        users.prime(user, wanted.filter((e) => USER_EXPAND_VALUES.has(e)));
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
    profile: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) =>
      (await readWithExpands(expand, (e) => client.getUserProfile(userId, expandParam(e)), mergeProfileExpands)).value,
    ),
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
   * upstream refuses for its expands is read without them; its users then re-read what they need by id.
   */
  const listings = {
    directReports: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const read = await readWithExpands(expand, (e) => client.getUserDirectreports(userId, expandParam(e)));
      return primed(read.value, read.expand) ?? [];
    }),
    superiors: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const read = await readWithExpands(expand, (e) => client.getUserSuperiors(userId, expandParam(e)));
      return primed(read.value, read.expand) ?? [];
    }),
    adjacents: new UserScopedLoader(async ({ userId, expand }: { userId: string } & ExpandArg) => {
      const read = await readWithExpands(expand, (e) => client.getUserAdjacents(userId, expandParam(e)));
      const adjacents = read.value;
      primed(adjacents?.superiors, read.expand);
      primed(adjacents?.siblings, read.expand);
      primed(adjacents?.directReports, read.expand);
      return adjacents ?? {};
    }),
    favoritesPage: new UserScopedLoader(
      async ({ userId, expand, ...q }: { userId: string } & PageArgs & SortArg & ExpandArg) => {
        const read = await readWithExpands(expand, (e) => client.getUserFavorites(userId, { ...q, ...expandParam(e) }));
        primed(read.value?.entities, read.expand);
        return read.value ?? {};
      },
    ),
    favoritesAll: new UserScopedLoader(async ({ userId, sortOrder, expand }: { userId: string } & SortArg & ExpandArg) => {
      const read = await readWithExpands(expand, (e) =>
        fetchAllPages((pageNumber, pageSize) =>
          client.getUserFavorites(userId, { pageNumber, pageSize, sortOrder, ...expandParam(e) }),
        ),
      );
      return primed(read.value, read.expand);
    }),
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
