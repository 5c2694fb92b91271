/**
 * Prometheus metrics (prom-client), served on /metrics. Each gateway owns its registry (never the global
 * default), so several gateways in one process (tests, embedders) do not collide.
 *
 * Other parts of the gateway record through `GatewayMetricsRecorder`; the upstream client reports calls
 * and retries through its `onCall` / `onRetry` hooks, which createGateway wires here.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One upstream HTTP call: an API call or a token request. */
export interface UpstreamSample {
  method: string;
  /** The route template (`/api/v2/users/{userId}`), never the concrete path. */
  route: string;
  /** 0 when there was no answer. */
  status: number;
  durationMs: number;
  /** Ids of a bulk fetch, when the call was one. */
  batchSize?: number;
}

export type OperationOutcome = 'success' | 'partial' | 'error' | 'rejected';

/** What the rest of the gateway records. */
export interface GatewayMetricsRecorder {
  upstreamCall(sample: UpstreamSample): void;
  /** A repeated upstream attempt; `reason` e.g. `unauthorized`, `status_503`, `network`. */
  upstreamRetry(retry: { method: string; route: string; reason: string }): void;
  operation(op: { operationName: string | undefined; outcome: OperationOutcome; durationMs: number }): void;
  /** An operation refused before execution: `parse`, `validation`, `bad_request`, later the query limits' reasons. */
  rejected(reason: string): void;
  /** Size of one batch of a DataLoader (`users`: ids in one bulk GET /api/v2/users). */
  loaderBatch(loader: string, size: number): void;
  cacheLookup(cache: string, hit: boolean): void;
  cacheError(cache: string): void;
  /** A free-form operation that is no trusted document ran (TRUSTED_DOCUMENTS=log-unknown). */
  untrustedOperation(): void;
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100];
/** Operation names are chosen by clients: past this many distinct names, new ones count as `(other)`. */
const MAX_OPERATION_NAMES = 500;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export class GatewayMetrics implements GatewayMetricsRecorder {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly operations = this.counter(
    'usergraph_graphql_operations_total',
    'GraphQL operations by operation name and outcome (success, partial, error, rejected).',
    ['operation', 'outcome'],
  );
  private readonly operationDuration = this.histogram(
    'usergraph_graphql_operation_duration_seconds',
    'Duration of GraphQL operations, from request to response.',
    ['operation', 'outcome'],
    DURATION_BUCKETS,
  );
  private readonly rejections = this.counter(
    'usergraph_graphql_rejected_operations_total',
    'Operations refused before execution, by reason (parse, validation, variables, bad_request, unauthenticated, query limits).',
    ['reason'],
  );
  private readonly upstreamCalls = this.counter(
    'usergraph_upstream_requests_total',
    'Upstream HTTP calls (API calls and token requests) by method, route template and status (0: no answer).',
    ['method', 'route', 'status'],
  );
  private readonly upstreamDuration = this.histogram(
    'usergraph_upstream_request_duration_seconds',
    'Duration of upstream HTTP calls by method, route template and status.',
    ['method', 'route', 'status'],
    DURATION_BUCKETS,
  );
  private readonly retries = this.counter(
    'usergraph_upstream_retries_total',
    'Repeated upstream attempts by method, route template and reason.',
    ['method', 'route', 'reason'],
  );
  private readonly batches = this.histogram(
    'usergraph_loader_batch_size',
    'Keys per DataLoader batch (users: ids per bulk GET /api/v2/users).',
    ['loader'],
    BATCH_BUCKETS,
  );
  private readonly cacheHits = this.counter(
    'usergraph_cache_hits_total',
    'Cache hits by cache (apq: automatic persisted queries).',
    ['cache'],
  );
  private readonly cacheMisses = this.counter(
    'usergraph_cache_misses_total',
    'Cache misses by cache (apq: a hash the cache did not know).',
    ['cache'],
  );
  private readonly cacheErrors = this.counter(
    'usergraph_cache_errors_total',
    'Failed cache reads or writes (e.g. Redis unavailable), each served as a miss.',
    ['cache'],
  );

  private readonly sharedStateTransitions = this.counter(
    'usergraph_shared_state_transitions_total',
    "Transitions of the replicas' shared state (REDIS_URL): degraded (Redis away or slow, limits local) or connected.",
    ['state'],
  );
  private readonly rateLimitDecisions = this.counter(
    'usergraph_rate_limit_decisions_total',
    'Upstream calls admitted or held by the per-token limiter, by where it decided: shared (Redis) or local (1/N share).',
    ['where'],
  );

  private readonly compilations = this.histogram(
    'usergraph_graphql_compilations_seconds',
    'Operations due for compilation by graphql-jit (src/gateway/execution.ts), by outcome (compiled; refused: graphql-jit gave errors; skipped: a recursive input type, not tried; both then run interpreted), and how long compiling took.',
    ['outcome'],
    DURATION_BUCKETS,
  );

  private readonly untrusted = this.counter(
    'usergraph_untrusted_operations_total',
    'Free-form operations that are no trusted document and ran anyway (TRUSTED_DOCUMENTS=log-unknown).',
    [],
  );

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /**
   * Gauges of the per-token caps on concurrent upstream calls (UPSTREAM_CONCURRENCY_PER_TOKEN), read when
   * scraped: calls holding a slot, and calls queued behind their own token's cap. Totals only: a label per
   * token would name callers and grow without bound.
   */
  watchCallerSlots(slots: { readonly activeTotal: number; readonly waitingTotal: number }): void {
    const registers = [this.registry];
    new Gauge({
      name: 'usergraph_upstream_calls_in_flight',
      help: "Upstream API calls holding one of their token's slots (UPSTREAM_CONCURRENCY_PER_TOKEN) now.",
      registers,
      collect() {
        this.set(slots.activeTotal);
      },
    });
    new Gauge({
      name: 'usergraph_upstream_calls_queued',
      help: 'Upstream API calls waiting for a slot of their own token now (its calls in flight are at the cap).',
      registers,
      collect() {
        this.set(slots.waitingTotal);
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  upstreamCall(sample: UpstreamSample): void {
    const labels = { method: sample.method, route: sample.route, status: String(sample.status) };
    this.upstreamCalls.inc(labels);
    this.upstreamDuration.observe(labels, sample.durationMs / 1000);
    // Until the loaders report their batches themselves, a bulk fetch by ids is the users loader's batch.
    if (sample.batchSize !== undefined && sample.method === 'GET' && sample.route === '/api/v2/users') {
      this.loaderBatch('users', sample.batchSize);
    }
  }

  upstreamRetry(retry: { method: string; route: string; reason: string }): void {
    this.retries.inc({ method: retry.method, route: retry.route, reason: retry.reason });
  }

  operation(op: { operationName: string | undefined; outcome: OperationOutcome; durationMs: number }): void {
    const labels = { operation: this.operationLabel(op.operationName), outcome: op.outcome };
    this.operations.inc(labels);
    this.operationDuration.observe(labels, op.durationMs / 1000);
  }

  rejected(reason: string): void {
    this.rejections.inc({ reason });
  }

  loaderBatch(loader: string, size: number): void {
    this.batches.observe({ loader }, size);
  }

  cacheLookup(cache: string, hit: boolean): void {
    (hit ? this.cacheHits : this.cacheMisses).inc({ cache });
  }

  cacheError(cache: string): void {
    this.cacheErrors.inc({ cache });
  }

  untrustedOperation(): void {
    this.untrusted.inc();
  }

  compiled(event: { outcome: string; durationMs: number }): void {
    this.compilations.observe({ outcome: event.outcome }, event.durationMs / 1000);
  }

  sharedState(state: 'connected' | 'degraded'): void {
    this.sharedStateTransitions.inc({ state });
  }

  rateLimitDecision(where: 'shared' | 'local'): void {
    this.rateLimitDecisions.inc({ where });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets: number[],
  ): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return '(anonymous)';
    if (!NAME.test(name)) return '(other)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }
}
