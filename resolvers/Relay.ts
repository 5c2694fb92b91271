/**
 * Relay conventions (schema/relay.graphql): `Node` refetching through the by-id user loader, cursor
 * connections that map `first`/`after` onto one upstream page, and the per-user ids of assignments
 * (src/relay/assignments.ts). The reads are src/relay/reads.ts; each connection reads the same loaders or
 * client method as its offset twin, so both forms share the request's cache.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../src/context.js';
import type * as R from '../src/__generated__/resolvers-types.js';
import type * as M from '../src/genesys/models.js';
import { divisionFilter } from '../src/graph/support.js';
import { ASSIGNMENT_FIELDS } from '../src/graph/user-fields.js';
import { assignmentResolvers, owned } from '../src/relay/assignments.js';
import {
  directReportsConnection,
  favoritesExpands,
  searchUsersConnection,
  subListing,
  userNode,
  userNodes,
  usersConnection,
} from '../src/relay/reads.js';

export const RelayQuery: Pick<R.QueryResolvers, 'node' | 'nodes' | 'usersConnection' | 'searchUsersConnection'> = {
  node: (_root, { id }, ctx, info) => userNode(id, ctx, info),
  // The generated type knows only resolved lists; graphql-js resolves a list of promises item by item.
  nodes: (_root, { ids }, ctx, info) => userNodes(ids, ctx, info) as unknown as Array<M.User | null>,
  usersConnection: (_root, args, ctx, info) => usersConnection(args, ctx, info),
  searchUsersConnection: (_root, args, ctx, info) => searchUsersConnection(args, ctx, info),
};

export const RelayUser: Pick<
  R.UserResolvers,
  | 'directReportsConnection'
  | 'skillsConnection'
  | 'languagesConnection'
  | 'queuesConnection'
  | 'favoritesConnection'
  | 'trustorsConnection'
> = {
  directReportsConnection: (user, { first, after }, ctx, info) =>
    directReportsConnection(user, { first, after }, ctx, info),
  skillsConnection: (user, { first, after, sortOrder }, ctx, info) =>
    subListing(user, { first, after }, info, (page) =>
      ctx.loaders.skillsPage.load({ ...page, sortOrder: sortOrder ?? undefined }),
    ),
  languagesConnection: (user, { first, after, sortOrder }, ctx, info) =>
    subListing(user, { first, after }, info, (page) =>
      ctx.loaders.languagesPage.load({ ...page, sortOrder: sortOrder ?? undefined }),
    ),
  queuesConnection: (user, { first, after, joined, divisionIds }, ctx, info) =>
    subListing(user, { first, after }, info, (page) =>
      ctx.loaders.queuesPage.load({ ...page, joined: joined ?? true, divisionId: divisionFilter(divisionIds) }),
    ),
  favoritesConnection: (user, { first, after, sortOrder }, ctx, info) =>
    subListing(user, { first, after }, info, (page) =>
      ctx.loaders.favoritesPage.load({
        ...page,
        sortOrder: sortOrder ?? undefined,
        expand: favoritesExpands(info),
      }),
    ),
  trustorsConnection: (user, { first, after }, ctx, info) =>
    subListing(user, { first, after }, info, (page) => ctx.loaders.trustorsPage.load(page)),
};

type FieldResolver = (user: M.User, args: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => unknown;

/**
 * User's resolvers with the assignment fields wrapped so that what they return gets ids of this user
 * (src/relay/assignments.ts). Wrapped here rather than edited in User.ts, which stays about data.
 */
export function withAssignmentOwners(user: R.UserResolvers): R.UserResolvers {
  const wrapped: Record<string, FieldResolver> = {};
  for (const name of ASSIGNMENT_FIELDS) {
    const resolve = user[name] as FieldResolver | undefined;
    if (typeof resolve !== 'function') throw new Error(`User.${name} must have a resolver function`);
    wrapped[name] = (parent, args, ctx, info) => owned(parent.id, resolve(parent, args, ctx, info));
  }
  return { ...user, ...(wrapped as R.UserResolvers) };
}

export const relayResolvers: Pick<
  R.Resolvers,
  'Node' | 'UserQueue' | 'UserRoutingSkill' | 'UserRoutingLanguage' | 'Geolocation'
> = {
  // User is the one Node.
  Node: { __resolveType: () => 'User' },
  UserQueue: assignmentResolvers('UserQueue', 'queueId'),
  UserRoutingSkill: assignmentResolvers('UserRoutingSkill', 'skillId'),
  UserRoutingLanguage: assignmentResolvers('UserRoutingLanguage', 'languageId'),
  Geolocation: assignmentResolvers('Geolocation', 'clientId'),
};
