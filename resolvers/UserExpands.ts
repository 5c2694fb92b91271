/**
 * UserExpands: a profile's expanded sub-resources, each the expand of the same name on GET …/profile or
 * GET /api/v2/profiles/users. A value the upstream left out is null; one it refused (400) is null with
 * that refusal as the error of its field alone (src/loaders/expand-fallback.ts).
 */
import type { UserExpands as UserExpandsModel } from '../src/genesys/models.js';
import type { UserExpandsResolvers } from '../src/__generated__/resolvers-types.js';
import { refusalOf } from '../src/loaders/expand-fallback.js';

function expanded<F extends keyof UserExpandsModel>(field: F, expand: readonly string[] = [field]) {
  return (parent: UserExpandsModel): NonNullable<UserExpandsModel[F]> | null => {
    const value = parent[field];
    if (value !== undefined && value !== null) return value;
    const refused = refusalOf(parent, expand);
    if (refused) throw refused;
    return null;
  };
}

export const UserExpands: UserExpandsResolvers = {
  routingStatus: expanded('routingStatus'),
  presence: expanded('presence'),
  integrationPresence: expanded('integrationPresence'),
  conversationSummary: expanded('conversationSummary'),
  outOfOffice: expanded('outOfOffice'),
  geolocation: expanded('geolocation'),
  station: expanded('station'),
  authorization: expanded('authorization', ['authorization', 'authorization.unusedRoles']),
};
