/**
 * User: the graph. Plain fields are the upstream user's own properties (default resolvers). Fields that
 * need another route go through the request's loaders, so every user, sub-resource and argument set
 * costs at most one upstream call per operation, batched with its siblings.
 *
 * Fields the user fetch can embed (src/loaders/expands.ts) come from the parent, which the resolver that
 * returned it fetched with the expands the query selects (lookahead); see `embeddable` for the fallbacks.
 * Fields that return users pass the expands of their own selection to their listing call.
 */
import type { GatewayContext } from '../src/context.js';
import type { User as UserModel } from '../src/genesys/models.js';
import type { UserResolvers } from '../src/__generated__/resolvers-types.js';
import {
  fieldExpand,
  ME_LIST_CAP,
  profileExpandsFor,
  ROUTE_EXPANDS,
  userExpandsFor,
  userExpandsOf,
} from '../src/loaders/expands.js';
import type { UserLookupState } from '../src/loaders/users.js';
import {
  childInfo,
  groupByResponseKey,
  onlyIdSelected,
  perRequest,
  selectedFields,
  selectedFieldsOf,
  type LookaheadInfo,
} from '../src/lookahead.js';
import { divisionFilter, idOf, nullIfNotFound } from './support.js';

const lookupState = (user: UserModel): UserLookupState => (user.state === 'deleted' ? 'deleted' : 'active');

type Value<F extends keyof UserModel> = NonNullable<UserModel[F]>;
/** The field's own route, for arguments no expand answers and for expands the upstream left out. */
type Dedicated<F extends keyof UserModel, A> = (
  userId: string,
  args: A,
  ctx: GatewayContext,
) => Promise<Value<F> | null>;

/**
 * A field the user fetch can embed with an expand. In order: arguments no expand answers (a sort order,
 * a client id) go to the dedicated endpoint; the parent's own value when the parent came with every
 * expand the field needs (or, of unknown origin, carries the field); the user re-read with those expands
 * when the parent came without them (batched with every other user and field of the round, one bulk
 * call per 100 users); and when the upstream left the field out although asked (expand is best effort),
 * the dedicated endpoint, or null for a field that has none.
 */
function embeddable<F extends keyof UserModel, A extends object = object>(field: F, dedicated?: Dedicated<F, A>) {
  /** The field is absent from a user read with its expands: its own route, else the refusal (this field's error alone), else null. */
  const fallback = (
    from: UserModel | undefined,
    userId: string,
    need: readonly string[] | null,
    args: A,
    ctx: GatewayContext,
  ) => {
    if (dedicated) return dedicated(userId, args, ctx);
    const refused = from && need ? ctx.loaders.users.rejectionOf(from, need) : undefined;
    if (refused) throw refused;
    return null;
  };
  const reread = async (
    user: UserModel,
    need: readonly string[],
    args: A,
    ctx: GatewayContext,
  ): Promise<Value<F> | null> => {
    const fresh = await ctx.loaders.users.load(idOf(user), need, lookupState(user));
    const value = fresh[field];
    return value !== undefined && value !== null ? value : fallback(fresh, idOf(user), need, args, ctx);
  };
  // Synchronous when the parent has the value (the common case: a page of users fetched with the expand).
  return (
    user: UserModel,
    args: A,
    ctx: GatewayContext,
    info: LookaheadInfo,
  ): Value<F> | null | Promise<Value<F> | null> => {
    const need = fieldExpand(info, field, args as Readonly<Record<string, unknown>>);
    if (!need) return fallback(undefined, idOf(user), need, args, ctx);
    const own = user[field];
    const came = ctx.loaders.users.expandsOf(user);
    const complete = came ? need.every((e) => came.has(e)) : own !== undefined && own !== null;
    if (!complete) return reread(user, need, args, ctx);
    return own !== undefined && own !== null ? own : fallback(user, idOf(user), need, args, ctx);
  };
}

const embeddedAuthorization = embeddable('authorization');
const embeddedGeolocation = embeddable('geolocation');

/**
 * `authorization`: the expand when the upstream filled it, else GET …/roles. With `unusedRoles` selected
 * the expand set is authorization + authorization.unusedRoles, and the upstream may honour one and not
 * the other: roles, permissions and policies then come from …/roles, and `unusedRoles` (no route of its
 * own) is whatever the expand gave, or null.
 */
async function authorizationOf(
  user: UserModel,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<Value<'authorization'> | null> {
  const own = await Promise.resolve(embeddedAuthorization(user, {}, ctx, info)).catch(() => null);
  if (own?.roles !== undefined) return own;
  const roles = await ctx.loaders.roles.load({ userId: idOf(user) });
  return own?.unusedRoles !== undefined ? { ...roles, unusedRoles: own.unusedRoles } : roles;
}

/** The direct reports or superiors GET /api/v2/users/me embeds: "the first 50", so only a shorter list is whole. */
function embeddedList(user: UserModel, field: 'directReports' | 'superiors'): UserModel[] | undefined {
  const list: unknown = (user as Partial<Record<typeof field, unknown>>)[field];
  return Array.isArray(list) && list.length < ME_LIST_CAP ? (list as UserModel[]) : undefined;
}

/** The hierarchy listings: one call per user, carrying the expands of the users they return. */
const hierarchy = {
  directReports: (userId: string, ctx: GatewayContext, info: LookaheadInfo) =>
    ctx.loaders.directReports.load({ userId, expand: userExpandsFor(info, 'directReports') }),
  superiors: (userId: string, ctx: GatewayContext, info: LookaheadInfo) =>
    ctx.loaders.superiors.load({ userId, expand: userExpandsFor(info, 'superiors') }),
  /** One expand set for the three lists of adjacents: the union of what each selects. */
  adjacents: (userId: string, ctx: GatewayContext, info: LookaheadInfo) => {
    const expand = perRequest(info, 'adjacents', () => {
      const selection = selectedFields(info);
      const users = ['superiors', 'siblings', 'directReports'].flatMap((name) => selection.get(name) ?? []);
      return userExpandsOf(selectedFields(childInfo(info, users), 'User'), info, ROUTE_EXPANDS.adjacents);
    });
    return ctx.loaders.adjacents.load({ userId, expand });
  },
};

/**
 * Starts the hierarchy listings selected under a user whose id is known before it is fetched
 * (`user(id:)`, `_entities`), so they run in the same round as the user fetch instead of the next one.
 * The keys are the ones the field resolvers compute later (one per response key), so those find them
 * cached. A listing of a user that turns out not to exist fails on its own, unobserved.
 */
export function prefetchHierarchy(userId: string, ctx: GatewayContext, info: LookaheadInfo): void {
  const listings = perRequest(info, 'prefetch', () => {
    const selection = selectedFields(info, 'User');
    return (['directReports', 'superiors', 'adjacents'] as const).flatMap((name) =>
      groupByResponseKey(selection.get(name) ?? []).map((nodes) => ({ name, info: childInfo(info, nodes) })),
    );
  });
  for (const listing of listings) hierarchy[listing.name](userId, ctx, listing.info).catch(() => undefined);
}

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
  superiors: (user, _args, ctx, info) =>
    (userExpandsFor(info, 'superiors').length === 0 && embeddedList(user, 'superiors')) ||
    hierarchy.superiors(idOf(user), ctx, info),
  directReports: (user, _args, ctx, info) =>
    (userExpandsFor(info, 'directReports').length === 0 && embeddedList(user, 'directReports')) ||
    hierarchy.directReports(idOf(user), ctx, info),
  adjacents: (user, _args, ctx, info) => hierarchy.adjacents(idOf(user), ctx, info),

  authorization: (user, _args, ctx, info) => authorizationOf(user, ctx, info),
  routingStatus: embeddable('routingStatus', (userId, _args, ctx) => ctx.loaders.routingStatus.load({ userId })),
  station: embeddable('station', (userId, _args, ctx) => ctx.loaders.station.load({ userId })),
  outOfOffice: embeddable('outOfOffice', (userId, _args, ctx) => ctx.loaders.outOfOffice.load({ userId })),
  profileSkills: embeddable('profileSkills', (userId, _args, ctx) => ctx.loaders.profileSkills.load({ userId })),
  geolocation: (user: UserModel, args: { clientId?: string | null }, ctx: GatewayContext, info: LookaheadInfo) =>
    args.clientId
      ? nullIfNotFound(ctx.loaders.geolocation.load({ userId: idOf(user), clientId: args.clientId }))
      : embeddedGeolocation(user, args, ctx, info),
  skills: embeddable('skills', (userId, { sortOrder }: { sortOrder?: string | null }, ctx) =>
    ctx.loaders.skillsAll.load({ userId, sortOrder: sortOrder ?? undefined }),
  ),
  languages: embeddable('languages', (userId, { sortOrder }: { sortOrder?: string | null }, ctx) =>
    ctx.loaders.languagesAll.load({ userId, sortOrder: sortOrder ?? undefined }),
  ),
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
  presence: embeddable('presence'),
  integrationPresence: embeddable('integrationPresence'),
  conversationSummary: embeddable('conversationSummary'),
  locations: embeddable('locations'),
  groups: embeddable('groups'),
  team: embeddable('team'),
  workPlanBidRanks: embeddable('workPlanBidRanks'),
  certifications: embeddable('certifications'),
  biography: embeddable('biography'),
  employerInfo: embeddable('employerInfo'),
  languagePreference: embeddable('languagePreference'),
  lastTokenIssued: embeddable('lastTokenIssued'),
  dateLastLogin: embeddable('dateLastLogin'),
  dateWelcomeSent: embeddable('dateWelcomeSent'),
};
