/** UserFullReference: embedded users are often references ({id, selfUri}); they load through the by-id loader. */
import type { UserFullReferenceResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRef } from './support.js';

export const UserFullReference: UserFullReferenceResolvers = {
  manager: (parent, _args, ctx) => resolveUserRef(parent.manager, ctx),
};
