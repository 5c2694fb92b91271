/** UserLanguageEntityListing: one upstream page; an empty page may come without `entities`. */
import type { UserLanguageEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf } from '../src/graph/support.js';

export const UserLanguageEntityListing: UserLanguageEntityListingResolvers = {
  entities: entitiesOf,
};
