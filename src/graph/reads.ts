/**
 * The reads behind the root Query fields of resolvers/Query.ts that need more than one loader or client call:
 * the caller (`me`, `meDetails`) with the expands its selection needs, and the listings of users (`users`,
 * `searchUsers`, `searchUsersByQ64`, `userProfiles`), whose users are primed into the by-id loader and whose
 * managers are fetched as soon as the page arrives. Their Relay twins are src/relay/reads.ts.
 */
import type { GatewayContext } from '../context.js';
import type * as S from '../__generated__/schema-types.js';
import type * as M from '../genesys/models.js';
import {
  markProfileRefused,
  mergeListings,
  mergeProfileListings,
  readWithExpands,
} from '../loaders/expand-fallback.js';
import {
  meListExpandsOf,
  profileExpandsFor,
  ROUTE_EXPANDS,
  USER_EXPAND_VALUES,
  userExpandsFor,
  userExpandsOf,
} from '../loaders/expands.js';
import { BULK_ID_LIMIT } from '../loaders/users.js';
import { selectedFields, selectedFieldsOf, type LookaheadInfo } from '../lookahead.js';
import { lowerCaseIds, requireUuids } from '../validation/ids.js';
import { prefetchManagers } from './embedded.js';
import { withoutNulls } from './support.js';
import { ME_EXPANDS } from './user-fields.js';

/** `me`: GET /api/v2/users/me with the User expands and the embedded lists the selection needs. */
export function me(ctx: GatewayContext, info: LookaheadInfo): Promise<M.UserMe> {
  return ctx.loaders.me([...userExpandsFor(info, 'me'), ...meListExpandsOf(selectedFields(info), info)]);
}

/** The /users/me expands that adjacents excludes upstream. */
const isHierarchyExpand = (e: string): boolean => e === 'superiors' || e === 'directreports';

/** `meDetails`: GET /api/v2/users/me with the expand of each selected UserMe field and of the caller's User fields. */
export function meDetails(ctx: GatewayContext, info: LookaheadInfo): Promise<M.UserMe> {
  const expand = [...selectedFields(info).keys()].flatMap(
    (field) => (ME_EXPANDS as Record<string, string>)[field] ?? [],
  );
  // The caller's User fields (under `user`) ride on the same call.
  expand.push(...userExpandsOf(selectedFieldsOf(info, 'user'), info, ROUTE_EXPANDS.me));
  // adjacents is mutually exclusive with superiors and directreports upstream; ask for it alone
  // and let superiors/directReports fall back to their own expand call.
  if (expand.includes('adjacents')) {
    return Promise.all([
      ctx.loaders.me(expand.filter((e) => !isHierarchyExpand(e))),
      expand.some(isHierarchyExpand) ? ctx.loaders.me(expand.filter(isHierarchyExpand)) : Promise.resolve<M.UserMe>({}),
    ]).then(([main, extra]) => ({ ...main, superiors: extra.superiors, directReports: extra.directReports }));
  }
  return ctx.loaders.me(expand);
}

/**
 * `users`: one GET /api/v2/users page with the expands its entities select; an expand the upstream refuses
 * costs only the fields it embeds. Its users are primed (with what was refused) and their managers prefetched.
 */
export async function usersListing(
  { pageSize, pageNumber, ids, sortOrder, state }: S.QueryUsersArgs,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<M.UserEntityListing> {
  requireUuids({ ids }, { maxItems: BULK_ID_LIMIT });
  const read = await readWithExpands(
    userExpandsOf(selectedFieldsOf(info, 'entities'), info, ROUTE_EXPANDS.users),
    (expand) =>
      ctx.client.getUsers({
        pageSize: pageSize ?? undefined,
        pageNumber: pageNumber ?? undefined,
        id: lowerCaseIds(ids) ?? undefined,
        sortOrder: sortOrder ?? undefined,
        // Not sent when omitted: the upstream's own default (see the argument's description).
        state: state ?? undefined,
        expand: expand.length ? expand : undefined,
      }),
    mergeListings,
  );
  ctx.loaders.users.primeMany(read.value.entities, read.expand);
  for (const user of read.value.entities ?? []) ctx.loaders.users.markRejected(user, read.rejected);
  await prefetchManagers(read.value.entities, 'entities', ctx, info);
  return read.value;
}

/**
 * `searchUsers`: the request goes upstream as the caller wrote it: its page tokens (currentPage, nextPage, …)
 * encode the request, so a replay makes the caller's own request, nothing the gateway added. The results
 * carry the caller's expands; other User fields load by id, one bulk call per page of up to 100 results.
 */
export async function searchUsers(
  request: S.UserSearchRequestInput,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<M.UsersSearchResponse> {
  const body = withoutNulls(request) as M.UserSearchRequest;
  const response = await ctx.client.postUsersSearch(body);
  ctx.loaders.users.primeMany(
    response.results,
    (body.expand ?? []).filter((e) => USER_EXPAND_VALUES.has(e)),
  );
  await prefetchManagers(response.results, 'results', ctx, info);
  return response;
}

/**
 * `searchUsersByQ64`: the token is replayed as is (no expand added: it would land in the next tokens); what the
 * token's own request embedded is unknown here, so the results' expand fields load by id.
 */
export async function searchUsersByQ64(q64: string, ctx: GatewayContext): Promise<M.UsersSearchResponse> {
  const response = await ctx.client.getUsersSearch(q64);
  ctx.loaders.users.primeMany(response.results, []);
  return response;
}

/** `userProfiles`: one GET /api/v2/profiles/users page; a refused expand costs only its own part of `expands`. */
export async function userProfilesListing(
  { pageSize, pageNumber, ids, jids, sortOrder, state }: S.QueryUserProfilesArgs,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<M.UserProfileEntityListing> {
  requireUuids({ ids }, { maxItems: BULK_ID_LIMIT });
  const read = (expand: readonly string[]) =>
    ctx.client.getProfilesUsers({
      pageSize: pageSize ?? undefined,
      pageNumber: pageNumber ?? undefined,
      id: lowerCaseIds(ids) ?? undefined,
      jid: jids ?? undefined,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
      expand: expand.length ? expand : undefined,
    });
  const page = await readWithExpands(profileExpandsFor(info, ROUTE_EXPANDS.profiles, true), read, mergeProfileListings);
  for (const profile of page.value.entities ?? []) markProfileRefused(profile, page.rejected);
  return page.value;
}
