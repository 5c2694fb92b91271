/**
 * Mutation: one resolver per upstream write. Each checks its arguments and builds the upstream body
 * (src/mutations/validate.ts: BAD_USER_INPUT and no upstream call on bad input), sends the write exactly once
 * through the client (no retries: got's are off and nothing here repeats a call), then forgets what the
 * request had cached about the affected user, so later fields of the operation read fresh state. GraphQL
 * runs the root fields of a mutation one after the other, so a write never races another of the same operation.
 *
 * Writes that return a user prime the by-id loader with it; the others return a payload
 * (src/mutations/payloads.ts) whose `user` is read again only when selected (resolvers/MutationPayloads.ts).
 */
import type { GatewayContext } from '../src/context.js';
import type { MutationResolvers } from '../src/__generated__/resolvers-types.js';
import type { UserLookupState } from '../src/loaders/users.js';
import type { AffectedUser } from '../src/mutations/payloads.js';
import * as check from '../src/mutations/validate.js';

/**
 * Sends one write, then clears the request's caches for the users it touched, also when it failed: a write
 * that timed out may still have happened upstream.
 */
async function write<T>(ctx: GatewayContext, userIds: readonly string[], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } finally {
    for (const id of userIds) ctx.loaders.clearUser(id);
  }
}

const affected = (userId: string, lookupState: UserLookupState = 'active'): AffectedUser => ({ userId, lookupState });

/** A write about one user whose upstream answer the payload carries under `key` (undefined for an empty answer). */
async function answered<K extends string, T>(
  ctx: GatewayContext,
  userId: string,
  key: K,
  send: () => Promise<T | undefined>,
): Promise<AffectedUser & Record<K, T | undefined>> {
  const answer = (await write(ctx, [userId], send)) ?? undefined;
  return { ...affected(userId), [key]: answer } as AffectedUser & Record<K, T | undefined>;
}

export const Mutation: MutationResolvers = {
  // ---- users
  createUser: async (_root, { input }, ctx) => {
    const body = check.createUserBody(input);
    const user = await ctx.client.postUsers(body);
    ctx.loaders.users.prime(user);
    return user;
  },

  updateUser: async (_root, { userId, input }, ctx) => {
    const body = check.updateUserBody(userId, input);
    // A new manager's direct reports change too.
    const touched = input.manager ? [userId, input.manager] : [userId];
    const user = await write(ctx, touched, () => ctx.client.patchUser(userId, body));
    ctx.loaders.users.prime(user);
    return user;
  },

  deleteUser: async (_root, { userId }, ctx) => {
    check.checkUserId(userId);
    await write(ctx, [userId], () => ctx.client.deleteUser(userId));
    return affected(userId, 'deleted');
  },

  updateUsersAcdAutoAnswer: async (_root, { input }, ctx) => {
    const body = check.patchUsersBody(input);
    const listing = await write(
      ctx,
      input.map((u) => u.id),
      () => ctx.client.patchUsersBulk(body),
    );
    const users = listing?.entities ?? [];
    ctx.loaders.users.primeMany(users);
    return users;
  },

  inviteUser: async (_root, { userId, force }, ctx) => {
    check.checkUserId(userId);
    await write(ctx, [userId], () => ctx.client.postUserInvite(userId, { force: force ?? undefined }));
    return affected(userId);
  },

  changeUserPassword: async (_root, { userId, input }, ctx) => {
    const body = check.changePasswordBody(userId, input);
    await write(ctx, [userId], () => ctx.client.postUserPassword(userId, body));
    return affected(userId);
  },

  changeMyPassword: async (_root, { input }, ctx) => {
    const body = check.changeMyPasswordBody(input);
    await ctx.client.postUsersMePassword(body);
    // The caller's id is not known without GET /users/me; the payload reads (and refreshes) it when selected.
    return { userId: undefined, lookupState: 'active' };
  },

  // ---- routing skills and languages
  addUserRoutingSkill: async (_root, { userId, input }, ctx) => {
    const body = check.routingSkillPostBody(userId, input);
    return answered(ctx, userId, 'skill', () => ctx.client.postUserRoutingskills(userId, body));
  },

  updateUserRoutingSkill: async (_root, { userId, skillId, input }, ctx) => {
    const body = check.proficiencyAndStateBody(userId, 'skillId', skillId, input);
    return answered(ctx, userId, 'skill', () => ctx.client.putUserRoutingskill(userId, skillId, body));
  },

  removeUserRoutingSkill: async (_root, { userId, skillId }, ctx) => {
    check.checkIds(userId, { skillId });
    await write(ctx, [userId], () => ctx.client.deleteUserRoutingskill(userId, skillId));
    return { ...affected(userId), removedSkillId: skillId };
  },

  addUserRoutingLanguage: async (_root, { userId, input }, ctx) => {
    const body = check.routingLanguagePostBody(userId, input);
    return answered(ctx, userId, 'language', () => ctx.client.postUserRoutinglanguages(userId, body));
  },

  updateUserRoutingLanguage: async (_root, { userId, languageId, input }, ctx) => {
    const body = check.proficiencyAndStateBody(userId, 'languageId', languageId, input);
    return answered(ctx, userId, 'language', () => ctx.client.patchUserRoutinglanguage(userId, languageId, body));
  },

  removeUserRoutingLanguage: async (_root, { userId, languageId }, ctx) => {
    check.checkIds(userId, { languageId });
    await write(ctx, [userId], () => ctx.client.deleteUserRoutinglanguage(userId, languageId));
    return { ...affected(userId), removedLanguageId: languageId };
  },

  // ---- queues and routing status
  setUserQueueMembership: async (_root, { userId, queueId, joined }, ctx) => {
    const body = check.userQueueBody(userId, queueId, joined);
    return answered(ctx, userId, 'queue', () => ctx.client.patchUserQueue(userId, queueId, body));
  },

  setUserQueuesMembership: async (_root, { userId, input, divisionIds }, ctx) => {
    const body = check.userQueuesBody(userId, input, divisionIds);
    const divisionId = divisionIds?.length ? divisionIds : undefined;
    const listing = await write(ctx, [userId], () => ctx.client.patchUserQueues(userId, body, { divisionId }));
    return { ...affected(userId), queues: listing?.entities ?? [] };
  },

  setUserRoutingStatus: async (_root, { userId, input }, ctx) => {
    const body = check.routingStatusBody(userId, input);
    return answered(ctx, userId, 'routingStatus', () => ctx.client.putUserRoutingstatus(userId, body));
  },

  // ---- roles
  setUserRoles: async (_root, { userId, roleIds }, ctx) => {
    const body = check.roleIdsBody(userId, roleIds);
    return answered(ctx, userId, 'authorization', () => ctx.client.putUserRoles(userId, body));
  },

  removeUserRoles: async (_root, { userId }, ctx) => {
    check.checkUserId(userId);
    await write(ctx, [userId], () => ctx.client.deleteUserRoles(userId));
    return affected(userId);
  },

  // ---- out of office, call forwarding, geolocation, profile skills
  setUserOutOfOffice: async (_root, { userId, input }, ctx) => {
    const body = check.outOfOfficeBody(userId, input);
    return answered(ctx, userId, 'outOfOffice', () => ctx.client.putUserOutofoffice(userId, body));
  },

  replaceUserCallForwarding: async (_root, { userId, input }, ctx) => {
    const body = check.callForwardingBody(userId, input, 'replace');
    return answered(ctx, userId, 'callForwarding', () => ctx.client.putUserCallforwarding(userId, body));
  },

  updateUserCallForwarding: async (_root, { userId, input }, ctx) => {
    const body = check.callForwardingBody(userId, input, 'merge');
    return answered(ctx, userId, 'callForwarding', () => ctx.client.patchUserCallforwarding(userId, body));
  },

  updateUserGeolocation: async (_root, { userId, clientId, input }, ctx) => {
    const body = check.geolocationBody(userId, clientId, input);
    return {
      ...(await answered(ctx, userId, 'geolocation', () => ctx.client.patchUserGeolocation(userId, clientId, body))),
      clientId,
    };
  },

  setUserProfileSkills: async (_root, { userId, skills }, ctx) => {
    const body = check.profileSkillsBody(userId, skills);
    const profileSkills = await write(ctx, [userId], () => ctx.client.putUserProfileskills(userId, body));
    return { ...affected(userId), profileSkills: profileSkills ?? [] };
  },

  // ---- stations (no response body). Another user who held the station loses it upstream; the gateway
  // cannot know who without an extra read, so only the user named here is refreshed.
  setUserAssociatedStation: async (_root, { userId, stationId }, ctx) => {
    check.checkIds(userId, { stationId });
    await write(ctx, [userId], () => ctx.client.putUserStationAssociatedstationStationId(userId, stationId));
    return affected(userId);
  },

  clearUserAssociatedStation: async (_root, { userId }, ctx) => {
    check.checkUserId(userId);
    await write(ctx, [userId], () => ctx.client.deleteUserStationAssociatedstation(userId));
    return affected(userId);
  },

  setUserDefaultStation: async (_root, { userId, stationId }, ctx) => {
    check.checkIds(userId, { stationId });
    await write(ctx, [userId], () => ctx.client.putUserStationDefaultstationStationId(userId, stationId));
    return affected(userId);
  },

  clearUserDefaultStation: async (_root, { userId }, ctx) => {
    check.checkUserId(userId);
    await write(ctx, [userId], () => ctx.client.deleteUserStationDefaultstation(userId));
    return affected(userId);
  },
};
