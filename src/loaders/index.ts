/**
 * The per-request loaders, built once per GraphQL operation by the context. Each family lives in its
 * own file; this factory wires them to the caller's client and makes every listing of users prime the
 * by-id loader.
 */
import type { GenesysClient } from '../genesys/client.js';
import type * as M from '../genesys/models.js';
import { UserScopedLoader } from './keyed.js';
import { fetchAllPages } from './paging.js';
import { UserLoader } from './users.js';

export { UserLoader } from './users.js';

export interface PageArgs {
  pageSize: number;
  pageNumber: number;
}

type SortArg = { sortOrder?: string };
type QueueArgs = { joined: boolean; divisionId?: readonly string[] };

export function createLoaders(client: GenesysClient) {
  const users = new UserLoader(client);

  /** Users that arrive in a listing are primed, so `manager`, `user(id:)` etc. of them cost nothing. */
  const primed = <T extends M.User[] | undefined>(list: T): T => {
    users.primeMany(list);
    return list;
  };

  /** GET /api/v2/users/me, once per expand set per request; the user part primes the by-id loader. */
  const meByExpand = new Map<string, Promise<M.UserMe>>();
  const me = (expand: readonly string[] = []): Promise<M.UserMe> => {
    const wanted = [...new Set(expand)].sort();
    const key = wanted.join(',');
    let value = meByExpand.get(key);
    if (!value) {
      value = client.getUsersMe({ expand: wanted.length ? wanted : undefined }).then((user) => {
        users.prime(user);
        return user;
      });
      meByExpand.set(key, value);
    }
    return value;
  };

  const loaders = {
    users,
    roles: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserRoles(userId)),
    routingStatus: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserRoutingstatus(userId)),
    station: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserStation(userId)),
    outOfOffice: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserOutofoffice(userId)),
    callForwarding: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserCallforwarding(userId)),
    profileSkills: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserProfileskills(userId)),
    profile: new UserScopedLoader(({ userId }: { userId: string }) => client.getUserProfile(userId)),
    geolocation: new UserScopedLoader(({ userId, clientId }: { userId: string; clientId: string }) =>
      client.getUserGeolocation(userId, clientId),
    ),
    directReports: new UserScopedLoader(async ({ userId }: { userId: string }) =>
      primed(await client.getUserDirectreports(userId)) ?? [],
    ),
    superiors: new UserScopedLoader(async ({ userId }: { userId: string }) =>
      primed(await client.getUserSuperiors(userId)) ?? [],
    ),
    adjacents: new UserScopedLoader(async ({ userId }: { userId: string }) => {
      const adjacents = await client.getUserAdjacents(userId);
      primed(adjacents?.superiors);
      primed(adjacents?.siblings);
      primed(adjacents?.directReports);
      return adjacents ?? {};
    }),
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
    favoritesPage: new UserScopedLoader(async ({ userId, ...q }: { userId: string } & PageArgs & SortArg) => {
      const page = await client.getUserFavorites(userId, q);
      primed(page?.entities);
      return page ?? {};
    }),
    favoritesAll: new UserScopedLoader(async ({ userId, sortOrder }: { userId: string } & SortArg) =>
      primed(
        await fetchAllPages((pageNumber, pageSize) =>
          client.getUserFavorites(userId, { pageNumber, pageSize, sortOrder }),
        ),
      ),
    ),
  };

  return {
    ...loaders,
    me,
    /** Forget everything cached about one user, so a later field of the same operation reads fresh state. */
    clearUser(userId: string): void {
      meByExpand.clear();
      for (const loader of Object.values(loaders)) loader instanceof UserLoader ? loader.clear(userId) : loader.clearUser(userId);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
