/**
 * User: the graph. Plain fields are the upstream user's own properties (default resolvers). Fields that
 * need another route go through the request's loaders, so every user, sub-resource and argument set
 * costs at most one upstream call per operation, batched with its siblings. A field the parent already
 * carries (because it was fetched with the matching expand) is answered from the parent.
 */
import type { GatewayContext } from '../src/context.js';
import type { User as UserModel } from '../src/genesys/models.js';
import type { UserResolvers } from '../src/__generated__/resolvers-types.js';
import { idOf, resolveUserRef } from './support.js';

type ExpandField = keyof UserModel;

/** An expand-only field: from the parent when present, else from the user re-read with that expand. */
function expanded<F extends ExpandField>(field: F, expand: string) {
  return async (user: UserModel, _args: unknown, ctx: GatewayContext): Promise<NonNullable<UserModel[F]> | null> => {
    const own = user[field];
    if (own !== undefined && own !== null) return own;
    const full = await ctx.loaders.users.load(idOf(user), [expand], user.state === 'deleted' ? 'deleted' : 'active');
    return full[field] ?? null;
  };
}

export const User: UserResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.users.load(reference.id),

  manager: (user, _args, ctx) => resolveUserRef(user.manager, ctx),
  superiors: (user, _args, ctx) => ctx.loaders.superiors.load({ userId: idOf(user) }),
  directReports: (user, _args, ctx) => ctx.loaders.directReports.load({ userId: idOf(user) }),
  adjacents: (user, _args, ctx) => ctx.loaders.adjacents.load({ userId: idOf(user) }),

  authorization: (user, _args, ctx) => user.authorization ?? ctx.loaders.roles.load({ userId: idOf(user) }),
  routingStatus: (user, _args, ctx) => user.routingStatus ?? ctx.loaders.routingStatus.load({ userId: idOf(user) }),
  station: (user, _args, ctx) => user.station ?? ctx.loaders.station.load({ userId: idOf(user) }),
  outOfOffice: (user, _args, ctx) => user.outOfOffice ?? ctx.loaders.outOfOffice.load({ userId: idOf(user) }),
  callForwarding: (user, _args, ctx) => ctx.loaders.callForwarding.load({ userId: idOf(user) }),
  profileSkills: (user, _args, ctx) => user.profileSkills ?? ctx.loaders.profileSkills.load({ userId: idOf(user) }),
  profile: (user, _args, ctx) => ctx.loaders.profile.load({ userId: idOf(user) }),
  geolocation: (user, { clientId }, ctx) =>
    clientId
      ? ctx.loaders.geolocation.load({ userId: idOf(user), clientId })
      : expanded('geolocation', 'geolocation')(user, {}, ctx),

  skills: (user, { sortOrder }, ctx) =>
    ctx.loaders.skillsAll.load({ userId: idOf(user), sortOrder: sortOrder ?? undefined }),
  skillsPage: (user, { pageSize, pageNumber, sortOrder }, ctx) =>
    ctx.loaders.skillsPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
    }),
  languages: (user, { sortOrder }, ctx) =>
    ctx.loaders.languagesAll.load({ userId: idOf(user), sortOrder: sortOrder ?? undefined }),
  languagesPage: (user, { pageSize, pageNumber, sortOrder }, ctx) =>
    ctx.loaders.languagesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
    }),
  queues: (user, { joined, divisionIds }, ctx) =>
    ctx.loaders.queuesAll.load({
      userId: idOf(user),
      joined: joined ?? true,
      divisionId: divisionIds?.length ? [...divisionIds].sort() : undefined,
    }),
  queuesPage: (user, { pageSize, pageNumber, joined, divisionIds }, ctx) =>
    ctx.loaders.queuesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      joined: joined ?? true,
      divisionId: divisionIds?.length ? [...divisionIds].sort() : undefined,
    }),
  trustors: (user, _args, ctx) => ctx.loaders.trustorsAll.load({ userId: idOf(user) }),
  trustorsPage: (user, { pageSize, pageNumber }, ctx) =>
    ctx.loaders.trustorsPage.load({ userId: idOf(user), pageSize: pageSize ?? 25, pageNumber: pageNumber ?? 1 }),
  favorites: (user, { sortOrder }, ctx) =>
    ctx.loaders.favoritesAll.load({ userId: idOf(user), sortOrder: sortOrder ?? undefined }),
  favoritesPage: (user, { pageSize, pageNumber, sortOrder }, ctx) =>
    ctx.loaders.favoritesPage.load({
      userId: idOf(user),
      pageSize: pageSize ?? 25,
      pageNumber: pageNumber ?? 1,
      sortOrder: sortOrder ?? undefined,
    }),

  // Expand-only fields: the Users API has no route of their own.
  presence: expanded('presence', 'presence'),
  integrationPresence: expanded('integrationPresence', 'integrationPresence'),
  conversationSummary: expanded('conversationSummary', 'conversationSummary'),
  locations: expanded('locations', 'locations'),
  groups: expanded('groups', 'groups'),
  team: expanded('team', 'team'),
  workPlanBidRanks: expanded('workPlanBidRanks', 'workPlanBidRanks'),
  certifications: expanded('certifications', 'certifications'),
  biography: expanded('biography', 'biography'),
  employerInfo: expanded('employerInfo', 'employerInfo'),
  languagePreference: expanded('languagePreference', 'languagePreference'),
  lastTokenIssued: expanded('lastTokenIssued', 'lasttokenissued'),
  dateLastLogin: expanded('dateLastLogin', 'dateLastLogin'),
  dateWelcomeSent: expanded('dateWelcomeSent', 'dateWelcomeSent'),
};
