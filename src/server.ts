/**
 * createGateway(): the Apollo Server with its schema and plugins, and a plain node:http handler that
 * serves /graphql and /healthz. No listen here, so tests and embedders mount it where they like.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { formatError } from './errors.js';
import { Transport, type UpstreamCallEvent } from './genesys/client.js';
import { handleIdeRequest, type IdeOptions } from './ide/index.js';
import { buildSchema } from './schema.js';

export interface GatewayOptions {
  config: Readonly<Config>;
  /** The upstream base URL (the emulator's in emulator mode). */
  upstreamUrl: string;
  onUpstreamCall?: (event: UpstreamCallEvent) => void;
}

export interface Gateway {
  apollo: ApolloServer<GatewayContext>;
  /** The node:http request handler; call `start()` first. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function createGateway(options: GatewayOptions, httpServer?: http.Server): Gateway {
  const { config } = options;
  const transport = new Transport({ baseUrl: options.upstreamUrl, timeoutMs: config.upstreamTimeoutMs });
  const apollo = new ApolloServer<GatewayContext>({
    schema: buildSchema(),
    introspection: config.introspection,
    formatError,
    csrfPrevention: true,
    // src/index.ts owns shutdown (gateway, then the embedded emulator); Apollo's own signal handler
    // would stop the server underneath it and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // The IDE is served by src/ide from the gateway's own files (no CDN), not by Apollo's landing page.
      ApolloServerPluginLandingPageDisabled(),
      // Federated tracing (ftv1) when a router asks for it; installed explicitly so it is not logged.
      ApolloServerPluginInlineTrace({ includeErrors: { transform: (err) => err } }),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  const contextDeps = {
    transport,
    devToken: config.upstream.kind === 'emulator' ? config.devToken : undefined,
    onUpstreamCall: options.onUpstreamCall,
  };

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_BODY_BYTES);
      if ((headers.get('content-type') ?? '').includes('json')) {
        try {
          body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => createContext(contextDeps, req.headers.authorization),
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

  const ide: IdeOptions = { endpoint: '/graphql', emulatorMode: config.upstream.kind === 'emulator' };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    if (handleIdeRequest(req, res, url, ide)) return;
    const route = url.pathname.replace(/\/+$/, '') || '/';
    if (route === '/graphql') {
      handleGraphQL(req, res, url).catch((err: unknown) => {
        if (res.headersSent) return res.destroy();
        if (err instanceof BodyTooLarge) {
          sendJson(res, 413, { errors: [{ message: `The request body is over ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
          return;
        }
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
      return;
    }
    if (route === '/healthz') return sendJson(res, 200, { status: 'ok' });
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
    start: () => apollo.start(),
    async stop() {
      await apollo.stop();
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
