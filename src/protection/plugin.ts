/**
 * Query protection as one Apollo Server plugin plus the parser's options.
 *
 * Before validation (`didResolveSource`, documents.ts): the document's linear checks — operation name
 * length, field selections (fragments expanded), depth, aliases, root fields, introspection and `_service`
 * fields, literal nesting — then validation whose cost is bounded, with one verdict cache keyed by the
 * normalised document. A limit's error keeps its own `extensions.code` (QUERY_TOO_DEEP, …) and figures,
 * which a validation rule's error would not (Apollo overwrites it with GRAPHQL_VALIDATION_FAILED).
 *
 * Before execution (`didResolveOperation`, with the request's variables, which validation never sees): the
 * requested operation name's length, the `_entities` representations, the variables' nesting and size
 * (all before graphql coerces anything), then the cost model against MAX_UPSTREAM_CALLS_ESTIMATE. An error thrown
 * there becomes the response with the HTTP status of its `extensions.http` (400); no resolver runs and no
 * upstream call is made. The first broken limit answers.
 */
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
} from 'graphql';
import type { ProtectionConfig } from './config.js';
import { CostModel } from './cost.js';
import type { DocumentGate } from './documents.js';
import {
  operationNameTooLong,
  queryTooComplex,
  queryTooDeep,
  queryTooLarge,
  tooManyAliases,
  tooManyEntities,
  tooManyRootFields,
} from './errors.js';
import { checkVariables } from './input.js';
import { fragmentsOf, measureOperation } from './shape.js';

type Limits = Pick<
  ProtectionConfig,
  'maxDepth' | 'maxAliases' | 'maxRootFields' | 'maxFields' | 'maxUpstreamCallsEstimate' | 'assumedListSize'
>;

type PluginLimits = Limits &
  Pick<ProtectionConfig, 'maxOperationNameLength' | 'maxEntityRepresentations' | 'maxInputDepth' | 'maxInputValues'>;

/** Apollo's `parseOptions`: the parser gives up past MAX_QUERY_TOKENS (a GRAPHQL_PARSE_FAILED 400). */
export function protectionParseOptions(config: Pick<ProtectionConfig, 'maxTokens'>): ParseOptions {
  return { maxTokens: config.maxTokens };
}

/** The static limits of one operation: the error of the first one it breaks, or undefined. */
function checkShape(
  limits: Limits,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): GraphQLError | undefined {
  const shape = measureOperation(document, operation);
  if (shape.fields > limits.maxFields) return queryTooLarge({ actual: shape.fields, limit: limits.maxFields });
  if (shape.depth > limits.maxDepth) return queryTooDeep({ actual: shape.depth, limit: limits.maxDepth });
  if (shape.aliases > limits.maxAliases) return tooManyAliases({ actual: shape.aliases, limit: limits.maxAliases });
  if (shape.rootFields > limits.maxRootFields) {
    return tooManyRootFields({ actual: shape.rootFields, limit: limits.maxRootFields });
  }
  return undefined;
}

/**
 * Every check of one operation, as the plugin runs it: the error to answer with, or undefined.
 * `rawVariables` are the request's variables; when they do not coerce, the cost check is skipped, because
 * execution then fails on them before any resolver runs.
 */
export function checkOperation(
  limits: Limits,
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): GraphQLError | undefined {
  return checkShape(limits, document, operation) ?? checkCost(limits, model, document, operation, rawVariables);
}

/**
 * Estimates already made, per operation of a cached document and its coerced variables (small ones only):
 * the estimate walks every selection, 2,000 of them in the largest allowed document, on every request.
 */
const estimates = new WeakMap<CostModel, WeakMap<OperationDefinitionNode, Map<string, number>>>();
/** Coerced variables longer than this (as JSON) are estimated every time rather than kept as a key. */
const MAX_ESTIMATE_KEY = 1024;

/** The cost model's check alone (the gate has checked the shape of every document it handed over). */
export function checkCost(
  limits: Pick<Limits, 'maxUpstreamCallsEstimate'>,
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): GraphQLError | undefined {
  const variables = getVariableValues(model.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return undefined;
  const key = operation.variableDefinitions?.length ? JSON.stringify(variables.coerced) : '';
  let byOperation = estimates.get(model);
  if (!byOperation) estimates.set(model, (byOperation = new WeakMap()));
  let known = byOperation.get(operation);
  let estimate = known?.get(key);
  if (estimate === undefined) {
    estimate = model.estimate(document, operation, variables.coerced);
    if (key.length <= MAX_ESTIMATE_KEY) {
      if (!known) byOperation.set(operation, (known = new Map<string, number>()));
      // Bounded per operation: a caller varying its variables does not grow it without end.
      if (known.size >= 64) known.clear();
      known.set(key, estimate);
    }
  }
  if (estimate > limits.maxUpstreamCallsEstimate)
    return queryTooComplex({ estimate, limit: limits.maxUpstreamCallsEstimate });
  return undefined;
}

/** The `_entities` representations an operation asks for, counted from the raw variables or the literal list. */
function countEntityRepresentations(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  let count = 0;
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const definition = fragments.get(selection.name.value);
        if (definition && !seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          walk(definition.selectionSet);
        }
      } else if (selection.name.value === '_entities') {
        const value = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
        if (value?.kind === Kind.LIST) count += value.values.length;
        else if (value?.kind === Kind.VARIABLE) {
          const raw = rawVariables?.[value.name.value];
          count += Array.isArray(raw) ? raw.length : 1;
        }
      }
    }
  };
  walk(operation.selectionSet);
  return count;
}

export interface ProtectionPluginOptions {
  /** The gate whose documentStore Apollo uses (server.ts passes both). */
  gate: DocumentGate;
  /** The server's formatError, for the validation errors this plugin answers itself. */
  formatError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * The Apollo Server plugins of query protection (one today). The cost model is built once per schema
 * the server runs (a schema-derived cache, shared safely by all requests). The gate (documents.ts) runs
 * in `didResolveSource`, before Apollo would parse or validate; its verdict answers here.
 */
export function protectionPlugins<TContext extends BaseContext>(
  config: PluginLimits,
  options: ProtectionPluginOptions,
): ApolloServerPlugin<TContext>[] {
  const { gate } = options;
  const models = new WeakMap<GraphQLSchema, CostModel>();
  const modelFor = (schema: GraphQLSchema): CostModel => {
    let model = models.get(schema);
    if (!model) {
      model = new CostModel(schema, { assumedListSize: config.assumedListSize });
      models.set(schema, model);
    }
    return model;
  };
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const failed = new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      originalError: error,
      extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    return options.formatError ? options.formatError(failed.toJSON(), failed) : failed.toJSON();
  };
  return [
    {
      async requestDidStart() {
        return {
          async didResolveSource({ schema, source, queryHash }) {
            await gate.prepare(schema, source, queryHash);
          },
          async didResolveOperation({ document, operation, schema, request }) {
            const verdict = gate.verdictOf(document);
            if (verdict?.rejection) throw verdict.rejection;
            if (verdict?.validationErrors) return; // answered by responseForOperation
            const requested = request.operationName?.length ?? 0;
            if (requested > config.maxOperationNameLength) {
              throw operationNameTooLong({ actual: requested, limit: config.maxOperationNameLength });
            }
            if (!operation) return; // no operation to run: execution reports it
            // Representations first: 15,000 of them also break MAX_INPUT_VALUES, but this error says what to change.
            const entities = countEntityRepresentations(document, operation, request.variables);
            if (entities > config.maxEntityRepresentations)
              throw tooManyEntities({ actual: entities, limit: config.maxEntityRepresentations });
            const inputError = checkVariables(config, request.variables);
            if (inputError) throw inputError;
            const error = verdict
              ? checkCost(config, modelFor(schema), document, operation, request.variables)
              : checkOperation(config, modelFor(schema), document, operation, request.variables);
            if (error) throw error;
          },
          async responseForOperation({ document }) {
            const errors = gate.verdictOf(document)?.validationErrors;
            if (!errors) return null;
            return {
              http: { status: 400, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { errors: errors.map(format) } },
            };
          },
        };
      },
    },
  ];
}
