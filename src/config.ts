/**
 * Configuration: the environment, read once, validated, frozen. Every bad value is reported in one
 * message that names the variable, so a misconfigured instance fails at start, not on first traffic.
 */
import { corsConfigFromEnv, type CorsConfig } from './cors.js';
import { readBool, readChoice, readInt, type Env } from './env.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './genesys/client.js';
import { resolveRegion } from './genesys/regions.js';
import { protectionConfigFromEnv, type ProtectionConfig } from './protection/config.js';
import { liveConfigFromEnv, type LiveConfig } from './live/config.js';
import { clusterConfigFromEnv, type ClusterConfig } from './shared/config.js';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsConfig } from './documents/trusted.js';
import { LOG_LEVELS, type LogLevel } from './observability/logging.js';

export type UpstreamConfig =
  /**
   * The embedded emulator: no upstream configured outside production, or EMULATOR=true. `explicit`: asked
   * for with EMULATOR=true (the only way it runs with NODE_ENV=production).
   */
  | { kind: 'emulator'; emulatorPort: number; explicit: boolean }
  | { kind: 'remote'; apiUrl: string; source: 'GENESYSCLOUD_API_URL' | 'GENESYSCLOUD_REGION' };

/**
 * A value that must never reach a log line, an error message or a JSON dump: printed, serialised or
 * inspected it shows `[redacted]`; only `reveal()` gives it, at the one place that sends it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret([redacted])';
  }
}

export const AUTH_MODES = ['passthrough', 'client-credentials'] as const;

export type AuthConfig =
  /** Each caller's own bearer token goes upstream (the default). */
  | { mode: 'passthrough' }
  /** Every caller acts as the gateway's OAuth client: one token, cached process-wide. */
  | {
      mode: 'client-credentials';
      clientId: string;
      clientSecret: Secret;
      /** GENESYSCLOUD_LOGIN_URL; unset: the login host of the upstream (`loginUrlFor`), the emulator's own URL. */
      loginUrl?: string;
      /** Fetch a new token this long before the current one expires (at most half its lifetime). */
      refreshMarginSeconds: number;
    };

export interface PersistedQueriesConfig {
  /** REDIS_URL: the cache shared by every instance; unset: an in-memory cache per instance. */
  redisUrl?: Secret;
  /** Namespace of the keys in Redis, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** Lifetime of a registered query in the cache; 0 = no expiry. */
  ttlSeconds: number;
}

export interface TracingConfig {
  /** Where spans are posted (OTLP/HTTP JSON), e.g. http://collector:4318/v1/traces. */
  tracesUrl: string;
  serviceName: string;
}

/** How the upstream client copes with a slow, failing or rate-limiting upstream (README "Resilience"). */
export interface ResilienceConfig {
  /** Time allowed to open a connection to the upstream. */
  connectTimeoutMs: number;
  /** Budget of one GraphQL operation for all its upstream work: calls, retries and waits. */
  deadlineMs: number;
  /** Repeats of a failed idempotent call (GET, PUT, DELETE); POST and PATCH are never repeated. */
  maxRetries: number;
  /** Backoff: full jitter in [0, min(maxDelay, base · 2^retry)]. */
  retryBaseMs: number;
  retryMaxDelayMs: number;
  /** A longer Retry-After is not waited for: the call fails with RATE_LIMITED at once. */
  retryAfterMaxSeconds: number;
  /** Upstream calls one operation may have in flight at once. */
  concurrencyPerOperation: number;
  /** Share of a token's rate limit (0..1) below which its calls are spaced out until the reset; 0 = off. */
  rateLimitHeadroom: number;
  /** Ceiling of any hold from rate-limit headers (`inin-ratelimit-reset`, `Retry-After`): no token waits longer. */
  rateLimitMaxWaitSeconds: number;
  /** Upstream calls one caller (token) may have in flight at once, across all its operations. */
  concurrencyPerToken: number;
  /** Largest upstream answer body read (bytes, after decompression); enforced while the body streams. */
  maxResponseBytes: number;
  /** What an upstream error's message says: its own text (capped), or only status and code (production). */
  errorText: UpstreamErrorText;
}

export const UPSTREAM_ERROR_TEXTS = ['full', 'generic'] as const;
export type UpstreamErrorText = (typeof UPSTREAM_ERROR_TEXTS)[number];

export interface Config {
  port: number;
  host: string;
  upstream: UpstreamConfig;
  /** Per-attempt upstream response timeout. */
  upstreamTimeoutMs: number;
  /** Timeouts, deadline, retries, concurrency cap and rate limiting of upstream calls. */
  resilience: ResilienceConfig;
  /** Sent upstream when a request has no Authorization header, only in emulator mode (passthrough). */
  devToken: string;
  introspection: boolean;
  auth: AuthConfig;
  logLevel: LogLevel;
  readiness: {
    /** Timeout of the upstream probe behind /readyz. */
    timeoutMs: number;
    /** How long a probe result is reused, so a busy load balancer does not become upstream traffic. */
    cacheMs: number;
  };
  persistedQueries: PersistedQueriesConfig;
  /** Replicas sharing the upstream budget, the token and the backoff through REDIS_URL (src/shared/). */
  cluster: ClusterConfig;
  /** TRUSTED_DOCUMENTS and its manifests (src/documents/); published documents share REDIS_URL. */
  trustedDocuments: TrustedDocumentsConfig;
  /** Set when an OTLP endpoint is configured; unset: no tracing SDK is loaded at all. */
  tracing?: TracingConfig;
  /** On SIGTERM, /readyz fails this long before the server stops taking requests. */
  shutdownDelayMs: number;
  /** Then in-flight requests have this long to finish before their connections are closed. */
  shutdownTimeoutMs: number;
  /** How operations run (src/gateway/execution.ts). */
  execution: {
    /** Operations run compiled by graphql-jit once due; false: always graphql-js's interpreter. */
    compiled: boolean;
    /** Runs through graphql-js before an operation is compiled; 0: compiled from its first run. */
    compileAfter: number;
  };
  /** Query limits, cost budget, body size, batching, IDE (src/protection/config.ts). */
  protection: Readonly<ProtectionConfig>;
  /** GraphQL subscriptions fed by Genesys Cloud notifications (src/live/config.ts). */
  live: Readonly<LiveConfig>;
  /** Which browser origins may call /graphql (src/cors.ts). */
  cors: Readonly<CorsConfig>;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * A URL with one of the given protocols, without its trailing slashes. `echo: false` keeps the value out
 * of the message (a Redis URL may carry a password); `allowCredentials: false` refuses a URL with
 * user:password@ in it (the upstream and login URLs).
 */
function readUrl(
  env: Env,
  name: string,
  protocols: readonly string[],
  problems: string[],
  echo = true,
  allowCredentials = false,
): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    /* reported below */
  }
  // Something that looks like user:password@ is never repeated in a message.
  const shown = echo && !raw.includes('@');
  if (!parsed || !protocols.includes(parsed.protocol)) {
    const kinds =
      protocols.join(' ') === 'http: https:' ? 'an http(s)' : `a ${protocols.map((p) => `${p}//`).join(' or ')}`;
    problems.push(`${name} must be ${kinds} URL${shown ? ` (got "${raw}")` : ''}`);
    return undefined;
  }
  if (!allowCredentials && (parsed.username !== '' || parsed.password !== '')) {
    // got would send them as Basic auth in place of the caller's token, and they would show wherever the URL does.
    problems.push(
      `${name} must not carry a user name or password (user:password@host): the gateway sends only bearer tokens upstream`,
    );
    return undefined;
  }
  return raw.replace(/\/+$/, '');
}

function readAuth(env: Env, problems: string[]): AuthConfig {
  const mode = readChoice(env, 'AUTH_MODE', AUTH_MODES, 'passthrough', problems);
  const loginUrl = readUrl(env, 'GENESYSCLOUD_LOGIN_URL', ['http:', 'https:'], problems);
  const refreshMarginSeconds = readInt(env, 'OAUTH_TOKEN_REFRESH_MARGIN_SECONDS', 60, 0, 3600, problems);
  if (mode === 'passthrough') return { mode };
  const clientId = env.GENESYSCLOUD_OAUTHCLIENT_ID?.trim() ?? '';
  const clientSecret = env.GENESYSCLOUD_OAUTHCLIENT_SECRET?.trim() ?? '';
  if (!clientId) problems.push('GENESYSCLOUD_OAUTHCLIENT_ID is required when AUTH_MODE=client-credentials');
  // The secret's value never appears in a message, even a wrong one.
  if (!clientSecret) problems.push('GENESYSCLOUD_OAUTHCLIENT_SECRET is required when AUTH_MODE=client-credentials');
  return {
    mode,
    clientId,
    clientSecret: new Secret(clientSecret),
    ...(loginUrl ? { loginUrl } : {}),
    refreshMarginSeconds,
  };
}

function readTrustedDocuments(env: Env, problems: string[]): TrustedDocumentsConfig {
  const mode = readChoice(env, 'TRUSTED_DOCUMENTS', TRUSTED_DOCUMENTS_MODES, 'off', problems);
  const manifests = (env.TRUSTED_DOCUMENTS_MANIFESTS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  if (mode === 'enforce' && manifests.length === 0 && !env.REDIS_URL?.trim()) {
    problems.push('TRUSTED_DOCUMENTS=enforce needs TRUSTED_DOCUMENTS_MANIFESTS or REDIS_URL: no operation could run');
  }
  return { mode, manifests };
}

function readPersistedQueries(env: Env, problems: string[]): PersistedQueriesConfig {
  const redisUrl = readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], problems, false, true);
  const redisKeyPrefix = env.REDIS_KEY_PREFIX?.trim() || 'usergraph';
  if (!/^[\w.:-]{1,64}$/.test(redisKeyPrefix)) {
    problems.push(`REDIS_KEY_PREFIX must be 1 to 64 letters, digits, or . _ : - (got "${redisKeyPrefix}")`);
  }
  return {
    ...(redisUrl ? { redisUrl: new Secret(redisUrl) } : {}),
    redisKeyPrefix,
    ttlSeconds: readInt(env, 'APQ_TTL_SECONDS', 86_400, 0, 365 * 86_400, problems),
  };
}

/** The standard OpenTelemetry variables: a traces endpoint as is, or the base endpoint + /v1/traces. */
function readTracing(env: Env, problems: string[]): TracingConfig | undefined {
  const disabled = readBool(env, 'OTEL_SDK_DISABLED', false, problems);
  const traces = readUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:'], problems, true, true);
  const base = readUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:'], problems, true, true);
  const tracesUrl = traces ?? (base ? `${base}/v1/traces` : undefined);
  if (disabled || !tracesUrl) return undefined;
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'usergraph' };
}

function readResilience(env: Env, problems: string[]): ResilienceConfig {
  return {
    connectTimeoutMs: readInt(env, 'UPSTREAM_CONNECT_TIMEOUT_MS', 3_000, 100, 600_000, problems),
    deadlineMs: readInt(env, 'UPSTREAM_DEADLINE_MS', 30_000, 100, 600_000, problems),
    maxRetries: readInt(env, 'UPSTREAM_MAX_RETRIES', 3, 0, 10, problems),
    retryBaseMs: readInt(env, 'UPSTREAM_RETRY_BASE_MS', 200, 1, 60_000, problems),
    retryMaxDelayMs: readInt(env, 'UPSTREAM_RETRY_MAX_DELAY_MS', 5_000, 1, 600_000, problems),
    retryAfterMaxSeconds: readInt(env, 'UPSTREAM_RETRY_AFTER_MAX_SECONDS', 10, 0, 3_600, problems),
    concurrencyPerOperation: readInt(env, 'UPSTREAM_CONCURRENCY_PER_OPERATION', 16, 1, 1_000, problems),
    rateLimitHeadroom: readInt(env, 'UPSTREAM_RATE_LIMIT_HEADROOM_PERCENT', 10, 0, 100, problems) / 100,
    rateLimitMaxWaitSeconds: readInt(env, 'UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS', 60, 1, 3_600, problems),
    concurrencyPerToken: readInt(env, 'UPSTREAM_CONCURRENCY_PER_TOKEN', 64, 1, 10_000, problems),
    maxResponseBytes: readInt(
      env,
      'UPSTREAM_MAX_RESPONSE_BYTES',
      DEFAULT_MAX_RESPONSE_BYTES,
      1_024,
      1024 * 1024 * 1024,
      problems,
    ),
    errorText: readChoice(
      env,
      'UPSTREAM_ERROR_TEXT',
      UPSTREAM_ERROR_TEXTS,
      isProduction(env) ? 'generic' : 'full',
      problems,
    ),
  };
}

/** Told to the operator when no upstream is configured where the emulator may not stand in for one. */
export const NO_UPSTREAM_PROBLEM =
  "No upstream: set GENESYSCLOUD_REGION (e.g. eu-west-1) or GENESYSCLOUD_API_URL; EMULATOR=true serves the embedded emulator's invented organisation instead (never real data)";

export const isProduction = (env: Env): boolean => env.NODE_ENV?.trim().toLowerCase() === 'production';

function readUpstream(env: Env, problems: string[]): UpstreamConfig {
  const apiUrl = env.GENESYSCLOUD_API_URL?.trim();
  const region = env.GENESYSCLOUD_REGION?.trim();
  // Unset: the emulator stands in for a missing upstream, except in production, where fake data is never silent.
  const reported = problems.length;
  const flag = readBool(env, 'EMULATOR', false, problems);
  const emulator = env.EMULATOR?.trim() && problems.length === reported ? flag : undefined;
  if (emulator === true && (apiUrl || region)) {
    problems.push('Set EMULATOR=true or an upstream (GENESYSCLOUD_API_URL, GENESYSCLOUD_REGION), not both');
  }
  if (!apiUrl && !region && (emulator === false || (emulator === undefined && isProduction(env)))) {
    problems.push(NO_UPSTREAM_PROBLEM);
  }
  if (apiUrl) {
    if (region) problems.push('Set GENESYSCLOUD_API_URL or GENESYSCLOUD_REGION, not both');
    const valid = readUrl(env, 'GENESYSCLOUD_API_URL', ['http:', 'https:'], problems);
    // An invalid value is reported above and never used (nor shown) again.
    return { kind: 'remote', apiUrl: valid ?? '', source: 'GENESYSCLOUD_API_URL' };
  }
  if (region) {
    const hosts = resolveRegion(region);
    if (!hosts) {
      problems.push(
        `GENESYSCLOUD_REGION must be a Genesys Cloud region name (e.g. eu-west-1) or domain (e.g. mypurecloud.ie) (got "${region}")`,
      );
      return { kind: 'remote', apiUrl: '', source: 'GENESYSCLOUD_REGION' };
    }
    return { kind: 'remote', apiUrl: hosts.apiUrl, source: 'GENESYSCLOUD_REGION' };
  }
  return {
    kind: 'emulator',
    emulatorPort: readInt(env, 'EMULATOR_PORT', 4010, 0, 65535, problems),
    explicit: emulator === true,
  };
}

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const upstream = readUpstream(env, problems);
  const protection = protectionConfigFromEnv(env);
  problems.push(...protection.problems);
  const live = liveConfigFromEnv(env);
  problems.push(...live.problems);
  const cluster = clusterConfigFromEnv(env);
  problems.push(...cluster.problems);
  const config: Config = {
    port: readInt(env, 'PORT', 4000, 0, 65535, problems),
    host: env.HOST?.trim() || '0.0.0.0',
    upstream,
    upstreamTimeoutMs: readInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 600_000, problems),
    resilience: readResilience(env, problems),
    devToken: 'usergraph-dev-token',
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', !isProduction(env), problems),
    auth: readAuth(env, problems),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
    readiness: {
      timeoutMs: readInt(env, 'READINESS_TIMEOUT_MS', 2_000, 100, 60_000, problems),
      cacheMs: readInt(env, 'READINESS_CACHE_MS', 5_000, 0, 600_000, problems),
    },
    persistedQueries: readPersistedQueries(env, problems),
    cluster: cluster.config,
    trustedDocuments: readTrustedDocuments(env, problems),
    shutdownDelayMs: readInt(env, 'SHUTDOWN_DELAY_MS', 0, 0, 120_000, problems),
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 30_000, 0, 600_000, problems),
    execution: {
      compiled: readBool(env, 'COMPILED_EXECUTION', true, problems),
      compileAfter: readInt(env, 'COMPILE_AFTER_EXECUTIONS', 5, 0, 1_000_000, problems),
    },
    protection: protection.config,
    live: live.config,
    cors: corsConfigFromEnv(env, upstream.kind === 'emulator', problems),
  };
  const tracing = readTracing(env, problems);
  if (tracing) config.tracing = tracing;
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(config);
}
