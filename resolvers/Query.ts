/** Query: the entry points. Each reads its arguments and calls a loader or the upstream client. */
import type { QueryResolvers } from '../src/__generated__/resolvers-types.js';
import type * as M from '../src/genesys/models.js';
import {
  canonicalExpand,
  meListExpandsOf,
  SEARCH_EXPANDS,
  USER_EXPAND_VALUES,
  userExpandsFor,
  userExpandsOf,
} from '../src/loaders/expands.js';
import { selectedFields, selectedFieldsOf } from '../src/lookahead.js';
import { BULK_ID_LIMIT } from '../src/loaders/users.js';
import { lowerCaseIds, requireUuids } from '../src/validation/ids.js';
import { withoutNulls } from './support.js';
import { prefetchHierarchy } from './User.js';

/** UserMe fields → the /users/me expand value that fills them (api-conventions.md §7: lower-case spellings). */
const meExpands: Record<string, string> = {
  autoAnswerSettings: 'autoanswersettings',
  date: 'date',
  geolocationSettings: 'geolocationsettings',
  organization: 'organization',
  presenceDefinitions: 'presencedefinitions',
  divisionedPresenceDefinitions: 'divisionedpresencedefinitions',
  locationDefinitions: 'locationdefinitions',
  orgAuthorization: 'orgauthorization',
  favorites: 'favorites',
  superiors: 'superiors',
  directReports: 'directreports',
  adjacents: 'adjacents',
  routingSkills: 'routingskills',
  fieldConfigs: 'fieldconfigs',
  token: 'token',
  trustors: 'trustors',
  orgProducts: 'orgproducts',
};

export const Query: QueryResolvers = {
  user: (_root, { id, state }, ctx, info) => {
    requireUuids({ id });
    if (state !== 'deleted') prefetchHierarchy(id, ctx, info);
    return ctx.loaders.users.load(id, userExpandsFor(info), state === 'deleted' ? 'deleted' : 'active');
  },

  users: async (_root, { pageSize, pageNumber, ids, sortOrder, state }, ctx, info) => {
    requireUuids({ ids }, { maxItems: BULK_ID_LIMIT });
    const expand = userExpandsOf(selectedFieldsOf(info, 'entities'), info);
    const listing = await ctx.client.getUsers({
      pageSize: pageSize ?? undefined,
      pageNumber: pageNumber ?? undefined,
      id: lowerCaseIds(ids) ?? undefined,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
      expand: expand.length ? expand : undefined,
    });
    ctx.loaders.users.primeMany(listing.entities, expand);
    return listing;
  },

  me: (_root, _args, ctx, info) =>
    ctx.loaders.me([...userExpandsFor(info), ...meListExpandsOf(selectedFields(info), info)]),

  meDetails: (_root, _args, ctx, info) => {
    const expand = [...selectedFields(info).keys()].flatMap((field) => meExpands[field] ?? []);
    // The caller's User fields (under `user`) ride on the same call.
    expand.push(...userExpandsOf(selectedFieldsOf(info, 'user'), info));
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

  // Search embeds only its own expand values; the other User fields of the results load by id, batched.
  searchUsers: async (_root, { request }, ctx, info) => {
    const body = withoutNulls(request) as M.UserSearchRequest;
    const expand = canonicalExpand([
      ...(body.expand ?? []),
      ...userExpandsOf(selectedFieldsOf(info, 'results'), info, SEARCH_EXPANDS),
    ]);
    const response = await ctx.client.postUsersSearch(expand.length ? { ...body, expand: [...expand] } : body);
    ctx.loaders.users.primeMany(response.results, expand.filter((e) => USER_EXPAND_VALUES.has(e)));
    return response;
  },

  // The q64 token carries the original request's expands; these are added to them.
  searchUsersByQ64: async (_root, { q64 }, ctx, info) => {
    const expand = userExpandsOf(selectedFieldsOf(info, 'results'), info, SEARCH_EXPANDS);
    const response = await ctx.client.getUsersSearch(q64, expand.length ? { expand } : {});
    ctx.loaders.users.primeMany(response.results, expand);
    return response;
  },

  userProfiles: (_root, { pageSize, pageNumber, ids, jids, sortOrder, state }, ctx) => {
    requireUuids({ ids }, { maxItems: BULK_ID_LIMIT });
    return ctx.client.getProfilesUsers({
      pageSize: pageSize ?? undefined,
      pageNumber: pageNumber ?? undefined,
      id: lowerCaseIds(ids) ?? undefined,
      jid: jids ?? undefined,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
    });
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
