/** UserProfileEntityListing: one upstream page; an empty page may come without `entities`. */
import type { UserProfileEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf } from './support.js';

export const UserProfileEntityListing: UserProfileEntityListingResolvers = {
  entities: entitiesOf,
};
