/**
 * Query: the entry points. Each reads its arguments and calls a loader, the upstream client or a read of
 * src/graph/reads.ts (the caller's expands, the listings' expand fallback, priming and managers' prefetch).
 */
import type { QueryResolvers } from '../src/__generated__/resolvers-types.js';
import type * as M from '../src/genesys/models.js';
import { userExpandsFor } from '../src/loaders/expands.js';
import { requireUuids } from '../src/validation/ids.js';
import { prefetchHierarchy } from '../src/graph/embedded.js';
import { me, meDetails, searchUsers, searchUsersByQ64, userProfilesListing, usersListing } from '../src/graph/reads.js';
import { nullIfNotFound, withoutNulls } from '../src/graph/support.js';

export const Query: QueryResolvers = {
  user: (_root, { id, state }, ctx, info) => {
    requireUuids({ id });
    if (state !== 'deleted') prefetchHierarchy(id, ctx, info);
    return nullIfNotFound(ctx.loaders.users.load(id, userExpandsFor(info), state === 'deleted' ? 'deleted' : 'active'));
  },
  users: (_root, args, ctx, info) => usersListing(args, ctx, info),
  me: (_root, _args, ctx, info) => me(ctx, info),
  meDetails: (_root, _args, ctx, info) => meDetails(ctx, info),
  searchUsers: (_root, { request }, ctx, info) => searchUsers(request, ctx, info),
  searchUsersByQ64: (_root, { q64 }, ctx) => searchUsersByQ64(q64, ctx),
  userProfiles: (_root, args, ctx, info) => userProfilesListing(args, ctx, info),

  fieldConfig: (_root, { type }, ctx) => ctx.client.getFieldconfig(type),

  userAggregates: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersAggregatesQuery(withoutNulls(query) as M.AggregationQuery),
  userDetails: (_root, { query }, ctx) =>
    // The input mirrors the seed-era UserDetailsQuery (one filter type for all three filter lists).
    ctx.client.postAnalyticsUsersDetailsQuery(withoutNulls(query) as unknown as M.UserDetailsQuery),
  userObservations: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersObservationsQuery(withoutNulls(query) as M.ObservationQuery),
};
