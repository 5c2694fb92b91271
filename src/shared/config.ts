/** The settings of several replicas sharing one Redis (REDIS_URL); README "Running several replicas". */
import { readBool, readInt, type Env } from '../env.js';

export interface ClusterConfig {
  /** CLUSTER_SHARED_STATE: with REDIS_URL, share the upstream budget, the token and the backoff (default on). */
  sharedState: boolean;
  /** CLUSTER_REPLICAS: N; while Redis is away each replica takes 1/N of a token's budget. */
  replicas: number;
  /** REDIS_TIMEOUT_MS: longest one Redis call of the shared state may take before it counts as a failure. */
  redisTimeoutMs: number;
  /** UPSTREAM_RATE_LIMIT_PER_MINUTE: a token's budget until the upstream says its own (`inin-ratelimit-allowed`). */
  rateLimitPerMinute: number;
  /** UPSTREAM_RATE_LIMIT_WINDOW_MARGIN_MS: added to the upstream's 60 s window, for the calls' transit. */
  windowMarginMs: number;
  /** REDIS_TOKEN_ENCRYPTION_KEY: 32 bytes (64 hex or 44 base64 characters); encrypts the shared token. */
  tokenEncryptionKey?: EncryptionKey;
  /** CLUSTER_TOKEN_LOCK_WAIT_MS: how long a replica waits for another's token fetch before fetching its own. */
  tokenLockWaitMs: number;
}

export const CLUSTER_ENV = [
  'CLUSTER_SHARED_STATE',
  'CLUSTER_REPLICAS',
  'REDIS_TIMEOUT_MS',
  'UPSTREAM_RATE_LIMIT_PER_MINUTE',
  'UPSTREAM_RATE_LIMIT_WINDOW_MARGIN_MS',
  'REDIS_TOKEN_ENCRYPTION_KEY',
  'CLUSTER_TOKEN_LOCK_WAIT_MS',
] as const;

/** A key that is never printed (logs, errors, JSON): `reveal()` on purpose only. */
export class EncryptionKey {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = Buffer.from(bytes);
  }
  reveal(): Buffer {
    return this.#bytes;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'EncryptionKey([redacted])';
  }
}

/** A 32-byte key from hex or base64; undefined with a problem pushed when it is neither. */
function readKey(env: Env, name: string, problems: string[]): EncryptionKey | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const bytes = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (bytes.length !== 32 || (!/^[0-9a-f]{64}$/i.test(raw) && bytes.toString('base64') !== raw)) {
    // The value is never echoed: it is a key.
    problems.push(`${name} must be 32 bytes, as 64 hex characters or base64`);
    return undefined;
  }
  return new EncryptionKey(bytes);
}

export function clusterConfigFromEnv(env: Env): { config: ClusterConfig; problems: string[] } {
  const problems: string[] = [];
  const tokenEncryptionKey = readKey(env, 'REDIS_TOKEN_ENCRYPTION_KEY', problems);
  const config: ClusterConfig = {
    sharedState: readBool(env, 'CLUSTER_SHARED_STATE', true, problems),
    replicas: readInt(env, 'CLUSTER_REPLICAS', 1, 1, 1_000, problems),
    redisTimeoutMs: readInt(env, 'REDIS_TIMEOUT_MS', 50, 1, 10_000, problems),
    rateLimitPerMinute: readInt(env, 'UPSTREAM_RATE_LIMIT_PER_MINUTE', 300, 1, 1_000_000, problems),
    windowMarginMs: readInt(env, 'UPSTREAM_RATE_LIMIT_WINDOW_MARGIN_MS', 1_000, 0, 60_000, problems),
    ...(tokenEncryptionKey ? { tokenEncryptionKey } : {}),
    tokenLockWaitMs: readInt(env, 'CLUSTER_TOKEN_LOCK_WAIT_MS', 5_000, 0, 60_000, problems),
  };
  return { config, problems };
}
