/**
 * The HTTP layer: each request goes through these steps, in order (handle() below composes them):
 *   receive: correlation id (ININ-Correlation-Id on every response; equals contextId in error bodies), body (413)
 *   -> control endpoints under /__emulator/ (no auth, never counted), POST /oauth/token (counted; latency
 *      applies, faults do not)
 *   -> authenticate (401 authentication.required / bad.credentials / credentials.expired)
 *   -> count: the request log entry
 *   -> rate limit (inin-ratelimit-* headers on every response when on; 429 with Retry-After)
 *   -> injected latency and faults (socket reset, 503, 429)
 *   -> hostile rules (hostile.ts): an early answer or a hold here, or the handler's answer spoiled on the way out
 *   -> dispatch: route (404 not.found) -> permission check (403) -> body parsing (415 / 400) -> handler.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expandValuesOf } from '../src/genesys/operations.js';
import { prepare, send, write } from './answer.js';
import { authenticate, oauthToken } from './auth.js';
import type { RouteContext, RouteResult } from './context.js';
import type { Identity } from './identity.js';
import { control, isControlPath } from './control.js';
import { OPENAPI_PATH, openApiDocument } from './docs.js';
import { ApiError } from './errors.js';
import { hostileEarlyAnswer, pickHostile, sendHostile, type HostileRequest, type HostileRule } from './hostile.js';
import { Query } from './query.js';
import { redact, type RequestLogEntry } from './requestLog.js';
import { checkPermissions, matchRoute, routeHandler } from './routes/index.js';
import { hostileStateOf, type EmulatorRuntime } from './runtime.js';

const MAX_BODY = 10 * 1024 * 1024;

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

const INTERNAL_ERROR_MESSAGE =
  'The server encountered an unexpected condition which prevented it from fulfilling the request.';

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
      write(res, 500, new ApiError(500, 'internal.server.error', INTERNAL_ERROR_MESSAGE).toBody(correlationId));
    });
  };
}

/** A request as the steps see it. */
interface Exchange {
  rt: EmulatorRuntime;
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** The path without a trailing slash. */
  path: string;
  correlationId: string;
  /** The body as text ('' when none). */
  raw: string;
  /** Answers with an ErrorBody at once (no latency: before the request is counted). */
  fail(e: ApiError): void;
}

/** A counted API request: its log entry, and answers that wait for the injected latency. */
interface Call {
  entry: RequestLogEntry;
  match: ReturnType<typeof matchRoute>;
  query: Query;
  /** The JSON body, when there is one and it parses. */
  parsed: unknown;
  parseError: boolean;
  /** With `latencyIncludesWork` the answer waits for the latency started before the work. */
  latency: Promise<void>;
  /** A hostile rule that spoils the handler's answer on its way out. */
  hostile?: { rule: HostileRule; request: HostileRequest };
}

async function handle(rt: EmulatorRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ex = await receive(rt, req, res);
  if (!ex) return;
  if (isControlPath(ex.path)) return control(rt, ex.method, ex.path, ex.raw, res, ex.correlationId);
  if (ex.path === OPENAPI_PATH && ex.method === 'GET') return write(res, 200, openApiDocument());
  if (ex.path === '/oauth/token') return serveToken(ex);

  const identity = authenticateCaller(ex);
  if (!identity) return;
  const call = count(ex, identity);
  const limited = rateLimit(ex, identity);
  if (limited) return respondError(ex, call, limited);
  call.latency = injectLatency(rt);
  if (!rt.options.latencyIncludesWork) await call.latency;
  const fault = injectFault(ex);
  if (fault === 'reset') {
    call.entry.status = 0;
    req.socket.destroy();
    return;
  }
  if (fault) return respondError(ex, call, fault);
  if (await applyHostile(ex, call, identity)) return;
  return dispatch(ex, call, identity);
}

/** The correlation id, the method, the path and the whole body (413 over MAX_BODY); undefined once answered. */
async function receive(rt: EmulatorRuntime, req: IncomingMessage, res: ServerResponse): Promise<Exchange | undefined> {
  const correlationId = randomUUID();
  res.setHeader('ININ-Correlation-Id', correlationId);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const fail = (e: ApiError): void => write(res, e.status, e.toBody(correlationId), e.headers);
  try {
    const raw = await readBody(req);
    return { rt, req, res, method, url, path, correlationId, raw, fail };
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    fail(new ApiError(413, 'request.entity.too.large', 'The request body is over the size limit.'));
    return undefined;
  }
}

/** POST /oauth/token: counted (form fields redacted), delayed by the latency knobs, never faulted. */
async function serveToken({ rt, req, res, method, url, path, correlationId, raw }: Exchange): Promise<void> {
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
    rt.options,
    rt.tokens,
  );
  entry.status = result.status;
  write(res, result.status, result.body, { 'Cache-Control': 'no-store' });
}

/** The caller behind the bearer token; undefined once answered with a 401. */
function authenticateCaller(ex: Exchange): Identity | undefined {
  try {
    return authenticate(ex.req.headers.authorization, ex.rt.options, ex.rt.tokens, ex.rt.store.headId);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    ex.fail(e);
    return undefined;
  }
}

/** The request log entry (route template, query, redacted body). */
function count(ex: Exchange, identity: Identity): Call {
  const query = new Query(ex.url.searchParams);
  const match = matchRoute(ex.method, ex.path);
  let parsed: unknown;
  let parseError = false;
  if (ex.raw.trim() !== '') {
    try {
      parsed = JSON.parse(ex.raw);
    } catch {
      parseError = true;
    }
  }
  const entry = ex.rt.requests.add({
    method: ex.method,
    route: match ? match.op.route : ex.path,
    path: ex.path,
    query: queryRecord(query),
    status: 0,
    token: identity.tokenHash,
    correlationId: ex.correlationId,
    ...(parsed !== undefined ? { body: redact(parsed) } : {}),
  });
  return { entry, match, query, parsed, parseError, latency: Promise.resolve() };
}

async function respond(ex: Exchange, call: Call, result: RouteResult): Promise<void> {
  const answer = prepare(result.status, result.body, result.headers);
  await call.latency;
  call.entry.status = result.status;
  if (call.hostile) return sendHostile(ex.res, answer, call.hostile.rule, hostileStateOf(ex.rt), call.hostile.request);
  send(ex.res, answer);
}

async function respondError(ex: Exchange, call: Call, e: ApiError): Promise<void> {
  await call.latency;
  call.entry.status = e.status;
  ex.fail(e);
}

/** The per-token limit (rateLimitPerMinute): its headers on every answer, the 429 once over. */
function rateLimit({ rt, res }: Exchange, identity: Identity): ApiError | undefined {
  const limit = rt.options.rateLimitPerMinute;
  if (limit <= 0) return undefined;
  const d = rt.limiter.check(identity.tokenHash, limit);
  res.setHeader('inin-ratelimit-count', String(d.count));
  res.setHeader('inin-ratelimit-allowed', String(d.limit));
  res.setHeader('inin-ratelimit-reset', String(d.reset));
  return d.allowed ? undefined : tooManyRequests(d.reset);
}

async function injectLatency(rt: EmulatorRuntime): Promise<void> {
  const { latencyMs, jitterMs } = rt.options;
  const ms = latencyMs + (jitterMs > 0 ? rt.faultRng() * jitterMs : 0);
  if (ms > 0) await sleep(ms);
}

/** The fault knobs, for the methods they apply to: a socket reset, a 503 or a 429 (seeded draws). */
function injectFault({ rt, method }: Exchange): 'reset' | ApiError | undefined {
  const opts = rt.options;
  if (opts.faultMethods && !opts.faultMethods.includes(method)) return undefined;
  if (opts.faultResetRate > 0 && rt.faultRng() < opts.faultResetRate) return 'reset';
  if (opts.fault5xxRate > 0 && rt.faultRng() < opts.fault5xxRate) {
    return new ApiError(
      503,
      'service.unavailable',
      'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
    );
  }
  const r429 = opts.fault429Rate ?? 0;
  if (r429 > 0 && rt.faultRng() < r429) return tooManyRequests(opts.retryAfterSeconds ?? 1);
  return undefined;
}

/** Hostile rules (emulator/hostile.ts): an early answer (true: answered), a hold, or a rule kept for the answer. */
async function applyHostile(ex: Exchange, call: Call, identity: Identity): Promise<boolean> {
  const rules = ex.rt.options.hostile;
  if (!rules?.length) return false;
  const request: HostileRequest = {
    method: ex.method,
    route: call.match ? call.match.op.route : ex.path,
    path: ex.path,
    tokenHash: identity.tokenHash,
  };
  const rule = pickHostile(rules, request);
  const early = rule && hostileEarlyAnswer(rule, ex.url, ex.correlationId);
  if (early) {
    await call.latency;
    call.entry.status = early.status;
    send(ex.res, early);
    return true;
  }
  if (rule?.kind === 'hang') await hostileStateOf(ex.rt).hold(ex.res, rule.ms);
  else if (rule) call.hostile = { rule, request };
  return false;
}

/** The route's body, checked: required, JSON, parseable (415 / 400). */
function routeBody(ex: Exchange, call: Call): unknown {
  if (ex.raw.trim() === '') {
    throw new ApiError(
      400,
      'bad.request',
      'The request could not be understood by the server due to malformed syntax. A request body is required.',
      { details: [{ errorCode: 'required', fieldName: 'body' }] },
    );
  }
  if (!isJsonType(ex.req.headers['content-type'])) {
    throw new ApiError(
      415,
      'unsupported.media.type',
      'Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.',
    );
  }
  if (call.parseError) {
    throw new ApiError(
      400,
      'bad.request',
      'The request could not be understood by the server due to malformed syntax.',
      {
        details: [{ errorCode: 'invalid.value', fieldName: 'body' }],
      },
    );
  }
  return call.parsed;
}

/** Route (404), permissions (403), body, expand values, then the route's handler. */
async function dispatch(ex: Exchange, call: Call, identity: Identity): Promise<void> {
  const { rt, method, path } = ex;
  const opts = rt.options;
  try {
    const { match, query } = call;
    if (!match) throw new ApiError(404, 'not.found', `No resource matches ${method} ${path}.`);
    checkPermissions(match.op, identity);
    const body = match.op.body !== undefined ? routeBody(ex, call) : undefined;
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
      query: opts.dropExpands?.length ? withoutExpands(ex.url.searchParams, opts.dropExpands) : query,
      body,
      identity,
      correlationId: ex.correlationId,
      notifications: rt.notifications,
    };
    // Not awaited here: a failure while answering is the last resort's (createRequestHandler), not a route error.
    return respond(ex, call, routeHandler(match.op.id)(ctx));
  } catch (e) {
    if (e instanceof ApiError) return respondError(ex, call, e);
    console.error(`[emulator] ${method} ${path} failed`, e);
    return respondError(ex, call, new ApiError(500, 'internal.server.error', INTERNAL_ERROR_MESSAGE));
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
