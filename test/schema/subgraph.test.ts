import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  extendSchema,
  GraphQLObjectType,
  isObjectType,
  isUnionType,
  parse,
  printType,
  validateSchema,
  type GraphQLSchema,
} from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { joinedSdl, plainSchema, repoRoot, schemaFiles, readSchemaFile } from './sdl.js';

describe('schema/*.graphql as a Federation 2 subgraph', () => {
  it('builds with buildSubgraphSchema from all files joined', () => {
    const schema = buildSubgraphSchema({ typeDefs: parse(joinedSdl()) });
    expect(validateSchema(schema)).toEqual([]);
    const query = schema.getQueryType();
    expect(query).toBeDefined();
    // Federation adds its root fields; User is the resolvable entity, the others are keyed stubs
    // (resolvable: false) that other subgraphs resolve (test/federation/entities.test.ts).
    expect(Object.keys(query!.getFields())).toEqual(
      expect.arrayContaining(['_service', '_entities', 'user', 'users', 'me']),
    );
    const entity = schema.getType('_Entity');
    expect(isUnionType(entity) && entity.getTypes().map((t) => t.name)).toEqual([
      'Division',
      'Group',
      'LocationDefinition',
      'QueueFullReference',
      'RoutingSkill',
      'User',
      'UserQueue',
      'UserRoutingLanguage',
      'UserRoutingSkill',
      'UserStation',
    ]);
  });

  it('does not depend on the order the files are joined in', () => {
    const schema = buildSubgraphSchema({ typeDefs: parse(joinedSdl([...schemaFiles()].reverse())) });
    expect(validateSchema(schema)).toEqual([]);
    const user = schema.getType('User');
    expect(isObjectType(user) && Object.keys(user.getFields()).length).toBeGreaterThan(40);
  });

  it('links Federation 2 once, in schema.graphql, and keys User by id', () => {
    const withLink = schemaFiles().filter((f) => readSchemaFile(f).includes('@link('));
    expect(withLink).toEqual(['schema.graphql']);
    expect(readSchemaFile('schema.graphql')).toContain('https://specs.apollo.dev/federation/v2.9');
    expect(joinedSdl()).toMatch(/^type User implements Node @key\(fields: "id"\) \{$/m);
  });

  it('keeps every area file under 700 lines', () => {
    const long = schemaFiles().filter((f) => readSchemaFile(f).split('\n').length > 700);
    expect(long).toEqual([]);
  });

  it('declares for the typed test documents exactly the root fields and types buildSubgraphSchema adds', () => {
    // codegen types the tests' `_entities` and `_service` documents with test/federation/subgraph-fields.graphql.
    const built = buildSubgraphSchema({ typeDefs: parse(joinedSdl()) });
    const declared = extendSchema(
      plainSchema(),
      parse(readFileSync(path.join(repoRoot, 'test', 'federation', 'subgraph-fields.graphql'), 'utf8')),
    );
    const printed = (schema: GraphQLSchema) => {
      const query = schema.getQueryType()?.toConfig().fields ?? {};
      const roots = new GraphQLObjectType({
        name: 'Query',
        fields: { _entities: query._entities, _service: query._service },
      });
      return ['_Any', '_Entity', '_Service']
        .map((name) => {
          const type = schema.getType(name);
          return type ? printType(type) : `no ${name}`;
        })
        .concat(printType(roots));
    };
    expect(printed(declared)).toEqual(printed(built));
  });
});
