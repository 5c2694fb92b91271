/**
 * The Apollo Server plugin that observes each GraphQL operation: one metrics sample (name, outcome,
 * duration), rejections by reason, APQ hits and misses, the operation span, and one access log line
 * with the request id, the operation and its upstream calls (each with its ININ-Correlation-Id).
 *
 * It logs error codes, never error messages, variables or the document: a validation message can echo
 * a literal of the query, and a literal can be a password.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { truncate, type Logger } from './logging.js';
import type { GatewayMetricsRecorder, OperationOutcome } from './metrics.js';
import { endOperationSpan, nameOperationSpan, startOperationSpan, type GatewayTracing } from './tracing.js';

export interface ObservabilityPluginOptions {
  metrics: GatewayMetricsRecorder;
  log: Logger;
  tracing?: GatewayTracing;
}

const APQ_MISS = 'PERSISTED_QUERY_NOT_FOUND';
/** Characters of an operation name in a metric label, a span name or a log line. */
const MAX_NAME_LENGTH = 256;

/** Apollo's codes for operations refused before execution, as metric reasons; other codes are lower-cased. */
const REJECTION_REASONS: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'parse',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  BAD_USER_INPUT: 'variables',
  BAD_REQUEST: 'bad_request',
  OPERATION_RESOLUTION_FAILURE: 'bad_request',
  PERSISTED_QUERY_NOT_SUPPORTED: 'bad_request',
};

function rejectionReason(code: string | undefined): string {
  if (!code) return 'unknown';
  return REJECTION_REASONS[code] ?? code.toLowerCase();
}

function codeOf(error: { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Request errors (no `data` at all) are rejections; errors with no root field resolved (`data: null`,
 * or every root field null) a failed execution; errors beside some data a partial result.
 */
function outcomeOf(result: {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}): OperationOutcome {
  if (!result.errors?.length) return 'success';
  if (result.data === undefined) return 'rejected';
  if (result.data === null || Object.values(result.data).every((v) => v === null)) return 'error';
  return 'partial';
}

export function observabilityPlugin(options: ObservabilityPluginOptions): ApolloServerPlugin<GatewayContext> {
  const { metrics, tracing } = options;
  return {
    async contextCreationDidFail({ error }) {
      const code = codeOf(error as { extensions?: Record<string, unknown> });
      metrics.rejected(rejectionReason(code));
      options.log.debug({ errorCodes: [code] }, 'graphql request refused before its context was created');
    },

    async requestDidStart({ contextValue, request }): Promise<GraphQLRequestListener<GatewayContext>> {
      const observation = contextValue.observation;
      // The span is this operation's own: the operations of a batched request share one context (and so
      // one observation), whose span, the parent of upstream calls, is the first operation's.
      const span = tracing && startOperationSpan(tracing, request.http?.headers, observation.requestId);
      if (span) observation.span ??= span;
      return {
        async didResolveOperation({ operationName, operation }) {
          if (span)
            nameOperationSpan(
              span,
              operation?.operation,
              operationName === null ? undefined : truncate(operationName, MAX_NAME_LENGTH),
            );
        },

        async willSendResponse(requestContext) {
          const body = requestContext.response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const errorCodes = (result.errors ?? []).map(codeOf);
          const durationMs = performance.now() - observation.startedAt;
          // A metric label and a log field: never the caller's text whole (MAX_OPERATION_NAME_LENGTH rejects long ones, after they are named here).
          const operationName =
            requestContext.operationName === null || requestContext.operationName === undefined
              ? undefined
              : truncate(requestContext.operationName, MAX_NAME_LENGTH);
          const apqHit = requestContext.metrics.persistedQueryHit === true;
          if (apqHit) metrics.cacheLookup('apq', true);

          if (errorCodes[0] === APQ_MISS) {
            // Step one of the APQ protocol, not a failure: the client sends the query with its hash next.
            metrics.cacheLookup('apq', false);
            observation.log.debug({ apq: 'miss' }, 'persisted query not found');
            if (span) endOperationSpan(span, 'apq_miss', []);
            return;
          }

          const outcome = outcomeOf(result);
          metrics.operation({ operationName, outcome, durationMs });
          if (outcome === 'rejected') metrics.rejected(rejectionReason(errorCodes[0]));
          if (span) endOperationSpan(span, outcome, errorCodes);

          observation.log.info(
            {
              operationName: operationName ?? null,
              operationType: requestContext.operation?.operation ?? null,
              outcome,
              httpStatus: requestContext.response.http.status ?? 200,
              durationMs: Math.round(durationMs * 10) / 10,
              ...(errorCodes.length ? { errorCodes: [...new Set(errorCodes)] } : {}),
              ...(apqHit ? { apq: 'hit' } : requestContext.metrics.persistedQueryRegister ? { apq: 'registered' } : {}),
              upstream: {
                calls: observation.upstreamCallCount,
                durationMs: Math.round(observation.upstreamDurationMs * 10) / 10,
                list: observation.upstreamCalls,
              },
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
