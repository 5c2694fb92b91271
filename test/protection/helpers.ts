/**
 * Query protection run the way Apollo runs it, without HTTP: parse with the token limit, the specified
 * validation rules, then the plugin's checks on the real schema with the default configuration.
 */
import { GraphQLError, getOperationAST, getVariableValues, parse, validate, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../resolvers/index.js';
import { protectionConfigFromEnv, type ProtectionConfig } from '../../src/protection/config.js';
import { CostModel } from '../../src/protection/cost.js';
import { checkOperation, protectionParseOptions } from '../../src/protection/plugin.js';

export const schema: GraphQLSchema = buildSchema();
export const defaults: Readonly<ProtectionConfig> = protectionConfigFromEnv({}).config;
const model = new CostModel(schema, { assumedListSize: defaults.assumedListSize });

export interface Verdict {
  /** Where the operation stopped: parse, validation, protection or nowhere (it would execute). */
  stage: 'parse' | 'validation' | 'protection' | 'accepted';
  code?: string;
  message?: string;
  extensions?: Record<string, unknown>;
}

export function verdict(
  query: string,
  variables?: Record<string, unknown>,
  config: Readonly<ProtectionConfig> = defaults,
): Verdict {
  let document;
  try {
    document = parse(query, protectionParseOptions(config));
  } catch (err) {
    return { stage: 'parse', message: (err as GraphQLError).message };
  }
  const errors = validate(schema, document);
  if (errors.length) return { stage: 'validation', message: errors[0].message };
  const operation = getOperationAST(document);
  if (!operation) throw new Error('the test query must hold one operation');
  const error = checkOperation(config, model, document, operation, variables);
  if (!error) return { stage: 'accepted' };
  const { code, ...extensions } = error.extensions;
  return { stage: 'protection', code: String(code), message: error.message, extensions };
}

/** The cost model's estimate for a valid single-operation query. */
export function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length) throw errors[0];
  const operation = getOperationAST(document);
  if (!operation) throw new Error('the test query must hold one operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return model.estimate(document, operation, coerced.coerced);
}

/** `field { field { … leaf … } }`, `levels` times. */
export function nested(field: string, levels: number, leaf = 'id'): string {
  let selection = leaf;
  for (let i = 0; i < levels; i++) selection = `${field} { ${selection} }`;
  return selection;
}

/** The abusive set of the issue, as operations (the 5 MB body is an HTTP matter: see http.test.ts). */
export const abusive = {
  depth30: `{ me { ${nested('manager', 28)} } }`,
  aliases500: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
  directReports8: `{ me { ${nested('directReports', 8, 'name')} } }`,
  fragmentCycle:
    '{ me { ...A } } fragment A on User { manager { ...B } } fragment B on User { directReports { ...A } }',
  /** 8 fragments, each spreading the next under 4 fields: 4^8 field selections from ~150 tokens, 10 levels deep. */
  fragmentBomb: [
    '{ me { ...F0 } }',
    ...Array.from({ length: 8 }, (_, i) => {
      const inner = i < 7 ? `...F${i + 1}` : 'id';
      return `fragment F${i} on User { ${['manager', 'directReports', 'superiors', 'favorites'].map((f) => `${f} { ${inner} }`).join(' ')} }`;
    }),
  ].join('\n'),
  rootFields21: `{ ${Array.from({ length: 21 }, (_, i) => `u${i}: users(pageNumber: ${i + 1}) { total }`).join(' ')} }`,
};
