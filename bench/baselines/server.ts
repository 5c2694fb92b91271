/**
 * A baseline server: Apollo Server 5 over the gateway's schema (the same SDL files, built as the same
 * Federation subgraph) with the baseline resolvers, the same upstream client stack (got, keep-alive),
 * and no plugins. One per baseline kind, in the benchmark's process.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GenesysClient, Transport, type UpstreamCallEvent } from '../../src/genesys/client.js';
import { loadTypeDefs } from '../../src/schema.js';
import { baselineResolvers, upstreamFor, type BaselineContext, type BaselineKind } from './resolvers.js';

export interface RunningBaseline {
  url: string;
  close(): Promise<void>;
}

export async function startBaseline(
  kind: BaselineKind,
  upstreamUrl: string,
  onUpstreamCall: (event: UpstreamCallEvent) => void,
): Promise<RunningBaseline> {
  const transport = new Transport({ baseUrl: upstreamUrl, timeoutMs: 30_000 });
  const server = new ApolloServer<BaselineContext>({
    schema: buildSubgraphSchema([
      // The generated Resolvers type is stricter than the subgraph helper's loose resolver map (as in src/schema.ts).
      { typeDefs: loadTypeDefs(), resolvers: baselineResolvers as unknown as GraphQLSchemaModule['resolvers'] },
    ]),
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({
      upstream: upstreamFor(
        kind,
        new GenesysClient(transport, {
          authorization: req.headers.authorization ?? 'Bearer bench',
          onCall: onUpstreamCall,
        }),
      ),
    }),
  });
  return {
    url,
    async close() {
      await server.stop();
      transport.close();
    },
  };
}
