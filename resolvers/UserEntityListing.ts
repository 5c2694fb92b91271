/** UserEntityListing: one upstream page; an empty page may come without `entities`. */
import type { UserEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf } from './support.js';

export const UserEntityListing: UserEntityListingResolvers = {
  entities: entitiesOf,
};
