/**
 * The custom scalars. DateTime stays the ISO-8601 string the API sends (no Date round trip that could
 * change precision or zone); SafeInt is an integer within ±(2^53−1), for the API's int64 fields;
 * JSON carries the API's free-form objects and maps unchanged.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function dateTime(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new GraphQLError(
    `DateTime must be an ISO-8601 date-time string such as 2026-01-31T09:30:00.000Z (got ${globalThis.JSON.stringify(value)})`,
  );
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time string in UTC, e.g. 2026-01-31T09:30:00.000Z, as the Genesys Cloud API sends it.',
  serialize: (value) => dateTime(value),
  parseValue: (value) => dateTime(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return dateTime(ast.value);
  },
});

function safeInt(value: unknown): number {
  // The API sometimes sends integers as strings (search results show "version": "152").
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
  throw new GraphQLError(
    `SafeInt must be an integer between -(2^53-1) and 2^53-1 (got ${globalThis.JSON.stringify(value)})`,
  );
}

export const SafeInt = new GraphQLScalarType<number, number>({
  name: 'SafeInt',
  description: "An integer from -(2^53-1) to 2^53-1: the API's int64 values, exact in JavaScript clients.",
  serialize: (value) => safeInt(value),
  parseValue: (value) => safeInt(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer literal');
    return safeInt(Number(ast.value));
  },
});

function literalToJson(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new GraphQLError(`JSON cannot represent ${ast.kind}`);
  }
}

export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: "Free-form JSON, for the API's untyped objects and maps.",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
