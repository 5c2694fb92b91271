/**
 * Query protection as one Apollo Server plugin plus the parser's options.
 *
 * Why a plugin (`didResolveOperation`) and not graphql validation rules:
 * - Apollo turns every validation error into GRAPHQL_VALIDATION_FAILED, overwriting the rule's
 *   `extensions.code`; a frontend needs QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, … and the measured values.
 * - The cost model needs the operation's variables (`pageSize: $pageSize`), which validation rules never see.
 * - `didResolveOperation` runs after parsing and validation and before execution, so a rejected operation
 *   runs no resolver and makes no upstream call; an error thrown there becomes the response, with the
 *   HTTP status of its `extensions.http` (400).
 * Standard validation runs first (and rejects fragment cycles); its work is bounded by MAX_QUERY_TOKENS,
 * enforced by the parser (`protectionParseOptions`), and Apollo caches validated documents.
 *
 * Order of the checks: size (fields, fragments expanded), depth, aliases, root fields, then the cost
 * model against MAX_UPSTREAM_CALLS_ESTIMATE. The first broken limit answers.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type ParseOptions } from 'graphql';
import type { ProtectionConfig } from './config.js';
import { CostModel } from './cost.js';
import { queryTooComplex, queryTooDeep, queryTooLarge, tooManyAliases, tooManyRootFields } from './errors.js';
import { measureOperation } from './shape.js';

type Limits = Pick<
  ProtectionConfig,
  'maxDepth' | 'maxAliases' | 'maxRootFields' | 'maxFields' | 'maxUpstreamCallsEstimate' | 'assumedListSize'
>;

/** Apollo's `parseOptions`: the parser gives up past MAX_QUERY_TOKENS (a GRAPHQL_PARSE_FAILED 400). */
export function protectionParseOptions(config: Pick<ProtectionConfig, 'maxTokens'>): ParseOptions {
  return { maxTokens: config.maxTokens };
}

/** The static limits of one operation: the error of the first one it breaks, or undefined. */
export function checkShape(limits: Limits, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | undefined {
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
  const shapeError = checkShape(limits, document, operation);
  if (shapeError) return shapeError;
  const variables = getVariableValues(model.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return undefined;
  const estimate = model.estimate(document, operation, variables.coerced);
  if (estimate > limits.maxUpstreamCallsEstimate) return queryTooComplex({ estimate, limit: limits.maxUpstreamCallsEstimate });
  return undefined;
}

/**
 * The Apollo Server plugins of query protection (one today). The cost model is built once per schema
 * the server runs (a schema-derived cache, shared safely by all requests).
 */
export function protectionPlugins<TContext extends BaseContext>(config: Limits): ApolloServerPlugin<TContext>[] {
  const models = new WeakMap<GraphQLSchema, CostModel>();
  const modelFor = (schema: GraphQLSchema): CostModel => {
    let model = models.get(schema);
    if (!model) {
      model = new CostModel(schema, { assumedListSize: config.assumedListSize });
      models.set(schema, model);
    }
    return model;
  };
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operation, schema, request }) {
            if (!operation) return; // no operation to run: execution reports it
            const error = checkOperation(config, modelFor(schema), document, operation, request.variables);
            if (error) throw error;
          },
        };
      },
    },
  ];
}
