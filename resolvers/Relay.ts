/**
 * Relay conventions (schema/relay.graphql): `Node` refetching through the by-id user loader, cursor
 * connections that map `first`/`after` onto one upstream page (src/relay/connection.ts), and the per-user
 * ids of assignments (src/relay/assignments.ts). Each connection reads the same loaders or client method
 * as its offset twin, so both forms share the request's cache.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../src/context.js';
import type * as R from '../src/__generated__/resolvers-types.js';
import { UpstreamError } from '../src/genesys/errors.js';
import type * as M from '../src/genesys/models.js';
import {
  canonicalExpand,
  ROUTE_EXPANDS,
  USER_EXPAND_VALUES,
  userExpandsFor,
  userExpandsOf,
  type ExpandRoute,
} from '../src/loaders/expands.js';
import { SUB_LISTING_MAX_PAGE_SIZE } from '../src/loaders/paging.js';
import { childInfo, perRequest, selectedFields, type LookaheadInfo } from '../src/lookahead.js';
import { assignmentResolvers, owned } from '../src/relay/assignments.js';
import {
  connectionOf,
  connectionOfList,
  planPage,
  windowOf,
  type Connection,
  type UpstreamPage,
} from '../src/relay/connection.js';
import { badUserInput } from '../src/validation/bad-input.js';
import { isUuid } from '../src/validation/ids.js';
import { divisionFilter, idOf, withoutNulls } from '../src/graph/support.js';

/** The users listing's largest page (GET /api/v2/users); search and sub-listings take 100. */
const USERS_MAX_PAGE_SIZE = 500;
/** `nodes(ids:)` refuses more ids than this (5 bulk calls). */
export const MAX_NODE_IDS = 500;

/** The expands the users of a connection need (what `edges { node }` and `nodes` select) that `route` accepts. */
function connectionUserExpands(info: LookaheadInfo, route: ExpandRoute): readonly string[] {
  return perRequest(info, `connection-expands:${route}`, () => {
    const selection = selectedFields(info);
    const edgeNodes = selectedFields(childInfo(info, selection.get('edges') ?? [])).get('node') ?? [];
    const users = childInfo(info, [...edgeNodes, ...(selection.get('nodes') ?? [])]);
    return userExpandsOf(selectedFields(users, 'User'), users, ROUTE_EXPANDS[route]);
  });
}

/** A user by global id, or null: ids of no user (not a UUID, or unknown upstream) are null, as Relay expects. */
async function userNode(id: string, ctx: GatewayContext, info: LookaheadInfo): Promise<M.User | null> {
  if (!isUuid(id)) return null;
  try {
    return await ctx.loaders.users.load(id.toLowerCase(), userExpandsFor(info));
  } catch (err) {
    if (err instanceof UpstreamError && err.status === 404) return null;
    throw err;
  }
}

export const RelayQuery: Pick<R.QueryResolvers, 'node' | 'nodes' | 'usersConnection' | 'searchUsersConnection'> = {
  node: (_root, { id }, ctx, info) => userNode(id, ctx, info),
  nodes: (_root, { ids }, ctx, info) => {
    if (ids.length > MAX_NODE_IDS)
      throw badUserInput([{ field: 'ids', message: `must have at most ${MAX_NODE_IDS} ids.` }]);
    // A list of promises: graphql-js resolves each item on its own, so one failed load is one null with its
    // error, not a failed list (the generated type knows only resolved lists).
    return ids.map((id) => userNode(id, ctx, info)) as unknown as Array<M.User | null>;
  },

  usersConnection: async (_root, { first, after, sortOrder, state }, ctx, info) => {
    const window = windowOf({ first, after }, USERS_MAX_PAGE_SIZE);
    const plan = planPage(window.offset, window.first, USERS_MAX_PAGE_SIZE);
    const expand = connectionUserExpands(info, 'users');
    const listing = await ctx.client.getUsers({
      pageSize: plan.pageSize,
      pageNumber: plan.pageNumber,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
      expand: expand.length ? expand : undefined,
    });
    ctx.loaders.users.primeMany(listing.entities, expand);
    return connectionOf(plan, listing);
  },

  searchUsersConnection: async (_root, { first, after, request }, ctx, info) => {
    const problems = (['pageSize', 'pageNumber'] as const)
      .filter((name) => request[name] !== undefined && request[name] !== null)
      .map((name) => ({
        field: `request.${name}`,
        message: 'must be left out: the connection pages with first and after.',
      }));
    if (problems.length) throw badUserInput(problems);
    const window = windowOf({ first, after }, SUB_LISTING_MAX_PAGE_SIZE);
    const plan = planPage(window.offset, window.first, SUB_LISTING_MAX_PAGE_SIZE);
    const body = withoutNulls(request) as M.UserSearchRequest;
    const expand = canonicalExpand([...(body.expand ?? []), ...connectionUserExpands(info, 'search')]);
    const response = await ctx.client.postUsersSearch({
      ...body,
      pageSize: plan.pageSize,
      pageNumber: plan.pageNumber,
      ...(expand.length ? { expand: [...expand] } : {}),
    });
    ctx.loaders.users.primeMany(
      response.results,
      expand.filter((e) => USER_EXPAND_VALUES.has(e)),
    );
    return connectionOf(plan, response);
  },
};

/**
 * A sub-listing connection: `first`/`after` planned over the route's pages (at most 100 a page), one page
 * read through `load` (the loader its offset twin uses). Assignments in it get ids of `user`.
 */
async function subListing<T>(
  user: M.User,
  args: { first?: number | null; after?: string | null },
  load: (page: { userId: string; pageSize: number; pageNumber: number }) => Promise<UpstreamPage<T>>,
): Promise<Connection<T>> {
  const window = windowOf(args, SUB_LISTING_MAX_PAGE_SIZE);
  const plan = planPage(window.offset, window.first, SUB_LISTING_MAX_PAGE_SIZE);
  const page = await load({ userId: idOf(user), pageSize: plan.pageSize, pageNumber: plan.pageNumber });
  return owned(idOf(user), connectionOf(plan, page));
}

export const RelayUser: Pick<
  R.UserResolvers,
  | 'directReportsConnection'
  | 'skillsConnection'
  | 'languagesConnection'
  | 'queuesConnection'
  | 'favoritesConnection'
  | 'trustorsConnection'
> = {
  directReportsConnection: async (user, { first, after }, ctx, info) => {
    const window = windowOf({ first, after }, SUB_LISTING_MAX_PAGE_SIZE);
    const list = await ctx.loaders.directReports.load({
      userId: idOf(user),
      expand: connectionUserExpands(info, 'directReports'),
    });
    return connectionOfList(list, window);
  },
  skillsConnection: (user, { first, after, sortOrder }, ctx) =>
    subListing(user, { first, after }, (page) =>
      ctx.loaders.skillsPage.load({ ...page, sortOrder: sortOrder ?? undefined }),
    ),
  languagesConnection: (user, { first, after, sortOrder }, ctx) =>
    subListing(user, { first, after }, (page) =>
      ctx.loaders.languagesPage.load({ ...page, sortOrder: sortOrder ?? undefined }),
    ),
  queuesConnection: (user, { first, after, joined, divisionIds }, ctx) =>
    subListing(user, { first, after }, (page) =>
      ctx.loaders.queuesPage.load({ ...page, joined: joined ?? true, divisionId: divisionFilter(divisionIds) }),
    ),
  favoritesConnection: (user, { first, after, sortOrder }, ctx, info) =>
    subListing(user, { first, after }, (page) =>
      ctx.loaders.favoritesPage.load({
        ...page,
        sortOrder: sortOrder ?? undefined,
        expand: connectionUserExpands(info, 'favorites'),
      }),
    ),
  trustorsConnection: (user, { first, after }, ctx) =>
    subListing(user, { first, after }, (page) => ctx.loaders.trustorsPage.load(page)),
};

/** The User fields that return per-user assignments (queues, skills, languages, geolocations). */
const ASSIGNMENT_FIELDS = [
  'skills',
  'languages',
  'geolocation',
  'skillsPage',
  'languagesPage',
  'queues',
  'queuesPage',
] as const;
type FieldResolver = (user: M.User, args: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => unknown;

/**
 * User's resolvers with the assignment fields wrapped so that what they return gets ids of this user
 * (src/relay/assignments.ts). Wrapped here rather than edited in User.ts, which stays about data.
 */
export function withAssignmentOwners(user: R.UserResolvers): R.UserResolvers {
  const wrapped: Record<string, FieldResolver> = {};
  for (const name of ASSIGNMENT_FIELDS) {
    const resolve = user[name] as FieldResolver | undefined;
    if (typeof resolve !== 'function') throw new Error(`User.${name} must have a resolver function`);
    wrapped[name] = (parent, args, ctx, info) => owned(parent.id, resolve(parent, args, ctx, info));
  }
  return { ...user, ...(wrapped as R.UserResolvers) };
}

export const relayResolvers: Pick<
  R.Resolvers,
  'Node' | 'UserQueue' | 'UserRoutingSkill' | 'UserRoutingLanguage' | 'Geolocation'
> = {
  // User is the one Node.
  Node: { __resolveType: () => 'User' },
  UserQueue: assignmentResolvers('UserQueue', 'queueId'),
  UserRoutingSkill: assignmentResolvers('UserRoutingSkill', 'skillId'),
  UserRoutingLanguage: assignmentResolvers('UserRoutingLanguage', 'languageId'),
  Geolocation: assignmentResolvers('Geolocation', 'clientId'),
};
