/**
 * UserProfile: a user's profile (GET …/profile, GET /api/v2/profiles/users). Its `expands.geolocation` is
 * the profile user's geolocation: recorded as theirs, so its `id` is the per-user one, as on User.
 */
import type { UserProfileResolvers } from '../src/__generated__/resolvers-types.js';
import { owned } from '../src/relay/assignments.js';

export const UserProfile: UserProfileResolvers = {
  expands: (profile) => {
    if (profile.expands?.geolocation) owned(profile.id, profile.expands.geolocation);
    return profile.expands ?? null;
  },
};
