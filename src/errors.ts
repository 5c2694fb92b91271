/**
 * The one place where upstream failures become GraphQL errors. The GraphQL `extensions.code` follows
 * Apollo's conventions; the upstream status, Genesys code and correlation id are kept so a support
 * case can be traced, and nothing else (no headers, no token, no request body) is copied.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UpstreamError } from './genesys/errors.js';

export function codeForStatus(status: number): string {
  if (status === 0) return 'UPSTREAM_UNAVAILABLE';
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 408 || status === 504) return 'UPSTREAM_TIMEOUT';
  if (status >= 500) return 'UPSTREAM_ERROR';
  return 'UPSTREAM_ERROR';
}

export interface UpstreamErrorExtensions {
  code: string;
  upstream: {
    status: number;
    code: string;
    correlationId: string | null;
    method: string;
    route: string;
    details?: Array<{ errorCode?: string; fieldName?: string }>;
    retryAfterSeconds?: number;
  };
}

export function upstreamExtensions(error: UpstreamError): UpstreamErrorExtensions {
  return {
    code: codeForStatus(error.status),
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
    },
  };
}

/** Apollo's formatError hook: maps UpstreamError wherever it was thrown, leaves other errors alone. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof UpstreamError) {
    const { stacktrace: _dropped, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: original.message, extensions: { ...rest, ...upstreamExtensions(original) } };
  }
  return formatted;
}
