/** UserMe: the caller's /users/me expands. Its `user` is the caller as a normalised User. */
import type { UserMeResolvers } from '../src/__generated__/resolvers-types.js';
import { resolveUserRefs } from '../src/graph/support.js';

export const UserMe: UserMeResolvers = {
  user: (me) => me,
  favorites: (me, _args, ctx) => resolveUserRefs(me.favorites, ctx),
  superiors: (me, _args, ctx) => resolveUserRefs(me.superiors, ctx),
  directReports: (me, _args, ctx) => resolveUserRefs(me.directReports, ctx),
};
