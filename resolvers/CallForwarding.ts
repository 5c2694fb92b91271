/** CallForwarding: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { CallForwardingResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from '../src/graph/support.js';

export const CallForwarding: CallForwardingResolvers = {
  user: (parent, _args, ctx) => resolveUserRef(parent.user, ctx),
};
