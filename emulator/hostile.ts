/**
 * A hostile upstream on demand: the `hostile` knob is a list of rules, each scoped to routes, methods, tokens
 * and a number of requests, that make the emulator misbehave the way a broken proxy, a buggy release or an
 * attacker in the middle would — so the gateway's defences are tested over real HTTP, not only with mocks.
 *
 * Kinds, and where they act (after auth, counting, the rate limiter and the random faults):
 * - before the handler (nothing is applied): `redirect` (a 3xx with Location; default the same path, so a
 *   client that follows it sends the request twice), `retryAfter` (a 429 or 503 with an absurd Retry-After),
 *   `errorText` (an error answer whose message and details are huge), `hang` (no answer until released —
 *   the rule list changes — or `ms` pass; then the request is handled normally);
 * - after the handler (a write IS applied; the answer is what goes wrong): `malformedJson` (text that is not
 *   JSON), `truncatedBody` (half the answer; with `contentLength` the full length is declared and the
 *   connection is cut), `body` (another JSON value instead: `null`, `{}`, `[]` — wrong shapes), `hugeBody`
 *   (the answer padded to `bytes`, with or without Content-Length), `slowDrip` (the answer in `chunkBytes`
 *   pieces every `intervalMs`), `rateLimitHeaders` (absurd `inin-ratelimit-*` on the answer).
 * Body kinds act on 2xx answers only; `rateLimitHeaders` on any.
 */
import type { ServerResponse } from 'node:http';
import { tokenHash } from './identity.js';

const HOSTILE_KINDS = [
  'redirect',
  'retryAfter',
  'errorText',
  'hang',
  'malformedJson',
  'truncatedBody',
  'body',
  'hugeBody',
  'slowDrip',
  'rateLimitHeaders',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

export interface HostileRule {
  kind: HostileKind;
  /** Route templates (`/api/v2/users/{userId}`) or literal paths; default every API route (not /oauth/token). */
  routes?: string[];
  /** HTTP methods; default all. */
  methods?: string[];
  /** Bearer tokens (as sent, without `Bearer `) the rule applies to; default every token. */
  tokens?: string[];
  /** Applies to this many more matching requests, then is spent (counts down in place); default unlimited. */
  times?: number;
  /** redirect: 300..399 (default 302); retryAfter: 429 or 503 (default 429); errorText: 400..599 (default 500). */
  status?: number;
  /** redirect: the Location (default the request's own path and query). */
  location?: string;
  /** retryAfter: the Retry-After value as sent (default "999999"). */
  retryAfter?: string;
  /** body: the JSON value sent instead of the answer (default null). */
  body?: unknown;
  /** malformedJson: the text sent (default a JSON object with a syntax error). */
  text?: string;
  /** hugeBody: total body size (default 50 MB); errorText: message length (default 5 MB). */
  bytes?: number;
  /** hugeBody, truncatedBody: declare Content-Length (default true). */
  contentLength?: boolean;
  /** slowDrip, hugeBody: bytes per write (default 16 for slowDrip, 64 KiB for hugeBody). */
  chunkBytes?: number;
  /** slowDrip, hugeBody: pause between writes, ms (default 1000 for slowDrip, 0 for hugeBody). */
  intervalMs?: number;
  /** hang: answer (normally) after this long; default: when the rule list changes. */
  ms?: number;
  /** rateLimitHeaders: the three values sent (defaults 300, 300, 999999: none left for 11.6 days). */
  count?: number;
  allowed?: number;
  reset?: number;
}

/** What happened to one hostile answer (in-process inspection by tests). */
export interface HostileEvent {
  kind: HostileKind;
  method: string;
  path: string;
  /** Body bytes written before the answer ended or the client went away. */
  bytesWritten: number;
  /** The whole answer was written. */
  completed: boolean;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MB = 1024 * 1024;

function bad(field: string, value: unknown, expected: string): never {
  throw new Error(
    `Invalid emulator option hostile${field}: ${JSON.stringify(value) ?? 'undefined'} (expected ${expected})`,
  );
}

function intIn(field: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    bad(field, v, `an integer between ${min} and ${max}`);
  return v;
}

function strings(field: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s !== ''))
    bad(field, v, 'a list of non-empty strings');
  return [...(v as string[])];
}

/** Checks one list of rules (a single rule object is taken as a list of one); returns a clean copy. */
export function validateHostile(value: unknown): HostileRule[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((raw, i) => {
    const at = `[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad(at, raw, 'a rule object { kind, … }');
    const r = raw as Record<string, unknown>;
    if (!HOSTILE_KINDS.includes(r.kind as HostileKind)) bad(`${at}.kind`, r.kind, HOSTILE_KINDS.join(', '));
    const known = new Set([
      'kind',
      'routes',
      'methods',
      'tokens',
      'times',
      'status',
      'location',
      'retryAfter',
      'body',
      'text',
      'bytes',
      'contentLength',
      'chunkBytes',
      'intervalMs',
      'ms',
      'count',
      'allowed',
      'reset',
    ]);
    for (const key of Object.keys(r))
      if (!known.has(key)) bad(`${at}.${key}`, r[key], `one of ${[...known].join(', ')}`);
    const rule: HostileRule = { kind: r.kind as HostileKind };
    if (r.routes !== undefined) rule.routes = strings(`${at}.routes`, r.routes);
    if (r.methods !== undefined) {
      rule.methods = strings(`${at}.methods`, r.methods).map((m) => m.toUpperCase());
      if (!rule.methods.every((m) => METHODS.includes(m)))
        bad(`${at}.methods`, r.methods, `a list of ${METHODS.join(', ')}`);
    }
    if (r.tokens !== undefined) rule.tokens = strings(`${at}.tokens`, r.tokens);
    if (r.times !== undefined) rule.times = intIn(`${at}.times`, r.times, 0, 1_000_000_000);
    if (r.status !== undefined) {
      const [min, max] = rule.kind === 'redirect' ? [300, 399] : rule.kind === 'retryAfter' ? [429, 503] : [400, 599];
      rule.status = intIn(`${at}.status`, r.status, min, max);
    }
    if (r.location !== undefined) rule.location = strings(`${at}.location`, [r.location])[0];
    if (r.retryAfter !== undefined) rule.retryAfter = strings(`${at}.retryAfter`, [r.retryAfter])[0];
    if ('body' in r) rule.body = r.body;
    if (r.text !== undefined) {
      if (typeof r.text !== 'string') bad(`${at}.text`, r.text, 'a string');
      rule.text = r.text;
    }
    if (r.bytes !== undefined) rule.bytes = intIn(`${at}.bytes`, r.bytes, 1, 2048 * MB);
    if (r.contentLength !== undefined) {
      if (typeof r.contentLength !== 'boolean') bad(`${at}.contentLength`, r.contentLength, 'true or false');
      rule.contentLength = r.contentLength;
    }
    if (r.chunkBytes !== undefined) rule.chunkBytes = intIn(`${at}.chunkBytes`, r.chunkBytes, 1, 16 * MB);
    if (r.intervalMs !== undefined) rule.intervalMs = intIn(`${at}.intervalMs`, r.intervalMs, 0, 600_000);
    if (r.ms !== undefined) rule.ms = intIn(`${at}.ms`, r.ms, 0, 3_600_000);
    for (const key of ['count', 'allowed', 'reset'] as const) {
      if (r[key] !== undefined) rule[key] = intIn(`${at}.${key}`, r[key], 0, 1_000_000_000);
    }
    return rule;
  });
}

/** Per-emulator state: requests on hold (`hang`) and what the hostile answers did. */
export class HostileState {
  private readonly held = new Set<{ rules: unknown; release: () => void }>();
  private timer?: NodeJS.Timeout;
  private readonly events: HostileEvent[] = [];

  constructor(private readonly currentRules: () => unknown) {}

  /** Hostile answers so far (most recent 1,000), in order. */
  log(): HostileEvent[] {
    return this.events.map((e) => ({ ...e }));
  }

  /** Requests on hold now. */
  get holding(): number {
    return this.held.size;
  }

  record(event: HostileEvent): HostileEvent {
    this.events.push(event);
    if (this.events.length > 1_000) this.events.shift();
    return event;
  }

  /** Resolves when the rule list changes, `ms` pass, or the client goes away. */
  hold(res: ServerResponse, ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const entry = { rules: this.currentRules(), release: () => undefined as void };
      const timeout = ms === undefined ? undefined : setTimeout(() => entry.release(), ms);
      entry.release = () => {
        if (!this.held.delete(entry)) return;
        if (timeout) clearTimeout(timeout);
        if (this.held.size === 0 && this.timer) {
          clearInterval(this.timer);
          this.timer = undefined;
        }
        resolve();
      };
      this.held.add(entry);
      res.once('close', () => entry.release());
      // One watcher for every held request: a change of the rule list (knob) releases them.
      this.timer ??= setInterval(() => {
        for (const held of [...this.held]) if (held.rules !== this.currentRules()) held.release();
      }, 10);
    });
  }
}

export interface HostileRequest {
  method: string;
  /** The route template when one matched, else the path. */
  route: string;
  path: string;
  /** Hash of the caller's token (identity.ts `tokenHash`). */
  tokenHash?: string;
}

/** The first live rule matching the request (its `times` counted down), or undefined. */
export function pickHostile(rules: HostileRule[] | undefined, request: HostileRequest): HostileRule | undefined {
  for (const rule of rules ?? []) {
    if (rule.times !== undefined && rule.times <= 0) continue;
    if (rule.methods && !rule.methods.includes(request.method)) continue;
    if (rule.routes && !rule.routes.includes(request.route) && !rule.routes.includes(request.path)) continue;
    if (rule.tokens && !rule.tokens.some((t) => tokenHash(t) === request.tokenHash)) continue;
    if (rule.times !== undefined) rule.times -= 1;
    return rule;
  }
  return undefined;
}

/** An answer as the HTTP layer prepares it. */
export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  text?: string;
}

/** The early answer of a rule that acts before the handler; undefined for the other kinds. */
export function hostileEarlyAnswer(rule: HostileRule, url: URL, correlationId: string): PlainAnswer | undefined {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): PlainAnswer => {
    const text = JSON.stringify(body);
    return {
      status,
      text,
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        'Content-Length': String(Buffer.byteLength(text)),
        ...headers,
      },
    };
  };
  switch (rule.kind) {
    case 'redirect': {
      const status = rule.status ?? 302;
      return json(
        status,
        { message: 'Moved', code: 'moved', status, contextId: correlationId },
        { Location: rule.location ?? `${url.pathname}${url.search}` },
      );
    }
    case 'retryAfter': {
      const status = rule.status ?? 429;
      const code = status === 429 ? 'too.many.requests.retry.after' : 'service.unavailable';
      return json(
        status,
        { message: 'Rate limit exceeded the maximum.', code, status, contextId: correlationId, details: [] },
        { 'Retry-After': rule.retryAfter ?? '999999' },
      );
    }
    case 'errorText': {
      const status = rule.status ?? 500;
      const length = rule.bytes ?? 5 * MB;
      const message = `Internal failure at com.example.internal.Service(db=10.0.0.7, user=svc_admin): ${'x'.repeat(Math.max(0, length - 80))}`;
      const details = Array.from({ length: 1000 }, (_, i) => ({
        errorCode: `internal.detail.${i}`,
        fieldName: `field${i}`,
        entityId: `entity${i}`,
        entityName: 'x'.repeat(200),
      }));
      return json(status, { message, code: 'internal.server.error', status, contextId: correlationId, details });
    }
    default:
      return undefined;
  }
}

const isOk = (status: number): boolean => status >= 200 && status < 300;

/** The headers of a hostile answer with its body of `length` bytes (undefined: none declared, chunked). */
function headersFor(answer: PlainAnswer, length: number | undefined): Record<string, string> {
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([k]) => k.toLowerCase() !== 'content-length'),
  );
  if (length !== undefined) headers['Content-Length'] = String(length);
  headers['Content-Type'] ??= 'application/json; charset=UTF-8';
  return headers;
}

/** The body padded to `bytes`: a `padding` string first in an object (a huge but valid listing), else whitespace. */
function* paddedBody(text: string, bytes: number, chunk: number): Generator<Buffer> {
  const head = text.startsWith('{') && text.length > 2 ? '{"padding":"' : '';
  const tail = head ? `",${text.slice(1)}` : text;
  const fill = Math.max(0, bytes - Buffer.byteLength(head) - Buffer.byteLength(tail));
  if (head) yield Buffer.from(head);
  else yield Buffer.from(tail);
  const block = Buffer.alloc(chunk, head ? 'x' : ' ');
  for (let left = fill; left > 0; left -= chunk) yield left >= chunk ? block : block.subarray(0, left);
  if (head) yield Buffer.from(tail);
}

function* pieces(text: string, chunk: number): Generator<Buffer> {
  const buffer = Buffer.from(text);
  for (let at = 0; at < buffer.length; at += chunk) yield buffer.subarray(at, at + chunk);
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes the chunks with backpressure (and a pause between them), stopping when the client goes away. */
async function stream(
  res: ServerResponse,
  chunks: Iterable<Buffer>,
  intervalMs: number,
  event: HostileEvent,
): Promise<void> {
  let first = true;
  for (const chunk of chunks) {
    if (!first && intervalMs > 0) await pause(intervalMs);
    first = false;
    if (res.destroyed) return;
    const more = res.write(chunk);
    event.bytesWritten += chunk.length;
    if (!more) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (res.destroyed) return;
  event.completed = true;
  res.end();
}

/**
 * Sends the handler's answer as the rule spoils it (a rule that does not apply to this answer sends it as is).
 * Resolves when the answer is written or abandoned.
 */
export async function sendHostile(
  res: ServerResponse,
  answer: PlainAnswer,
  rule: HostileRule,
  state: HostileState,
  request: HostileRequest,
): Promise<void> {
  if (res.writableEnded || res.destroyed) return;
  const event = (): HostileEvent =>
    state.record({ kind: rule.kind, method: request.method, path: request.path, bytesWritten: 0, completed: false });
  const text = answer.text ?? '';
  if (rule.kind === 'rateLimitHeaders') {
    const allowed = rule.allowed ?? 300;
    res.writeHead(answer.status, {
      ...answer.headers,
      'inin-ratelimit-count': String(rule.count ?? allowed),
      'inin-ratelimit-allowed': String(allowed),
      'inin-ratelimit-reset': String(rule.reset ?? 999_999),
    });
    res.end(answer.text);
    return;
  }
  if (!isOk(answer.status)) {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.text);
    return;
  }
  switch (rule.kind) {
    case 'malformedJson': {
      const bad = rule.text ?? '{"id": "4f1c2d3e", "name": "Broken", }';
      res.writeHead(answer.status, headersFor(answer, Buffer.byteLength(bad)));
      return stream(res, [Buffer.from(bad)], 0, event());
    }
    case 'body': {
      const replaced = JSON.stringify(rule.body ?? null);
      res.writeHead(answer.status === 204 ? 200 : answer.status, headersFor(answer, Buffer.byteLength(replaced)));
      return stream(res, [Buffer.from(replaced)], 0, event());
    }
    case 'truncatedBody': {
      const full = Buffer.from(text);
      const half = full.subarray(0, Math.floor(full.length / 2));
      const declared = rule.contentLength ?? true;
      res.writeHead(answer.status, headersFor(answer, declared ? full.length : undefined));
      const e = event();
      e.bytesWritten = half.length;
      // With the full length declared, the cut connection (once the half is out) is how a truncated answer
      // looks on the wire.
      if (declared) res.write(half, () => res.socket?.destroy());
      else res.end(half);
      return;
    }
    case 'hugeBody': {
      const bytes = rule.bytes ?? 50 * MB;
      const declared = rule.contentLength ?? true;
      const head = text.startsWith('{') && text.length > 2;
      // paddedBody's size: the padding wrapper (`{"padding":"` and `",`) is 13 bytes around the answer.
      const total = Math.max(bytes, Buffer.byteLength(text) + (head ? 13 : 0));
      res.writeHead(answer.status, headersFor(answer, declared ? total : undefined));
      return stream(res, paddedBody(text, bytes, rule.chunkBytes ?? 64 * 1024), rule.intervalMs ?? 0, event());
    }
    case 'slowDrip': {
      res.writeHead(answer.status, headersFor(answer, Buffer.byteLength(text)));
      return stream(res, pieces(text, rule.chunkBytes ?? 16), rule.intervalMs ?? 1000, event());
    }
    default:
      res.writeHead(answer.status, answer.headers);
      res.end(answer.text);
  }
}
