/**
 * OpenTelemetry spans: one SERVER span per GraphQL operation (continuing the caller's `traceparent`)
 * and one CLIENT span per upstream HTTP call under it. Exported over OTLP/HTTP when an endpoint is
 * configured; otherwise `startTracing` is never called, no SDK is loaded and no span is made.
 *
 * Upstream spans are recorded from the client's `onCall` event after the call (start time = end −
 * duration), so the client needs no tracing code. Attributes are an allow-list: method, route
 * template, status, server, correlation id: never a URL with its query, a header or a token.
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
  type TextMapPropagator,
  type Tracer,
} from '@opentelemetry/api';
import type { TracingConfig } from '../config.js';

/** What a gateway needs to trace: a tracer, and a propagator to continue an incoming trace. */
export interface GatewayTracing {
  tracer: Tracer;
  propagator?: TextMapPropagator;
}

export interface RunningTracing extends GatewayTracing {
  /** Flushes the spans not exported yet. */
  shutdown(): Promise<void>;
}

/** Loads the SDK and the OTLP exporter (only now: nothing of it is imported when tracing is off). */
export async function startTracing(config: TracingConfig, version?: string): Promise<RunningTracing> {
  const [
    { BasicTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { W3CTraceContextPropagator },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': config.serviceName,
      ...(version ? { 'service.version': version } : {}),
    }),
    // Headers for the collector (OTEL_EXPORTER_OTLP_HEADERS) are read by the exporter itself.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }))],
  });
  return {
    tracer: provider.getTracer('usergraph', version),
    propagator: new W3CTraceContextPropagator(),
    shutdown: () => provider.shutdown(),
  };
}

/** Reads propagation headers from Apollo's HeaderMap (or any Map of lower-case names). */
const mapGetter: TextMapGetter<Map<string, string>> = {
  get: (carrier, key) => carrier.get(key.toLowerCase()),
  keys: (carrier) => [...carrier.keys()],
};

export function startOperationSpan(
  tracing: GatewayTracing,
  headers: Map<string, string> | undefined,
  requestId: string,
): Span {
  const parent =
    tracing.propagator && headers ? tracing.propagator.extract(ROOT_CONTEXT, headers, mapGetter) : ROOT_CONTEXT;
  return tracing.tracer.startSpan(
    'graphql.operation',
    { kind: SpanKind.SERVER, attributes: { 'usergraph.request_id': requestId } },
    parent,
  );
}

/** Names the operation span `query ProfileCard` (semantic conventions for GraphQL). */
export function nameOperationSpan(
  span: Span,
  operationType: string | undefined,
  operationName: string | undefined,
): void {
  span.updateName([operationType ?? 'graphql', operationName].filter(Boolean).join(' '));
  if (operationType) span.setAttribute('graphql.operation.type', operationType);
  if (operationName) span.setAttribute('graphql.operation.name', operationName);
}

export function endOperationSpan(span: Span, outcome: string, errorCodes: readonly string[]): void {
  span.setAttribute('usergraph.outcome', outcome);
  if (errorCodes.length) {
    span.setAttribute('graphql.error.codes', [...new Set(errorCodes)]);
    span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes[0] });
  }
  span.end();
}

export interface UpstreamSpanSample {
  method: string;
  route: string;
  status: number;
  durationMs: number;
  operation?: string;
  correlationId?: string;
  batchSize?: number;
}

/**
 * A finished upstream call as a CLIENT span, a child of `parent` (the operation) when there is one.
 * `serverAddress` is the upstream's host name, parsed once by the caller rather than on every call.
 */
export function recordUpstreamSpan(
  tracing: GatewayTracing,
  parent: Span | undefined,
  serverAddress: string,
  call: UpstreamSpanSample,
): void {
  const end = Date.now();
  const ctx = parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
  const span = tracing.tracer.startSpan(
    `${call.method} ${call.route}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - call.durationMs,
      attributes: {
        'http.request.method': call.method,
        'url.template': call.route,
        'server.address': serverAddress,
        ...(call.status ? { 'http.response.status_code': call.status } : { 'error.type': 'no_response' }),
        ...(call.operation ? { 'genesys.operation': call.operation } : {}),
        ...(call.correlationId ? { 'genesys.correlation_id': call.correlationId } : {}),
        ...(call.batchSize !== undefined ? { 'usergraph.batch_size': call.batchSize } : {}),
      },
    },
    ctx,
  );
  // Client spans: 4xx and 5xx are errors (HTTP semantic conventions), and so is no answer.
  if (call.status === 0 || call.status >= 400) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: call.status ? String(call.status) : 'no response' });
  }
  span.end(end);
}
