/** UserStation: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { UserStationResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from '../src/graph/support.js';

export const UserStation: UserStationResolvers = {
  associatedUser: (parent, _args, ctx) => resolveUserRef(parent.associatedUser, ctx),
  defaultUser: (parent, _args, ctx) => resolveUserRef(parent.defaultUser, ctx),
};
