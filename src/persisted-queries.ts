/**
 * The cache of automatic persisted queries (APQ). With REDIS_URL it is Redis, through Keyv and Apollo's
 * KeyvAdapter, so a query registered on one instance is known to all of them; without, Apollo's own
 * in-memory cache of each instance.
 *
 * Redis is a cache here, never a dependency: the client is connected at start and reconnects in the
 * background, commands fail at once while it is away (no offline queue), and every failure is served
 * as a miss (the client then sends the full query, as APQ foresees), counted and logged, throttled.
 */
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import type { PersistedQueriesConfig } from './config.js';
import type { Logger } from './observability/logging.js';

export interface PersistedQueryStore {
  kind: 'redis' | 'memory';
  /** Apollo's `persistedQueries` option. */
  options: { cache?: KeyValueCache<string>; ttl: number | null };
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 2_000;
/** Redis errors repeat on every reconnect attempt: one log line per this many ms is enough. */
const LOG_EVERY_MS = 30_000;

export function createPersistedQueryStore(
  config: PersistedQueriesConfig,
  deps: { log: Logger; onError: () => void },
): PersistedQueryStore {
  const ttl = config.ttlSeconds > 0 ? config.ttlSeconds : null;
  if (!config.redisUrl) return { kind: 'memory', options: { ttl }, close: async () => {} };

  let lastLogged = -Infinity;
  const warn = (what: string, err: unknown): void => {
    deps.onError();
    const now = performance.now();
    if (now - lastLogged < LOG_EVERY_MS) return;
    lastLogged = now;
    // The error message only: a node-redis error can carry the connection options, and so the URL's password.
    deps.log.warn({ cache: 'apq', error: err instanceof Error ? err.message : String(err) }, what);
  };

  const client = createClient({
    url: config.redisUrl.reveal(),
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
  client.on('error', (err: unknown) => warn('Redis unavailable: persisted queries are served as misses', err));
  client.connect().catch((err: unknown) => warn('Redis connection failed', err));

  const store = new KeyvRedis<string>(client, { throwOnConnectError: false, throwOnErrors: true });
  store.namespace = config.redisKeyPrefix;
  const keyv = new Keyv<string>(store, { namespace: config.redisKeyPrefix, useKeyPrefix: false, throwOnErrors: true });
  keyv.on('error', () => {
    /* reported by the client's own error event, or as a failed operation below */
  });
  // KeyvAdapter is a CommonJS package whose types name keyv's CommonJS declarations; this ESM module
  // gets keyv's ESM ones. Same class at runtime, two declarations to the compiler.
  const adapter = new KeyvAdapter<string>(keyv as unknown as ConstructorParameters<typeof KeyvAdapter<string>>[0]);
  const cache = new ErrorsAreMissesCache<string>(adapter, {
    debug: () => {},
    info: () => {},
    warn: (message: unknown) => warn('Persisted query cache operation failed', message),
    error: (message: unknown) => warn('Persisted query cache operation failed', message),
  });
  return {
    kind: 'redis',
    options: { cache, ttl },
    async close() {
      try {
        if (client.isOpen) await client.close();
        else client.destroy();
      } catch {
        client.destroy();
      }
    },
  };
}
