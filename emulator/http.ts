/**
 * The HTTP layer. Middleware, in order:
 *   correlation id (ININ-Correlation-Id on every response; equals contextId in error bodies)
 *   -> auth (401 authentication.required / bad.credentials / credentials.expired)
 *   -> request counter
 *   -> rate limiter (inin-ratelimit-* headers on every response when on; 429 with Retry-After)
 *   -> injected latency and faults (socket reset, 503, 429)
 *   -> hostile rules (hostile.ts): an early answer or a hold here, or the handler's answer spoiled on the way out
 *   -> route (404 not.found) -> permission check (403) -> body parsing (415 / 400) -> handler.
 * Control endpoints live under /__emulator/ (no auth, never counted). POST /oauth/token is served on the same
 * port (counted; latency applies, faults do not).
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from '../src/genesys/models.js';
import { expandValuesOf } from '../src/genesys/operations.js';
import { authenticate, oauthToken, type TokenRegistry } from './auth.js';
import type { Identity, RouteContext, RouteResult } from './context.js';
import { ApiError } from './errors.js';
import {
  HostileState,
  hostileEarlyAnswer,
  pickHostile,
  sendHostile,
  type HostileRequest,
  type HostileRule,
} from './hostile.js';
import { validateKnobs, type EmulatorOptions } from './options.js';
import type { Rng } from './prng.js';
import { Query } from './query.js';
import type { RateLimiter } from './rateLimit.js';
import { redact, type RequestLog, type RequestLogEntry } from './requestLog.js';
import { notificationControl } from './notifications/control.js';
import type { NotificationService } from './notifications/service.js';
import { checkPermissions, matchRoute, routeHandler } from './routes/index.js';
import type { EmulatorStore } from './store.js';

export interface EmulatorRuntime {
  store: EmulatorStore;
  /** Live options; knobs are changed in place. */
  options: EmulatorOptions;
  requests: RequestLog;
  tokens: TokenRegistry;
  limiter: RateLimiter;
  /** Seeded stream for fault decisions and jitter. */
  faultRng: Rng;
  notifications: NotificationService;
  /** Requests held by a `hang` rule and what hostile answers did (created on first use). */
  hostile?: HostileState;
}

/** The runtime's hostile state, made on first use. */
export function hostileStateOf(rt: EmulatorRuntime): HostileState {
  return (rt.hostile ??= new HostileState(() => rt.options.hostile));
}

const MAX_BODY = 10 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=UTF-8';
const KNOB_KEYS = [
  'latencyMs',
  'jitterMs',
  'rateLimitPerMinute',
  'fault5xxRate',
  'faultResetRate',
  'fault429Rate',
  'faultMethods',
  'retryAfterSeconds',
  'dropExpands',
  'rejectExpands',
  'latencyIncludesWork',
  'hostile',
] as const;
/** The Notifications API's knobs (emulator/notifications). */
const NOTIFICATION_KNOB_KEYS = [
  'notificationHeartbeatSeconds',
  'notificationChannelTtlSeconds',
  'notificationClosingGraceSeconds',
  'notificationsMuted',
  'activityPerSecond',
] as const;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge('body too large'));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  headers: Record<string, string>;
  text?: string;
}

/** Serialises an answer (the work that `latencyIncludesWork` keeps inside the latency). */
function prepare(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  if (status === 204 || body === undefined) return { status, headers };
  const text = JSON.stringify(body);
  return {
    status,
    text,
    headers: { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers },
  };
}

function send(res: ServerResponse, answer: Answer): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.text);
}

/** Where the emulator serves its OpenAPI 3 description. */
export const OPENAPI_PATH = '/api/v2/docs/openapi.json';
let openApi: unknown;
/** Read once, on the first request for it (beside this module, in the source tree and in dist/ alike). */
function openApiDocument(): unknown {
  openApi ??= JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as unknown;
  return openApi;
}

function write(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, prepare(status, body, headers));
}

function errorBody(e: ApiError, correlationId: string): ErrorBody {
  return e.toBody(correlationId);
}

function tooManyRequests(seconds: number): ApiError {
  return new ApiError(
    429,
    'too.many.requests.retry.after',
    `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
    {
      messageWithParams: 'Rate limit exceeded the maximum. Retry the request in [{retryAfter}] seconds',
      messageParams: { retryAfter: String(seconds) },
      headers: { 'Retry-After': String(seconds) },
    },
  );
}

function queryRecord(q: Query): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of q.pairs) (out[k] ??= []).push(v);
  return out;
}

const isJsonType = (ct: string | undefined): boolean =>
  ct !== undefined && /^application\/([\w.+-]+\+)?json\b/i.test(ct.trim());

export function createRequestHandler(rt: EmulatorRuntime): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(rt, req, res).catch((err: unknown) => {
      // Last resort: an unexpected failure still answers with an ErrorBody.
      const correlationId = String(res.getHeader('ININ-Correlation-Id') ?? randomUUID());
      console.error('[emulator] unexpected error', err);
      write(
        res,
        500,
        new ApiError(
          500,
          'internal.server.error',
          'The server encountered an unexpected condition which prevented it from fulfilling the request.',
        ).toBody(correlationId),
      );
    });
  };
}

async function handle(rt: EmulatorRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const correlationId = randomUUID();
  res.setHeader('ININ-Correlation-Id', correlationId);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const fail = (e: ApiError): void => write(res, e.status, errorBody(e, correlationId), e.headers);

  let raw: string;
  try {
    raw = await readBody(req);
  } catch (e) {
    if (e instanceof BodyTooLarge)
      return fail(new ApiError(413, 'request.entity.too.large', 'The request body is over the size limit.'));
    throw e;
  }

  if (path === '/__emulator' || path.startsWith('/__emulator/'))
    return control(rt, method, path, raw, res, correlationId);
  // The API's description (emulator/openapi.json, scripts/gen-openapi.ts): public and never counted, like API docs.
  if (path === OPENAPI_PATH && method === 'GET') return write(res, 200, openApiDocument());

  const opts = rt.options;
  if (path === '/oauth/token') {
    const entry = rt.requests.add({
      method,
      route: '/oauth/token',
      path,
      query: queryRecord(new Query(url.searchParams)),
      status: 0,
      correlationId,
      body: req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
        ? redact(Object.fromEntries(new URLSearchParams(raw)))
        : undefined,
    });
    await injectLatency(rt);
    const result = oauthToken(
      method,
      { authorization: req.headers.authorization, 'content-type': req.headers['content-type'] },
      raw,
      opts,
      rt.tokens,
    );
    entry.status = result.status;
    write(res, result.status, result.body, { 'Cache-Control': 'no-store' });
    return;
  }

  // auth
  let identity: Identity;
  try {
    identity = authenticate(req.headers.authorization, opts, rt.tokens, rt.store.headId);
  } catch (e) {
    if (e instanceof ApiError) return fail(e);
    throw e;
  }

  // request counter
  const query = new Query(url.searchParams);
  const match = matchRoute(method, path);
  let parsed: unknown;
  let parseError = false;
  if (raw.trim() !== '') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parseError = true;
    }
  }
  const entry: RequestLogEntry = rt.requests.add({
    method,
    route: match ? match.op.route : path,
    path,
    query: queryRecord(query),
    status: 0,
    token: identity.tokenHash,
    correlationId,
    ...(parsed !== undefined ? { body: redact(parsed) } : {}),
  });
  // With `latencyIncludesWork` the answer waits for the latency started before the work.
  let latency: Promise<void> = Promise.resolve();
  let hostile: { rule: HostileRule; request: HostileRequest } | undefined;
  const respond = async (result: RouteResult): Promise<void> => {
    const answer = prepare(result.status, result.body, result.headers);
    await latency;
    entry.status = result.status;
    if (hostile) return sendHostile(res, answer, hostile.rule, hostileStateOf(rt), hostile.request);
    send(res, answer);
  };
  const respondError = async (e: ApiError): Promise<void> => {
    await latency;
    entry.status = e.status;
    fail(e);
  };

  // rate limiter
  const limit = opts.rateLimitPerMinute;
  if (limit > 0) {
    const d = rt.limiter.check(identity.tokenHash, limit);
    res.setHeader('inin-ratelimit-count', String(d.count));
    res.setHeader('inin-ratelimit-allowed', String(d.limit));
    res.setHeader('inin-ratelimit-reset', String(d.reset));
    if (!d.allowed) return respondError(tooManyRequests(d.reset));
  }

  // latency and faults
  latency = injectLatency(rt);
  if (!opts.latencyIncludesWork) await latency;
  if (!opts.faultMethods || opts.faultMethods.includes(method)) {
    if (opts.faultResetRate > 0 && rt.faultRng() < opts.faultResetRate) {
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    if (opts.fault5xxRate > 0 && rt.faultRng() < opts.fault5xxRate) {
      return respondError(
        new ApiError(
          503,
          'service.unavailable',
          'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
        ),
      );
    }
    const r429 = opts.fault429Rate ?? 0;
    if (r429 > 0 && rt.faultRng() < r429) return respondError(tooManyRequests(opts.retryAfterSeconds ?? 1));
  }

  // hostile rules (emulator/hostile.ts): an early answer, a hold, or a spoiled answer after the handler
  if (opts.hostile?.length) {
    const request: HostileRequest = {
      method,
      route: match ? match.op.route : path,
      path,
      tokenHash: identity.tokenHash,
    };
    const rule = pickHostile(opts.hostile, request);
    const early = rule && hostileEarlyAnswer(rule, url, correlationId);
    if (early) {
      await latency;
      entry.status = early.status;
      return send(res, early);
    }
    if (rule?.kind === 'hang') await hostileStateOf(rt).hold(res, rule.ms);
    else if (rule) hostile = { rule, request };
  }

  try {
    if (!match) throw new ApiError(404, 'not.found', `No resource matches ${method} ${path}.`);
    checkPermissions(match.op, identity);
    let body: unknown;
    if (match.op.body !== undefined) {
      if (raw.trim() === '') {
        throw new ApiError(
          400,
          'bad.request',
          'The request could not be understood by the server due to malformed syntax. A request body is required.',
          {
            details: [{ errorCode: 'required', fieldName: 'body' }],
          },
        );
      }
      if (!isJsonType(req.headers['content-type'])) {
        throw new ApiError(
          415,
          'unsupported.media.type',
          'Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.',
        );
      }
      if (parseError) {
        throw new ApiError(
          400,
          'bad.request',
          'The request could not be understood by the server due to malformed syntax.',
          {
            details: [{ errorCode: 'invalid.value', fieldName: 'body' }],
          },
        );
      }
      body = parsed;
    }
    // Each route accepts exactly its documented expand values (400 otherwise), dropped ones included.
    if (match.op.query.some((q) => q.name === 'expand')) {
      const accepted = expandValuesOf(match.op).filter((e) => !opts.rejectExpands?.includes(e));
      query.expand(accepted);
    }
    const ctx: RouteContext = {
      store: rt.store,
      settings: { minPasswordLength: opts.minPasswordLength ?? 8, bulkIdCap: opts.bulkIdCap ?? 100 },
      op: match.op,
      params: match.params,
      query: opts.dropExpands?.length ? withoutExpands(url.searchParams, opts.dropExpands) : query,
      body,
      identity,
      correlationId,
      notifications: rt.notifications,
    };
    return respond(routeHandler(match.op.id)(ctx));
  } catch (e) {
    if (e instanceof ApiError) return respondError(e);
    console.error(`[emulator] ${method} ${path} failed`, e);
    return respondError(
      new ApiError(
        500,
        'internal.server.error',
        'The server encountered an unexpected condition which prevented it from fulfilling the request.',
      ),
    );
  }
}

/** The query as the handler sees it with the `dropExpands` knob: those expand values accepted, then left out. */
function withoutExpands(search: URLSearchParams, dropped: readonly string[]): Query {
  const kept = new URLSearchParams();
  for (const [k, v] of search) {
    if (k !== 'expand') kept.append(k, v);
    else for (const e of v.split(',')) if (e.trim() !== '' && !dropped.includes(e.trim())) kept.append(k, e.trim());
  }
  return new Query(kept);
}

async function injectLatency(rt: EmulatorRuntime): Promise<void> {
  const { latencyMs, jitterMs } = rt.options;
  const ms = latencyMs + (jitterMs > 0 ? rt.faultRng() * jitterMs : 0);
  if (ms > 0) await sleep(ms);
}

function knobsOf(o: EmulatorOptions): Record<string, unknown> {
  return {
    latencyMs: o.latencyMs,
    jitterMs: o.jitterMs,
    rateLimitPerMinute: o.rateLimitPerMinute,
    fault5xxRate: o.fault5xxRate,
    faultResetRate: o.faultResetRate,
    fault429Rate: o.fault429Rate ?? 0,
    faultMethods: o.faultMethods ?? null,
    retryAfterSeconds: o.retryAfterSeconds ?? 1,
    dropExpands: o.dropExpands ?? [],
    rejectExpands: o.rejectExpands ?? [],
    latencyIncludesWork: o.latencyIncludesWork ?? false,
    hostile: o.hostile ?? [],
    notificationHeartbeatSeconds: o.notificationHeartbeatSeconds ?? 30,
    notificationChannelTtlSeconds: o.notificationChannelTtlSeconds ?? 86_400,
    notificationClosingGraceSeconds: o.notificationClosingGraceSeconds ?? 60,
    notificationsMuted: o.notificationsMuted ?? false,
    activityPerSecond: o.activityPerSecond ?? 0,
  };
}

function control(
  rt: EmulatorRuntime,
  method: string,
  path: string,
  raw: string,
  res: ServerResponse,
  correlationId: string,
): void {
  const fail = (e: ApiError): void => write(res, e.status, e.toBody(correlationId));
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__emulator/requests':
      return write(res, 200, rt.requests.snapshot());
    case 'DELETE /__emulator/requests':
      rt.requests.reset();
      return write(res, 204, undefined);
    case 'GET /__emulator/health':
      return write(res, 200, { ok: true, users: rt.store.userCount });
    case 'GET /__emulator/fixtures':
      return write(res, 200, rt.store.fixtures());
    case 'GET /__emulator/knobs':
      return write(res, 200, knobsOf(rt.options));
    case 'PATCH /__emulator/knobs': {
      let patch: unknown;
      try {
        patch = JSON.parse(raw);
      } catch {
        return fail(new ApiError(400, 'bad.request', 'The body must be a JSON object of knobs.'));
      }
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return fail(new ApiError(400, 'bad.request', 'The body must be a JSON object of knobs.'));
      }
      const knobKeys: readonly string[] = [...KNOB_KEYS, ...NOTIFICATION_KNOB_KEYS];
      const unknown = Object.keys(patch).filter((k) => !knobKeys.includes(k));
      if (unknown.length > 0) {
        return fail(
          new ApiError(
            400,
            'invalid.property',
            `Unknown knob(s): ${unknown.join(', ')}. Knobs: ${knobKeys.join(', ')}.`,
            {
              details: unknown.map((fieldName) => ({ errorCode: 'invalid.property', fieldName })),
            },
          ),
        );
      }
      const p = patch as Record<string, unknown>;
      if (p.faultMethods === null) {
        delete p.faultMethods;
        rt.options.faultMethods = undefined;
      }
      if (p.hostile === null) p.hostile = [];
      try {
        Object.assign(rt.options, validateKnobs(p as Partial<EmulatorOptions>));
      } catch (e) {
        return fail(new ApiError(400, 'invalid.value', (e as Error).message));
      }
      rt.notifications.simulator.sync();
      return write(res, 200, knobsOf(rt.options));
    }
    default: {
      try {
        const answer = notificationControl(rt.notifications, route, raw);
        if (answer) return write(res, answer.status, answer.body);
      } catch (e) {
        if (e instanceof ApiError) return fail(e);
        throw e;
      }
      return fail(new ApiError(404, 'not.found', `No control endpoint ${route}.`));
    }
  }
}
