/** Adjacents: the users around a user; references among them load through the by-id loader. */
import type { AdjacentsResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRefs } from '../src/graph/support.js';

export const Adjacents: AdjacentsResolvers = {
  superiors: (adjacents, _args, ctx) => resolveUserRefs(adjacents.superiors, ctx),
  siblings: (adjacents, _args, ctx) => resolveUserRefs(adjacents.siblings, ctx),
  directReports: (adjacents, _args, ctx) => resolveUserRefs(adjacents.directReports, ctx),
};
