/** UserFullReference: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { UserFullReferenceResolvers } from '../src/__generated__/resolvers-types.js';
import { owned } from '../src/relay/assignments.js';
import { resolveUserRef } from '../src/graph/support.js';

export const UserFullReference: UserFullReferenceResolvers = {
  manager: (parent, _args, ctx) => resolveUserRef(parent.manager, ctx),
  // Embedded assignments get the per-user ids of this user (src/relay/assignments.ts).
  skills: (parent) => owned(parent.id, parent.skills ?? null),
  languages: (parent) => owned(parent.id, parent.languages ?? null),
  geolocation: (parent) => owned(parent.id, parent.geolocation ?? null),
};
