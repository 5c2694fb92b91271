/**
 * The state replicas share (src/shared/redis.ts): built once per gateway from the configuration. Without
 * REDIS_URL (or with CLUSTER_SHARED_STATE=false) everything stays local to the process, as for one replica.
 */
import { SharedTokenSource } from '../auth/shared-token.js';
import type { Config } from '../config.js';
import type { ReadinessCheck } from '../observability/health.js';
import type { Logger } from '../observability/logging.js';
import { TokenRateLimiter, type UpstreamRateLimiter } from '../resilience/rate-limiter.js';
import { SharedTokenRateLimiter } from '../resilience/shared-rate-limiter.js';
import { SharedStore, type SharedStoreState } from './redis.js';

/** The upstream's rate-limit window (docs/upstream-api.md#rate-limits: per minute). */
const UPSTREAM_WINDOW_MS = 60_000;

export interface SharedState {
  /** The per-token limiter every operation uses. */
  limiter: UpstreamRateLimiter;
  /** Where the client-credentials token of this OAuth client comes from; undefined: this process alone. */
  tokenSource(identity: string): SharedTokenSource | undefined;
  /** /readyz: Redis degraded is reported, never a failure. */
  readinessChecks(): ReadinessCheck[];
  close(): Promise<void>;
}

export function createSharedState(
  config: Pick<Config, 'cluster' | 'persistedQueries' | 'resilience'>,
  deps: {
    log: Logger;
    onStateChange?: (state: SharedStoreState) => void;
    onDecision?: (where: 'shared' | 'local') => void;
  },
): SharedState {
  const { cluster, resilience } = config;
  const maxWaitMs = resilience.rateLimitMaxWaitSeconds * 1000;
  const redisUrl = config.persistedQueries.redisUrl;
  if (!redisUrl || !cluster.sharedState) {
    return {
      limiter: new TokenRateLimiter({ headroom: resilience.rateLimitHeadroom, maxWaitMs }),
      tokenSource: () => undefined,
      readinessChecks: () => [],
      close: async () => {},
    };
  }
  const store = new SharedStore({
    url: redisUrl.reveal(),
    keyPrefix: config.persistedQueries.redisKeyPrefix,
    timeoutMs: cluster.redisTimeoutMs,
    log: deps.log.child({ component: 'shared-state' }),
    onStateChange: deps.onStateChange,
  });
  return {
    limiter: new SharedTokenRateLimiter(store, {
      defaultAllowed: cluster.rateLimitPerMinute,
      windowMs: UPSTREAM_WINDOW_MS + cluster.windowMarginMs,
      maxWaitMs,
      replicas: cluster.replicas,
      onDecision: deps.onDecision,
    }),
    tokenSource: (identity) =>
      new SharedTokenSource({
        store,
        identity,
        lockWaitMs: cluster.tokenLockWaitMs,
        ...(cluster.tokenEncryptionKey ? { encryptionKey: cluster.tokenEncryptionKey } : {}),
      }),
    readinessChecks: () => [
      store.state === 'connected'
        ? { name: 'redis', ok: true, detail: 'shared state: connected' }
        : {
            name: 'redis',
            ok: true,
            degraded: true,
            detail: `shared state ${store.detail}: each replica limits to 1/${cluster.replicas} of the budget and fetches its own token`,
          },
    ],
    close: () => store.close(),
  };
}
