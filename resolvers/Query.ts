/** Query: the entry points. Each reads its arguments and calls a loader or the upstream client. */
import type { QueryResolvers } from '../src/__generated__/resolvers-types.js';
import type * as M from '../src/genesys/models.js';
import { selectedFields } from '../src/lookahead.js';
import { withoutNulls } from './support.js';

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
  user: (_root, { id, state }, ctx) => ctx.loaders.users.load(id, [], state === 'deleted' ? 'deleted' : 'active'),

  users: async (_root, { pageSize, pageNumber, ids, sortOrder, state }, ctx) => {
    const listing = await ctx.client.getUsers({
      pageSize: pageSize ?? undefined,
      pageNumber: pageNumber ?? undefined,
      id: ids ?? undefined,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
    });
    ctx.loaders.users.primeMany(listing.entities);
    return listing;
  },

  me: (_root, _args, ctx) => ctx.loaders.me(),

  meDetails: (_root, _args, ctx, info) => {
    const expand = [...selectedFields(info).keys()].flatMap((field) => meExpands[field] ?? []);
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

  searchUsers: async (_root, { request }, ctx) => {
    const response = await ctx.client.postUsersSearch(withoutNulls(request) as M.UserSearchRequest);
    ctx.loaders.users.primeMany(response.results);
    return response;
  },

  searchUsersByQ64: async (_root, { q64 }, ctx) => {
    const response = await ctx.client.getUsersSearch(q64);
    ctx.loaders.users.primeMany(response.results);
    return response;
  },

  userProfiles: (_root, { pageSize, pageNumber, ids, jids, sortOrder, state }, ctx) =>
    ctx.client.getProfilesUsers({
      pageSize: pageSize ?? undefined,
      pageNumber: pageNumber ?? undefined,
      id: ids ?? undefined,
      jid: jids ?? undefined,
      sortOrder: sortOrder ?? undefined,
      state: state ?? undefined,
    }),

  fieldConfig: (_root, { type }, ctx) => ctx.client.getFieldconfig(type),

  userAggregates: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersAggregatesQuery(withoutNulls(query) as M.AggregationQuery),
  userDetails: (_root, { query }, ctx) =>
    // The input mirrors the seed-era UserDetailsQuery (one filter type for all three filter lists).
    ctx.client.postAnalyticsUsersDetailsQuery(withoutNulls(query) as unknown as M.UserDetailsQuery),
  userObservations: (_root, { query }, ctx) =>
    ctx.client.postAnalyticsUsersObservationsQuery(withoutNulls(query) as M.ObservationQuery),
};
