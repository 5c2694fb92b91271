/**
 * The mutation payloads (schema/mutation*.graphql). Their own fields are properties of the payload object the
 * Mutation resolver returned (src/mutations/payloads.ts); `userId` and `user` are resolved here, the same way
 * for every payload (the User fields answered from a reference `{ id }` are ID_ONLY_FIELDS, src/graph/user-fields.ts):
 * - `userId` is the affected user's id; for the caller's own password change it is read through /users/me;
 * - `user` is that user read again through the by-id loader, after the write cleared the request's caches, with
 *   the expands its selection needs (as `Query.user` reads it: `user { id routingStatus { … } }` is one
 *   GET /api/v2/users/{userId}?expand=routingStatus). `user { id }` alone costs no call, nor does a selection of
 *   listings no expand embeds (`user { id queues { … } }` is the queues call alone).
 */
import type { GatewayContext } from '../src/context.js';
import type * as R from '../src/__generated__/resolvers-types.js';
import { UpstreamError } from '../src/genesys/errors.js';
import type { User } from '../src/genesys/models.js';
import { userExpandsFor } from '../src/loaders/expands.js';
import { selectedFields, type LookaheadInfo } from '../src/lookahead.js';
import type { AffectedUser } from '../src/mutations/payloads.js';
import { owned } from '../src/relay/assignments.js';
import { prefetchHierarchy } from '../src/graph/embedded.js';
import { idOf } from '../src/graph/support.js';
import { ID_ONLY_FIELDS, MUTATION_PAYLOAD_TYPES } from '../src/graph/user-fields.js';

function affectedUserId(payload: AffectedUser, ctx: GatewayContext): string | Promise<string> {
  if (payload.userId !== undefined) return payload.userId;
  // The caller's own write (password): read who the caller is, and forget what the request read about them
  // before the write; once per payload, however many of its fields ask.
  payload.caller ??= ctx.loaders.me().then((me) => {
    const id = idOf(me);
    ctx.loaders.clearUser(id);
    return id;
  });
  return payload.caller;
}

async function affectedUser(payload: AffectedUser, ctx: GatewayContext, info: LookaheadInfo): Promise<User | null> {
  const id = await affectedUserId(payload, ctx);
  const selection = selectedFields(info, 'User');
  if ([...selection.keys()].every((field) => ID_ONLY_FIELDS.has(field))) return { id };
  if (payload.lookupState === 'active') prefetchHierarchy(id, ctx, info);
  try {
    return await ctx.loaders.users.load(id, userExpandsFor(info), payload.lookupState);
  } catch (err) {
    // The write succeeded; a user that is gone since (deleted by someone else) is null, not an error.
    if (err instanceof UpstreamError && err.status === 404) return null;
    throw err;
  }
}

const userOf = {
  userId: (payload: AffectedUser, _args: unknown, ctx: GatewayContext) => affectedUserId(payload, ctx),
  user: (payload: AffectedUser, _args: unknown, ctx: GatewayContext, info: LookaheadInfo) =>
    affectedUser(payload, ctx, info),
};

type PayloadName = (typeof MUTATION_PAYLOAD_TYPES)[number];

/** The resolvers of every payload type, by type name (resolvers/index.ts spreads them last, so a clash is a compile error). */
export const payloadResolvers: Required<Pick<R.Resolvers, PayloadName>> = {
  UserMutationPayload: userOf,
  // The assignments a write returns get the per-user ids of the affected user (src/relay/assignments.ts).
  UserRoutingSkillPayload: { ...userOf, skill: (payload) => owned(payload.userId, payload.skill ?? null) },
  RemoveUserRoutingSkillPayload: userOf,
  UserRoutingLanguagePayload: { ...userOf, language: (payload) => owned(payload.userId, payload.language ?? null) },
  RemoveUserRoutingLanguagePayload: userOf,
  UserQueuePayload: { ...userOf, queue: (payload) => owned(payload.userId, payload.queue ?? null) },
  UserQueuesPayload: { ...userOf, queues: (payload) => owned(payload.userId, payload.queues) },
  RoutingStatusPayload: userOf,
  UserAuthorizationPayload: userOf,
  OutOfOfficePayload: userOf,
  CallForwardingPayload: userOf,
  GeolocationPayload: { ...userOf, geolocation: (payload) => owned(payload.userId, payload.geolocation ?? null) },
  ProfileSkillsPayload: userOf,
};
