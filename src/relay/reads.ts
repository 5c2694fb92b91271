/**
 * The reads behind the Relay fields (resolvers/Relay.ts): users by global id, the users listing and search as
 * cursor connections, and the per-user sub-listings. `first`/`after` map onto one upstream page (./connection.ts)
 * of at most the connection field's `@listSize(assumedSize:)`; each connection reads the same loader or client
 * method as its offset twin, so both forms share the request's cache, and the users a connection returns are
 * primed with the expands its selection needs.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import type * as S from '../__generated__/schema-types.js';
import { UpstreamError } from '../genesys/errors.js';
import type * as M from '../genesys/models.js';
import { listSizeOf, maxPageSizeOf } from '../graph/demand-control.js';
import { idOf, withoutNulls } from '../graph/support.js';
import {
  canonicalExpand,
  ROUTE_EXPANDS,
  USER_EXPAND_VALUES,
  userExpandsFor,
  userExpandsOf,
  type ExpandRoute,
} from '../loaders/expands.js';
import { SUB_LISTING_MAX_PAGE_SIZE } from '../loaders/paging.js';
import { childInfo, perRequest, selectedFields, type LookaheadInfo } from '../lookahead.js';
import { badUserInput } from '../validation/bad-input.js';
import { isUuid } from '../validation/ids.js';
import { owned } from './assignments.js';
import {
  connectionOf,
  connectionOfList,
  planPage,
  windowOf,
  type Connection,
  type PagePlan,
  type UpstreamPage,
} from './connection.js';

/** `nodes(ids:)` refuses more ids than this (5 bulk calls). */
const MAX_NODE_IDS = 500;

type Window = { first?: number | null; after?: string | null };

/** The resolve info a connection reads: the lookahead's, and which field it resolves (for its page cap). */
type ConnectionInfo = LookaheadInfo & Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>;

/**
 * The largest page of the connection being resolved: its field's `@listSize(assumedSize:)` in schema/ (the
 * upstream's largest page: 500 for the users listing, 100 elsewhere), the cap the cost model counts it at.
 */
function maxPageSize(info: ConnectionInfo): number {
  return maxPageSizeOf(listSizeOf(info.parentType.getFields()[info.fieldName]), SUB_LISTING_MAX_PAGE_SIZE);
}

/** `first`/`after` read against the connection's cap, and the one upstream page that serves them. */
function planOf(args: Window, info: ConnectionInfo): PagePlan {
  const max = maxPageSize(info);
  const window = windowOf(args, max);
  return planPage(window.offset, window.first, max);
}

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
export async function userNode(id: string, ctx: GatewayContext, info: LookaheadInfo): Promise<M.User | null> {
  if (!isUuid(id)) return null;
  try {
    return await ctx.loaders.users.load(id.toLowerCase(), userExpandsFor(info));
  } catch (err) {
    if (err instanceof UpstreamError && err.status === 404) return null;
    throw err;
  }
}

/**
 * Users by global ids, one `userNode` each (batched by the loader). A list of promises: graphql-js resolves each
 * item on its own, so one failed load is one null with its error, not a failed list.
 */
export function userNodes(
  ids: readonly string[],
  ctx: GatewayContext,
  info: LookaheadInfo,
): Array<Promise<M.User | null>> {
  if (ids.length > MAX_NODE_IDS)
    throw badUserInput([{ field: 'ids', message: `must have at most ${MAX_NODE_IDS} ids.` }]);
  return ids.map((id) => userNode(id, ctx, info));
}

/** `usersConnection`: one GET /api/v2/users page, its users primed with the expands the selection needs. */
export async function usersConnection(
  { first, after, sortOrder, state }: S.QueryUsersConnectionArgs,
  ctx: GatewayContext,
  info: ConnectionInfo,
): Promise<Connection<M.User>> {
  const plan = planOf({ first, after }, info);
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
}

/**
 * `searchUsersConnection`: one POST /api/v2/users/search page. The request's own paging is refused (the
 * connection pages with `first`/`after`); its expands are kept and joined by what the selection needs.
 */
export async function searchUsersConnection(
  { first, after, request }: S.QuerySearchUsersConnectionArgs,
  ctx: GatewayContext,
  info: ConnectionInfo,
): Promise<Connection<M.User>> {
  const problems = (['pageSize', 'pageNumber'] as const)
    .filter((name) => request[name] !== undefined && request[name] !== null)
    .map((name) => ({
      field: `request.${name}`,
      message: 'must be left out: the connection pages with first and after.',
    }));
  if (problems.length) throw badUserInput(problems);
  const plan = planOf({ first, after }, info);
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
}

/** `directReportsConnection`: the whole list from the direct-reports loader (its offset twin's), windowed. */
export async function directReportsConnection(
  user: M.User,
  args: Window,
  ctx: GatewayContext,
  info: ConnectionInfo,
): Promise<Connection<M.User>> {
  const window = windowOf(args, maxPageSize(info));
  const list = await ctx.loaders.directReports.load({
    userId: idOf(user),
    expand: connectionUserExpands(info, 'directReports'),
  });
  return connectionOfList(list, window);
}

/** The expands the users of a favorites connection need (GET /api/v2/users/{userId}/favorites accepts them). */
export function favoritesExpands(info: LookaheadInfo): readonly string[] {
  return connectionUserExpands(info, 'favorites');
}

/**
 * A sub-listing connection: `first`/`after` planned over the route's pages (at most the field's cap a page), one
 * page read through `load` (the loader its offset twin uses). Assignments in it get ids of `user`.
 */
export async function subListing<T>(
  user: M.User,
  args: Window,
  info: ConnectionInfo,
  load: (page: { userId: string; pageSize: number; pageNumber: number }) => Promise<UpstreamPage<T>>,
): Promise<Connection<T>> {
  const plan = planOf(args, info);
  const page = await load({ userId: idOf(user), pageSize: plan.pageSize, pageNumber: plan.pageNumber });
  return owned(idOf(user), connectionOf(plan, page));
}
