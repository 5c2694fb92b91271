/**
 * The mutation payloads (schema/mutation*.graphql). Their own fields are properties of the payload object the
 * Mutation resolver returned (src/mutations/payloads.ts); `userId` and `user` are resolved the same way
 * for every payload (src/mutations/affected-user.ts):
 * - `userId` is the affected user's id; for the caller's own password change it is read through /users/me;
 * - `user` is that user read again through the by-id loader, after the write cleared the request's caches, with
 *   the expands its selection needs (as `Query.user` reads it: `user { id routingStatus { … } }` is one
 *   GET /api/v2/users/{userId}?expand=routingStatus). `user { id }` alone costs no call, nor does a selection of
 *   listings no expand embeds (`user { id queues { … } }` is the queues call alone).
 */
import type { GatewayContext } from '../src/context.js';
import type * as R from '../src/__generated__/resolvers-types.js';
import type { MUTATION_PAYLOAD_TYPES } from '../src/graph/user-fields.js';
import type { LookaheadInfo } from '../src/lookahead.js';
import { affectedUser, affectedUserId } from '../src/mutations/affected-user.js';
import type { AffectedUser } from '../src/mutations/payloads.js';
import { owned } from '../src/relay/assignments.js';

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
