/** OrgUser: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { OrgUserResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from '../src/graph/support.js';

export const OrgUser: OrgUserResolvers = {
  manager: (parent, _args, ctx) => resolveUserRef(parent.manager, ctx),
};
