/**
 * A supergraph for the federation tests: compose subgraphs with @apollo/composition (as `rover supergraph
 * compose` does) and serve the result with @apollo/gateway in an Apollo Server on loopback, forwarding the
 * caller's Authorization header to every subgraph over HTTP.
 */
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { DocumentNode } from 'graphql';
import type { GraphQLResult } from '../helpers/harness.js';

export interface SubgraphDefinition {
  name: string;
  /** The subgraph's GraphQL endpoint (the routing URL). */
  url: string;
  typeDefs: DocumentNode;
}

export interface Composition {
  supergraphSdl: string;
  /** `CODE: message` of each composition hint. */
  hints: string[];
}

/** Composes the subgraphs; throws with every composition error when there is one. */
export function compose(subgraphs: SubgraphDefinition[]): Composition {
  const result = composeServices(subgraphs);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`) };
}

interface RouterContext {
  authorization?: string;
}

export interface RunningSupergraph {
  url: string;
  /**
   * Runs a document of the composed supergraph. Its type is the test's: codegen types documents of usergraph's
   * schema, and these select fields of the other subgraphs too.
   */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<TData>>;
  stop(): Promise<void>;
}

export async function startSupergraph(supergraphSdl: string): Promise<RunningSupergraph> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<RouterContext>({
        url,
        willSendRequest({ request, context }) {
          const { authorization } = context as RouterContext;
          if (authorization) request.http?.headers.set('authorization', authorization);
        },
      }),
  });
  const server = new ApolloServer<RouterContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    url,
    async execute<TData>(query: string, variables?: Record<string, unknown>, token = 'test-token') {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResult<TData>, 'status'>;
      return { status: response.status, ...body };
    },
    stop: () => server.stop(),
  };
}
