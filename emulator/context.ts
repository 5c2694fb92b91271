/** Types shared by the HTTP layer and the route handlers. */
import type { NotificationOperationId } from '../src/genesys/notification-operations.js';
import type { HttpMethod, OperationId, OperationSpec } from '../src/genesys/operations.js';
import type { Identity } from './identity.js';
import type { NotificationService } from './notifications/service.js';
import type { Query } from './query.js';
import type { EmulatorStore } from './store.js';

/** A route of the Notifications API the emulator serves: its operations, and HEAD on a channel. */
export type NotificationRouteId = NotificationOperationId | 'headNotificationsChannel';

/** A route of the emulator: one of the 53 operations, or one of the Notifications API's. */
export type EmulatorRouteId = OperationId | NotificationRouteId;

/** The settings route handlers read (a subset of the emulator options, with defaults applied). */
interface RouteSettings {
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
