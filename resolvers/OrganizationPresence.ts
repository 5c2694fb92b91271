/** OrganizationPresence: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { OrganizationPresenceResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from '../src/graph/support.js';

export const OrganizationPresence: OrganizationPresenceResolvers = {
  createdBy: (parent, _args, ctx) => resolveUserRef(parent.createdBy, ctx),
  modifiedBy: (parent, _args, ctx) => resolveUserRef(parent.modifiedBy, ctx),
};
