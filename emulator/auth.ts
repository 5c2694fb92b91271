/**
 * Bearer authentication, issued OAuth tokens (client credentials on POST /oauth/token), and the identity a
 * token stands for:
 * - an issued token: a client-credentials identity (no user context) with every permission, unless the
 *   permissions map has an entry keyed by its client id (then that entry's permissions apply);
 * - with a permissions map: a listed token is a user-context identity with the listed permissions (user:
 *   the entry's userId, else meUserId); any other token is 401 bad.credentials;
 * - without a map: any non-empty token is the `me` user with every permission.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from './errors.js';
import { tokenHash, type Identity } from './identity.js';
import type { EmulatorOptions } from './options.js';

interface Issued {
  clientId: string;
  expiresAt: number;
}

export class TokenRegistry {
  private tokens = new Map<string, Issued>();

  issue(clientId: string, ttlSeconds: number, now = Date.now()): { token: string; expiresIn: number } {
    // Sweep expired tokens now and then so a long benchmark does not grow the map without bound.
    if (this.tokens.size > 10_000) for (const [t, i] of this.tokens) if (i.expiresAt <= now) this.tokens.delete(t);
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, { clientId, expiresAt: now + ttlSeconds * 1000 });
    return { token, expiresIn: Math.max(1, Math.round(ttlSeconds)) };
  }

  lookup(token: string): Issued | undefined {
    return this.tokens.get(token);
  }
}

/** Resolves the Authorization header to an identity, or throws the 401 the API would answer. */
export function authenticate(
  header: string | undefined,
  options: EmulatorOptions,
  tokens: TokenRegistry,
  defaultMe: string,
  now = Date.now(),
): Identity {
  const m = header ? /^Bearer\s+(.*)$/i.exec(header.trim()) : null;
  const token = m ? m[1].trim() : '';
  if (token === '') {
    throw new ApiError(
      401,
      'authentication.required',
      'No authentication bearer token specified in authorization header.',
    );
  }
  const hash = tokenHash(token);
  const issued = tokens.lookup(token);
  if (issued) {
    if (issued.expiresAt <= now)
      throw new ApiError(401, 'credentials.expired', 'The supplied credentials are expired and cannot be used.');
    const entry = options.permissions?.[issued.clientId];
    return {
      kind: 'client',
      clientId: issued.clientId,
      permissions: entry ? new Set(entry.permissions) : 'all',
      tokenHash: hash,
    };
  }
  const me = options.meUserId ?? defaultMe;
  if (options.permissions) {
    const entry = options.permissions[token];
    if (!entry) throw new ApiError(401, 'bad.credentials', 'Invalid login credentials.');
    return { kind: 'user', userId: entry.userId ?? me, permissions: new Set(entry.permissions), tokenHash: hash };
  }
  return { kind: 'user', userId: me, permissions: 'all', tokenHash: hash };
}

export interface OAuthResult {
  status: number;
  body: Record<string, unknown>;
}

const oauthError = (status: number, error: string, description: string): OAuthResult => ({
  status,
  body: { error, error_description: description },
});

/**
 * POST /oauth/token with grant_type=client_credentials; credentials in `Authorization: Basic` or in the
 * form fields client_id/client_secret. Errors use the OAuth error shape, not ErrorBody.
 */
export function oauthToken(
  method: string,
  headers: { authorization?: string; 'content-type'?: string },
  rawBody: string,
  options: EmulatorOptions,
  tokens: TokenRegistry,
): OAuthResult {
  if (method !== 'POST') return oauthError(400, 'invalid_request', 'The token endpoint only accepts POST.');
  const ct = (headers['content-type'] ?? '').toLowerCase();
  if (!ct.startsWith('application/x-www-form-urlencoded')) {
    return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(rawBody);
  let clientId = form.get('client_id') ?? '';
  let secret = form.get('client_secret') ?? '';
  const auth = headers.authorization ?? '';
  const basic = /^Basic\s+(.+)$/i.exec(auth.trim());
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0) return oauthError(401, 'invalid_client', 'Malformed Basic credentials.');
    clientId = decodeURIComponent(decoded.slice(0, i));
    secret = decodeURIComponent(decoded.slice(i + 1));
  }
  const grant = form.get('grant_type');
  if (!grant) return oauthError(400, 'invalid_request', 'Missing grant_type.');
  if (grant !== 'client_credentials')
    return oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grant}.`);
  if (clientId === '' || secret === '')
    return oauthError(401, 'invalid_client', 'Client authentication failed: missing client id or secret.');
  if (options.oauthClients && options.oauthClients[clientId] !== secret) {
    return oauthError(401, 'invalid_client', 'Client authentication failed.');
  }
  const { token, expiresIn } = tokens.issue(clientId, options.tokenTtlSeconds ?? 86400);
  return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: expiresIn } };
}
