/**
 * User: the graph. Plain fields are the upstream user's own properties (default resolvers). Fields that
 * need another route go through the request's loaders, so every user, sub-resource and argument set
 * costs at most one upstream call per operation, batched with its siblings.
 *
 * What each field needs (expand, dedicated route, cost) is in src/graph/user-fields.ts; fields the user
 * fetch can embed resolve through src/graph/embedded.ts. Fields that return users pass the expands of
 * their own selection to their listing call.
 */
import type { GatewayContext } from '../src/context.js';
import type { User as UserModel } from '../src/genesys/models.js';
import type { UserResolvers } from '../src/__generated__/resolvers-types.js';
import { adjacentsOf, authorizationOf, embedded, hierarchyList, prefetchHierarchy } from '../src/graph/embedded.js';
import { divisionFilter, idOf, nullIfNotFound } from '../src/graph/support.js';
import { profileExpandsFor, ROUTE_EXPANDS, userExpandsFor, userExpandsOf } from '../src/loaders/expands.js';
import { onlyIdSelected, perRequest, selectedFields, selectedFieldsOf, type LookaheadInfo } from '../src/lookahead.js';

const embeddedGeolocation = embedded('geolocation');

export const User: UserResolvers = {
  __resolveReference: (reference, ctx, info) => {
    prefetchHierarchy(reference.id, ctx, info);
    return nullIfNotFound(ctx.loaders.users.load(reference.id, userExpandsFor(info)));
  },

  /** The upstream gives a reference; `manager { id }` is answered from it, anything more loads the manager. */
  manager: (user, _args, ctx, info) => {
    const ref = user.manager;
    if (!ref?.id) return null;
    const referenceOnly = perRequest(info, 'onlyId', () => onlyIdSelected(selectedFields(info, 'User')));
    return referenceOnly ? ref : nullIfNotFound(ctx.loaders.users.load(ref.id, userExpandsFor(info)));
  },
  superiors: (user, _args, ctx, info) => hierarchyList(user, 'superiors', ctx, info),
  directReports: (user, _args, ctx, info) => hierarchyList(user, 'directReports', ctx, info),
  adjacents: (user, _args, ctx, info) => adjacentsOf(user, ctx, info),

  authorization: (user, _args, ctx, info) => authorizationOf(user, ctx, info),
  routingStatus: embedded('routingStatus'),
  station: embedded('station'),
  outOfOffice: embedded('outOfOffice'),
  profileSkills: embedded('profileSkills'),
  geolocation: (user: UserModel, args: { clientId?: string | null }, ctx: GatewayContext, info: LookaheadInfo) =>
    args.clientId
      ? nullIfNotFound(ctx.loaders.geolocation.load({ userId: idOf(user), clientId: args.clientId }))
      : embeddedGeolocation(user, args, ctx, info),
  skills: embedded('skills'),
  languages: embedded('languages'),
  callForwarding: (user, _args, ctx) => ctx.loaders.callForwarding.load({ userId: idOf(user) }),
  profile: (user, _args, ctx, info) =>
    ctx.loaders.profile.load({ userId: idOf(user), expand: profileExpandsFor(info, ROUTE_EXPANDS.profile) }),

  skillsPage: (user, { pageSize, pageNumber, sortOrder }, ctx) =>
    ctx.loaders.skillsPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
    }),
  languagesPage: (user, { pageSize, pageNumber, sortOrder }, ctx) =>
    ctx.loaders.languagesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
    }),
  // No expand embeds queues (joined or not): always the listing.
  queues: (user, { joined, divisionIds }, ctx) =>
    ctx.loaders.queuesAll.load({
      userId: idOf(user),
      joined: joined ?? true,
      divisionId: divisionFilter(divisionIds),
    }),
  queuesPage: (user, { pageSize, pageNumber, joined, divisionIds }, ctx) =>
    ctx.loaders.queuesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      joined: joined ?? true,
      divisionId: divisionFilter(divisionIds),
    }),
  trustors: (user, _args, ctx) => ctx.loaders.trustorsAll.load({ userId: idOf(user) }),
  trustorsPage: (user, { pageSize, pageNumber }, ctx) =>
    ctx.loaders.trustorsPage.load({ userId: idOf(user), pageSize: pageSize ?? 25, pageNumber: pageNumber ?? 1 }),
  favorites: (user, { sortOrder }, ctx, info) =>
    ctx.loaders.favoritesAll.load({
      userId: idOf(user),
      sortOrder: sortOrder ?? undefined,
      expand: userExpandsFor(info, 'favorites'),
    }),
  favoritesPage: (user, { pageSize, pageNumber, sortOrder }, ctx, info) =>
    ctx.loaders.favoritesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
      expand: userExpandsOf(selectedFieldsOf(info, 'entities'), info, ROUTE_EXPANDS.favorites),
    }),

  // Expand-only fields: the Users API has no route of their own.
  presence: embedded('presence'),
  integrationPresence: embedded('integrationPresence'),
  conversationSummary: embedded('conversationSummary'),
  locations: embedded('locations'),
  groups: embedded('groups'),
  team: embedded('team'),
  workPlanBidRanks: embedded('workPlanBidRanks'),
  certifications: embedded('certifications'),
  biography: embedded('biography'),
  employerInfo: embedded('employerInfo'),
  languagePreference: embedded('languagePreference'),
  lastTokenIssued: embedded('lastTokenIssued'),
  dateLastLogin: embedded('dateLastLogin'),
  dateWelcomeSent: embedded('dateWelcomeSent'),
};
