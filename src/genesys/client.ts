/**
 * The upstream client: the only module that imports got. Every call to Genesys Cloud — reads, writes — goes
 * through `GenesysClient.callWithMeta`, the one choke point where path values are checked, URLs built, the
 * caller's credentials attached, the resilience policy applied (per-operation concurrency cap and deadline,
 * per-token rate limiting, retries of idempotent calls) and every failure mapped to `UpstreamError`.
 */
import http from 'node:http';
import https from 'node:https';
import got, { RequestError, TimeoutError, type Got } from 'got';
import { UpstreamError, type UpstreamOutcome } from './errors.js';
import { notificationOperations, type NotificationOperationId } from './notification-operations.js';
import { operations, type OperationId, type OperationSpec } from './operations.js';

/** A Users operation of the seed, or a Notifications API operation of the live graph. */
export type AnyOperationId = OperationId | NotificationOperationId;
const specOf = (id: AnyOperationId): OperationSpec =>
  id in operations ? operations[id as OperationId] : notificationOperations[id as NotificationOperationId];
import type * as M from './models.js';
import type { CallBudget } from '../protection/budget.js';
import { decideRetry, parseRetryAfter, type AttemptOutcome, type RetryDecision, type RetryPolicyOptions } from '../resilience/retry-policy.js';
import { readRateLimitHeaders, TokenRateLimiter } from '../resilience/rate-limiter.js';
import { Semaphore, SemaphoreTimeout } from '../resilience/semaphore.js';
import { isUuid, UUID_MESSAGE, UUID_PATH_PARAMS } from '../validation/ids.js';

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type QueryParams = Record<string, QueryValue>;

/** What the client tells its observers about each upstream call (metrics, call budgets, tests). */
export interface UpstreamCallEvent {
  operation: AnyOperationId;
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
  operation: AnyOperationId;
  method: string;
  route: string;
  /** Why the call was repeated, e.g. `unauthorized` (a fresh client-credentials token), `status_503`. */
  reason: string;
  /** The wait before the repeat (ms); 0 for `unauthorized`. */
  delayMs?: number;
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
  /** Per-attempt timeout in milliseconds, connecting included, to the end of the answer (UPSTREAM_TIMEOUT_MS). */
  timeoutMs: number;
  /** Time allowed to open a connection (UPSTREAM_CONNECT_TIMEOUT_MS); default: the per-attempt timeout. */
  connectTimeoutMs?: number;
}

/** Process-wide HTTP machinery (keep-alive agents, got instance). Holds nothing about any caller. */
export class Transport {
  readonly baseUrl: string;
  readonly got: Got;
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs;
    this.connectTimeoutMs = Math.min(options.connectTimeoutMs ?? options.timeoutMs, options.timeoutMs);
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
      timeout: { connect: this.connectTimeoutMs, request: options.timeoutMs },
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
  /**
   * The operation's deadline on the `performance.now()` clock (UPSTREAM_DEADLINE_MS after the request began):
   * no attempt, retry wait, slot wait or rate-limit wait runs past it.
   */
  deadlineAt?: number;
  /** When to repeat a failed call; default none (every call is tried once). */
  retry?: RetryPolicyOptions;
  /** Cap on this client's (this operation's) concurrent upstream calls (UPSTREAM_CONCURRENCY_PER_OPERATION). */
  concurrency?: number;
  /** The gateway's per-token limiter (process-wide, keyed by a hash of the Authorization value). */
  limiter?: TokenRateLimiter;
  /** Test seams: the backoff's randomness and the wait between attempts. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Longest value accepted for a path parameter that is not a UUID. */
const MAX_PATH_VALUE_LENGTH = 256;

function invalidPathValue(name: string, expected: string, method: string, route: string): UpstreamError {
  // The message names the parameter, never the value; nothing was sent.
  return new UpstreamError(`Invalid value for path parameter ${name}: ${expected} Nothing was sent upstream.`, 400, 'invalid.path.param', method, route, undefined, undefined, undefined, { attempts: 0 });
}

/**
 * A path value must stay one path segment: UUID parameters must be UUIDs; any other value is percent-encoded
 * (so `/`, `?`, `#`, `%` cannot change the path or the query), non-empty, no dot segment a URL parser would
 * resolve, and at most 256 characters.
 */
function encodePathValue(name: string, value: string, method: string, route: string): string {
  if (UUID_PATH_PARAMS.has(name)) {
    if (!isUuid(value)) throw invalidPathValue(name, UUID_MESSAGE, method, route);
    return value;
  }
  if (value === '' || value === '.' || value === '..' || value.length > MAX_PATH_VALUE_LENGTH) {
    throw invalidPathValue(name, `must be 1 to ${MAX_PATH_VALUE_LENGTH} characters and not "." or "..".`, method, route);
  }
  return encodeURIComponent(value);
}

export function buildPath(route: string, pathParams: Record<string, string>, method = 'n/a'): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${route}`);
    return encodePathValue(name, value, method, route);
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

/** Errors raised before the connection was open: the request cannot have reached the upstream. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const NOT_SENT_TIMEOUTS = new Set(['lookup', 'connect', 'secureConnect']);

type Attempt<T> =
  | { ok: true; body: T; correlationId?: string }
  /** `sent`: the request may have reached the upstream (false: refused or timed out while connecting). */
  | { ok: false; error: UpstreamError; outcome: AttemptOutcome; sent: boolean };

/** One call in flight: what every attempt of it shares, and what its failed attempts tell about a write. */
interface CallPlan {
  operation: AnyOperationId;
  spec: OperationSpec;
  url: string;
  body: unknown;
  batchSize?: number;
  /** Attempts made so far. */
  attempts: number;
  /** An attempt got no answer after it may have reached the upstream. */
  uncertain: boolean;
  /** An attempt was answered with a status other than 429 (which the status itself explains). */
  answered: boolean;
}

/** For a write: certainly not applied (never sent, or only 429s), unknown (an attempt went unanswered), or undefined. */
function appliedOf(plan: CallPlan): UpstreamOutcome['applied'] {
  if (plan.spec.readOnly) return undefined;
  if (plan.uncertain) return 'unknown';
  return plan.answered ? undefined : false;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class GenesysClient {
  private readonly slots?: Semaphore;
  private limiterKey?: { authorization: string; key: string };

  constructor(
    private readonly transport: Transport,
    private readonly options: ClientOptions,
  ) {
    if (options.concurrency !== undefined) this.slots = new Semaphore(options.concurrency);
  }

  /** One upstream call for one seed operation; the parsed body (undefined for an empty one). */
  async call<T>(
    operation: AnyOperationId,
    pathParams: Record<string, string> = {},
    query?: QueryParams,
    body?: unknown,
  ): Promise<T> {
    return (await this.callWithMeta<T>(operation, pathParams, query, body)).body;
  }

  /** The choke point: every upstream HTTP call goes through here. */
  async callWithMeta<T>(
    operation: AnyOperationId,
    pathParams: Record<string, string> = {},
    query?: QueryParams,
    body?: unknown,
  ): Promise<{ body: T; correlationId?: string }> {
    const spec: OperationSpec = specOf(operation);
    // Path values are checked before anything else: a bad one costs no budget, no slot, no call.
    const plan: CallPlan = {
      operation,
      spec,
      url: `${this.transport.baseUrl}${buildPath(spec.route, pathParams, spec.method)}${buildQuery(query)}`,
      body,
      ...(Array.isArray(query?.id) ? { batchSize: query.id.length } : {}),
      attempts: 0,
      uncertain: false,
      answered: false,
    };
    const credentials = this.options.authorization;
    if (typeof credentials === 'string') return this.send<T>(plan, credentials);
    // Client-credentials mode: a 401 drops the cached token; a read is tried once more with a fresh one,
    // a write never (it may have been applied).
    const authorization = await credentials.authorization();
    try {
      return await this.send<T>(plan, authorization);
    } catch (err) {
      if (!(err instanceof UpstreamError) || err.status !== 401) throw err;
      credentials.rejected(authorization);
      if (spec.method !== 'GET') throw err;
      this.options.onRetry?.({ operation, method: spec.method, route: spec.route, reason: 'unauthorized' });
      return this.send<T>(plan, await credentials.authorization());
    }
  }

  /** The attempts of one call: repeated while the retry policy says so, then the answer or the last error. */
  private async send<T>(plan: CallPlan, authorization: string): Promise<{ body: T; correlationId?: string }> {
    const { spec } = plan;
    for (;;) {
      const result = await this.attempt<T>(plan, authorization);
      if (result.ok) return { body: result.body, correlationId: result.correlationId };
      if (result.outcome.kind === 'network' && result.sent) plan.uncertain = true;
      if (result.outcome.kind === 'status' && result.outcome.status !== 429) plan.answered = true;
      const decision: RetryDecision = this.options.retry
        ? decideRetry(
            {
              method: spec.method,
              outcome: result.outcome,
              retries: plan.attempts - 1,
              nowMs: performance.now(),
              deadlineMs: this.options.deadlineAt ?? Infinity,
              random: this.options.random,
            },
            this.options.retry,
          )
        : { retry: false, reason: 'max_retries' };
      if (!decision.retry) throw this.finalError(plan, result.error, decision);
      this.options.onRetry?.({ operation: plan.operation, method: spec.method, route: spec.route, reason: decision.reason, delayMs: decision.delayMs });
      await (this.options.sleep ?? sleep)(decision.delayMs);
    }
  }

  /** The error the caller sees: the last attempt's, with how many were made and, for a write, whether it applied. */
  private finalError(plan: CallPlan, error: UpstreamError, decision: Extract<RetryDecision, { retry: false }>): UpstreamError {
    const applied = appliedOf(plan);
    if (plan.attempts === 1 && applied === undefined) return error;
    const notes: string[] = [];
    if (plan.attempts > 1) notes.push(`gave up after ${plan.attempts} attempts`);
    if (decision.reason === 'deadline') notes.push("another attempt would pass the operation's deadline");
    if (decision.reason === 'retry_after_too_long') notes.push('the Retry-After is longer than the gateway waits');
    if (applied === 'unknown') notes.push('the gateway cannot tell whether the write was applied: read the resource before repeating it');
    if (applied === false) notes.push('the write was not applied');
    return new UpstreamError(`${error.message} (${notes.join('; ')})`, error.status, error.code, error.method, error.route, error.correlationId, error.details, error.retryAfterSeconds, {
      attempts: plan.attempts,
      ...(applied !== undefined ? { applied } : {}),
    });
  }

  /** An error raised before an attempt was sent. */
  private unsent(plan: CallPlan, message: string, status: number, code: string, retryAfterSeconds?: number): UpstreamError {
    const applied = appliedOf(plan);
    return new UpstreamError(message, status, code, plan.spec.method, plan.spec.route, undefined, undefined, retryAfterSeconds, {
      attempts: plan.attempts,
      ...(applied !== undefined ? { applied } : {}),
    });
  }

  private deadlineExceeded(plan: CallPlan, waitingFor: string): UpstreamError {
    return this.unsent(plan, `The operation's upstream deadline passed ${waitingFor}`, 0, 'deadline.exceeded');
  }

  private remainingMs(): number {
    return (this.options.deadlineAt ?? Infinity) - performance.now();
  }

  /** One HTTP exchange: a slot of the operation's cap, the token's rate limit, the budget, then the request. */
  private async attempt<T>(plan: CallPlan, authorization: string): Promise<Attempt<T>> {
    if (this.remainingMs() <= 0) throw this.deadlineExceeded(plan, 'before the call could start');
    let release: (() => void) | undefined;
    if (this.slots) {
      try {
        release = await this.slots.acquire(this.remainingMs());
      } catch (err) {
        if (err instanceof SemaphoreTimeout) throw this.deadlineExceeded(plan, 'while the call waited for one of its concurrent-call slots');
        throw err;
      }
    }
    try {
      this.options.budget?.take();
      const limiterKey = this.options.limiter ? this.keyFor(authorization) : undefined;
      if (limiterKey !== undefined) await this.throttle(plan, limiterKey);
      plan.attempts += 1;
      return await this.exchange<T>(plan, authorization, limiterKey);
    } finally {
      release?.();
    }
  }

  /** Waits as long as the token's limiter says; refuses the call when that wait would pass the deadline. */
  private async throttle(plan: CallPlan, key: string): Promise<void> {
    const limiter = this.options.limiter as TokenRateLimiter;
    const delay = limiter.reserve(key);
    if (delay <= 0) return;
    if (delay >= this.remainingMs()) {
      limiter.cancel(key);
      const seconds = Math.ceil(delay / 1000);
      throw this.unsent(
        plan,
        `The gateway held this call back: the upstream rate limit of this token is nearly used up, and the next free slot (in ${seconds} s) is past the operation's deadline. Try again later.`,
        429,
        'gateway.rate.limited',
        seconds,
      );
    }
    await (this.options.sleep ?? sleep)(delay);
  }

  private keyFor(authorization: string): string {
    if (this.limiterKey?.authorization !== authorization) this.limiterKey = { authorization, key: TokenRateLimiter.keyOf(authorization) };
    return this.limiterKey.key;
  }

  private async exchange<T>(plan: CallPlan, authorization: string, limiterKey: string | undefined): Promise<Attempt<T>> {
    const { spec } = plan;
    const remaining = this.remainingMs();
    const started = performance.now();
    let status = 0;
    let correlationId: string | undefined;
    let settled = false;
    try {
      const response = await this.transport.got(plan.url, {
        method: spec.method,
        headers: { authorization },
        timeout: { connect: Math.min(this.transport.connectTimeoutMs, remaining), request: Math.min(this.transport.timeoutMs, remaining) },
        ...(plan.body === undefined ? {} : { json: plan.body }),
      });
      status = response.statusCode;
      correlationId = response.headers['inin-correlation-id'] as string | undefined;
      const retryAfter = response.headers['retry-after'];
      // Seconds or an HTTP date, read once for the limiter and the error alike.
      const retryAfterMs = parseRetryAfter(retryAfter);
      if (limiterKey !== undefined) {
        settled = true;
        this.options.limiter?.settle(limiterKey, readRateLimitHeaders(response.headers), status === 429 ? (retryAfterMs ?? 0) : undefined);
      }
      const parsed = parseJson(response.body);
      if (status >= 200 && status < 300) return { ok: true, body: parsed as T, correlationId };
      const error = (parsed ?? {}) as ErrorBodyLike;
      return {
        ok: false,
        sent: true,
        outcome: { kind: 'status', status, ...(retryAfter !== undefined ? { retryAfter } : {}) },
        error: new UpstreamError(
          error.message ?? `Upstream answered ${status}`,
          status,
          error.code ?? `http.${status}`,
          spec.method,
          spec.route,
          correlationId ?? error.contextId,
          error.details,
          retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
        ),
      };
    } catch (err) {
      if (!(err instanceof RequestError)) throw err;
      // Only the error's code leaves here: the got error carries the request options, headers included.
      const code = err.code || 'ERR_NETWORK';
      const timeoutEvent = err instanceof TimeoutError ? err.event : undefined;
      const sent = !NOT_SENT_CODES.has(code) && !(timeoutEvent !== undefined && NOT_SENT_TIMEOUTS.has(timeoutEvent));
      const error =
        timeoutEvent === undefined
          ? new UpstreamError(`The upstream could not be reached (${code})`, 0, 'network.error', spec.method, spec.route)
          : this.remainingMs() <= 5
            ? new UpstreamError("The operation's upstream deadline passed before the upstream answered", 0, 'deadline.exceeded', spec.method, spec.route)
            : new UpstreamError(`The upstream did not answer in time (${timeoutEvent} timeout)`, 0, 'timeout', spec.method, spec.route);
      return { ok: false, sent, outcome: { kind: 'network', code }, error };
    } finally {
      if (limiterKey !== undefined && !settled) this.options.limiter?.settle(limiterKey);
      this.options.onCall?.({
        operation: plan.operation,
        method: spec.method,
        route: spec.route,
        status,
        durationMs: performance.now() - started,
        correlationId,
        ...(plan.batchSize !== undefined ? { batchSize: plan.batchSize } : {}),
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
