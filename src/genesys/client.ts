/**
 * The upstream client: the only module that imports got. Every call to Genesys Cloud — reads, writes,
 * token fetches — goes through `GenesysClient.call`, the one choke point where URLs are built, the
 * caller's credentials attached, responses parsed and every non-2xx mapped to `UpstreamError`.
 */
import http from 'node:http';
import https from 'node:https';
import got, { RequestError, type Got } from 'got';
import { UpstreamError } from './errors.js';
import { operations, type OperationId } from './operations.js';
import type * as M from './models.js';
import type { CallBudget } from '../protection/budget.js';

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type QueryParams = Record<string, QueryValue>;

/** What the client tells its observers about each upstream call (metrics, call budgets, tests). */
export interface UpstreamCallEvent {
  operation: OperationId;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  correlationId?: string;
  /** Ids asked for in one bulk fetch (the `id` query parameter), for batch-size metrics. */
  batchSize?: number;
}

/** A repeated attempt of one upstream call (metrics); the resilience policy reports its retries here too. */
export interface UpstreamRetryEvent {
  operation: OperationId;
  method: string;
  route: string;
  /** Why the call was repeated, e.g. `unauthorized` (a fresh client-credentials token), `status_503`. */
  reason: string;
}

/**
 * The gateway's own credentials (client-credentials mode): the Authorization header for each call, and
 * word back when the upstream rejected one, so a cached token is dropped and fetched anew.
 */
export interface UpstreamCredentials {
  authorization(): Promise<string>;
  /** The upstream answered 401 to this header value. */
  rejected(authorization: string): void;
}

export interface TransportOptions {
  /** e.g. https://api.mypurecloud.ie or http://127.0.0.1:4010 */
  baseUrl: string;
  /** Per-attempt response timeout in milliseconds. */
  timeoutMs: number;
}

/** Process-wide HTTP machinery (keep-alive agents, got instance). Holds nothing about any caller. */
export class Transport {
  readonly baseUrl: string;
  readonly got: Got;
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
      https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
    };
    this.got = got.extend({
      agent: this.agents,
      throwHttpErrors: false,
      responseType: 'text',
      // Retries belong to one policy in this client, not to got's defaults (which would retry writes).
      retry: { limit: 0 },
      timeout: { request: options.timeoutMs },
      headers: { 'user-agent': 'usergraph', accept: 'application/json' },
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

export interface ClientOptions {
  /** The Authorization header value to send upstream (`Bearer …`): the caller's, or the gateway's own. */
  authorization: string | UpstreamCredentials;
  onCall?: (event: UpstreamCallEvent) => void;
  onRetry?: (event: UpstreamRetryEvent) => void;
  /** The request's upstream-call budget: `take()` before every HTTP attempt. */
  budget?: CallBudget;
}

/** A path value must stay one path segment: no empty value and no dot segment a URL parser would resolve. */
function encodePathValue(name: string, value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new UpstreamError(`Invalid value for path parameter ${name}`, 400, 'invalid.path.param', 'n/a', 'n/a');
  }
  return encodeURIComponent(value);
}

export function buildPath(route: string, pathParams: Record<string, string>): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${route}`);
    return encodePathValue(name, value);
  });
}

/** Array parameters use repeated keys (collection format "multi"), as the Genesys SDKs send them. */
export function buildQuery(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

interface ErrorBodyLike {
  message?: string;
  code?: string;
  contextId?: string;
  details?: M.Detail[];
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export class GenesysClient {
  constructor(
    private readonly transport: Transport,
    private readonly options: ClientOptions,
  ) {}

  /** One upstream call for one seed operation; the parsed body (undefined for an empty one). */
  async call<T>(
    operation: OperationId,
    pathParams: Record<string, string> = {},
    query?: QueryParams,
    body?: unknown,
  ): Promise<T> {
    return (await this.callWithMeta<T>(operation, pathParams, query, body)).body;
  }

  /** The choke point: every upstream HTTP call goes through here. */
  async callWithMeta<T>(
    operation: OperationId,
    pathParams: Record<string, string> = {},
    query?: QueryParams,
    body?: unknown,
  ): Promise<{ body: T; correlationId?: string }> {
    const credentials = this.options.authorization;
    if (typeof credentials === 'string') return this.attempt<T>(operation, pathParams, query, body, credentials);
    // Client-credentials mode: a 401 drops the cached token; a read is tried once more with a fresh one,
    // a write never (it may have been applied).
    const authorization = await credentials.authorization();
    try {
      return await this.attempt<T>(operation, pathParams, query, body, authorization);
    } catch (err) {
      if (!(err instanceof UpstreamError) || err.status !== 401) throw err;
      credentials.rejected(authorization);
      const spec = operations[operation];
      if (spec.method !== 'GET') throw err;
      this.options.onRetry?.({ operation, method: spec.method, route: spec.route, reason: 'unauthorized' });
      return this.attempt<T>(operation, pathParams, query, body, await credentials.authorization());
    }
  }

  private async attempt<T>(
    operation: OperationId,
    pathParams: Record<string, string>,
    query: QueryParams | undefined,
    body: unknown,
    authorization: string,
  ): Promise<{ body: T; correlationId?: string }> {
    const spec = operations[operation];
    this.options.budget?.take();
    const url = `${this.transport.baseUrl}${buildPath(spec.route, pathParams)}${buildQuery(query)}`;
    const started = performance.now();
    let status = 0;
    let correlationId: string | undefined;
    try {
      const response = await this.transport.got(url, {
        method: spec.method,
        headers: { authorization },
        ...(body === undefined ? {} : { json: body }),
      });
      status = response.statusCode;
      correlationId = response.headers['inin-correlation-id'] as string | undefined;
      const parsed = parseJson(response.body);
      if (status >= 200 && status < 300) return { body: parsed as T, correlationId };
      const error = (parsed ?? {}) as ErrorBodyLike;
      const retryAfter = Number(response.headers['retry-after']);
      throw new UpstreamError(
        error.message ?? `Upstream answered ${status}`,
        status,
        error.code ?? `http.${status}`,
        spec.method,
        spec.route,
        correlationId ?? error.contextId,
        error.details,
        Number.isFinite(retryAfter) ? retryAfter : undefined,
      );
    } catch (err) {
      if (err instanceof UpstreamError) throw err;
      if (err instanceof RequestError) {
        const timedOut = err.code === 'ETIMEDOUT';
        throw new UpstreamError(
          timedOut ? 'The upstream did not answer in time' : `The upstream could not be reached (${err.code})`,
          0,
          timedOut ? 'timeout' : 'network.error',
          spec.method,
          spec.route,
        );
      }
      throw err;
    } finally {
      this.options.onCall?.({
        operation,
        method: spec.method,
        route: spec.route,
        status,
        durationMs: performance.now() - started,
        correlationId,
        ...(Array.isArray(query?.id) ? { batchSize: query.id.length } : {}),
      });
    }
  }

  // ---- Reads: users and the hierarchy ----
  getUsers(q: { pageSize?: number; pageNumber?: number; id?: readonly string[]; sortOrder?: string; expand?: readonly string[]; state?: string } = {}) {
    return this.call<M.UserEntityListing>('getUsers', {}, q);
  }
  getUser(userId: string, q: { expand?: readonly string[]; state?: string } = {}) {
    return this.call<M.User>('getUser', { userId }, q);
  }
  getUsersMe(q: { expand?: readonly string[] } = {}) {
    return this.call<M.UserMe>('getUsersMe', {}, q);
  }
  getUserDirectreports(userId: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.User[]>('getUserDirectreports', { userId }, q);
  }
  getUserSuperiors(userId: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.User[]>('getUserSuperiors', { userId }, q);
  }
  getUserAdjacents(userId: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.Adjacents>('getUserAdjacents', { userId }, q);
  }
  getUserFavorites(userId: string, q: { pageSize?: number; pageNumber?: number; sortOrder?: string; expand?: readonly string[] } = {}) {
    return this.call<M.UserEntityListing>('getUserFavorites', { userId }, q);
  }
  getUserProfile(userId: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.UserProfile>('getUserProfile', { userId }, q);
  }
  getProfilesUsers(q: { pageSize?: number; pageNumber?: number; id?: readonly string[]; jid?: readonly string[]; sortOrder?: string; expand?: readonly string[]; state?: string } = {}) {
    return this.call<M.UserProfileEntityListing>('getProfilesUsers', {}, q);
  }
  getFieldconfig(type: string) {
    return this.call<M.FieldConfig>('getFieldconfig', {}, { type });
  }

  // ---- Reads: user sub-resources ----
  getUserRoles(userId: string) {
    return this.call<M.UserAuthorization>('getUserRoles', { userId });
  }
  getUserRoutingstatus(userId: string) {
    return this.call<M.RoutingStatus>('getUserRoutingstatus', { userId });
  }
  getUserStation(userId: string) {
    return this.call<M.UserStations>('getUserStation', { userId });
  }
  getUserOutofoffice(userId: string) {
    return this.call<M.OutOfOffice>('getUserOutofoffice', { userId });
  }
  getUserCallforwarding(userId: string) {
    return this.call<M.CallForwarding>('getUserCallforwarding', { userId });
  }
  getUserGeolocation(userId: string, clientId: string) {
    return this.call<M.Geolocation>('getUserGeolocation', { userId, clientId });
  }
  getUserProfileskills(userId: string) {
    return this.call<string[]>('getUserProfileskills', { userId });
  }
  getUserRoutingskills(userId: string, q: { pageSize?: number; pageNumber?: number; sortOrder?: string } = {}) {
    return this.call<M.UserSkillEntityListing>('getUserRoutingskills', { userId }, q);
  }
  getUserRoutinglanguages(userId: string, q: { pageSize?: number; pageNumber?: number; sortOrder?: string } = {}) {
    return this.call<M.UserLanguageEntityListing>('getUserRoutinglanguages', { userId }, q);
  }
  getUserQueues(userId: string, q: { pageSize?: number; pageNumber?: number; joined?: boolean; divisionId?: readonly string[] } = {}) {
    return this.call<M.UserQueueEntityListing>('getUserQueues', { userId }, q);
  }
  getUserTrustors(userId: string, q: { pageSize?: number; pageNumber?: number } = {}) {
    return this.call<M.TrustorEntityListing>('getUserTrustors', { userId }, q);
  }

  // ---- Read-only POSTs: search and analytics ----
  postUsersSearch(body: M.UserSearchRequest) {
    return this.call<M.UsersSearchResponse>('postUsersSearch', {}, undefined, body);
  }
  getUsersSearch(q64: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.UsersSearchResponse>('getUsersSearch', {}, { q64, ...q });
  }
  postAnalyticsUsersAggregatesQuery(body: M.AggregationQuery) {
    return this.call<M.PresenceQueryResponse>('postAnalyticsUsersAggregatesQuery', {}, undefined, body);
  }
  postAnalyticsUsersDetailsQuery(body: M.UserDetailsQuery) {
    return this.call<M.AnalyticsUserDetailsQueryResponse>('postAnalyticsUsersDetailsQuery', {}, undefined, body);
  }
  postAnalyticsUsersObservationsQuery(body: M.ObservationQuery) {
    return this.call<M.ObservationQueryResponse>('postAnalyticsUsersObservationsQuery', {}, undefined, body);
  }

  // ---- Writes ----
  postUsers(body: M.CreateUser) {
    return this.call<M.User>('postUsers', {}, undefined, body);
  }
  patchUser(userId: string, body: M.UpdateUser) {
    return this.call<M.User>('patchUser', { userId }, undefined, body);
  }
  deleteUser(userId: string) {
    return this.call<M.Empty | undefined>('deleteUser', { userId });
  }
  patchUsersBulk(body: M.PatchUser[]) {
    return this.call<M.UserEntityListing>('patchUsersBulk', {}, undefined, body);
  }
  putUserRoles(userId: string, roleIds: readonly string[]) {
    return this.call<M.UserAuthorization>('putUserRoles', { userId }, undefined, roleIds);
  }
  deleteUserRoles(userId: string) {
    return this.call<void>('deleteUserRoles', { userId });
  }
  postUserRoutingskills(userId: string, body: M.UserRoutingSkillPost) {
    return this.call<M.UserRoutingSkill>('postUserRoutingskills', { userId }, undefined, body);
  }
  putUserRoutingskill(userId: string, skillId: string, body: M.UserRoutingSkill) {
    return this.call<M.UserRoutingSkill>('putUserRoutingskill', { userId, skillId }, undefined, body);
  }
  deleteUserRoutingskill(userId: string, skillId: string) {
    return this.call<void>('deleteUserRoutingskill', { userId, skillId });
  }
  postUserRoutinglanguages(userId: string, body: M.UserRoutingLanguagePost) {
    return this.call<M.UserRoutingLanguage>('postUserRoutinglanguages', { userId }, undefined, body);
  }
  patchUserRoutinglanguage(userId: string, languageId: string, body: M.UserRoutingLanguage) {
    return this.call<M.UserRoutingLanguage>('patchUserRoutinglanguage', { userId, languageId }, undefined, body);
  }
  deleteUserRoutinglanguage(userId: string, languageId: string) {
    return this.call<void>('deleteUserRoutinglanguage', { userId, languageId });
  }
  patchUserQueue(userId: string, queueId: string, body: M.UserQueue) {
    return this.call<M.UserQueue>('patchUserQueue', { userId, queueId }, undefined, body);
  }
  patchUserQueues(userId: string, body: M.UserQueue[], q: { divisionId?: readonly string[] } = {}) {
    return this.call<M.UserQueueEntityListing>('patchUserQueues', { userId }, q, body);
  }
  putUserRoutingstatus(userId: string, body: M.RoutingStatus) {
    return this.call<M.RoutingStatus>('putUserRoutingstatus', { userId }, undefined, body);
  }
  putUserOutofoffice(userId: string, body: M.OutOfOffice) {
    return this.call<M.OutOfOffice>('putUserOutofoffice', { userId }, undefined, body);
  }
  putUserCallforwarding(userId: string, body: M.CallForwarding) {
    return this.call<M.CallForwarding>('putUserCallforwarding', { userId }, undefined, body);
  }
  patchUserCallforwarding(userId: string, body: M.CallForwarding) {
    return this.call<M.CallForwarding>('patchUserCallforwarding', { userId }, undefined, body);
  }
  patchUserGeolocation(userId: string, clientId: string, body: M.Geolocation) {
    return this.call<M.Geolocation>('patchUserGeolocation', { userId, clientId }, undefined, body);
  }
  putUserProfileskills(userId: string, skills: readonly string[]) {
    return this.call<string[]>('putUserProfileskills', { userId }, undefined, skills);
  }
  putUserStationAssociatedstationStationId(userId: string, stationId: string) {
    return this.call<void>('putUserStationAssociatedstationStationId', { userId, stationId });
  }
  deleteUserStationAssociatedstation(userId: string) {
    return this.call<void>('deleteUserStationAssociatedstation', { userId });
  }
  putUserStationDefaultstationStationId(userId: string, stationId: string) {
    return this.call<void>('putUserStationDefaultstationStationId', { userId, stationId });
  }
  deleteUserStationDefaultstation(userId: string) {
    return this.call<void>('deleteUserStationDefaultstation', { userId });
  }
  postUserInvite(userId: string, q: { force?: boolean } = {}) {
    return this.call<void>('postUserInvite', { userId }, q);
  }
  postUserPassword(userId: string, body: M.ChangePasswordRequest) {
    return this.call<void>('postUserPassword', { userId }, undefined, body);
  }
  postUsersMePassword(body: M.ChangeMyPasswordRequest) {
    return this.call<void>('postUsersMePassword', {}, undefined, body);
  }
}
