/** OutOfOffice: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { OutOfOfficeResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from '../src/graph/support.js';

export const OutOfOffice: OutOfOfficeResolvers = {
  user: (parent, _args, ctx) => resolveUserRef(parent.user, ctx),
};
