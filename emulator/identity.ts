/**
 * Who is calling: the identity a bearer token stands for (resolved in auth.ts), and the hash that names a token in
 * logs, rate limits and hostile rules. Its own module because the route context, the notifications and the
 * hostile rules all need it, and auth.ts itself reads the options, which read the hostile rules.
 */
import { createHash } from 'node:crypto';

/** Who is calling, resolved from the bearer token. */
export interface Identity {
  /** `user`: a user-context token (static token, or one named in the permissions map). `client`: client credentials. */
  kind: 'user' | 'client';
  /** The user behind a user-context token. */
  userId?: string;
  /** The OAuth client of an issued token. */
  clientId?: string;
  /** The permission set, or 'all' when no permissions map applies to this token. */
  permissions: ReadonlySet<string> | 'all';
  /** A short stable hash of the token (never the token itself). */
  tokenHash: string;
}

/** A short stable hash of a token: how logs, limits and rules name it (never the token itself). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}
