/** Query: the entry points. Each reads its arguments and calls a loader or the upstream client. */
import type { QueryResolvers } from '../src/__generated__/resolvers-types.js';
import type * as M from '../src/genesys/models.js';
import {
  meListExpandsOf,
  profileExpandsFor,
  ROUTE_EXPANDS,
  USER_EXPAND_VALUES,
  userExpandsFor,
  userExpandsOf,
} from '../src/loaders/expands.js';
import { selectedFields, selectedFieldsOf } from '../src/lookahead.js';
import {
  markProfileRefused,
  mergeListings,
  mergeProfileListings,
  readWithExpands,
} from '../src/loaders/expand-fallback.js';
import { BULK_ID_LIMIT } from '../src/loaders/users.js';
import { lowerCaseIds, requireUuids } from '../src/validation/ids.js';
import { prefetchHierarchy, prefetchManagers } from '../src/graph/embedded.js';
import { nullIfNotFound, withoutNulls } from '../src/graph/support.js';
import { ME_EXPANDS } from '../src/graph/user-fields.js';

export const Query: QueryResolvers = {
  user: (_root, { id, state }, ctx, info) => {
    requireUuids({ id });
    if (state !== 'deleted') prefetchHierarchy(id, ctx, info);
    return nullIfNotFound(ctx.loaders.users.load(id, userExpandsFor(info), state === 'deleted' ? 'deleted' : 'active'));
  },

  users: async (_root, { pageSize, pageNumber, ids, sortOrder, state }, ctx, info) => {
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
  },

  me: (_root, _args, ctx, info) =>
    ctx.loaders.me([...userExpandsFor(info, 'me'), ...meListExpandsOf(selectedFields(info), info)]),

  meDetails: (_root, _args, ctx, info) => {
    const expand = [...selectedFields(info).keys()].flatMap(
      (field) => (ME_EXPANDS as Record<string, string>)[field] ?? [],
    );
    // The caller's User fields (under `user`) ride on the same call.
    expand.push(...userExpandsOf(selectedFieldsOf(info, 'user'), info, ROUTE_EXPANDS.me));
    // adjacents is mutually exclusive with superiors and directreports upstream; ask for it alone
    // and let superiors/directReports fall back to their own expand call.
    if (expand.includes('adjacents')) {
      return Promise.all([
        ctx.loaders.me(expand.filter((e) => e !== 'superiors' && e !== 'directreports')),
        expand.some((e) => e === 'superiors' || e === 'directreports')
          ? ctx.loaders.me(expand.filter((e) => e === 'superiors' || e === 'directreports'))
          : Promise.resolve<M.UserMe>({}),
      ]).then(([main, extra]) => ({ ...main, superiors: extra.superiors, directReports: extra.directReports }));
    }
    return ctx.loaders.me(expand);
  },

  // The request goes upstream as the caller wrote it: its page tokens (currentPage, nextPage, …) encode the
  // request, so a replay makes the caller's own request, nothing the gateway added. The results carry the
  // caller's expands; other User fields load by id, one bulk call per page of up to 100 results.
  searchUsers: async (_root, { request }, ctx, info) => {
    const body = withoutNulls(request) as M.UserSearchRequest;
    const response = await ctx.client.postUsersSearch(body);
    ctx.loaders.users.primeMany(
      response.results,
      (body.expand ?? []).filter((e) => USER_EXPAND_VALUES.has(e)),
    );
    await prefetchManagers(response.results, 'results', ctx, info);
    return response;
  },

  // The token is replayed as is (no expand added: it would land in the next tokens); what the token's own
  // request embedded is unknown here, so the results' expand fields load by id.
  searchUsersByQ64: async (_root, { q64 }, ctx) => {
    const response = await ctx.client.getUsersSearch(q64);
    ctx.loaders.users.primeMany(response.results, []);
    return response;
  },

  userProfiles: async (_root, { pageSize, pageNumber, ids, jids, sortOrder, state }, ctx, info) => {
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
    // A refused expand costs only its own part of `expands`, not the page.
    const page = await readWithExpands(
      profileExpandsFor(info, ROUTE_EXPANDS.profiles, true),
      read,
      mergeProfileListings,
    );
    for (const profile of page.value.entities ?? []) markProfileRefused(profile, page.rejected);
    return page.value;
  },

  fieldConfig: (_root, { type }, ctx) => ctx.client.getFieldconfig(type),

  userAggregates: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersAggregatesQuery(withoutNulls(query) as M.AggregationQuery),
  userDetails: (_root, { query }, ctx) =>
    // The input mirrors the seed-era UserDetailsQuery (one filter type for all three filter lists).
    ctx.client.postAnalyticsUsersDetailsQuery(withoutNulls(query) as unknown as M.UserDetailsQuery),
  userObservations: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersObservationsQuery(withoutNulls(query) as M.ObservationQuery),
};
