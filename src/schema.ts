/** The executable subgraph schema: every SDL file of schema/ plus the resolver map. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/schema-helper/index.js';
import { resolvers } from '../resolvers/index.js';
import { guardEntityRepresentations } from './validation/entities.js';

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** The SDL as one document, files in name order so the printed schema is stable. */
export function loadTypeDefs(): DocumentNode {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return parse(files.map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n'));
}

export function buildSchema(): GraphQLSchema {
  // The generated Resolvers type is stricter than the subgraph helper's loose resolver map.
  return guardEntityRepresentations(
    buildSubgraphSchema([
      { typeDefs: loadTypeDefs(), resolvers: resolvers as unknown as GraphQLSchemaModule['resolvers'] },
    ]),
  );
}
