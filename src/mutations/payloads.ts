/**
 * What the Mutation resolvers hand to the payload types of schema/mutation*.graphql (codegen maps each payload
 * type to the interface of the same name here, as it maps the other object types to the upstream models).
 * Every payload knows the affected user: `user` of a payload is read again through the loaders after the
 * write (see resolvers/MutationPayloads.ts). Each payload also carries what the upstream answered, when it
 * answered with a body.
 */
import type * as M from '../genesys/models.js';
import type { UserLookupState } from '../loaders/users.js';

/** The user a write changed. */
export interface AffectedUser {
  /** Undefined only for the caller's own password change: the id is then read through GET /api/v2/users/me. */
  userId: string | undefined;
  /** Where `user` looks the user up: `deleted` after deleteUser. */
  lookupState: UserLookupState;
  /** When `userId` is undefined: the caller's id, once read (shared by the payload's fields). */
  caller?: Promise<string>;
}

export type UserMutationPayload = AffectedUser;

export interface UserRoutingSkillPayload extends AffectedUser {
  skill: M.UserRoutingSkill | undefined;
}

export interface RemoveUserRoutingSkillPayload extends AffectedUser {
  removedSkillId: string;
}

export interface UserRoutingLanguagePayload extends AffectedUser {
  language: M.UserRoutingLanguage | undefined;
}

export interface RemoveUserRoutingLanguagePayload extends AffectedUser {
  removedLanguageId: string;
}

export interface UserQueuePayload extends AffectedUser {
  queue: M.UserQueue | undefined;
}

export interface UserQueuesPayload extends AffectedUser {
  queues: M.UserQueue[];
}

export interface RoutingStatusPayload extends AffectedUser {
  routingStatus: M.RoutingStatus | undefined;
}

export interface UserAuthorizationPayload extends AffectedUser {
  authorization: M.UserAuthorization | undefined;
}

export interface OutOfOfficePayload extends AffectedUser {
  outOfOffice: M.OutOfOffice | undefined;
}

export interface CallForwardingPayload extends AffectedUser {
  callForwarding: M.CallForwarding | undefined;
}

export interface GeolocationPayload extends AffectedUser {
  clientId: string;
  geolocation: M.Geolocation | undefined;
}

export interface ProfileSkillsPayload extends AffectedUser {
  profileSkills: string[];
}
