/**
 * The subgraph SDL (every file of schema/) and the executable schema built from it with a resolver map. The map
 * itself is resolvers/index.ts, which builds the gateway's schema with `buildSubgraph`: src/ does not import
 * resolvers/ (they import src/), except at the composition root that wires them (the server).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { guardEntityRepresentations } from './validation/entities.js';

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** The SDL as one document, files in name order so the printed schema is stable. */
export function loadTypeDefs(): DocumentNode {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return gql(files.map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n'));
}

/** The federated subgraph schema of the SDL with `resolvers`, its entity representations checked. */
export function buildSubgraph(resolvers: Resolvers): GraphQLSchema {
  // The generated Resolvers type is stricter than the subgraph helper's loose resolver map.
  return guardEntityRepresentations(
    buildSubgraphSchema([
      { typeDefs: loadTypeDefs(), resolvers: resolvers as unknown as GraphQLSchemaModule['resolvers'] },
    ]),
  );
}
