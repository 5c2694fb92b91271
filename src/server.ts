/**
 * createGateway(): the Apollo Server with its schema and plugins, and a plain node:http handler that
 * serves /graphql, /healthz, /readyz and /metrics. No listen here, so tests and embedders mount it where
 * they like. It wires the operational parts: the client-credentials token cache, metrics, logs, spans
 * (each upstream call reported by the client's onCall hook), readiness and the persisted-query cache.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginSubscriptionCallback } from '@apollo/server/plugin/subscriptionCallback';
import { ClientCredentialsTokenCache } from './auth/token-cache.js';
import { createSharedState } from './shared/index.js';
import type { Config } from './config.js';
import { bearerFrom, createContext, type GatewayContext } from './context.js';
import { applyCors } from './cors.js';
import { formatError, traceSafeError } from './errors.js';
import {
  Transport,
  type UpstreamCallEvent,
  type UpstreamCredentials,
  type UpstreamRetryEvent,
} from './genesys/client.js';
import { fetchClientCredentialsToken, type TokenFetchEvent } from './genesys/oauth.js';
import { EMULATOR_PROBE_PATH, probeUpstream, UPSTREAM_PROBE_PATH } from './genesys/probe.js';
import { loginUrlFor } from './genesys/regions.js';
import { handleIdeRequest, type IdeOptions } from './ide/index.js';
import { subscriptionsOverHttpPlugin } from './live/http.js';
import { createLive, type Live } from './live/index.js';
import { DocumentGate, protectionParseOptions, protectionPlugins } from './protection/index.js';
import { Readiness, type ReadinessCheck } from './observability/health.js';
import { silentLogger, type Logger } from './observability/logging.js';
import { GatewayMetrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/plugin.js';
import { requestIdFrom, RequestObservation } from './observability/request.js';
import { recordUpstreamSpan, type GatewayTracing } from './observability/tracing.js';
import { createPersistedQueryStore } from './persisted-queries.js';
import { DocumentStore, loadManifestFiles } from './documents/store.js';
import { DocumentRefusal, TrustedDocuments } from './documents/trusted.js';
import { KeyedSemaphore } from './resilience/semaphore.js';
import { buildSchema } from './schema.js';

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

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Over the limit (even with the first chunk): answer 413 now and discard the rest (destroying the
      // socket here loses the 413; the client sees a reset). The 413 closes the connection.
      reject(new BodyTooLarge());
      chunks.length = 0;
    });
    req.on('end', () => (size <= limit ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new BodyTooLarge())));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

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

/** Resolves within `ms` or reports that it did not; the underlying call keeps its own timeout. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createGateway(options: GatewayOptions, httpServer?: http.Server): Gateway {
  const { config } = options;
  const log = options.logger ?? silentLogger();
  const tracing = options.tracing;
  const metrics = new GatewayMetrics({ defaultMetrics: options.defaultMetrics });
  const { resilience } = config;
  const transport = new Transport({
    baseUrl: options.upstreamUrl,
    timeoutMs: config.upstreamTimeoutMs,
    connectTimeoutMs: resilience.connectTimeoutMs,
    maxResponseBytes: resilience.maxResponseBytes,
  });

  const observeSafely = (observe: () => void): void => {
    try {
      observe();
    } catch (err) {
      log.error({ error: messageOf(err) }, 'an observer of upstream calls failed');
    }
  };

  const shared = createSharedState(config, {
    log,
    onStateChange: (state) => metrics.sharedState(state),
    onDecision: (where) => metrics.rateLimitDecision(where),
  });
  const credentials = options.credentials ?? clientCredentialsFromConfig();
  function clientCredentialsFromConfig(): UpstreamCredentials | undefined {
    const auth = config.auth;
    if (auth.mode !== 'client-credentials') return undefined;
    // Emulator mode, or an http://127.0.0.1 upstream: the login host is the upstream itself.
    const loginUrl = auth.loginUrl ?? loginUrlFor(options.upstreamUrl);
    const loginHost = new URL(loginUrl).hostname;
    const onTokenFetch = (event: TokenFetchEvent): void =>
      observeSafely(() => {
        metrics.upstreamCall(event);
        log.info({ upstream: upstreamLogFields(event) }, 'oauth token request');
        if (tracing) recordUpstreamSpan(tracing, undefined, loginHost, event);
      });
    return new ClientCredentialsTokenCache({
      fetch: () =>
        fetchClientCredentialsToken(
          transport,
          { loginUrl, clientId: auth.clientId, clientSecret: auth.clientSecret },
          onTokenFetch,
        ),
      refreshMarginMs: auth.refreshMarginSeconds * 1000,
      shared: shared.tokenSource(`${loginUrl} ${auth.clientId}`),
      onRefreshError: (err) =>
        log.warn({ error: messageOf(err) }, 'token refresh failed; the current token is used until it expires'),
    });
  }

  const persistedQueries = createPersistedQueryStore(config.persistedQueries, {
    log,
    onError: () => metrics.cacheError('apq'),
  });

  const schema = buildSchema();
  // Manifests are read now: a bad one stops the gateway before it serves anything (ManifestError).
  const documentStore = new DocumentStore({
    documents: loadManifestFiles(config.trustedDocuments.manifests),
    redisUrl: config.persistedQueries.redisUrl?.reveal(),
    keyPrefix: config.persistedQueries.redisKeyPrefix,
    log,
  });
  const trustedDocuments = new TrustedDocuments(config.trustedDocuments.mode, documentStore, () =>
    metrics.untrustedOperation(),
  );

  // Parses, checks and validates every document before Apollo would (src/protection/documents.ts).
  const documents = new DocumentGate({ limits: config.protection, introspection: config.introspection });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    introspection: config.introspection,
    documentStore: documents.documentStore,
    formatError,
    includeStacktraceInErrorResponses: config.protection.stackTraces,
    csrfPrevention: true,
    allowBatchedHttpRequests: config.protection.allowBatchedHttpRequests,
    parseOptions: protectionParseOptions(config.protection),
    logger: log.child({ component: 'apollo' }),
    // Enforcing trusted documents: APQ would let any caller register any operation, so it is off.
    persistedQueries: config.trustedDocuments.mode === 'enforce' ? false : persistedQueries.options,
    // src/index.ts owns shutdown (gateway, then the embedded emulator); Apollo's own signal handler
    // would stop the server underneath it and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
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
    ],
  });
  const upstreamHost = new URL(transport.baseUrl).hostname;
  const contextDeps = {
    transport,
    credentials,
    devToken: config.upstream.kind === 'emulator' && !credentials ? config.devToken : undefined,
    maxUpstreamCalls: config.protection.maxUpstreamCallsPerOperation,
    // Observers run inside the client's call; a failing one is logged, never the request's failure.
    onUpstreamCall: (event: UpstreamCallEvent, observation: RequestObservation) =>
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
        options.onUpstreamCall?.(event);
      }),
    onUpstreamRetry: (event: UpstreamRetryEvent, observation: RequestObservation) =>
      observeSafely(() => {
        metrics.upstreamRetry(event);
        const { method, route, reason, delayMs } = event;
        observation.log.debug(
          { upstream: { method, route, reason, delayMs: Math.round(delayMs ?? 0) } },
          'upstream retry',
        );
      }),
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
      limiter: shared.limiter,
      // One per gateway too: a caller's calls in flight across all its operations (fair sharing of the pool).
      callerSlots: new KeyedSemaphore(resilience.concurrencyPerToken),
      errorText: resilience.errorText,
    },
  };

  /** The Authorization value a caller acts with upstream (passthrough); undefined in client-credentials mode. */
  const callerAuthorization = (header: string | undefined): string | undefined =>
    credentials
      ? undefined
      : (bearerFrom(header) ?? (contextDeps.devToken ? `Bearer ${contextDeps.devToken}` : undefined));
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
        trustedDocuments,
      })
    : undefined;

  const probePath = config.upstream.kind === 'emulator' ? EMULATOR_PROBE_PATH : UPSTREAM_PROBE_PATH;
  const readiness = new Readiness({
    cacheMs: config.readiness.cacheMs,
    instant: () => shared.readinessChecks(),
    async probe() {
      const { timeoutMs } = config.readiness;
      const upstream = await probeUpstream(transport, probePath, timeoutMs);
      const checks: ReadinessCheck[] = [
        { name: 'upstream', ok: upstream.ok, detail: `${transport.baseUrl}: ${upstream.detail}` },
      ];
      if (credentials) {
        const token = await within(credentials.authorization(), timeoutMs).then(
          () => ({ ok: true, detail: 'token available' }),
          (err: unknown) => ({ ok: false, detail: messageOf(err) }),
        );
        checks.push({ name: 'oauth', ...token });
      }
      return checks;
    },
  });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const observation = new RequestObservation(requestId, log.child({ requestId }));
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, config.protection.maxBodyBytes);
      if ((headers.get('content-type') ?? '').includes('json')) {
        try {
          body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          metrics.rejected('invalid_json');
          sendJson(res, 400, {
            errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          });
          return;
        }
      } else {
        body = raw;
      }
    }
    let search = url.search;
    try {
      if (req.method === 'POST') body = await trustedDocuments.resolveBody(body, observation.log);
      else search = await trustedDocuments.resolveSearch(search, observation.log);
    } catch (err) {
      if (!(err instanceof DocumentRefusal)) throw err;
      metrics.rejected(err.code.toLowerCase());
      sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] });
      return;
    }
    const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => {
        const context = createContext(contextDeps, req.headers.authorization, observation);
        return live ? { ...context, live: live.hub.access(callerAuthorization(req.headers.authorization)) } : context;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handleReady(res: ServerResponse): Promise<void> {
    const report = await readiness.report();
    sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  }

  async function handleMetrics(res: ServerResponse): Promise<void> {
    const text = await metrics.render();
    res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
    res.end(text);
  }

  const ide: IdeOptions = { endpoint: '/graphql', emulatorMode: config.upstream.kind === 'emulator' };

  const failed = (res: ServerResponse, what: string) => (err: unknown) => {
    log.error({ error: messageOf(err) }, `${what} failed`);
    if (res.headersSent) return res.destroy();
    sendJson(res, 500, {
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    if (config.protection.ide && handleIdeRequest(req, res, url, ide)) return;
    const route = url.pathname.replace(/\/+$/, '') || '/';
    if (route === '/graphql') {
      if (applyCors(config.cors, req, res)) return;
      handleGraphQL(req, res, url).catch((err: unknown) => {
        if (err instanceof BodyTooLarge && !res.headersSent) {
          metrics.rejected('body_too_large');
          res.setHeader('connection', 'close');
          sendJson(res, 413, {
            errors: [
              {
                message: `The request body is over ${config.protection.maxBodyBytes} bytes.`,
                extensions: { code: 'PAYLOAD_TOO_LARGE' },
              },
            ],
          });
          return;
        }
        failed(res, 'GraphQL request')(err);
      });
      return;
    }
    if (route === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (route === '/readyz') return void handleReady(res).catch(failed(res, 'readiness check'));
    if (route === '/metrics') return void handleMetrics(res).catch(failed(res, 'metrics'));
    if (route === '/') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    sendJson(res, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
  };

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
      // Live sockets first (1001 Going Away): an upgraded socket would hold the HTTP server's close open.
      await live?.close();
      await apollo.stop();
      await persistedQueries.close();
      await shared.close();
      await documentStore.close();
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
