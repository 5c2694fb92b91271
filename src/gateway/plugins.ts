/**
 * The Apollo Server plugins of the gateway, in order: no landing page and no cache-control instrumentation,
 * query protection, federated tracing, observability, the HTTP server's drain, subscriptions for routers.
 */
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginSubscriptionCallback } from '@apollo/server/plugin/subscriptionCallback';
import type { Config } from '../config.js';
import type { GatewayContext } from '../context.js';
import { formatError, traceSafeError } from '../errors.js';
import { subscriptionsOverHttpPlugin } from '../live/http.js';
import type { Logger } from '../observability/logging.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { observabilityPlugin } from '../observability/plugin.js';
import type { GatewayTracing } from '../observability/tracing.js';
import { protectionPlugins, type DocumentGate } from '../protection/index.js';

export interface PluginDeps {
  config: Readonly<Config>;
  log: Logger;
  metrics: GatewayMetrics;
  tracing?: GatewayTracing;
  /** The document gate the protection plugins share with Apollo's document store. */
  documents: DocumentGate;
  /** The server to drain on stop (listenGateway's); none when an embedder owns the server. */
  httpServer?: http.Server;
}

export function gatewayPlugins({
  config,
  log,
  metrics,
  tracing,
  documents,
  httpServer,
}: PluginDeps): ApolloServerPlugin<GatewayContext>[] {
  return [
    // The IDE is served by src/ide from the gateway's own files (no CDN), not by Apollo's landing page.
    ApolloServerPluginLandingPageDisabled(),
    // No cache hints are set anywhere, and the built-in cache-control plugin instruments every field.
    ApolloServerPluginCacheControlDisabled(),
    ...protectionPlugins<GatewayContext>(config.protection, { gate: documents, formatError }),
    // Federated tracing (ftv1) when a router asks for it; installed explicitly so it is not logged.
    ApolloServerPluginInlineTrace({ includeErrors: { transform: traceSafeError } }),
    observabilityPlugin({ metrics, log, tracing }),
    ...(httpServer
      ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs })]
      : []),
    // Subscriptions behind Apollo Router: the subscription callback protocol (check/next/complete over HTTP).
    ...(config.live.enabled
      ? [ApolloServerPluginSubscriptionCallback({ logger: log.child({ component: 'subscription-callback' }) })]
      : []),
    subscriptionsOverHttpPlugin<GatewayContext>(),
  ];
}
