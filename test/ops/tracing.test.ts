/**
 * OpenTelemetry: a SERVER span per operation (continuing the caller's traceparent) with a CLIENT span per
 * upstream call under it, carrying the route template and the status, and no token in any attribute;
 * the OTLP/HTTP exporter posts them to a collector (here a small receiver on loopback).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../../src/observability/tracing.js';
import { startOps } from './helpers.js';

const TEAM = `query Team($id: ID!) { user(id: $id) { name manager { name directReports { name } } routingStatus { status } } }`;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

it('spans for the operation and each upstream call, with route templates and statuses, and no token', async () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const token = 'trace-token-Wm21-secret';
  const ops = await startOps({
    tracing: { tracer: provider.getTracer('test'), propagator: new W3CTraceContextPropagator() },
  });
  try {
    const id = ops.emulator.store.fixtures().richUser;
    const result = await ops.execute(
      TEAM,
      { id },
      { token, headers: { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` } },
    );
    expect(result.errors).toBeUndefined();
    // A well-formed id that no user has (a malformed one is refused before any call).
    await ops.execute('{ user(id: "00000000-0000-4000-8000-000000000000") { id } }', undefined, { token });

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'query Team');
    expect(operation).toBeDefined();
    expect(operation?.kind).toBe(SpanKind.SERVER);
    expect(operation?.spanContext().traceId).toBe(TRACE_ID);
    expect(operation?.parentSpanContext?.spanId).toBe(PARENT_ID);
    expect(operation?.attributes).toMatchObject({
      'graphql.operation.name': 'Team',
      'graphql.operation.type': 'query',
      'usergraph.outcome': 'success',
    });

    const children = spans.filter((s) => s.parentSpanContext?.spanId === operation?.spanContext().spanId);
    const calls = await ops.calls();
    const teamCalls = calls.filter((c) => c.status === 200);
    expect(children).toHaveLength(teamCalls.length);
    for (const child of children) {
      expect(child.kind).toBe(SpanKind.CLIENT);
      expect(child.spanContext().traceId).toBe(TRACE_ID);
      expect(child.name).toBe(
        `${String(child.attributes['http.request.method'])} ${String(child.attributes['url.template'])}`,
      );
      expect(child.attributes['http.response.status_code']).toBe(200);
      expect(String(child.attributes['url.template'])).toMatch(/^\/api\/v2\/users/);
      expect(child.attributes['genesys.correlation_id']).toEqual(expect.any(String));
    }
    expect(children.map((c) => c.attributes['url.template'])).toEqual(
      expect.arrayContaining(['/api/v2/users/{userId}', '/api/v2/users/{userId}/directreports']),
    );

    const notFound = spans.find((s) => s.kind === SpanKind.CLIENT && s.attributes['http.response.status_code'] === 404);
    expect(notFound?.status.code).toBe(SpanStatusCode.ERROR);
    expect(notFound?.name).toBe('GET /api/v2/users/{userId}');

    const dump = JSON.stringify(
      spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    );
    expect(dump).not.toContain(token);
    expect(dump).not.toMatch(/bearer/i);
  } finally {
    await ops.close();
    await provider.shutdown();
  }
});

it('exports over OTLP/HTTP to the configured endpoint', async () => {
  const bodies: string[] = [];
  const paths: string[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const tracing = await startTracing({
    tracesUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`,
    serviceName: 'usergraph-test',
  });
  const ops = await startOps({ tracing });
  try {
    const result = await ops.execute('query Me { me { name } }', undefined, { token: 'otlp-token-secret' });
    expect(result.errors).toBeUndefined();
    await tracing.shutdown();
    expect(paths[0]).toMatch(/^POST \/v1\/traces application\/json/);
    const all = bodies.join('\n');
    expect(all).toContain('usergraph-test');
    expect(all).toContain('query Me');
    expect(all).toContain('/api/v2/users/me');
    expect(all).not.toContain('otlp-token-secret');
  } finally {
    await ops.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});

it('a batched request ends one SERVER span per operation (they share one request context)', async () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const ops = await startOps({
    env: { ALLOW_BATCHED_HTTP_REQUESTS: 'true' },
    tracing: { tracer: provider.getTracer('test') },
  });
  try {
    const response = await fetch(`${ops.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer batch-token' },
      body: JSON.stringify([{ query: 'query First { me { name } }' }, { query: 'query Second { me { title } }' }]),
    });
    expect(response.status).toBe(200);
    const servers = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
    expect(servers.map((s) => s.name).sort()).toEqual(['query First', 'query Second']);
  } finally {
    await ops.close();
    await provider.shutdown();
  }
});
