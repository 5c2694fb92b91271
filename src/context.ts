/**
 * The per-request context: the caller's credentials bound into an upstream client, that request's
 * loaders and a request id. Nothing here outlives the request; nothing request-scoped lives elsewhere.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { GenesysClient, type Transport, type UpstreamCallEvent } from './genesys/client.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface GatewayContext {
  requestId: string;
  client: GenesysClient;
  loaders: Loaders;
}

export interface ContextDeps {
  transport: Transport;
  /** Sent upstream when the caller sent no token; set only in emulator mode. */
  devToken?: string;
  onUpstreamCall?: (event: UpstreamCallEvent) => void;
}

/** Accepts `Bearer <token>` with a non-empty token; anything else is treated as no credentials. */
export function bearerFrom(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? `Bearer ${match[1]}` : undefined;
}

export function createContext(deps: ContextDeps, authorizationHeader: string | undefined): GatewayContext {
  const authorization =
    bearerFrom(authorizationHeader) ?? (deps.devToken ? `Bearer ${deps.devToken}` : undefined);
  if (!authorization) {
    throw new GraphQLError('A bearer token is required: send "Authorization: Bearer <Genesys Cloud access token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const client = new GenesysClient(deps.transport, { authorization, onCall: deps.onUpstreamCall });
  return { requestId: randomUUID(), client, loaders: createLoaders(client) };
}
