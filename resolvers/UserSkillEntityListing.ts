/** UserSkillEntityListing: one upstream page; an empty page may come without `entities`. */
import type { UserSkillEntityListingResolvers } from '../src/__generated__/resolvers-types.js';
import { entitiesOf } from '../src/graph/support.js';

export const UserSkillEntityListing: UserSkillEntityListingResolvers = {
  entities: entitiesOf,
};
