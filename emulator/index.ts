/**
 * The local Genesys Cloud Users API emulator: the 53 operations of the seed (reads and writes) over HTTP on a
 * deterministic, seeded in-memory organisation, plus POST /oauth/token, request counting, rate limiting and
 * fault injection. See emulator/README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenRegistry } from './auth.js';
import { generateOrg } from './generate.js';
import type { HostileState } from './hostile.js';
import { createRequestHandler } from './http.js';
import { hostileStateOf, type EmulatorRuntime } from './runtime.js';
import { resolveOptions, validateKnobs, type EmulatorOptions } from './options.js';
import { hash32, mulberry32 } from './prng.js';
import { RateLimiter } from './rateLimit.js';
import { NotificationService } from './notifications/service.js';
import { RequestLog } from './requestLog.js';
import type { EmulatorStore } from './store.js';

export { emulatorOptionsFromEnv, helpText, CLI_DEFAULT_PORT, DEFAULT_OPTIONS } from './options.js';
export type { EmulatorOptions, PermissionsEntry, PermissionsMap } from './options.js';
export type { HostileEvent, HostileKind, HostileRule } from './hostile.js';
export { EmulatorStore } from './store.js';
export type { EmulatorFixtures, UserRecord, UserSub } from './store.js';
export { RequestLog } from './requestLog.js';
export type { RequestLogEntry, RequestLogSnapshot } from './requestLog.js';
export { encodeQ64, decodeQ64 } from './routes/search.js';

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:4010 (API paths and /oauth/token hang off it). */
  url: string;
  port: number;
  store: EmulatorStore;
  requests: RequestLog;
  /** The Notifications API: channels, sockets, the activity simulator. */
  notifications: NotificationService;
  /** The live options (knob changes are reflected here). */
  options: EmulatorOptions;
  /** Hostile answers so far and requests held by a `hang` rule (emulator/hostile.ts). */
  hostile: HostileState;
  /** Changes runtime settings: latency, jitter, rate limit, faults, permissions, me, OAuth clients, token TTL, policies. */
  setKnobs(k: Partial<EmulatorOptions>): void;
  close(): Promise<void>;
}

const FIXED = ['port', 'host', 'users', 'seed'] as const;

function checkUserRefs(store: EmulatorStore, o: Partial<EmulatorOptions>): void {
  if (o.meUserId !== undefined && !store.user(o.meUserId)) {
    throw new Error(
      `Invalid emulator option meUserId: no user ${o.meUserId} in the org generated with seed ${store.seed}`,
    );
  }
  for (const [token, entry] of Object.entries(o.permissions ?? {})) {
    if (entry.userId !== undefined && !store.user(entry.userId)) {
      throw new Error(
        `Invalid emulator option permissions[${token}].userId: no user ${entry.userId} in the org generated with seed ${store.seed}`,
      );
    }
  }
}

export async function startEmulator(partial: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const options = resolveOptions(partial);
  const store = generateOrg(options.seed, options.users);
  checkUserRefs(store, options);
  const requests = new RequestLog();
  let wsBase = '';
  const notifications = new NotificationService(store, options, () => wsBase, mulberry32(hash32(options.seed, 0xac71)));
  const rt: EmulatorRuntime = {
    store,
    options,
    requests,
    tokens: new TokenRegistry(),
    limiter: new RateLimiter(),
    faultRng: mulberry32(hash32(options.seed, 0xfa017)),
    notifications,
  };
  const server: Server = createServer(createRequestHandler(rt));
  server.on('upgrade', (req, socket, head) => {
    if (!notifications.handleUpgrade(req, socket, head))
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost =
    options.host === '0.0.0.0' || options.host === '::'
      ? '127.0.0.1'
      : options.host.includes(':')
        ? `[${options.host}]`
        : options.host;
  wsBase = `ws://${shownHost}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    store,
    requests,
    notifications,
    options,
    hostile: hostileStateOf(rt),
    setKnobs(k: Partial<EmulatorOptions>): void {
      for (const key of FIXED) {
        if (k[key] !== undefined && k[key] !== options[key])
          throw new Error(`Emulator option ${key} cannot be changed while running`);
      }
      const clean = validateKnobs(k);
      checkUserRefs(store, clean);
      if ('faultMethods' in k && k.faultMethods === undefined) options.faultMethods = undefined;
      if ('permissions' in k && k.permissions === undefined) options.permissions = undefined;
      if ('oauthClients' in k && k.oauthClients === undefined) options.oauthClients = undefined;
      if ('hostile' in k && k.hostile === undefined) options.hostile = undefined;
      Object.assign(options, clean);
      notifications.simulator.sync();
    },
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve, reject) => {
        notifications.close();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
