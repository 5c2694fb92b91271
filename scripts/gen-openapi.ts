/**
 * `npm run openapi`: writes emulator/openapi.json, an OpenAPI 3.0 description of the 53 Users API operations the
 * emulator serves (GET /api/v2/docs/openapi.json), derived from the operation table (src/genesys/operations.ts:
 * routes, methods, query parameters and their values, body and response models, permissions) and the models
 * (src/genesys/models.ts, read with the TypeScript compiler: every interface a component schema, its doc comments
 * the descriptions). For tools that build a GraphQL or REST client from OpenAPI (GraphQL Mesh's OpenAPI source,
 * code generators) and for the benchmark's peer. test/emulator/openapi.test.ts fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { operations, type OperationSpec, type QueryParamSpec } from '../src/genesys/operations.js';
import { UUID_PATH_PARAMS } from '../src/validation/ids.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OPENAPI_FILE = path.join(root, 'emulator', 'openapi.json');

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** A model name of the operation table (`User`, `Array<User>`, `Array<String>`) as a schema. */
function modelSchema(model: string): Schema {
  const array = /^Array<(\w+)>$/.exec(model);
  if (array) return { type: 'array', items: modelSchema(array[1]) };
  if (model === 'String') return { type: 'string' };
  return ref(model);
}

/** One TypeScript type of models.ts as a JSON schema (the forms the generated models use, and no others). */
function typeSchema(node: ts.TypeNode, source: ts.SourceFile): Schema {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.UnknownKeyword:
      return {};
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal))
    return { type: 'string', enum: [node.literal.text] };
  if (ts.isUnionTypeNode(node)) {
    const values = node.types.map((t) =>
      ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined,
    );
    if (values.every((v) => v !== undefined)) return { type: 'string', enum: values };
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const args = node.typeArguments ?? [];
    if (name === 'Array' && args.length === 1) return { type: 'array', items: typeSchema(args[0], source) };
    if (name === 'Record' && args.length === 2)
      return { type: 'object', additionalProperties: typeSchema(args[1], source) };
    if (args.length === 0) return ref(name);
  }
  throw new Error(`gen-openapi: no schema for the model type ${node.getText(source)}`);
}

/** The doc comment of a declaration, when it has one. */
function descriptionOf(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const text = docs
    ?.map((d) => (typeof d.comment === 'string' ? d.comment : ''))
    .join('\n')
    .trim();
  return text ? text : undefined;
}

/** Every interface of src/genesys/models.ts as a component schema, in the file's order. */
export function modelSchemas(): Record<string, Schema> {
  const file = path.join(root, 'src', 'genesys', 'models.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const schemas: Record<string, Schema> = {};
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties: Record<string, Schema> = {};
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(source).replace(/^["']|["']$/g, '');
      const description = descriptionOf(member);
      properties[name] = { ...typeSchema(member.type, source), ...(description ? { description } : {}) };
    }
    const description = descriptionOf(statement);
    schemas[statement.name.text] = { type: 'object', ...(description ? { description } : {}), properties };
  }
  return schemas;
}

function queryParameter(param: QueryParamSpec): Schema {
  const scalar = (type: string): Schema => ({
    type,
    ...(param.values ? { enum: [...param.values] } : {}),
  });
  const schema =
    param.type === 'string[]'
      ? { type: 'array', items: scalar('string') }
      : {
          ...scalar(param.type),
          ...(param.default !== undefined
            ? { default: param.type === 'string' ? param.default : (JSON.parse(param.default) as unknown) }
            : {}),
        };
  // Arrays go as repeated keys (`expand=a&expand=b`), as the Genesys SDKs send them.
  return {
    name: param.name,
    in: 'query',
    schema,
    ...(param.type === 'string[]' ? { style: 'form', explode: true } : {}),
  };
}

function operationObject(id: string, spec: OperationSpec): Schema {
  const pathParams = [...spec.route.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', ...(UUID_PATH_PARAMS.has(name) ? { format: 'uuid' } : {}) },
  }));
  const permissions =
    spec.permissions.mode === 'NONE'
      ? 'No permission needed.'
      : `Permissions (${spec.permissions.mode === 'ANY' ? 'any of' : 'all of'}): ${spec.permissions.anyOf.join(', ')}.`;
  const returns = spec.returns !== undefined && spec.returns !== 'Empty' ? spec.returns : undefined;
  return {
    operationId: id,
    summary: spec.summary,
    description: `${permissions} Seed operation ${spec.seedName}.`,
    tags: ['Users'],
    parameters: [...pathParams, ...spec.query.map(queryParameter)],
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: modelSchema(spec.body) } },
          },
        }
      : {}),
    responses: {
      ...(returns
        ? { '200': { description: 'Success', content: { 'application/json': { schema: modelSchema(returns) } } } }
        : spec.returns === 'Empty'
          ? { '200': { description: 'Success', content: { 'application/json': { schema: ref('Empty') } } } }
          : { '204': { description: 'Success, no content' } }),
      default: { description: 'The API error body', content: { 'application/json': { schema: ref('ErrorBody') } } },
    },
  };
}

/** The OpenAPI 3.0 document: every operation of the table, every model of models.ts. */
export function buildOpenApi(): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const [id, spec] of Object.entries(operations) as Array<[string, OperationSpec]>) {
    (paths[spec.route] ??= {})[spec.method.toLowerCase()] = operationObject(id, spec);
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Genesys Cloud Platform API v2 — Users (as the usergraph emulator serves it)',
      version: '36.1.0',
      description:
        'The 53 operations of the Users API (Ruby SDK 36.1.0 UsersApi), with the current permissions and expand ' +
        'values. Generated by scripts/gen-openapi.ts from src/genesys/operations.ts and src/genesys/models.ts.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: modelSchemas(),
    },
  };
}

/** The file's text: the document as JSON, two-space indented, with a final newline. */
export const openApiText = (): string => `${JSON.stringify(buildOpenApi(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, openApiText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}\n`);
}
