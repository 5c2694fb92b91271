import type { Detail } from './models.js';

/** What the client knows about how a failed call went, beyond the upstream's answer. */
export interface UpstreamOutcome {
  /** HTTP attempts made; 0 when nothing was sent (a bad path value, a deadline, the rate-limit headroom). */
  attempts?: number;
  /**
   * For a write: `false` when it was certainly not applied (never sent, or refused with 429); `'unknown'` when
   * an attempt got no answer after it may have reached the upstream, so the gateway cannot tell.
   */
  applied?: false | 'unknown';
}

/**
 * The one error type the upstream client raises: any non-2xx answer, or no answer at all
 * (status 0 for a network failure or timeout). It never carries a token or a request body.
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    message: string,
    readonly status: number,
    /** The Genesys error code, e.g. `not.found`, `missing.any.permissions`; `network.error` when no answer. */
    readonly code: string,
    readonly method: string,
    /** The route template, e.g. /api/v2/users/{userId}/roles. */
    readonly route: string,
    readonly correlationId?: string,
    readonly details?: readonly Detail[],
    /** Seconds from a Retry-After header, when the upstream sent one. */
    readonly retryAfterSeconds?: number,
    readonly outcome: UpstreamOutcome = {},
  ) {
    super(message);
  }

  /** A 404 for one id of a bulk fetch that came back without it. */
  static notFound(method: string, route: string, entity: string, id: string, correlationId?: string): UpstreamError {
    return new UpstreamError(`${entity} ${id} was not found`, 404, 'not.found', method, route, correlationId);
  }
}
