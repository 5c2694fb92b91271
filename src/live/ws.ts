/**
 * graphql-ws on /graphql (the `graphql-transport-ws` subprotocol), sharing the HTTP server's port.
 *
 * - Authentication in `connection_init`: `{"authorization": "Bearer …"}` (or `Authorization`, or
 *   `headers.authorization`), else the upgrade request's Authorization header; the same rules as HTTP (a
 *   passthrough caller needs a token, except with the development token of emulator mode; client credentials
 *   ignore it). Refused: close 4403. No `connection_init` within LIVE_CONNECTION_INIT_TIMEOUT_MS: close 4408.
 * - Each subscribe is parsed (MAX_QUERY_TOKENS), validated, and checked against the query limits and the cost
 *   model (one event's cost) before it runs; only subscriptions travel here (queries and mutations: HTTP).
 *   At most LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION at once; messages over LIVE_MAX_MESSAGE_BYTES close the socket (1009).
 * - Events queued for a subscription are executed together, so the `user` loads of the events delivered in one
 *   dispatch go out as one bulk call.
 * - `close()` (shutdown, after the drain delay) closes every socket with 1001 Going Away.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { allowedOrigin } from '../cors.js';
import { DocumentRefusal, type TrustedDocuments } from '../documents/trusted.js';
import { bearerFrom, type GatewayContext } from '../context.js';
import type { Logger } from '../observability/logging.js';
import { checkDocument, checkOperation, checkVariables, CostModel, validateBounded } from '../protection/index.js';
import type { LiveHub } from './hub.js';
import { LiveStream } from './stream.js';

export interface LiveServerDeps {
  schema: GraphQLSchema;
  hub: LiveHub;
  config: Readonly<Config>;
  log: Logger;
  /** The development token of emulator mode (passthrough without a token), else undefined. */
  devToken?: string;
  /** Client-credentials mode: callers' tokens are ignored. */
  clientCredentials: boolean;
  /** Trusted documents (TRUSTED_DOCUMENTS): the same check as HTTP applies to each subscription's text. */
  trustedDocuments?: TrustedDocuments;
  /** A request-like context for the caller (client, loaders), the base of each subscription's context. */
  makeContext(authorization: string | undefined): GatewayContext;
}

/** What a connection keeps (beside graphql-ws's own request and socket): its credentials, its subscriptions. */
type ConnectionExtra = {
  authorization?: string;
  active?: Set<string>;
  base?: GatewayContext;
};

const forbidden = (message: string, code: string): readonly GraphQLError[] => [
  new GraphQLError(message, { extensions: { code } }),
];

function authorizationOf(
  params: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
): string | undefined {
  const headers = params?.headers;
  const candidates = [
    params?.authorization,
    params?.Authorization,
    typeof headers === 'object' && headers !== null
      ? ((headers as Record<string, unknown>).authorization ?? (headers as Record<string, unknown>).Authorization)
      : undefined,
    request.headers.authorization,
  ];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
  }
  return undefined;
}

/**
 * The results of one subscription: the events queued for it are executed together (their `user` loads share
 * one batch). A hand-written iterator, not an async generator: a generator parked in `await` cannot be
 * returned, and graphql-ws returns the iterator when the client leaves; `return()` here ends the stream at once.
 */
class BatchedResults implements AsyncIterableIterator<ExecutionResult> {
  private readonly ready: ExecutionResult[] = [];
  private finished = false;

  constructor(
    private readonly source: LiveStream,
    private readonly args: ExecutionArgs,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (this.ready.length === 0) {
      if (this.finished) return { done: true, value: undefined };
      let batch: Awaited<ReturnType<LiveStream['nextBatch']>>;
      try {
        batch = await this.source.nextBatch();
      } catch (err) {
        // The upstream refused the credentials: one last result with the error, then the end.
        this.finished = true;
        if (err instanceof GraphQLError) return { done: false, value: { errors: [err] } };
        throw err;
      }
      if (!batch) {
        this.finished = true;
        continue;
      }
      const base = this.args.contextValue as GatewayContext;
      // A context per event: the Subscription resolver points it at the event's dispatch scope.
      const executed = await Promise.all(
        batch.map(async (event) => execute({ ...this.args, rootValue: event, contextValue: { ...base } })),
      );
      this.ready.push(...executed);
    }
    return { done: false, value: this.ready.shift() as ExecutionResult };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finished = true;
    this.ready.length = 0;
    await this.source.return();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

async function subscribeBatched(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (source instanceof LiveStream) return new BatchedResults(source, args);
  if (Symbol.asyncIterator in source)
    throw new Error('a subscription resolver returned a stream that is not a LiveStream');
  return source;
}

/** Distinct subscription texts kept parsed and validated (oldest dropped first), each at most this long. */
const DOCUMENT_CACHE_SIZE = 200;
const DOCUMENT_CACHE_MAX_TEXT = 4096;

/** A browser's upgrade is accepted from the gateway's own origin or one CORS allows; a non-browser sends no Origin. */
function originAllowed(config: Readonly<Config>, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host?.toLowerCase();
  const own = host !== undefined && [`http://${host}`, `https://${host}`].includes(origin.toLowerCase());
  return own || allowedOrigin(config.cors, origin);
}

export interface LiveServer {
  /** Takes a WebSocket upgrade of /graphql; false for any other path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Open WebSocket connections. */
  connections(): number;
  /** Closes every socket with 1001 and stops accepting. */
  close(): Promise<void>;
}

export function createLiveServer(deps: LiveServerDeps): LiveServer {
  const { config, schema } = deps;
  const limits = config.live;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const model = new CostModel(schema, { assumedListSize: config.protection.assumedListSize });
  let closing = false;
  // Parsed and validated documents by query text: a wallboard's thousand subscriptions share a few texts.
  const documents = new Map<string, DocumentNode>();
  const checkedDocument = (query: string): DocumentNode | readonly GraphQLError[] => {
    const known = documents.get(query);
    if (known) return known;
    let checked: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query, { maxTokens: config.protection.maxTokens });
      // The same gate as over HTTP: the linear limits before validation, then validation with a bounded cost.
      const rejection = checkDocument(config.protection, document);
      const invalid = rejection ? [] : validateBounded(schema, document, config.introspection);
      checked = rejection
        ? [rejection]
        : invalid.length > 0
          ? invalid.map(
              (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
            )
          : document;
    } catch (err) {
      checked = [
        new GraphQLError(err instanceof GraphQLError ? err.message : 'The query does not parse.', {
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ];
    }
    // Only small valid texts are kept, so the cache stays small whatever callers send.
    if (!('kind' in checked) || query.length > DOCUMENT_CACHE_MAX_TEXT) return checked;
    if (documents.size >= DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value as string);
    documents.set(query, checked);
    return checked;
  };

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect(ctx) {
        if (closing) return false;
        if (deps.clientCredentials) return true;
        const authorization =
          bearerFrom(authorizationOf(ctx.connectionParams, ctx.extra.request)) ??
          (deps.devToken ? `Bearer ${deps.devToken}` : undefined);
        if (!authorization) return false;
        ctx.extra.authorization = authorization;
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const active = (ctx.extra.active ??= new Set());
        if (active.size >= limits.maxSubscriptionsPerConnection) {
          return forbidden(
            `This connection already has ${active.size} subscriptions; the limit is ${limits.maxSubscriptionsPerConnection} (LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION).`,
            'LIVE_TOO_MANY_SUBSCRIPTIONS',
          );
        }
        // Counted now: the checks below may wait (the trusted-document store), and another subscribe may come meanwhile.
        active.add(id);
        const refused = (errors: readonly GraphQLError[]): readonly GraphQLError[] => {
          active.delete(id);
          return errors;
        };
        let query = payload.query;
        if (deps.trustedDocuments) {
          // The same rule as over HTTP: with TRUSTED_DOCUMENTS=enforce only a published document's text runs.
          try {
            query = (
              (await deps.trustedDocuments.resolveBody({ query, operationName: payload.operationName }, deps.log)) as {
                query: string;
              }
            ).query;
          } catch (err) {
            if (err instanceof DocumentRefusal) return refused(forbidden(err.message, err.code));
            throw err;
          }
        }
        const checked = checkedDocument(query);
        if (!('kind' in checked)) return refused(checked);
        const document = checked;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return refused(
            forbidden(
              'The document has no operation of that name (or several operations and no operationName).',
              'BAD_REQUEST',
            ),
          );
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return refused(
            forbidden(
              `Only subscriptions travel over the WebSocket; send ${operation.operation === OperationTypeNode.QUERY ? 'queries' : 'mutations'} to /graphql over HTTP.`,
              'BAD_REQUEST',
            ),
          );
        }
        const variables = payload.variables ?? undefined;
        const inputError = checkVariables(config.protection, variables);
        if (inputError) return refused([inputError]);
        const limitError = checkOperation(config.protection, model, document, operation, variables);
        if (limitError) return refused([limitError]);
        // One base context per connection (the events bring their own client and loaders).
        ctx.extra.base ??= {
          ...deps.makeContext(ctx.extra.authorization),
          live: deps.hub.access(ctx.extra.authorization),
        };
        const contextValue: GatewayContext = ctx.extra.base;
        return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
      },
      subscribe: subscribeBatched,
      onComplete(ctx, id) {
        ctx.extra.active?.delete(id);
      },
      onError(ctx, id) {
        ctx.extra.active?.delete(id);
      },
    },
    wss,
  );

  return {
    handleUpgrade(req, socket, head) {
      const path = new URL(req.url ?? '/', 'http://gateway.local').pathname.replace(/\/+$/, '');
      if (path !== '/graphql' || closing) return false;
      if (!originAllowed(config, req)) {
        // Browsers send no preflight for a WebSocket: a page of a foreign origin is refused here (CORS_ORIGINS).
        socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        return true;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return true;
    },
    connections: () => wss.clients.size,
    async close() {
      if (closing) return;
      closing = true;
      // graphql-ws closes each client with 1001 Going away, then the server.
      await disposable.dispose();
    },
  };
}
