/**
 * What one GraphQL request carries for observability: its id (from `x-request-id` when the caller or
 * router sent a sane one), a logger bound to it, the upstream calls it made (for the access log line),
 * and its operation span when tracing is on. Created by the HTTP handler, held by the context.
 */
import { randomUUID } from 'node:crypto';
import type { Span } from '@opentelemetry/api';
import type { Logger } from 'pino';

export interface UpstreamCallRecord {
  /** The seed operation id, e.g. `getUser`. */
  operation?: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  correlationId?: string;
}

/** The access log lists this many upstream calls of one operation; the count covers them all. */
const MAX_LOGGED_CALLS = 50;
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}

export class RequestObservation {
  readonly startedAt = performance.now();
  readonly upstreamCalls: UpstreamCallRecord[] = [];
  upstreamCallCount = 0;
  upstreamDurationMs = 0;
  /** The GraphQL operation span, when tracing is on. */
  span: Span | undefined;

  constructor(
    readonly requestId: string,
    readonly log: Logger,
  ) {}

  recordUpstream(call: UpstreamCallRecord): void {
    this.upstreamCallCount += 1;
    this.upstreamDurationMs += call.durationMs;
    if (this.upstreamCalls.length < MAX_LOGGED_CALLS) {
      const { operation, method, route, status, correlationId } = call;
      this.upstreamCalls.push({
        operation,
        method,
        route,
        status,
        durationMs: Math.round(call.durationMs * 10) / 10,
        correlationId,
      });
    }
  }
}
