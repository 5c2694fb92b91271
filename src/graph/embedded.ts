/**
 * How a User field that the user fetch can embed is answered, and the hierarchy listings: the data logic behind
 * the thin User resolvers (resolvers/User.ts), the root `user` field and the mutation payloads' re-reads.
 *
 * Fields the user fetch can embed (src/graph/user-fields.ts) come from the parent, which the resolver that
 * returned it fetched with the expands the query selects (lookahead); see `embedded` for the fallbacks.
 * Fields that return users pass the expands of their own selection to their listing call.
 */
import type { GatewayContext } from '../context.js';
import type { User } from '../genesys/models.js';
import { fieldExpand, ROUTE_EXPANDS, userExpandsFor, userExpandsOf } from '../loaders/expands.js';
import type { UserLookupState } from '../loaders/users.js';
import {
  childInfo,
  groupByResponseKey,
  onlyIdSelected,
  perRequest,
  selectedFields,
  type LookaheadInfo,
} from '../lookahead.js';
import { idOf } from './support.js';
import { ME_LIST_CAP, USER_FIELDS, type FieldArgs, type UserFieldName } from './user-fields.js';

const lookupState = (user: User): UserLookupState => (user.state === 'deleted' ? 'deleted' : 'active');

type Value<F extends keyof User> = NonNullable<User[F]>;

/** A resolver of an embedded field: synchronous when the parent has the value. */
export type EmbeddedResolver<F extends keyof User> = (
  user: User,
  args: FieldArgs,
  ctx: GatewayContext,
  info: LookaheadInfo,
) => Value<F> | null | Promise<Value<F> | null>;

/**
 * A field the user fetch can embed with an expand (USER_FIELDS with `expand`). In order: arguments no expand
 * answers (a sort order, a client id) go to the dedicated route; the parent's own value when the parent came
 * with every expand the field needs (or, of unknown origin, carries the field); the user re-read with those
 * expands when the parent came without them (batched with every other user and field of the round, one bulk
 * call per 100 users); and when the upstream left the field out although asked (expand is best effort), the
 * dedicated route, or null for a field that has none.
 */
export function embedded<F extends UserFieldName & keyof User>(field: F): EmbeddedResolver<F> {
  const dedicated = USER_FIELDS[field]?.dedicated;
  /** The field is absent from a user read with its expands: its own route, else the refusal (this field's error alone), else null. */
  const fallback = (
    from: User | undefined,
    userId: string,
    need: readonly string[] | null,
    args: FieldArgs,
    ctx: GatewayContext,
  ): Promise<Value<F> | null> | null => {
    if (dedicated) return dedicated.load(userId, args, ctx) as Promise<Value<F> | null>;
    const refused = from && need ? ctx.loaders.users.rejectionOf(from, need) : undefined;
    if (refused) throw refused;
    return null;
  };
  const reread = async (user: User, need: readonly string[], args: FieldArgs, ctx: GatewayContext) => {
    const fresh = await ctx.loaders.users.load(idOf(user), need, lookupState(user));
    const value = fresh[field];
    return value !== undefined && value !== null ? (value as Value<F>) : fallback(fresh, idOf(user), need, args, ctx);
  };
  return (user, args, ctx, info) => {
    const need = fieldExpand(info, field, args);
    if (!need) return fallback(undefined, idOf(user), need, args, ctx);
    const own = user[field];
    const came = ctx.loaders.users.expandsOf(user);
    const complete = came ? need.every((e) => came.has(e)) : own !== undefined && own !== null;
    if (!complete) return reread(user, need, args, ctx);
    return own !== undefined && own !== null ? own : fallback(user, idOf(user), need, args, ctx);
  };
}

const embeddedAuthorization = embedded('authorization');

/**
 * `authorization`: the expand when the upstream filled it, else GET …/roles. With `unusedRoles` selected
 * the expand set is authorization + authorization.unusedRoles, and the upstream may honour one and not
 * the other: roles, permissions and policies then come from …/roles, and `unusedRoles` (no route of its
 * own) is whatever the expand gave, or null.
 */
export async function authorizationOf(
  user: User,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<Value<'authorization'> | null> {
  const own = await Promise.resolve(embeddedAuthorization(user, {}, ctx, info)).catch(() => null);
  if (own?.roles !== undefined) return own;
  const roles = await ctx.loaders.roles.load({ userId: idOf(user) });
  return own?.unusedRoles !== undefined ? { ...roles, unusedRoles: own.unusedRoles } : roles;
}

/** The direct reports or superiors GET /api/v2/users/me embeds: "the first 50", so only a shorter list is whole. */
function embeddedList(user: User, field: 'directReports' | 'superiors'): User[] | undefined {
  const list: unknown = (user as Partial<Record<typeof field, unknown>>)[field];
  return Array.isArray(list) && list.length < ME_LIST_CAP ? (list as User[]) : undefined;
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

/** A user's direct reports or superiors: the list /users/me embedded when it is whole and plain, else the listing. */
export function hierarchyList(
  user: User,
  field: 'directReports' | 'superiors',
  ctx: GatewayContext,
  info: LookaheadInfo,
): User[] | Promise<User[]> {
  return (
    (userExpandsFor(info, field).length === 0 && embeddedList(user, field)) || hierarchy[field](idOf(user), ctx, info)
  );
}

/** A user's adjacents (superiors, siblings, direct reports): one call, the union of their expands. */
export const adjacentsOf = (user: User, ctx: GatewayContext, info: LookaheadInfo) =>
  hierarchy.adjacents(idOf(user), ctx, info);

/**
 * Starts the hierarchy listings selected under a user whose id is known before it is fetched
 * (`user(id:)`, `_entities`, a mutation payload's user), so they run in the same round as the user fetch
 * instead of the next one. The keys are the ones the field resolvers compute later (one per response key),
 * so those find them cached. A listing of a user that turns out not to exist fails on its own, unobserved.
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

/** Yields to the event loop once: the loads queued before it are dispatched and their calls sent. */
const sendQueuedCalls = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Starts the manager fetches of a listing's users as soon as the listing has arrived (`users`, a search), so
 * they go out before graphql-js walks the page rather than after: the walk of hundreds of users then overlaps
 * the managers' round instead of preceding it. The keys are the ones the `manager` resolvers compute later
 * (one per response key, `userExpandsFor` of the same nodes), so they find the fetches under way; a manager
 * on the page with every expand asked for answers from the page, and `manager { id }` needs no fetch. Resolves
 * once the calls are sent (the loader's batch is dispatched on the next tick, before the caller's walk would
 * start). A fetch that fails fails its fields alone, as it would have without the prefetch.
 */
export function prefetchManagers(
  users: readonly User[] | undefined,
  listField: 'entities' | 'results',
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<void> | undefined {
  if (!users?.length) return undefined;
  const expandSets = perRequest(info, `prefetch-managers:${listField}`, () =>
    groupByResponseKey(selectedFields(info).get(listField) ?? []).flatMap((listNodes) =>
      groupByResponseKey(selectedFields(childInfo(info, listNodes), 'User').get('manager') ?? []).flatMap(
        (managerNodes) => {
          const managerInfo = childInfo(info, managerNodes);
          return onlyIdSelected(selectedFields(managerInfo, 'User')) ? [] : [userExpandsFor(managerInfo)];
        },
      ),
    ),
  );
  if (!expandSets.length) return undefined;
  const loader = ctx.loaders.users;
  let started = false;
  for (const user of users) {
    const managerId = user.manager?.id;
    if (!managerId) continue;
    for (const expand of expandSets) {
      // A manager on the page with every expand asked for answers from it; one without some, as any other.
      if (loader.has(managerId, expand)) continue;
      loader.load(managerId, expand).catch(() => undefined);
      started = true;
    }
  }
  return started ? sendQueuedCalls() : undefined;
}
