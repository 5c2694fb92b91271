/**
 * Browser access from other origins (CORS) to /graphql. Only the origins of CORS_ORIGINS (or `*`) get the
 * Access-Control-Allow-* headers; in emulator mode, with CORS_ORIGINS unset, every http(s) origin on
 * localhost, 127.0.0.1 or [::1] does, so a front end on its dev server works against `npm start` as is.
 *
 * CORS only relaxes what a browser may *read*. Apollo's CSRF prevention still refuses every request a
 * browser could send without a preflight (a "simple" request: GET or POST without a JSON content type or an
 * Apollo preflight header), whatever its origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBool, readInt, type Env } from './env.js';

export interface CorsConfig {
  /** Exact origins (scheme://host[:port], lower case) allowed to call /graphql. */
  origins: readonly string[];
  /** CORS_ORIGINS=*: any origin (never with credentials). */
  anyOrigin: boolean;
  /** Emulator mode without CORS_ORIGINS: any origin on a loopback host name. */
  localhost: boolean;
  /** CORS_ALLOW_CREDENTIALS: browsers may send cookies (for a cookie-to-token proxy in front). */
  credentials: boolean;
  /** How long a browser may reuse a preflight answer. */
  maxAgeSeconds: number;
}

const CORS_ALLOWED_METHODS = ['GET', 'POST', 'OPTIONS'] as const;
/** Request headers a cross-origin caller may send: the JSON body, the token, Apollo's and tracing headers. */
const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  'traceparent',
  'tracestate',
] as const;
/** Response headers a cross-origin caller may read besides the safelisted ones. */
const EXPOSED_HEADERS = ['x-request-id'];
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An origin as a browser sends it (`https://app.example.com`, no path), lower case; undefined if it is not one. */
function normalisedOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const bare =
    url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !value.endsWith('#');
  return bare ? url.origin : undefined;
}

export function corsConfigFromEnv(env: Env, emulatorMode: boolean, problems: string[]): CorsConfig {
  const raw = env.CORS_ORIGINS?.trim() ?? '';
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const anyOrigin = entries.includes('*');
  const credentials = readBool(env, 'CORS_ALLOW_CREDENTIALS', false, problems);
  const origins: string[] = [];
  for (const entry of entries) {
    if (entry === '*') continue;
    const origin = normalisedOrigin(entry);
    if (origin) origins.push(origin);
    else
      problems.push(
        `CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port; no path), or be * (got "${entry}")`,
      );
  }
  if (anyOrigin && origins.length) problems.push('CORS_ORIGINS=* stands alone: list origins or give *, not both');
  if (anyOrigin && credentials) {
    problems.push(
      'CORS_ORIGINS=* cannot go with CORS_ALLOW_CREDENTIALS=true (browsers refuse credentials for any origin): list the origins',
    );
  }
  return {
    origins,
    anyOrigin,
    localhost: emulatorMode && entries.length === 0,
    credentials,
    // Chromium caps a preflight's lifetime at 2 hours.
    maxAgeSeconds: readInt(env, 'CORS_MAX_AGE_SECONDS', 600, 0, 7_200, problems),
  };
}

function isLoopbackOrigin(origin: string): boolean {
  const url = normalisedOrigin(origin);
  return url !== undefined && LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/** Whether a browser page of `origin` may call the gateway (also the WebSocket upgrade's check, src/live/ws.ts). */
export function allowedOrigin(config: CorsConfig, origin: string): boolean {
  return (
    config.anyOrigin || config.origins.includes(origin.toLowerCase()) || (config.localhost && isLoopbackOrigin(origin))
  );
}

const enabled = (config: CorsConfig): boolean => config.anyOrigin || config.localhost || config.origins.length > 0;

/**
 * Sets the CORS headers of a /graphql response and answers an OPTIONS request (a preflight: 204 with what
 * may be sent, or 403 for an origin that is not allowed). Returns true when the response is complete.
 */
export function applyCors(config: CorsConfig, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS';
  // The answer depends on Origin whenever CORS is on, so no shared cache may serve it to another origin.
  if (enabled(config))
    res.setHeader(
      'vary',
      preflight ? 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers' : 'Origin',
    );
  const allowed = origin !== undefined && enabled(config) && allowedOrigin(config, origin);
  if (allowed) {
    res.setHeader('access-control-allow-origin', config.anyOrigin && !config.credentials ? '*' : origin);
    if (config.credentials) res.setHeader('access-control-allow-credentials', 'true');
  }
  if (!preflight) {
    if (allowed) res.setHeader('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
    return false;
  }
  if (origin !== undefined && !allowed) {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: `Cross-origin requests from ${origin} are not allowed (CORS_ORIGINS).` }));
    return true;
  }
  res.setHeader('allow', CORS_ALLOWED_METHODS.join(', '));
  if (allowed) {
    res.setHeader('access-control-allow-methods', CORS_ALLOWED_METHODS.join(', '));
    res.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS.join(', '));
    res.setHeader('access-control-max-age', String(config.maxAgeSeconds));
  }
  res.writeHead(204);
  res.end();
  return true;
}
