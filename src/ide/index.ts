/**
 * The offline GraphQL IDE: GraphiQL served by the gateway itself, with the example operations of
 * examples/ preloaded as tabs. Everything the page loads comes from the gateway (prebuilt files of
 * node_modules, no CDN, no bundler); /sandbox offers Apollo's embedded Sandbox for those online.
 *
 * Routes, relative to the endpoint path (/graphql):
 *   GET /graphql (Accept prefers text/html)  the IDE page
 *   GET /graphql/ide/<asset>                  its scripts and styles (see assets.ts)
 *   GET /sandbox                              Apollo Sandbox (loads from Apollo's CDN)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getAsset } from './assets.js';
import { loadExamples, type Example } from './examples.js';
import { idePage, sandboxPage, TOKEN_HEADERS_TEMPLATE, toClientExample, type ClientConfig } from './page.js';

export { loadExamples, parseExample, type Example } from './examples.js';
export { assetNames } from './assets.js';

export interface IdeOptions {
  /** The GraphQL endpoint the IDE posts to: a path (`/graphql`) or an absolute URL. Its path is where the IDE is served. */
  endpoint: string;
  /** The gateway substitutes a development token, so the IDE needs none and says so. */
  emulatorMode: boolean;
  /** Where the Apollo Sandbox page is served; default `/sandbox`. */
  sandboxPath?: string;
  /** The examples to preload; default: every file of examples/, read once. */
  examples?: readonly Example[];
}

let defaultExamples: readonly Example[] | undefined;

function examplesOf(options: IdeOptions): readonly Example[] {
  if (options.examples) return options.examples;
  defaultExamples ??= loadExamples();
  return defaultExamples;
}

function endpointPath(endpoint: string): string {
  return new URL(endpoint, 'http://gateway.local').pathname.replace(/\/+$/, '') || '/';
}

/** The prefix under which the IDE's assets are served, e.g. `/graphql/ide/`. */
function idePrefix(options: IdeOptions): string {
  return `${endpointPath(options.endpoint).replace(/\/$/, '')}/ide/`;
}

/** The quality of each media range in an Accept header (`type/subtype` → q). */
function acceptQualities(accept: string): Map<string, number> {
  const qualities = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!range) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    qualities.set(range, Number.isFinite(q) ? q : 0);
  }
  return qualities;
}

/** True when the client prefers HTML over a GraphQL JSON response (a browser navigating to the endpoint). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = acceptQualities(accept);
  const html = q.get('text/html') ?? 0;
  const json = Math.max(q.get('application/json') ?? 0, q.get('application/graphql-response+json') ?? 0);
  return html > 0 && html >= json;
}

function clientConfig(options: IdeOptions): ClientConfig {
  return {
    endpoint: options.endpoint,
    emulatorMode: options.emulatorMode,
    defaultHeaders: options.emulatorMode ? '' : TOKEN_HEADERS_TEMPLATE,
    examples: examplesOf(options).map(toClientExample),
    sandboxPath: options.sandboxPath ?? '/sandbox',
    idePath: endpointPath(options.endpoint),
  };
}

function contentSecurityPolicy(options: IdeOptions): string {
  const endpoint = /^https?:\/\//i.test(options.endpoint) ? ` ${new URL(options.endpoint).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    // GraphiQL and CodeMirror set style attributes at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${endpoint}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  res.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function serveAsset(req: IncomingMessage, res: ServerResponse, name: string): void {
  let asset;
  try {
    asset = getAsset(name);
  } catch {
    send(
      req,
      res,
      500,
      { 'content-type': 'text/plain; charset=utf-8' },
      `IDE asset ${name} is unavailable: run npm install.\n`,
    );
    return;
  }
  if (!asset) {
    send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, `No IDE asset named ${name}.\n`);
    return;
  }
  const common = { etag: asset.etag, 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === asset.etag)) {
    send(req, res, 304, common, '');
    return;
  }
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? asset.gzipped() : asset.body;
  send(
    req,
    res,
    200,
    {
      ...common,
      'content-type': asset.type,
      'content-length': String(body.length),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    },
    body,
  );
}

/** Returns true when it handled the request (IDE page, Sandbox page or an IDE asset), false otherwise. */
export function handleIdeRequest(req: IncomingMessage, res: ServerResponse, url: URL, options: IdeOptions): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const prefix = idePrefix(options);
  if (url.pathname.startsWith(prefix)) {
    serveAsset(req, res, url.pathname.slice(prefix.length));
    return true;
  }
  const route = url.pathname.replace(/\/+$/, '') || '/';
  const pageHeaders = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  };
  if (route === endpointPath(options.endpoint) && prefersHtml(req.headers.accept)) {
    send(
      req,
      res,
      200,
      { ...pageHeaders, vary: 'Accept', 'content-security-policy': contentSecurityPolicy(options) },
      idePage(clientConfig(options), prefix),
    );
    return true;
  }
  if (route === (options.sandboxPath ?? '/sandbox')) {
    send(req, res, 200, pageHeaders, sandboxPage(clientConfig(options), prefix));
    return true;
  }
  return false;
}
