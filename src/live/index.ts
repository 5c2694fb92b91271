/**
 * The live graph, wired: the hub (upstream channels per identity) and the graphql-ws server on the gateway's
 * HTTP server (the `upgrade` of /graphql). src/server.ts creates it once per gateway and closes it first on stop.
 */
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { TrustedDocuments } from '../documents/trusted.js';
import { createContext, type ContextDeps } from '../context.js';
import type { Transport, UpstreamCredentials } from '../genesys/client.js';
import type { Logger } from '../observability/logging.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { requestIdFrom, RequestObservation } from '../observability/request.js';
import { LiveHub } from './hub.js';
import { registerLiveMetrics } from './metrics.js';
import { createLiveServer, type LiveServer } from './ws.js';

export interface LiveOptions {
  config: Readonly<Config>;
  schema: GraphQLSchema;
  transport: Transport;
  credentials?: UpstreamCredentials;
  contextDeps: ContextDeps;
  log: Logger;
  metrics: GatewayMetrics;
  /** Where WebSocket upgrades arrive; without one, only the callback protocol serves subscriptions. */
  httpServer?: http.Server;
  devToken?: string;
  trustedDocuments?: TrustedDocuments;
}

export interface Live {
  hub: LiveHub;
  server: LiveServer;
  close(): Promise<void>;
}

export function createLive(options: LiveOptions): Live {
  const { config, contextDeps, log, metrics } = options;
  const liveLog = log.child({ component: 'live' });
  const makeContext = (authorization: string | undefined) => {
    const requestId = requestIdFrom(undefined);
    return createContext(contextDeps, authorization, new RequestObservation(requestId, liveLog.child({ requestId })));
  };
  const hub = new LiveHub({
    transport: options.transport,
    credentials: options.credentials,
    config: config.live,
    log: liveLog,
    clientOptions: {
      onCall: (event) => metrics.upstreamCall(event),
      retry: contextDeps.upstream?.retry,
      limiter: contextDeps.upstream?.limiter,
    },
    makeContext,
  });
  const server = createLiveServer({
    schema: options.schema,
    hub,
    config,
    log: liveLog,
    devToken: options.devToken,
    clientCredentials: Boolean(options.credentials),
    trustedDocuments: options.trustedDocuments,
    makeContext,
  });
  registerLiveMetrics(metrics.registry, hub, server);
  const onUpgrade = (req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void => {
    if (!server.handleUpgrade(req, socket, head)) socket.destroy();
  };
  options.httpServer?.on('upgrade', onUpgrade);
  return {
    hub,
    server,
    async close() {
      options.httpServer?.off('upgrade', onUpgrade);
      await server.close();
      hub.close();
    },
  };
}
