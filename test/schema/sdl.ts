/**
 * Test helpers for the SDL: the schema files, joined as the runtime joins them, and a plain
 * (non-federated) build of them for introspecting descriptions and enums.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

export const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaDir = path.join(repoRoot, 'schema');

/** The schema files, in name order (the order src/schema.ts joins them in). */
export function schemaFiles(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
}

export function readSchemaFile(file: string): string {
  return readFileSync(path.join(schemaDir, file), 'utf8');
}

export function joinedSdl(files: string[] = schemaFiles()): string {
  return files.map(readSchemaFile).join('\n');
}

/** The directives buildSubgraphSchema supplies itself, declared so graphql-js can build the SDL alone. */
const federationStubs = `
  directive @link(url: String!, import: [String!]) repeatable on SCHEMA
  directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  directive @shareable repeatable on OBJECT | FIELD_DEFINITION
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
`;

/** The SDL built by graphql-js alone: our types only, none of the federation additions. */
export function plainSchema(): GraphQLSchema {
  const doc: DocumentNode = parse(`${joinedSdl()}\n${federationStubs}`);
  return buildASTSchema(doc);
}

/** The upstream models as src/genesys/models.ts declares them: model → field → TypeScript type text. */
export function upstreamModels(): Map<string, Map<string, string>> {
  const text = readFileSync(path.join(repoRoot, 'src', 'genesys', 'models.ts'), 'utf8');
  const models = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, string>();
    for (const f of m[2].matchAll(/^ {2}"?([\w$.-]+)"?\?: (.+);$/gm)) fields.set(f[1], f[2]);
    models.set(m[1], fields);
  }
  return models;
}

/** The string literals of a TypeScript union such as `"a" | "b"`; empty when the type is not such a union. */
export function literalUnion(tsType: string): string[] {
  const parts = tsType.split(' | ');
  return parts.every((p) => /^"[^"]*"$/.test(p)) ? parts.map((p) => JSON.parse(p) as string) : [];
}

/** codegen.yml `mappers`: GraphQL type → `path#Export`. */
export function codegenMappers(): Map<string, string> {
  const text = readFileSync(path.join(repoRoot, 'codegen.yml'), 'utf8');
  const block = /^ {6}mappers:\n((?: {8}.*\n?)*)/m.exec(text);
  const out = new Map<string, string>();
  for (const line of (block?.[1] ?? '').split('\n')) {
    const m = /^ {8}(\w+): (\S+)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}
