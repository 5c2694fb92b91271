/**
 * The upstream client. It owns the one got instance (Transport) every upstream request goes out on; the token
 * request (oauth.ts) and the readiness probe (probe.ts) use that instance too, and import only got's error
 * class. Every call to the Users API — reads, writes — goes through `GenesysClient.callWithMeta`, the one choke
 * point where path values are checked, URLs built, the caller's credentials attached, the resilience policy
 * applied (per-operation and per-caller concurrency caps, deadline, per-token rate limiting, retries of
 * idempotent calls), every answer bounded (size cap while it streams, no redirects, 2xx bodies checked against
 * the operation, error text capped) and every failure mapped to `UpstreamError`.
 */
import http from 'node:http';
import https from 'node:https';
import got, { RequestError, TimeoutError, type Got, type OptionsInit } from 'got';
import { UpstreamError, type UpstreamOutcome } from './errors.js';
import { notificationOperations, type NotificationOperationId } from './notification-operations.js';
import { operations, type OperationId, type OperationSpec } from './operations.js';

/** A Users operation of the seed, or a Notifications API operation of the live graph. */
export type AnyOperationId = OperationId | NotificationOperationId;
const specOf = (id: AnyOperationId): OperationSpec =>
  id in operations ? operations[id as OperationId] : notificationOperations[id as NotificationOperationId];
import { checkResponseBody } from './response-shape.js';
import type * as M from './models.js';
import type { CallBudget } from '../protection/budget.js';
import {
  decideRetry,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryDecision,
  type RetryPolicyOptions,
} from '../resilience/retry-policy.js';
import { readRateLimitHeaders, TokenRateLimiter, type UpstreamRateLimiter } from '../resilience/rate-limiter.js';
import { KeyedSemaphore, Semaphore, SemaphoreTimeout } from '../resilience/semaphore.js';
import { isUuid, UUID_MESSAGE, UUID_PATH_PARAMS } from '../validation/ids.js';

type QueryValue = string | number | boolean | readonly string[] | undefined;
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
  /** A failed call: the upstream's own error text (message and codes), truncated, for the log only. */
  errorText?: string;
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
  /** Largest answer body read, after decompression (UPSTREAM_MAX_RESPONSE_BYTES); default 16 MiB. */
  maxResponseBytes?: number;
}

/** Longest an idle keep-alive socket to the upstream is kept, unless the upstream's hint says less. */
const IDLE_SOCKET_MS = 60_000;

/** The default cap on an answer's body: about 2.5 times a 500-user page with every expand (6.7 MB from the emulator). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** An answer whose body passed the size cap (declared, or while it streamed): it was cut off, not read. */
export class ResponseTooLarge extends Error {
  override readonly name = 'ResponseTooLarge';
  constructor(
    readonly status: number,
    readonly limit: number,
    /** What Content-Length announced, when it is what gave it away. */
    readonly declared: number | undefined,
    readonly headers: Record<string, string | string[] | undefined>,
  ) {
    super(`The upstream answer is larger than the gateway reads (${limit} bytes)`);
  }
}

/** What the transport hands back: the status, headers and the body as text (at most the cap). */
export interface TransportResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A base URL with a user name or password in it: never used (got would send it as Basic auth, and it shows wherever the URL does). */
function hasUrlCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

/** Process-wide HTTP machinery (keep-alive agents, got instance). Holds nothing about any caller. */
export class Transport {
  readonly baseUrl: string;
  readonly got: Got;
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly maxResponseBytes: number;
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(options: TransportOptions) {
    // Config refuses such a URL at start; this guards embedders. The message does not repeat the URL.
    if (hasUrlCredentials(options.baseUrl))
      throw new Error('The upstream URL must not carry a user name or password: only bearer tokens are sent upstream');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.timeoutMs = options.timeoutMs;
    this.connectTimeoutMs = Math.min(options.connectTimeoutMs ?? options.timeoutMs, options.timeoutMs);
    // `timeout` (an idle socket's lifetime) is what makes Node's agent honour the upstream's
    // `Keep-Alive: timeout=N` hint: it then drops an idle socket a second before the upstream closes it,
    // instead of sending a call on a socket being closed (ECONNRESET, "socket hang up").
    const agentOptions = { keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_MS };
    this.agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
    this.got = got.extend({
      agent: this.agents,
      throwHttpErrors: false,
      // Retries belong to one policy in this client, not to got's defaults (which would retry writes).
      retry: { limit: 0 },
      // A redirect is an answer, never followed: following one re-sends a write (a password included) to
      // wherever the Location points.
      followRedirect: false,
      timeout: { connect: this.connectTimeoutMs, request: options.timeoutMs },
      headers: { 'user-agent': 'usergraph', accept: 'application/json' },
    });
  }

  /**
   * One HTTP exchange on the shared got instance, its body read up to `maxResponseBytes`: a larger
   * Content-Length is refused before the body is read, and a body that passes the cap while it streams is
   * cut off there (ResponseTooLarge) — never buffered whole first.
   *
   * got's stream mode, with the chunks gathered here: its promise mode reads the body through more layers
   * (async iteration, a progress event per chunk), which cost about 1 ms of wall time and 2 ms of CPU on a
   * 1.2 MB page (bench/PROFILE.md). Same got instance, options, hooks, timeouts and errors.
   */
  request(url: string, options: OptionsInit): Promise<TransportResponse> {
    const limit = this.maxResponseBytes;
    return new Promise((resolve, reject) => {
      const stream = this.got.stream(url, { ...options, isStream: true });
      const chunks: Buffer[] = [];
      let size = 0;
      let response: http.IncomingMessage | undefined;
      let done = false;
      const fail = (err: unknown): void => {
        if (done) return;
        done = true;
        stream.destroy();
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      const tooLarge = (declared: number | undefined): void =>
        fail(new ResponseTooLarge(response?.statusCode ?? 0, limit, declared, response?.headers ?? {}));
      stream.once('response', (answer: http.IncomingMessage) => {
        response = answer;
        const declared = Number(answer.headers['content-length']);
        if (declared > limit) tooLarge(declared);
      });
      stream.on('data', (chunk: Buffer) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) tooLarge(undefined);
        else chunks.push(chunk);
      });
      stream.once('end', () => {
        if (done) return;
        done = true;
        const answer = response as http.IncomingMessage;
        resolve({
          statusCode: answer.statusCode ?? 0,
          headers: answer.headers,
          body: Buffer.concat(chunks, size).toString('utf8'),
        });
      });
      stream.once('error', fail);
      // A stream with no body to send waits for one to be written, except for GET and HEAD.
      const method = (options.method ?? 'GET').toUpperCase();
      const sendsBody = options.body !== undefined || options.json !== undefined || options.form !== undefined;
      if (!sendsBody && method !== 'GET' && method !== 'HEAD') stream.end();
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
  /** The gateway's per-token limiter (process-wide or shared through Redis, keyed by a hash of the Authorization value). */
  limiter?: UpstreamRateLimiter;
  /**
   * The per-caller cap on concurrent upstream calls (UPSTREAM_CONCURRENCY_PER_TOKEN), process-wide, with this
   * client's key in it (`callerKey`, default the key of the Authorization value sent).
   */
  callerSlots?: KeyedSemaphore;
  callerKey?: string;
  /**
   * What an upstream error's message says: `full` its own text (capped), `generic` only status and code (the
   * text goes to `errorText` of the call event, for the log). UPSTREAM_ERROR_TEXT; default full.
   */
  errorText?: 'full' | 'generic';
  /** Test seams: the backoff's randomness and the wait between attempts. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Longest value accepted for a path parameter that is not a UUID. */
const MAX_PATH_VALUE_LENGTH = 256;

function invalidPathValue(name: string, expected: string, method: string, route: string): UpstreamError {
  // The message names the parameter, never the value; nothing was sent.
  return new UpstreamError(
    `Invalid value for path parameter ${name}: ${expected} Nothing was sent upstream.`,
    400,
    'invalid.path.param',
    method,
    route,
    undefined,
    undefined,
    undefined,
    { attempts: 0 },
  );
}

/**
 * A path value must stay one path segment: UUID parameters must be UUIDs; any other value is percent-encoded
 * (so `/`, `?`, `#`, `%` cannot change the path or the query), non-empty, no dot segment a URL parser would
 * resolve, and at most 256 characters.
 */
function encodePathValue(name: string, value: string, method: string, route: string): string {
  if (UUID_PATH_PARAMS.has(name)) {
    if (!isUuid(value)) throw invalidPathValue(name, UUID_MESSAGE, method, route);
    return value.toLowerCase(); // one spelling upstream, whatever case the caller used
  }
  if (value === '' || value === '.' || value === '..' || value.length > MAX_PATH_VALUE_LENGTH) {
    throw invalidPathValue(
      name,
      `must be 1 to ${MAX_PATH_VALUE_LENGTH} characters and not "." or "..".`,
      method,
      route,
    );
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

/** Longest upstream error message passed to a caller, and longest text of it logged. */
const MAX_ERROR_MESSAGE_CHARS = 500;
const MAX_LOGGED_ERROR_CHARS = 2_000;
/** At most this many `details` of an upstream error are kept, each field at most 200 characters. */
const MAX_ERROR_DETAILS = 10;
const MAX_ERROR_FIELD_CHARS = 200;

/** `text` cut to `max` characters, marked when cut. */
function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

const shortString = (value: unknown, max = MAX_ERROR_FIELD_CHARS): string | undefined =>
  typeof value === 'string' && value !== '' ? value.slice(0, max) : undefined;

/** The upstream's error details, bounded: a few entries, short strings, nothing but code and field. */
function boundedDetails(details: unknown): M.Detail[] | undefined {
  if (!Array.isArray(details)) return undefined;
  const kept = details.slice(0, MAX_ERROR_DETAILS).flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { errorCode, fieldName } = d as Record<string, unknown>;
    const detail: M.Detail = {};
    const code = shortString(errorCode);
    const field = shortString(fieldName);
    if (code !== undefined) detail.errorCode = code;
    if (field !== undefined) detail.fieldName = field;
    return code === undefined && field === undefined ? [] : [detail];
  });
  return kept.length ? kept : undefined;
}

/** Errors raised before the connection was open: the request cannot have reached the upstream. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const NOT_SENT_TIMEOUTS = new Set(['lookup', 'connect', 'secureConnect']);

type Attempt<T> =
  | { ok: true; body: T; correlationId?: string }
  /**
   * `sent`: the request may have reached the upstream (false: refused or timed out while connecting).
   * `unreadable`: the upstream answered, but not with an answer the gateway can use (a 2xx body that is not
   * what the operation returns, an answer over the size cap, a redirect): a write's fate is unknown.
   */
  | { ok: false; error: UpstreamError; outcome: AttemptOutcome; sent: boolean; unreadable?: boolean };

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
      if ((result.outcome.kind === 'network' && result.sent) || result.unreadable) plan.uncertain = true;
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
      this.options.onRetry?.({
        operation: plan.operation,
        method: spec.method,
        route: spec.route,
        reason: decision.reason,
        delayMs: decision.delayMs,
      });
      await (this.options.sleep ?? sleep)(decision.delayMs);
    }
  }

  /** The error the caller sees: the last attempt's, with how many were made and, for a write, whether it applied. */
  private finalError(
    plan: CallPlan,
    error: UpstreamError,
    decision: Extract<RetryDecision, { retry: false }>,
  ): UpstreamError {
    const applied = appliedOf(plan);
    if (plan.attempts === 1 && applied === undefined) return error;
    const notes: string[] = [];
    if (plan.attempts > 1) notes.push(`gave up after ${plan.attempts} attempts`);
    if (decision.reason === 'deadline') notes.push("another attempt would pass the operation's deadline");
    if (decision.reason === 'retry_after_too_long') notes.push('the Retry-After is longer than the gateway waits');
    if (applied === 'unknown')
      notes.push('the gateway cannot tell whether the write was applied: read the resource before repeating it');
    if (applied === false) notes.push('the write was not applied');
    return new UpstreamError(
      `${error.message} (${notes.join('; ')})`,
      error.status,
      error.code,
      error.method,
      error.route,
      error.correlationId,
      error.details,
      error.retryAfterSeconds,
      {
        attempts: plan.attempts,
        ...(applied !== undefined ? { applied } : {}),
      },
    );
  }

  /** An error raised before an attempt was sent. */
  private unsent(
    plan: CallPlan,
    message: string,
    status: number,
    code: string,
    retryAfterSeconds?: number,
  ): UpstreamError {
    const applied = appliedOf(plan);
    return new UpstreamError(
      message,
      status,
      code,
      plan.spec.method,
      plan.spec.route,
      undefined,
      undefined,
      retryAfterSeconds,
      {
        attempts: plan.attempts,
        ...(applied !== undefined ? { applied } : {}),
      },
    );
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
        if (err instanceof SemaphoreTimeout)
          throw this.deadlineExceeded(plan, 'while the call waited for one of its concurrent-call slots');
        throw err;
      }
    }
    let releaseCaller: (() => void) | undefined;
    try {
      const { callerSlots } = this.options;
      if (callerSlots) {
        try {
          releaseCaller = await callerSlots.acquire(
            this.options.callerKey ?? this.keyFor(authorization),
            this.remainingMs(),
          );
        } catch (err) {
          if (err instanceof SemaphoreTimeout)
            throw this.deadlineExceeded(plan, "while the call waited for one of its caller's concurrent-call slots");
          throw err;
        }
      }
      this.options.budget?.take();
      const limiterKey = this.options.limiter ? this.keyFor(authorization) : undefined;
      if (limiterKey !== undefined) await this.throttle(plan, limiterKey);
      plan.attempts += 1;
      return await this.exchange<T>(plan, authorization, limiterKey);
    } finally {
      releaseCaller?.();
      release?.();
    }
  }

  /** Waits as long as the token's limiter says; refuses the call when that wait would pass the deadline. */
  private async throttle(plan: CallPlan, key: string): Promise<void> {
    const limiter = this.options.limiter as UpstreamRateLimiter;
    // One reading of the time left: the limiter reserved nothing exactly when the delay reaches it.
    const remaining = this.remainingMs();
    const delay = await limiter.reserve(key, remaining);
    if (delay <= 0) return;
    if (delay >= remaining) {
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
    if (this.limiterKey?.authorization !== authorization)
      this.limiterKey = { authorization, key: TokenRateLimiter.keyOf(authorization) };
    return this.limiterKey.key;
  }

  private async exchange<T>(
    plan: CallPlan,
    authorization: string,
    limiterKey: string | undefined,
  ): Promise<Attempt<T>> {
    const { spec } = plan;
    const remaining = this.remainingMs();
    const started = performance.now();
    let status = 0;
    let correlationId: string | undefined;
    let settled = false;
    let errorText: string | undefined;
    // An answer the gateway cannot use is logged like an upstream error: the status alone (200) would hide it.
    const unreadable = (
      status: number,
      code: string,
      message: string,
      correlationId: string | undefined,
    ): Attempt<T> => {
      errorText = `${code}: ${message}`;
      return this.unreadable<T>(plan, status, code, message, correlationId);
    };
    const settle = (headers: TransportResponse['headers'], retryAfterMs: number | undefined): void => {
      if (limiterKey === undefined) return;
      settled = true;
      const succeeded = status >= 200 && status < 300;
      this.options.limiter?.settle(
        limiterKey,
        readRateLimitHeaders(headers),
        status === 429 ? (retryAfterMs ?? 0) : undefined,
        succeeded,
      );
    };
    try {
      const response = await this.transport.request(plan.url, {
        method: spec.method,
        headers: { authorization },
        timeout: {
          connect: Math.min(this.transport.connectTimeoutMs, remaining),
          request: Math.min(this.transport.timeoutMs, remaining),
        },
        ...(plan.body === undefined ? {} : { json: plan.body }),
      });
      status = response.statusCode;
      correlationId = shortString(response.headers['inin-correlation-id']);
      const retryAfter = response.headers['retry-after'];
      const retryAfterHeader = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
      // Seconds or an HTTP date, read once for the limiter and the error alike.
      const retryAfterMs = parseRetryAfter(retryAfterHeader);
      settle(response.headers, retryAfterMs);
      if (status >= 200 && status < 300) {
        const checked = checkResponseBody(spec, response.body);
        if (checked.ok) return { ok: true, body: checked.body as T, correlationId };
        return unreadable(
          status,
          'upstream.bad.response',
          `The upstream answered ${status} with a body the gateway cannot use: ${checked.problem}`,
          correlationId,
        );
      }
      if (status >= 300 && status < 400) {
        return unreadable(
          status,
          'upstream.redirect',
          `The upstream answered ${status} (a redirect), which the gateway never follows`,
          correlationId,
        );
      }
      const parsed = parseJson(response.body);
      const error = (
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}
      ) as ErrorBodyLike;
      const code = shortString(error.code, 100) ?? `http.${status}`;
      const upstreamMessage = shortString(error.message, MAX_LOGGED_ERROR_CHARS + 1) ?? '';
      errorText = truncateText(
        `${code}: ${upstreamMessage || response.body.slice(0, MAX_LOGGED_ERROR_CHARS + 1)}`,
        MAX_LOGGED_ERROR_CHARS,
      );
      const generic = this.options.errorText === 'generic';
      const message =
        generic || upstreamMessage === ''
          ? `The upstream answered ${status} (${code})`
          : truncateText(upstreamMessage, MAX_ERROR_MESSAGE_CHARS);
      const retryAfterSeconds =
        retryAfterMs === undefined
          ? undefined
          : Math.ceil(Math.min(retryAfterMs, this.options.limiter?.maxWaitMs ?? Infinity) / 1000);
      return {
        ok: false,
        sent: true,
        outcome: {
          kind: 'status',
          status,
          ...(retryAfterHeader !== undefined ? { retryAfter: retryAfterHeader } : {}),
        },
        error: new UpstreamError(
          message,
          status,
          code,
          spec.method,
          spec.route,
          correlationId ?? shortString(error.contextId, 100),
          generic ? undefined : boundedDetails(error.details),
          retryAfterSeconds,
        ),
      };
    } catch (err) {
      if (err instanceof ResponseTooLarge) {
        status = err.status;
        correlationId = shortString(err.headers['inin-correlation-id']);
        settle(err.headers, undefined);
        const what = err.declared === undefined ? 'passed' : `announced ${err.declared} bytes, over`;
        return unreadable(
          status,
          'response.too.large',
          `The upstream answer ${what} the gateway's cap of ${err.limit} bytes (UPSTREAM_MAX_RESPONSE_BYTES); it was not read`,
          correlationId,
        );
      }
      if (!(err instanceof RequestError)) throw err;
      // Only the error's code leaves here: the got error carries the request options, headers included.
      const code = err.code || 'ERR_NETWORK';
      const timeoutEvent = err instanceof TimeoutError ? err.event : undefined;
      const sent = !NOT_SENT_CODES.has(code) && !(timeoutEvent !== undefined && NOT_SENT_TIMEOUTS.has(timeoutEvent));
      const error =
        timeoutEvent === undefined
          ? new UpstreamError(
              `The upstream could not be reached (${code})`,
              0,
              'network.error',
              spec.method,
              spec.route,
            )
          : this.remainingMs() <= 5
            ? new UpstreamError(
                "The operation's upstream deadline passed before the upstream answered",
                0,
                'deadline.exceeded',
                spec.method,
                spec.route,
              )
            : new UpstreamError(
                `The upstream did not answer in time (${timeoutEvent} timeout)`,
                0,
                'timeout',
                spec.method,
                spec.route,
              );
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
        ...(errorText !== undefined ? { errorText } : {}),
      });
    }
  }

  /** An answer the gateway cannot use (UPSTREAM_BAD_RESPONSE): never retried; a write's fate is unknown. */
  private unreadable<T>(
    plan: CallPlan,
    status: number,
    code: string,
    message: string,
    correlationId: string | undefined,
  ): Attempt<T> {
    return {
      ok: false,
      sent: true,
      unreadable: true,
      outcome: { kind: 'status', status },
      error: new UpstreamError(message, status, code, plan.spec.method, plan.spec.route, correlationId),
    };
  }

  // ---- Reads: users and the hierarchy ----
  getUsers(
    q: {
      pageSize?: number;
      pageNumber?: number;
      id?: readonly string[];
      sortOrder?: string;
      expand?: readonly string[];
      state?: string;
    } = {},
  ) {
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
  getUserFavorites(
    userId: string,
    q: { pageSize?: number; pageNumber?: number; sortOrder?: string; expand?: readonly string[] } = {},
  ) {
    return this.call<M.UserEntityListing>('getUserFavorites', { userId }, q);
  }
  getUserProfile(userId: string, q: { expand?: readonly string[] } = {}) {
    return this.call<M.UserProfile>('getUserProfile', { userId }, q);
  }
  getProfilesUsers(
    q: {
      pageSize?: number;
      pageNumber?: number;
      id?: readonly string[];
      jid?: readonly string[];
      sortOrder?: string;
      expand?: readonly string[];
      state?: string;
    } = {},
  ) {
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
  getUserQueues(
    userId: string,
    q: { pageSize?: number; pageNumber?: number; joined?: boolean; divisionId?: readonly string[] } = {},
  ) {
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
