/**
 * The resolver map, one entry per GraphQL type with resolvers of its own, listed explicitly so that a
 * type cannot be defined twice by accident. Types not listed here use the default resolvers: their
 * fields are the upstream object's own properties. `buildSchema` joins it with the SDL (src/schema.ts).
 */
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../src/__generated__/resolvers-types.js';
import { buildSubgraph } from '../src/schema.js';
import { Adjacents } from './Adjacents.js';
import { CallForwarding } from './CallForwarding.js';
import { Group } from './Group.js';
import { liveEventResolvers } from './LiveEvents.js';
import { Mutation } from './Mutation.js';
import { payloadResolvers } from './MutationPayloads.js';
import { OrganizationPresence } from './OrganizationPresence.js';
import { OrgUser } from './OrgUser.js';
import { OutOfOffice } from './OutOfOffice.js';
import { Password } from './Password.js';
import { Query } from './Query.js';
import { Subscription } from './Subscription.js';
import { relayResolvers, RelayQuery, RelayUser, withAssignmentOwners } from './Relay.js';
import { DateTime, JSONScalar, SafeInt } from './scalars.js';
import { TrustorEntityListing } from './TrustorEntityListing.js';
import { User } from './User.js';
import { UserEntityListing } from './UserEntityListing.js';
import { UserExpands } from './UserExpands.js';
import { UserFullReference } from './UserFullReference.js';
import { UserLanguageEntityListing } from './UserLanguageEntityListing.js';
import { UserMe } from './UserMe.js';
import { UserProfile } from './UserProfile.js';
import { UserProfileEntityListing } from './UserProfileEntityListing.js';
import { UserQueueEntityListing } from './UserQueueEntityListing.js';
import { UserSkillEntityListing } from './UserSkillEntityListing.js';
import { UsersSearchResponse } from './UsersSearchResponse.js';
import { UserStation } from './UserStation.js';

const resolvers: Resolvers = {
  DateTime,
  SafeInt,
  JSON: JSONScalar,
  // Relay's node/nodes and connections live in Relay.ts beside the offset fields of Query.ts and User.ts.
  Query: { ...Query, ...RelayQuery },
  User: { ...withAssignmentOwners(User), ...RelayUser },
  ...relayResolvers,
  UserMe,
  Adjacents,
  UsersSearchResponse,
  UserEntityListing,
  UserSkillEntityListing,
  UserLanguageEntityListing,
  UserQueueEntityListing,
  TrustorEntityListing,
  UserProfile,
  UserProfileEntityListing,
  UserExpands,
  OutOfOffice,
  CallForwarding,
  UserStation,
  OrganizationPresence,
  OrgUser,
  UserFullReference,
  Group,
  // Writes (schema/mutation*.graphql): the root and the password scalar, then the payload types (spread last,
  // so a type listed twice is a compile error rather than a silent override).
  Mutation,
  Password,
  // Live updates (schema/subscription.graphql): the root and its event types.
  Subscription,
  ...liveEventResolvers,
  ...payloadResolvers,
};

/** The gateway's executable subgraph schema: schema/ with this resolver map. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraph(resolvers);
}
