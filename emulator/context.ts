/** Types shared by the HTTP layer and the route handlers. */
import type { HttpMethod, OperationSpec } from '../src/genesys/operations.js';
import type { NotificationService } from './notifications/service.js';
import type { EmulatorRouteId } from './routes/index.js';
import type { Query } from './query.js';
import type { EmulatorStore } from './store.js';

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

/** The settings route handlers read (a subset of the emulator options, with defaults applied). */
export interface RouteSettings {
  minPasswordLength: number;
  bulkIdCap: number;
}

export interface RouteContext {
  store: EmulatorStore;
  settings: RouteSettings;
  op: Omit<OperationSpec, 'method'> & { id: EmulatorRouteId; method: HttpMethod | 'HEAD' };
  /** The Notifications API (channels, subscriptions, sockets). */
  notifications: NotificationService;
  params: Record<string, string>;
  query: Query;
  body: unknown;
  identity: Identity;
  correlationId: string;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => RouteResult;

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const noContent = (): RouteResult => ({ status: 204 });
