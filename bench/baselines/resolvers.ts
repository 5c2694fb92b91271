/**
 * The two baselines' resolvers, over the gateway's own schema: what off-the-shelf GraphQL-over-REST
 * layers do. Each field that needs the upstream calls its REST route for its own parent — no bulk
 * fetch by id, no expand lookahead, no listing priming.
 *
 * (a) `naive`: resolvers without DataLoader — one call per field per parent, repeated as often as asked.
 * (b) `dedup`: the RESTDataSource recipe — the same resolvers over a per-request memo of GETs by URL,
 *     so the same URL is fetched once per request; nothing is batched.
 *
 * Only the fields the benchmark operations select are covered (the rest are the upstream object's own
 * properties, default resolvers).
 */
import type { GenesysClient, QueryParams } from '../../src/genesys/client.js';
import { buildPath, buildQuery } from '../../src/genesys/client.js';
import type * as M from '../../src/genesys/models.js';
import { operations, type OperationId } from '../../src/genesys/operations.js';
import { fetchAllPages, type Listing } from '../../src/loaders/paging.js';
import type { Resolvers } from '../../src/__generated__/resolvers-types.js';
import { DateTime, JSONScalar, SafeInt } from '../../resolvers/scalars.js';
import { withoutNulls } from '../../src/graph/support.js';
import { assignmentResolvers, owned } from '../../src/relay/assignments.js';

export type BaselineKind = 'naive' | 'dedup';

/** What a baseline resolver reaches the upstream through. */
export interface Upstream {
  get<T>(operation: OperationId, path?: Record<string, string>, query?: QueryParams): Promise<T>;
  post<T>(operation: OperationId, body: unknown): Promise<T>;
}

export interface BaselineContext {
  upstream: Upstream;
}

/** Every GET goes out as asked. */
function direct(client: GenesysClient): Upstream {
  return {
    get: (operation, path = {}, query) => client.call(operation, path, query),
    post: (operation, body) => client.call(operation, {}, undefined, body),
  };
}

/** RESTDataSource's request deduplication: GETs memoized by URL for the request, POSTs not. */
function memoized(client: GenesysClient): Upstream {
  const memo = new Map<string, Promise<unknown>>();
  return {
    get<T>(operation: OperationId, path: Record<string, string> = {}, query?: QueryParams): Promise<T> {
      const url = `${buildPath(operations[operation].route, path)}${buildQuery(query)}`;
      let value = memo.get(url);
      if (!value) memo.set(url, (value = client.call<T>(operation, path, query)));
      return value as Promise<T>;
    },
    post: (operation, body) => client.call(operation, {}, undefined, body),
  };
}

export function upstreamFor(kind: BaselineKind, client: GenesysClient): Upstream {
  return kind === 'naive' ? direct(client) : memoized(client);
}

const userId = (user: M.User): string => user.id ?? '';
const userPath = (user: M.User): Record<string, string> => ({ userId: userId(user) });

/** Every page of a sub-listing, 100 a page, as the gateway reads them. */
const allPages = <T>(
  ctx: BaselineContext,
  operation: OperationId,
  user: M.User,
  query: QueryParams = {},
): Promise<T[]> =>
  fetchAllPages((pageNumber, pageSize) =>
    ctx.upstream.get<Listing<T>>(operation, userPath(user), { ...query, pageNumber, pageSize }),
  );

/** A field only an expand gives: the user fetched again with that expand, per user and field. */
function expandOnly<F extends keyof M.User>(field: F) {
  return async (user: M.User, _args: unknown, ctx: BaselineContext): Promise<NonNullable<M.User[F]> | null> =>
    (await ctx.upstream.get<M.User>('getUser', userPath(user), { expand: [field] }))[field] ?? null;
}

export const baselineResolvers: Resolvers<BaselineContext> = {
  DateTime,
  SafeInt,
  JSON: JSONScalar,
  Query: {
    user: (_root, { id, state }, ctx) =>
      ctx.upstream.get<M.User>('getUser', { userId: id }, { state: state === 'deleted' ? 'deleted' : undefined }),
    users: (_root, { pageSize, pageNumber, ids, sortOrder, state }, ctx) =>
      ctx.upstream.get<M.UserEntityListing>(
        'getUsers',
        {},
        {
          pageSize: pageSize ?? undefined,
          pageNumber: pageNumber ?? undefined,
          id: ids ?? undefined,
          sortOrder: sortOrder ?? undefined,
          state: state ?? undefined,
        },
      ),
    me: (_root, _args, ctx) => ctx.upstream.get<M.UserMe>('getUsersMe'),
    searchUsers: (_root, { request }, ctx) =>
      ctx.upstream.post<M.UsersSearchResponse>('postUsersSearch', withoutNulls(request)),
  },
  User: {
    __resolveReference: (reference, ctx) => ctx.upstream.get<M.User>('getUser', { userId: reference.id }),
    manager: (user, _args, ctx) =>
      user.manager?.id ? ctx.upstream.get<M.User>('getUser', { userId: user.manager.id }) : null,
    directReports: (user, _args, ctx) => ctx.upstream.get<M.User[]>('getUserDirectreports', userPath(user)),
    superiors: (user, _args, ctx) => ctx.upstream.get<M.User[]>('getUserSuperiors', userPath(user)),
    routingStatus: (user, _args, ctx) => ctx.upstream.get<M.RoutingStatus>('getUserRoutingstatus', userPath(user)),
    station: (user, _args, ctx) => ctx.upstream.get<M.UserStations>('getUserStation', userPath(user)),
    outOfOffice: (user, _args, ctx) => ctx.upstream.get<M.OutOfOffice>('getUserOutofoffice', userPath(user)),
    authorization: (user, _args, ctx) => ctx.upstream.get<M.UserAuthorization>('getUserRoles', userPath(user)),
    profileSkills: (user, _args, ctx) => ctx.upstream.get<string[]>('getUserProfileskills', userPath(user)),
    skills: (user, { sortOrder }, ctx) =>
      allPages<M.UserRoutingSkill>(ctx, 'getUserRoutingskills', user, { sortOrder: sortOrder ?? undefined }),
    languages: (user, { sortOrder }, ctx) =>
      allPages<M.UserRoutingLanguage>(ctx, 'getUserRoutinglanguages', user, { sortOrder: sortOrder ?? undefined }),
    // Queue ids are per user in the schema (\`UserQueue:<user>:<queue>\`), as the gateway gives them.
    queues: (user, { joined }, ctx) =>
      owned(user.id, allPages<M.UserQueue>(ctx, 'getUserQueues', user, { joined: joined ?? true })),
    presence: expandOnly('presence'),
    locations: expandOnly('locations'),
    groups: expandOnly('groups'),
  },
  UserQueue: assignmentResolvers('UserQueue', 'queueId'),
  UserEntityListing: { entities: (listing) => listing.entities ?? [] },
  UsersSearchResponse: { results: (response) => response.results ?? [] },
};
