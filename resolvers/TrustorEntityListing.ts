/** TrustorEntityListing: one upstream page; an empty page may come without `entities`. */
import type { TrustorEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf } from '../src/graph/support.js';

export const TrustorEntityListing: TrustorEntityListingResolvers = {
  entities: entitiesOf,
};
