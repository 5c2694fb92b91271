/** Group: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { GroupResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRefs } from '../src/graph/support.js';

export const Group: GroupResolvers = {
  owners: (parent, _args, ctx) => resolveUserRefs(parent.owners, ctx),
};
