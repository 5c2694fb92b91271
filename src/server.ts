/**
 * createGateway(): the Apollo Server with its schema and plugins, and a plain node:http handler that serves
 * /graphql, /healthz, /readyz and /metrics. No listen here, so tests and embedders mount it where they like;
 * listenGateway() is the one that listens. It composes the parts in src/gateway/: the upstream side
 * (transport, client-credentials token cache, shared limiter), observers (metrics, logs, spans), persisted
 * and trusted documents, Apollo's plugins, readiness and the HTTP routes.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { formatError } from './errors.js';
import type { UpstreamCallEvent, UpstreamCredentials } from './genesys/client.js';
import { createPersistedDocuments } from './gateway/documents.js';
import { CompiledExecution } from './gateway/execution.js';
import { createHttpHandler } from './gateway/http.js';
import { upstreamObservers } from './gateway/observers.js';
import { gatewayPlugins } from './gateway/plugins.js';
import { gatewayReadiness } from './gateway/readiness.js';
import { createSharedState } from './shared/index.js';
import {
  callerAuthorization,
  clientCredentialsFromConfig,
  createTransport,
  upstreamContextDeps,
} from './gateway/upstream.js';
import { createLive, type Live } from './live/index.js';
import type { Readiness } from './observability/health.js';
import { silentLogger, type Logger } from './observability/logging.js';
import { GatewayMetrics } from './observability/metrics.js';
import type { GatewayTracing } from './observability/tracing.js';
import { DocumentGate, createAdmission, protectionParseOptions } from './protection/index.js';
import { buildSchema } from '../resolvers/index.js';

export interface GatewayOptions {
  config: Readonly<Config>;
  /** The upstream base URL (the emulator's in emulator mode). */
  upstreamUrl: string;
  onUpstreamCall?: (event: UpstreamCallEvent) => void;
  /** Structured logs; default none (src/index.ts passes one at LOG_LEVEL, tests pass a capturing one). */
  logger?: Logger;
  /** OpenTelemetry tracer (and propagator); default none: no spans at all. */
  tracing?: GatewayTracing;
  /** Client-credentials mode: the token source; default a cache built from the configuration. */
  credentials?: UpstreamCredentials;
  /** Milliseconds on a monotonic clock, for that token cache's expiry and refresh; tests pass their own. */
  now?: () => number;
  /** Node process metrics (CPU, memory, event loop) in this gateway's registry; default true. */
  defaultMetrics?: boolean;
}

export interface Gateway {
  apollo: ApolloServer<GatewayContext>;
  /** The node:http request handler; call `start()` first. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** This gateway's metrics (its own prom-client registry). */
  metrics: GatewayMetrics;
  readiness: Readiness;
  /** Live updates (subscriptions); undefined with LIVE_SUBSCRIPTIONS=false. */
  live?: Live;
  start(): Promise<void>;
  /** /readyz fails from now on; requests are still served until `stop()`. */
  beginShutdown(): void;
  stop(): Promise<void>;
}

export function createGateway(options: GatewayOptions, httpServer?: http.Server): Gateway {
  const { config, upstreamUrl, tracing } = options;
  const log = options.logger ?? silentLogger();
  const metrics = new GatewayMetrics({ defaultMetrics: options.defaultMetrics });
  const transport = createTransport(config, upstreamUrl);
  const observers = upstreamObservers({
    log,
    metrics,
    tracing,
    upstreamHost: new URL(transport.baseUrl).hostname,
    onUpstreamCall: options.onUpstreamCall,
  });
  const shared = createSharedState(config, {
    log,
    onStateChange: (state) => metrics.sharedState(state),
    onDecision: (where) => metrics.rateLimitDecision(where),
  });
  const credentials =
    options.credentials ??
    clientCredentialsFromConfig(config, { transport, upstreamUrl, observers, log, shared, now: options.now });
  const persisted = createPersistedDocuments(config, { log, metrics });

  const schema = buildSchema();
  // Parses, checks and validates every document before Apollo would (src/protection/documents.ts).
  const documents = new DocumentGate({
    limits: config.protection,
    introspection: config.introspection,
    yieldAbove: config.protection.heavySourceBytes,
  });
  // Expensive requests take turns; cheap ones and /healthz never wait behind them (src/protection/admission.ts).
  const admission = createAdmission(config.protection, documents, metrics.registry);
  const apollo = new ApolloServer<GatewayContext>({
    ...(config.execution.compiled
      ? {
          gateway: new CompiledExecution(schema, {
            compileAfter: config.execution.compileAfter,
            onCompile: (event) => metrics.compiled(event),
          }),
        }
      : { schema }),
    introspection: config.introspection,
    documentStore: documents.documentStore,
    formatError,
    includeStacktraceInErrorResponses: config.protection.stackTraces,
    csrfPrevention: true,
    allowBatchedHttpRequests: config.protection.allowBatchedHttpRequests,
    parseOptions: protectionParseOptions(config.protection),
    logger: log.child({ component: 'apollo' }),
    persistedQueries: persisted.apolloOption,
    // src/index.ts owns shutdown (gateway, then the embedded emulator); Apollo's own signal handler
    // would stop the server underneath it and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: gatewayPlugins({ config, log, metrics, tracing, documents, httpServer }),
  });

  const contextDeps = upstreamContextDeps(config, { transport, credentials, observers, shared });
  if (contextDeps.upstream?.callerSlots) metrics.watchCallerSlots(contextDeps.upstream.callerSlots);
  const live = config.live.enabled
    ? createLive({
        config,
        schema,
        transport,
        credentials,
        contextDeps,
        log,
        metrics,
        httpServer,
        devToken: contextDeps.devToken,
        trustedDocuments: persisted.trustedDocuments,
      })
    : undefined;
  const readiness = gatewayReadiness(config, { transport, credentials, shared });

  const handler = createHttpHandler({
    config,
    log,
    metrics,
    apollo,
    readiness,
    trustedDocuments: persisted.trustedDocuments,
    admission,
    contextFor(authorization, observation) {
      const context = createContext(contextDeps, authorization, observation);
      return live ? { ...context, live: live.hub.access(callerAuthorization(contextDeps, authorization)) } : context;
    },
  });

  return {
    apollo,
    handler,
    metrics,
    readiness,
    live,
    async start() {
      await apollo.start();
      readiness.markStarted();
    },
    beginShutdown: () => readiness.markDraining(),
    async stop() {
      readiness.markDraining();
      admission.close();
      // Live sockets first (1001 Going Away): an upgraded socket would hold the HTTP server's close open.
      await live?.close();
      await apollo.stop();
      await persisted.close();
      await shared.close();
      transport.close();
    },
  };
}

export interface RunningGateway {
  url: string;
  port: number;
  gateway: Gateway;
  close(): Promise<void>;
}

/** Starts a gateway on config.port (0 = any free port) and resolves once it listens. */
export async function listenGateway(options: GatewayOptions): Promise<RunningGateway> {
  const server = http.createServer();
  const gateway = createGateway(options, server);
  await gateway.start();
  server.on('request', gateway.handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.config.port, options.config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.config.host === '0.0.0.0' ? 'localhost' : options.config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    gateway,
    close: () => gateway.stop(),
  };
}
