/**
 * What the gateway does with each upstream call, retry and token fetch: metrics, logs, spans and the embedder's
 * hook. Observers run inside the client's call, so a failing one is logged, never the request's failure.
 */
import type { UpstreamCallEvent, UpstreamRetryEvent } from '../genesys/client.js';
import type { TokenFetchEvent } from '../genesys/oauth.js';
import type { Logger } from '../observability/logging.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import type { RequestObservation } from '../observability/request.js';
import { recordUpstreamSpan, type GatewayTracing } from '../observability/tracing.js';

export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The fields of an upstream call that its log line shows (never a header or a URL with its query). */
const upstreamLogFields = ({
  method,
  route,
  status,
  durationMs,
  correlationId,
}: UpstreamCallEvent | TokenFetchEvent) => ({
  method,
  route,
  status,
  durationMs: Math.round(durationMs),
  correlationId,
});

export interface UpstreamObservers {
  onUpstreamCall: (event: UpstreamCallEvent, observation: RequestObservation) => void;
  onUpstreamRetry: (event: UpstreamRetryEvent, observation: RequestObservation) => void;
  /** The client-credentials token fetches (outside any request) to the login host. */
  tokenFetchObserver: (loginHost: string) => (event: TokenFetchEvent) => void;
}

export interface ObserverDeps {
  log: Logger;
  metrics: GatewayMetrics;
  tracing?: GatewayTracing;
  /** The upstream's host name, for the spans of its calls. */
  upstreamHost: string;
  /** The embedder's hook (GatewayOptions.onUpstreamCall). */
  onUpstreamCall?: (event: UpstreamCallEvent) => void;
}

export function upstreamObservers({
  log,
  metrics,
  tracing,
  upstreamHost,
  onUpstreamCall,
}: ObserverDeps): UpstreamObservers {
  const observeSafely = (observe: () => void): void => {
    try {
      observe();
    } catch (err) {
      log.error({ error: messageOf(err) }, 'an observer of upstream calls failed');
    }
  };
  return {
    onUpstreamCall: (event, observation) =>
      observeSafely(() => {
        metrics.upstreamCall(event);
        observation.recordUpstream(event);
        observation.log.debug({ upstream: upstreamLogFields(event) }, 'upstream call');
        // The upstream's own error text (capped by the client) is for the operator, whatever the caller was told.
        if (event.errorText !== undefined)
          observation.log.info(
            { upstream: { ...upstreamLogFields(event), errorText: event.errorText } },
            'upstream error',
          );
        if (tracing) recordUpstreamSpan(tracing, observation.span, upstreamHost, event);
        onUpstreamCall?.(event);
      }),
    onUpstreamRetry: (event, observation) =>
      observeSafely(() => {
        metrics.upstreamRetry(event);
        const { method, route, reason, delayMs } = event;
        observation.log.debug(
          { upstream: { method, route, reason, delayMs: Math.round(delayMs ?? 0) } },
          'upstream retry',
        );
      }),
    tokenFetchObserver: (loginHost) => (event) =>
      observeSafely(() => {
        metrics.upstreamCall(event);
        log.info({ upstream: upstreamLogFields(event) }, 'oauth token request');
        if (tracing) recordUpstreamSpan(tracing, undefined, loginHost, event);
      }),
  };
}
