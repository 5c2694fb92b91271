/**
 * The one place where upstream failures become GraphQL errors. The GraphQL `extensions.code` follows
 * Apollo's conventions; the upstream status, Genesys code and correlation id are kept so a support
 * case can be traced, and nothing else (no headers, no token, no request body) is copied.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UpstreamError } from './genesys/errors.js';

function codeForStatus(status: number): string {
  if (status === 0) return 'UPSTREAM_UNAVAILABLE';
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 408 || status === 504) return 'UPSTREAM_TIMEOUT';
  return 'UPSTREAM_ERROR';
}

interface UpstreamErrorExtensions {
  code: string;
  upstream: {
    status: number;
    code: string;
    correlationId: string | null;
    method: string;
    route: string;
    details?: Array<{ errorCode?: string; fieldName?: string }>;
    retryAfterSeconds?: number;
    /** Present when the call was repeated (> 1) or never sent (0). */
    attempts?: number;
    /** Writes only: `false` when certainly not applied, `'unknown'` when the gateway cannot tell. */
    applied?: false | 'unknown';
  };
}

/** A timeout (per attempt, or the operation's deadline) is UPSTREAM_TIMEOUT whatever the status. */
const TIMEOUT_CODES = new Set(['timeout', 'deadline.exceeded']);
/**
 * An answer the gateway cannot use — a 2xx body that is not what the operation returns, an answer over
 * UPSTREAM_MAX_RESPONSE_BYTES, a redirect — is UPSTREAM_BAD_RESPONSE whatever the status (src/genesys/client.ts).
 */
const BAD_RESPONSE_CODES = new Set(['upstream.bad.response', 'response.too.large', 'upstream.redirect']);

function graphqlCodeOf(error: UpstreamError): string {
  if (TIMEOUT_CODES.has(error.code)) return 'UPSTREAM_TIMEOUT';
  if (BAD_RESPONSE_CODES.has(error.code)) return 'UPSTREAM_BAD_RESPONSE';
  return codeForStatus(error.status);
}

function upstreamExtensions(error: UpstreamError): UpstreamErrorExtensions {
  return {
    code: graphqlCodeOf(error),
    upstream: {
      status: error.status,
      code: error.code,
      correlationId: error.correlationId ?? null,
      method: error.method,
      route: error.route,
      ...(error.details?.length
        ? { details: error.details.map((d) => ({ errorCode: d.errorCode, fieldName: d.fieldName })) }
        : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      ...(error.outcome.attempts !== undefined && error.outcome.attempts !== 1
        ? { attempts: error.outcome.attempts }
        : {}),
      ...(error.outcome.applied !== undefined ? { applied: error.outcome.applied } : {}),
    },
  };
}

const BAD_VARIABLE = /^(Variable "\$[^"]+" got) invalid value /;

/**
 * graphql-js quotes the offending value of a bad variable (`Variable "$input" got invalid value { … } at
 * "input.x"; reason`), whole input objects included, and that value may hold a password. The message without
 * the value (variable, path and reason kept); undefined when the message is not such an error.
 */
function withoutQuotedValue(message: string, error: unknown): string | undefined {
  const match = BAD_VARIABLE.exec(message);
  if (!match) return undefined;
  const inner = error instanceof GraphQLError ? error.originalError?.message : undefined;
  const reason = inner !== undefined && message.endsWith(`; ${inner}`) ? inner : undefined;
  const at = reason === undefined ? '' : (/ at "[^"]*"$/.exec(message.slice(0, -`; ${reason}`.length))?.[0] ?? '');
  return `${match[1]} an invalid value${at}${reason === undefined ? '.' : `; ${reason}`}`;
}

const WORKING_DIRECTORY = process.cwd();

/** Stack lines with the working directory (and `file://`) cut off, so a trace never shows where the gateway is installed. */
function relativeStack(stack: unknown): unknown {
  if (!Array.isArray(stack)) return stack;
  return (stack as unknown[]).map((line) =>
    typeof line === 'string'
      ? line.replaceAll(`file://${WORKING_DIRECTORY}/`, '').replaceAll(`${WORKING_DIRECTORY}/`, '')
      : line,
  );
}

/**
 * Apollo's formatError hook: maps UpstreamError wherever it was thrown, keeps bad variable values out of
 * messages, and keeps absolute paths out of stack traces (present only with GRAPHQL_STACK_TRACES=true).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const stacktrace = formatted.extensions?.stacktrace;
  if (stacktrace !== undefined)
    formatted = { ...formatted, extensions: { ...formatted.extensions, stacktrace: relativeStack(stacktrace) } };
  const safe = withoutQuotedValue(formatted.message, error);
  if (safe !== undefined) {
    // The stack trace repeats the original message.
    const { stacktrace: _dropped, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: safe, extensions };
  }
  const original = unwrapResolverError(error);
  if (original instanceof UpstreamError) {
    const { stacktrace: _dropped, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: original.message, extensions: { ...rest, ...upstreamExtensions(original) } };
  }
  return formatted;
}

/**
 * Errors as they go into a federated trace (ftv1) for the router: the same redaction as formatError,
 * because the trace carries error messages to another service.
 */
export function traceSafeError(error: GraphQLError): GraphQLError {
  const safe = withoutQuotedValue(error.message, error);
  if (safe === undefined) return error;
  return new GraphQLError(safe, { nodes: error.nodes, path: error.path, extensions: error.extensions });
}
