/**
 * UserProfileEntityListing: one upstream page; an empty page may come without `entities`. Its page URIs
 * are the caller's request's: the expands the lookahead added are left out.
 */
import type { UserProfileEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf, pageUriResolvers } from '../src/graph/support.js';

export const UserProfileEntityListing: UserProfileEntityListingResolvers = {
  entities: entitiesOf,
  ...pageUriResolvers,
};
