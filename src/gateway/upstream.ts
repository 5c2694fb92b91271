/**
 * The gateway's side of the upstream: one transport (connection pool), the client-credentials token cache when
 * AUTH_MODE=client-credentials, and what every request's client shares (deadline, retry policy, the per-token
 * rate limiter, the per-caller slots, the observers).
 */
import { ClientCredentialsTokenCache } from '../auth/token-cache.js';
import type { SharedState } from '../shared/index.js';
import type { Config } from '../config.js';
import { bearerFrom, type ContextDeps } from '../context.js';
import { Transport, type UpstreamCredentials } from '../genesys/client.js';
import { fetchClientCredentialsToken } from '../genesys/oauth.js';
import { loginUrlFor } from '../genesys/regions.js';
import type { Logger } from '../observability/logging.js';
import { KeyedSemaphore } from '../resilience/semaphore.js';
import { messageOf, type UpstreamObservers } from './observers.js';

export function createTransport(config: Readonly<Config>, upstreamUrl: string): Transport {
  const { resilience } = config;
  return new Transport({
    baseUrl: upstreamUrl,
    timeoutMs: config.upstreamTimeoutMs,
    connectTimeoutMs: resilience.connectTimeoutMs,
    maxResponseBytes: resilience.maxResponseBytes,
  });
}

/** Client-credentials mode: the token cache built from the configuration; undefined in passthrough mode. */
export function clientCredentialsFromConfig(
  config: Readonly<Config>,
  deps: { transport: Transport; upstreamUrl: string; observers: UpstreamObservers; log: Logger; shared: SharedState },
): UpstreamCredentials | undefined {
  const auth = config.auth;
  if (auth.mode !== 'client-credentials') return undefined;
  // Emulator mode, or an http://127.0.0.1 upstream: the login host is the upstream itself.
  const loginUrl = auth.loginUrl ?? loginUrlFor(deps.upstreamUrl);
  const onTokenFetch = deps.observers.tokenFetchObserver(new URL(loginUrl).hostname);
  return new ClientCredentialsTokenCache({
    fetch: () =>
      fetchClientCredentialsToken(
        deps.transport,
        { loginUrl, clientId: auth.clientId, clientSecret: auth.clientSecret },
        onTokenFetch,
      ),
    refreshMarginMs: auth.refreshMarginSeconds * 1000,
    // Several replicas: one token request per expiry for all of them, through Redis (src/shared/).
    shared: deps.shared.tokenSource(`${loginUrl} ${auth.clientId}`),
    onRefreshError: (err) =>
      deps.log.warn({ error: messageOf(err) }, 'token refresh failed; the current token is used until it expires'),
  });
}

/** What every request's context is built from (src/context.ts). */
export function upstreamContextDeps(
  config: Readonly<Config>,
  deps: { transport: Transport; credentials?: UpstreamCredentials; observers: UpstreamObservers; shared: SharedState },
): ContextDeps {
  const { resilience } = config;
  const { transport, credentials, observers } = deps;
  return {
    transport,
    credentials,
    devToken: config.upstream.kind === 'emulator' && !credentials ? config.devToken : undefined,
    maxUpstreamCalls: config.protection.maxUpstreamCallsPerOperation,
    onUpstreamCall: observers.onUpstreamCall,
    onUpstreamRetry: observers.onUpstreamRetry,
    // One per gateway: every operation of a token shares what the upstream said about that token's rate limit.
    upstream: {
      deadlineMs: resilience.deadlineMs,
      retry: {
        maxRetries: resilience.maxRetries,
        baseDelayMs: resilience.retryBaseMs,
        maxDelayMs: resilience.retryMaxDelayMs,
        retryAfterMaxMs: resilience.retryAfterMaxSeconds * 1000,
      },
      concurrency: resilience.concurrencyPerOperation,
      // This process's own, or the one the replicas share through Redis (src/shared/index.ts).
      limiter: deps.shared.limiter,
      // One per gateway too: a caller's calls in flight across all its operations (fair sharing of the pool).
      callerSlots: new KeyedSemaphore(resilience.concurrencyPerToken),
      errorText: resilience.errorText,
    },
  };
}

/** The Authorization value a caller acts with upstream (passthrough); undefined in client-credentials mode. */
export function callerAuthorization(deps: ContextDeps, header: string | undefined): string | undefined {
  if (deps.credentials) return undefined;
  return bearerFrom(header) ?? (deps.devToken ? `Bearer ${deps.devToken}` : undefined);
}
