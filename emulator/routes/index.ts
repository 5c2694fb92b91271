/**
 * The handler of each of the 53 operations (typed as a complete map over operations.ts, so a missing one is a
 * compile error), route matching from the operation table's templates, and the permission check.
 */
import { operationList, type HttpMethod, type OperationId, type OperationSpec } from '../../src/genesys/operations.js';
import type { EmulatorRouteId, Handler, NotificationRouteId } from '../context.js';
import type { Identity } from '../identity.js';
import { notificationHandlers, notificationRoutes } from '../notifications/routes.js';
import { ApiError } from '../errors.js';
import {
  postAnalyticsUsersAggregatesQuery,
  postAnalyticsUsersDetailsQuery,
  postAnalyticsUsersObservationsQuery,
} from './analytics.js';
import {
  deleteUserRoles,
  deleteUserStationAssociatedstation,
  deleteUserStationDefaultstation,
  getUserCallforwarding,
  getUserGeolocation,
  getUserOutofoffice,
  getUserProfileskills,
  getUserRoles,
  getUserStation,
  getUserTrustors,
  patchUserCallforwarding,
  patchUserGeolocation,
  postUserInvite,
  postUserPassword,
  postUsersMePassword,
  putUserCallforwarding,
  putUserOutofoffice,
  putUserProfileskills,
  putUserRoles,
  putUserStationAssociatedstationStationId,
  putUserStationDefaultstationStationId,
} from './personal.js';
import { getFieldconfig, getProfilesUsers, getUserProfile } from './profiles.js';
import {
  deleteUserRoutinglanguage,
  deleteUserRoutingskill,
  getUserQueues,
  getUserRoutinglanguages,
  getUserRoutingskills,
  getUserRoutingstatus,
  patchUserQueue,
  patchUserQueues,
  patchUserRoutinglanguage,
  postUserRoutinglanguages,
  postUserRoutingskills,
  putUserRoutingskill,
  putUserRoutingstatus,
} from './routing.js';
import { getUsersSearch, postUsersSearch } from './search.js';
import {
  deleteUser,
  getUser,
  getUserAdjacents,
  getUserDirectreports,
  getUserFavorites,
  getUsers,
  getUsersMe,
  getUserSuperiors,
  patchUser,
  patchUsersBulk,
  postUsers,
} from './users.js';

const handlers: Record<OperationId, Handler> = {
  deleteUser,
  deleteUserRoles,
  deleteUserRoutinglanguage,
  deleteUserRoutingskill,
  deleteUserStationAssociatedstation,
  deleteUserStationDefaultstation,
  getFieldconfig,
  getProfilesUsers,
  getUser,
  getUserAdjacents,
  getUserCallforwarding,
  getUserDirectreports,
  getUserFavorites,
  getUserGeolocation,
  getUserOutofoffice,
  getUserProfile,
  getUserProfileskills,
  getUserQueues,
  getUserRoles,
  getUserRoutinglanguages,
  getUserRoutingskills,
  getUserRoutingstatus,
  getUserStation,
  getUserSuperiors,
  getUserTrustors,
  getUsers,
  getUsersMe,
  getUsersSearch,
  patchUser,
  patchUserCallforwarding,
  patchUserGeolocation,
  patchUserQueue,
  patchUserQueues,
  patchUserRoutinglanguage,
  patchUsersBulk,
  postAnalyticsUsersAggregatesQuery,
  postAnalyticsUsersDetailsQuery,
  postAnalyticsUsersObservationsQuery,
  postUserInvite,
  postUserPassword,
  postUserRoutinglanguages,
  postUserRoutingskills,
  postUsers,
  postUsersMePassword,
  postUsersSearch,
  putUserCallforwarding,
  putUserOutofoffice,
  putUserProfileskills,
  putUserRoles,
  putUserRoutingskill,
  putUserRoutingstatus,
  putUserStationAssociatedstationStationId,
  putUserStationDefaultstationStationId,
};

type Op = Omit<OperationSpec, 'method'> & { id: EmulatorRouteId; method: HttpMethod | 'HEAD' };

/** The handler of any route. */
export const routeHandler = (id: EmulatorRouteId): Handler =>
  id in handlers ? handlers[id as OperationId] : notificationHandlers[id as NotificationRouteId];

interface Matcher {
  op: Op;
  segments: string[];
  literals: number;
}

/** Most literal segments first, so /users/me and /users/bulk win over /users/{userId}. */
const matchers: Matcher[] = [...operationList, ...notificationRoutes]
  .map((op) => {
    const segments = op.route.split('/').filter((s) => s !== '');
    return { op, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
  })
  .sort((a, b) => b.literals - a.literals);

export interface RouteMatch {
  op: Op;
  params: Record<string, string>;
}

/** Finds the operation for a method and path (already without the query string). */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const parts = path.split('/').filter((s) => s !== '');
  for (const m of matchers) {
    if (m.op.method !== method || m.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let okMatch = true;
    for (let i = 0; i < parts.length; i++) {
      const seg = m.segments[i];
      if (seg.startsWith('{')) {
        let v: string;
        try {
          v = decodeURIComponent(parts[i]);
        } catch {
          okMatch = false;
          break;
        }
        params[seg.slice(1, -1)] = v;
      } else if (seg !== parts[i]) {
        okMatch = false;
        break;
      }
    }
    if (okMatch) return { op: m.op, params };
  }
  return undefined;
}

/** A granted permission matches a required one exactly, or with `*` segments (e.g. `routing:*:*`). */
function grants(granted: string, required: string): boolean {
  if (granted === required) return true;
  const g = granted.split(':');
  const r = required.split(':');
  if (g.length !== r.length) return false;
  return g.every((seg, i) => seg === '*' || seg === r[i]);
}

/** 403 when the identity's permission set does not satisfy the operation's (ANY: one of; ALL: every one). */
export function checkPermissions(op: Op, identity: Identity): void {
  if (identity.permissions === 'all' || op.permissions.mode === 'NONE') return;
  const have = [...identity.permissions];
  const has = (p: string): boolean => have.some((g) => grants(g, p));
  const required = op.permissions.anyOf;
  if (op.permissions.mode === 'ANY') {
    if (required.some(has)) return;
    const list = required.join(', ');
    throw new ApiError(
      403,
      'missing.any.permissions',
      `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${list}]`,
      {
        messageWithParams:
          'Unable to perform the requested action. You must have at least one of the following permissions assigned: {permissions}',
        messageParams: { permissions: `[${list}]` },
      },
    );
  }
  const missing = required.filter((p) => !has(p));
  if (missing.length === 0) return;
  const list = missing.join(', ');
  throw new ApiError(
    403,
    'missing.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${list}]`,
    {
      messageWithParams:
        'Unable to perform the requested action. You are missing the following permission(s): {permissions}',
      messageParams: { permissions: `[${list}]` },
    },
  );
}
