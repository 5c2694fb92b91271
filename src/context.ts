/**
 * The per-request context: the credentials for the upstream bound into a client, that request's loaders,
 * its request id and its observation (logger, upstream calls, span). Nothing here outlives the request;
 * nothing request-scoped lives elsewhere.
 */
import { GraphQLError } from 'graphql';
import {
  GenesysClient,
  type ClientOptions,
  type Transport,
  type UpstreamCallEvent,
  type UpstreamCredentials,
  type UpstreamRetryEvent,
} from './genesys/client.js';
import { createLoaders } from './loaders/index.js';
import { TokenRateLimiter } from './resilience/rate-limiter.js';
import { CallBudget } from './protection/budget.js';
import type { RequestObservation } from './observability/request.js';
import type { LiveAccess } from './live/hub.js';
import type { RequestScope } from './request-scope.js';

export interface GatewayContext extends RequestScope {
  requestId: string;
  /** Live updates for the caller's identity (subscriptions); absent when LIVE_SUBSCRIPTIONS=false. */
  live?: LiveAccess;
}

export interface ContextDeps {
  transport: Transport;
  /** Client-credentials mode: the gateway's own token for every request; the caller's header is ignored. */
  credentials?: UpstreamCredentials;
  /** Sent upstream when the caller sent no token; set only in emulator mode (passthrough). */
  devToken?: string;
  /** MAX_UPSTREAM_CALLS_PER_OPERATION. */
  maxUpstreamCalls: number;
  onUpstreamCall?: (event: UpstreamCallEvent, observation: RequestObservation) => void;
  onUpstreamRetry?: (event: UpstreamRetryEvent, observation: RequestObservation) => void;
  /**
   * Each operation's upstream deadline (UPSTREAM_DEADLINE_MS), retry policy, concurrency cap, the per-token
   * limiter, the per-caller cap and what upstream error messages say.
   */
  upstream?: Pick<ClientOptions, 'retry' | 'concurrency' | 'limiter' | 'callerSlots' | 'errorText'> & {
    deadlineMs: number;
  };
}

/** Accepts `Bearer <token>` with a non-empty token; anything else is treated as no credentials. */
export function bearerFrom(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? `Bearer ${match[1]}` : undefined;
}

function passthroughAuthorization(deps: ContextDeps, authorizationHeader: string | undefined): string {
  const authorization = bearerFrom(authorizationHeader) ?? (deps.devToken ? `Bearer ${deps.devToken}` : undefined);
  if (!authorization) {
    throw new GraphQLError('A bearer token is required: send "Authorization: Bearer <Genesys Cloud access token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return authorization;
}

export function createContext(
  deps: ContextDeps,
  authorizationHeader: string | undefined,
  observation: RequestObservation,
): GatewayContext {
  const authorization = deps.credentials ?? passthroughAuthorization(deps, authorizationHeader);
  const client = new GenesysClient(deps.transport, {
    // The client holds the request's budget (MAX_UPSTREAM_CALLS_PER_OPERATION) and takes from it per attempt.
    budget: new CallBudget(deps.maxUpstreamCalls),
    authorization,
    onCall: deps.onUpstreamCall && ((event) => deps.onUpstreamCall?.(event, observation)),
    onRetry: deps.onUpstreamRetry && ((event) => deps.onUpstreamRetry?.(event, observation)),
    ...(deps.upstream && {
      deadlineAt: performance.now() + deps.upstream.deadlineMs,
      retry: deps.upstream.retry,
      concurrency: deps.upstream.concurrency,
      limiter: deps.upstream.limiter,
      callerSlots: deps.upstream.callerSlots,
      errorText: deps.upstream.errorText,
      // Fair sharing is per caller: the caller's own token, also when the gateway sends its own (client credentials).
      callerKey: TokenRateLimiter.keyOf(
        typeof authorization === 'string' ? authorization : (bearerFrom(authorizationHeader) ?? ''),
      ),
    }),
  });
  return { requestId: observation.requestId, client, loaders: createLoaders(client), observation };
}
