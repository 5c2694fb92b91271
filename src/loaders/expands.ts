/**
 * Expand lookahead: which `expand` values of the user fetch embed which User fields
 * (docs/upstream-api.md#expand; the table is src/graph/user-fields.ts). A resolver that returns users computes, from the query's selection under it, the
 * expands its one upstream call should carry — GET /api/v2/users (listing or bulk by id), …/{userId},
 * /me, …/directreports, …/superiors, …/adjacents, …/favorites, search — so that a page of 100 users with
 * their routing status and station is one call, not 201. The field resolvers read the same table to tell
 * "the parent was fetched without the expand" (load it, batched) from "the upstream left it out" (best
 * effort: the dedicated endpoint, or null when there is none).
 */
import type { FieldNode } from 'graphql';
import { expandValuesOf, operations } from '../genesys/operations.js';
import { ME_LIST_EXPANDS, USER_FIELD_EXPANDS, type FieldArgs } from '../graph/user-fields.js';
import {
  argumentsOf,
  childInfo,
  perRequest,
  selectedFields,
  selectedFieldsOf,
  type LookaheadInfo,
  type Selection,
} from '../lookahead.js';

/**
 * Which `expand` values each route the gateway fetches users with accepts (the operation table's lists:
 * the seed's values and the current API's). The gateway never sends another: a value a route does not
 * accept is left out, and the fields it would have embedded load by id or from their own route.
 */
export const ROUTE_EXPANDS = {
  /** GET /api/v2/users (listing and bulk by id) and …/{userId}. */
  users: new Set<string>(expandValuesOf(operations.getUsers)),
  user: new Set<string>(expandValuesOf(operations.getUser)),
  /** GET /api/v2/users/me: the User values and the /me-only ones. */
  me: new Set<string>(expandValuesOf(operations.getUsersMe)),
  directReports: new Set<string>(expandValuesOf(operations.getUserDirectreports)),
  superiors: new Set<string>(expandValuesOf(operations.getUserSuperiors)),
  adjacents: new Set<string>(expandValuesOf(operations.getUserAdjacents)),
  favorites: new Set<string>(expandValuesOf(operations.getUserFavorites)),
  search: new Set<string>(expandValuesOf(operations.getUsersSearch)),
  profile: new Set<string>(expandValuesOf(operations.getUserProfile)),
  profiles: new Set<string>(expandValuesOf(operations.getProfilesUsers)),
} as const satisfies Record<string, ReadonlySet<string>>;

/** Every `expand` value of the User routes (GET /api/v2/users and …/{userId}): the User part of a /me expand set. */
export const USER_EXPAND_VALUES: ReadonlySet<string> = new Set(
  [...ROUTE_EXPANDS.users].filter((e) => ROUTE_EXPANDS.user.has(e)),
);

/** Sorted, without duplicates: the canonical form loader keys carry. Returns a canonical array as it is. */
export function canonicalExpand(expand: Iterable<string>): readonly string[] {
  const list: readonly string[] = Array.isArray(expand) ? expand : [...expand];
  return list.every((e, i) => i === 0 || list[i - 1] < e) ? list : [...new Set(list)].sort();
}

/** The expands one selected User field needs, for the arguments and sub-selection of one of its nodes. */
function expandsOfNode(info: LookaheadInfo, name: string, node: FieldNode): readonly string[] {
  const rule = USER_FIELD_EXPANDS.get(name);
  if (!rule) return [];
  return rule(argumentsOf(info, 'User', node), selectedFields(childInfo(info, [node]))) ?? [];
}

/**
 * The expand set for fetching the users of a selection: every selected User field the API can embed,
 * limited to `allowed` (the route's vocabulary). Sorted, without duplicates.
 */
export function userExpandsOf(
  selection: Selection,
  info: LookaheadInfo,
  allowed: ReadonlySet<string> = ROUTE_EXPANDS.users,
): readonly string[] {
  const out: string[] = [];
  for (const [name, nodes] of selection) {
    for (const node of nodes) out.push(...expandsOfNode(info, name, node));
  }
  return canonicalExpand(out.filter((e) => allowed.has(e)));
}

/**
 * The expand set for the users the current field returns (a User or a list of users) from `route`
 * (the by-id fetch by default), computed once per field and request. Shared: do not modify it.
 */
export function userExpandsFor(info: LookaheadInfo, route: ExpandRoute = 'users'): readonly string[] {
  return perRequest(info, `users:${route}`, () =>
    userExpandsOf(selectedFields(info, 'User'), info, ROUTE_EXPANDS[route]),
  );
}

/** A route the gateway fetches users with, by its name in ROUTE_EXPANDS. */
export type ExpandRoute = keyof typeof ROUTE_EXPANDS;

/**
 * The expands one User field resolver needs for its own arguments and sub-selection: null when the field
 * has no expand or its arguments need the dedicated endpoint. Computed once per field and request (the
 * arguments come from the same nodes and variables).
 */
export function fieldExpand(info: LookaheadInfo, name: string, args: FieldArgs): readonly string[] | null {
  const rule = USER_FIELD_EXPANDS.get(name);
  return rule ? perRequest(info, `field:${name}`, () => rule(args, selectedFields(info))) : null;
}

/**
 * The /me list expands worth adding for a selection on `me`: directReports and superiors, when their
 * users need nothing that would take an expand of their own (the embedded users are plain).
 */
export function meListExpandsOf(selection: Selection, info: LookaheadInfo): string[] {
  const out: string[] = [];
  for (const [field, value] of ME_LIST_EXPANDS) {
    const nodes = selection.get(field);
    if (nodes && userExpandsOf(selectedFields(childInfo(info, nodes)), info).length === 0) out.push(value);
  }
  return out;
}

/**
 * The expands of a user profile read (GET …/profile, GET /api/v2/profiles/users): the `UserExpands`
 * fields selected under `expands` of the profiles the current field returns (`entities` first for a
 * listing), by the same rules as the User fields of the same names, limited to the route's values.
 */
export function profileExpandsFor(
  info: LookaheadInfo,
  allowed: ReadonlySet<string>,
  listing = false,
): readonly string[] {
  return perRequest(info, 'profile', () => {
    const profiles = listing ? childInfo(info, selectedFields(info).get('entities') ?? []) : info;
    return userExpandsOf(selectedFieldsOf(profiles, 'expands'), info, allowed);
  });
}
