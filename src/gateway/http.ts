/**
 * The gateway's HTTP routes, as a plain node:http handler: /graphql (CORS, body limit, trusted documents, then
 * Apollo), /healthz, /readyz, /metrics, the IDE, and a redirect from /. No listen here (src/server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Config } from '../config.js';
import type { GatewayContext } from '../context.js';
import { applyCors } from '../cors.js';
import { DocumentRefusal, type TrustedDocuments } from '../documents/trusted.js';
import { handleIdeRequest, type IdeOptions } from '../ide/index.js';
import type { Readiness } from '../observability/health.js';
import type { Logger } from '../observability/logging.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { requestIdFrom, RequestObservation } from '../observability/request.js';
import { messageOf } from './observers.js';

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

export interface HttpHandlerDeps {
  config: Readonly<Config>;
  log: Logger;
  metrics: GatewayMetrics;
  apollo: ApolloServer<GatewayContext>;
  readiness: Readiness;
  trustedDocuments: TrustedDocuments;
  /** A request's GraphQL context, from its Authorization header. */
  contextFor(authorization: string | undefined, observation: RequestObservation): GatewayContext;
}

export function createHttpHandler(deps: HttpHandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, log, metrics, apollo, readiness, trustedDocuments } = deps;

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
      // async: a context that throws (no bearer token) is a rejected promise, as Apollo expects.
      context: async () => deps.contextFor(req.headers.authorization, observation),
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

  const tooLarge = (res: ServerResponse): void => {
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
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    if (config.protection.ide && handleIdeRequest(req, res, url, ide)) return;
    const route = url.pathname.replace(/\/+$/, '') || '/';
    if (route === '/graphql') {
      if (applyCors(config.cors, req, res)) return;
      handleGraphQL(req, res, url).catch((err: unknown) => {
        if (err instanceof BodyTooLarge && !res.headersSent) return tooLarge(res);
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
}
