/**
 * Admission control: expensive GraphQL requests take turns, cheap ones never wait behind them.
 *
 * The gateway has one event loop. Eight clients sending, back to back, the biggest documents the limits
 * allow (2,000 fields, 1,000 `_entities`, a 1 MB body) kept it busy 107 % of a core, and `/healthz` and every
 * normal query waited behind their parsing, validation and execution (p99 107 ms and 126 ms). The limits
 * bound the work of one request; nothing bounded how many such requests ran at once. Here:
 *
 * - A request is **expensive** when its body is over ADMISSION_HEAVY_BODY_BYTES (judged before the JSON is
 *   parsed), when its document is one the gate has judged and found over ADMISSION_HEAVY_FIELDS field
 *   selections, or when the gate has never seen its document and the source is over
 *   ADMISSION_HEAVY_SOURCE_BYTES (parsing and validating it is the cost). Anything else — including every
 *   document the gate has already rejected, a hash lookup — is cheap and is admitted at once.
 * - Expensive requests run at most ADMISSION_HEAVY_CONCURRENCY at once, and at most
 *   ADMISSION_HEAVY_PER_CLIENT per client (its bearer token, else its address); the rest wait in one FIFO
 *   queue, served in order among the clients under their cap, so one client cannot take every turn.
 * - Expensive work takes only the loop's spare time: while the event loop was busy more than
 *   ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT of the last 100 ms (`performance.eventLoopUtilization`), no expensive
 *   request starts; they wait, and the queue is looked at again every 20 ms. Without it, one turn at a time
 *   still kept the loop 100 % busy under a flood of expensive requests (each starts as the last ends), and every
 *   cheap request queued behind their work: a normal query's p99 was 4–6 times its idle value.
 * - A request is refused with 503 `SERVER_BUSY` and `Retry-After` instead of waiting when the queue holds
 *   ADMISSION_QUEUE_LENGTH requests (or its client's ADMISSION_QUEUE_PER_CLIENT), when it has waited
 *   ADMISSION_MAX_WAIT_MS, or when the event loop lags over ADMISSION_MAX_EVENT_LOOP_DELAY_MS (the median of
 *   its last 5 ticks, EventLoopDelay); then queued expensive requests are refused as their turn comes, too.
 * - Each granted turn starts on a fresh macrotask (`setImmediate`), so the I/O that arrived meanwhile (a
 *   `/healthz`, a cheap query) is served before the next expensive request's synchronous work begins.
 *
 * `/healthz`, `/readyz` and `/metrics` never pass through here. ADMISSION_HEAVY_CONCURRENCY=0 turns it off.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ProtectionConfig } from './config.js';

export type AdmissionSettings = Pick<
  ProtectionConfig,
  | 'heavyConcurrency'
  | 'heavyPerClient'
  | 'admissionQueueLength'
  | 'admissionQueuePerClient'
  | 'admissionMaxWaitMs'
  | 'maxEventLoopDelayMs'
  | 'maxEventLoopBusyPercent'
  | 'heavyBodyBytes'
  | 'heavySourceBytes'
  | 'heavyFields'
>;

export type RefusalReason = 'queue_full' | 'client_queue_full' | 'wait_timeout' | 'event_loop_delay';

export interface Refusal {
  reason: RefusalReason;
  message: string;
  retryAfterSeconds: number;
}

/** Gives a turn back; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  client: string;
  grant: (release: Release) => void;
  refuse: (refusal: Refusal) => void;
  timer?: NodeJS.Timeout;
}

export interface AdmissionStats {
  running: number;
  waiting: number;
  /** Refusals so far, by reason. */
  refused: Record<RefusalReason, number>;
}

/** How often the event loop is sampled, and how often a queue held back by a busy loop is looked at again. */
const TICK_MS = 20;

/**
 * The event loop's recent load, from the last 5 ticks of a 20 ms timer (unref'd): its delay, the median of how
 * late those ticks fired, which is what every request waiting for the loop waits (the median ignores a lone
 * spike — a GC pause, the process descheduled once on a busy machine — and sees a loop that stays behind
 * within a few ticks); and its busy share over those 100 ms (`eventLoopUtilization`).
 */
class EventLoopLoad {
  private static readonly SAMPLES = 5;
  private readonly delays: number[] = [];
  private readonly utilisations: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    if (this.timer) return;
    let last: number | undefined;
    let utilisation = performance.eventLoopUtilization();
    this.timer = setInterval(() => {
      const now = performance.now();
      const next = performance.eventLoopUtilization();
      // The first tick only starts the clock: the process may still be starting (building the schema).
      if (last !== undefined) {
        this.delays.push(Math.max(0, now - last - TICK_MS));
        this.utilisations.push(performance.eventLoopUtilization(next, utilisation).utilization);
        if (this.delays.length > EventLoopLoad.SAMPLES) this.delays.shift();
        if (this.utilisations.length > EventLoopLoad.SAMPLES) this.utilisations.shift();
      }
      last = now;
      utilisation = next;
    }, TICK_MS);
    this.timer.unref();
  }

  /** Percent of the last 100 ms the loop was busy; 0 until there are samples. */
  busyPercent(): number {
    if (this.utilisations.length === 0) return 0;
    return (100 * this.utilisations.reduce((sum, u) => sum + u, 0)) / this.utilisations.length;
  }

  /** Milliseconds; 0 until there are samples. */
  recent(): number {
    if (this.delays.length === 0) return 0;
    const sorted = [...this.delays].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  queue_full: 'The gateway is busy with expensive operations and its queue is full; retry shortly.',
  client_queue_full: 'This client already has the most expensive operations waiting that it may; retry shortly.',
  wait_timeout: 'The gateway is busy with expensive operations and this one waited too long for a turn; retry shortly.',
  event_loop_delay: 'The gateway is overloaded; expensive operations are refused until it catches up. Retry shortly.',
};

const NO_OP: Release = () => undefined;

/** The turns of expensive requests: see the file comment. Counts, caps and the queue; no HTTP. */
export class AdmissionControl {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waitingBy = new Map<string, number>();
  private readonly queue: Waiter[] = [];
  private readonly refused: Record<RefusalReason, number> = {
    queue_full: 0,
    client_queue_full: 0,
    wait_timeout: 0,
    event_loop_delay: 0,
  };
  private readonly refusedCounter?: Counter<'reason'>;
  /** The next look at a queue held back by a busy loop. */
  private recheck: NodeJS.Timeout | undefined;

  constructor(
    readonly settings: AdmissionSettings,
    private readonly options: {
      /** The event loop's recent delay in ms (EventLoopLoad#recent); tests pass their own. */
      delay?: () => number;
      /** Percent of the last 100 ms the loop was busy (EventLoopLoad#busyPercent); tests pass their own. */
      busyPercent?: () => number;
      /** Exports running/waiting gauges and a refusal counter. */
      registry?: Registry;
    } = {},
  ) {
    if (options.registry) {
      const registers = [options.registry];
      this.refusedCounter = new Counter({
        name: 'usergraph_admission_refused_total',
        help: 'Expensive GraphQL requests refused with 503 SERVER_BUSY, by reason.',
        labelNames: ['reason'],
        registers,
      });
      const stats = () => this.stats();
      new Gauge({
        name: 'usergraph_admission_running',
        help: 'Expensive GraphQL requests running now.',
        registers,
        collect() {
          this.set(stats().running);
        },
      });
      new Gauge({
        name: 'usergraph_admission_waiting',
        help: 'Expensive GraphQL requests waiting for a turn now.',
        registers,
        collect() {
          this.set(stats().waiting);
        },
      });
    }
  }

  get enabled(): boolean {
    return this.settings.heavyConcurrency > 0;
  }

  /** Stops looking at the queue (the gateway is closing); waiters still time out as usual. */
  close(): void {
    clearTimeout(this.recheck);
    this.recheck = undefined;
  }

  stats(): AdmissionStats {
    return { running: this.running, waiting: this.queue.length, refused: { ...this.refused } };
  }

  /** A turn for one expensive request of `client`: a release function, or why it is refused. */
  acquire(client: string): Promise<Release | Refusal> {
    if (!this.enabled) return Promise.resolve(NO_OP);
    if (this.lagging()) return Promise.resolve(this.refusal('event_loop_delay'));
    if (this.queue.length === 0 && this.hasTurnFor(client) && !this.busy()) return Promise.resolve(this.start(client));
    if (this.queue.length >= this.settings.admissionQueueLength) return Promise.resolve(this.refusal('queue_full'));
    if (this.countOf(this.waitingBy, client) >= this.settings.admissionQueuePerClient)
      return Promise.resolve(this.refusal('client_queue_full'));
    return new Promise((resolve) => {
      const waiter: Waiter = { client, grant: resolve, refuse: resolve };
      waiter.timer = setTimeout(() => {
        this.dequeue(waiter);
        waiter.refuse(this.refusal('wait_timeout'));
      }, this.settings.admissionMaxWaitMs);
      this.queue.push(waiter);
      this.add(this.waitingBy, client, 1);
      // A free turn held back by a busy loop (or by a waiter ahead): the queue's order decides who gets it.
      this.dispatch();
    });
  }

  private hasTurnFor(client: string): boolean {
    return this.running < this.settings.heavyConcurrency && this.countOf(this.runningBy, client) < this.cap(client);
  }

  /** The loop had no spare time lately: no expensive request starts now. */
  private busy(): boolean {
    const limit = this.settings.maxEventLoopBusyPercent;
    return limit > 0 && (this.options.busyPercent?.() ?? 0) > limit;
  }

  /** Per-client cap, never above the overall one. */
  private cap(_client: string): number {
    return Math.min(this.settings.heavyPerClient, this.settings.heavyConcurrency);
  }

  private lagging(): boolean {
    const limit = this.settings.maxEventLoopDelayMs;
    return limit > 0 && (this.options.delay?.() ?? 0) > limit;
  }

  private refusal(reason: RefusalReason): Refusal {
    this.refused[reason] += 1;
    this.refusedCounter?.inc({ reason });
    return { reason, message: REFUSAL_MESSAGES[reason], retryAfterSeconds: 1 };
  }

  private start(client: string): Release {
    this.running += 1;
    this.add(this.runningBy, client, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.add(this.runningBy, client, -1);
      this.dispatch();
    };
  }

  /**
   * Grants turns, in queue order, to the waiters whose client is under its cap, while turns are free and the loop
   * has spare time; when it has none, looks again on the next tick.
   */
  private dispatch(): void {
    if (this.queue.length > 0 && this.running < this.settings.heavyConcurrency && this.busy()) {
      if (this.recheck === undefined) {
        this.recheck = setTimeout(() => {
          this.recheck = undefined;
          this.dispatch();
        }, TICK_MS);
        this.recheck.unref();
      }
      return;
    }
    for (let i = 0; i < this.queue.length && this.running < this.settings.heavyConcurrency;) {
      const waiter = this.queue[i];
      if (this.countOf(this.runningBy, waiter.client) >= this.cap(waiter.client)) {
        i += 1;
        continue;
      }
      this.dequeue(waiter);
      if (this.lagging()) waiter.refuse(this.refusal('event_loop_delay'));
      else waiter.grant(this.start(waiter.client));
    }
  }

  private dequeue(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index < 0) return;
    this.queue.splice(index, 1);
    clearTimeout(waiter.timer);
    this.add(this.waitingBy, waiter.client, -1);
  }

  private countOf(map: Map<string, number>, client: string): number {
    return map.get(client) ?? 0;
  }

  private add(map: Map<string, number>, client: string, delta: number): void {
    const next = this.countOf(map, client) + delta;
    if (next > 0) map.set(client, next);
    else map.delete(client);
  }
}

/** What the gate knows of a document, for weighing: its field selections once judged, undefined before. */
export interface DocumentKnowledge {
  fieldsOf(queryHash: string): number | undefined;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The client a request's turns count against: its Authorization value (hashed, never kept), else its address. */
function clientOf(req: IncomingMessage): string {
  const authorization = req.headers.authorization;
  return authorization ? `token:${sha256(authorization)}` : `address:${req.socket.remoteAddress ?? ''}`;
}

interface GraphQLParams {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/**
 * One HTTP request's admission, in the gateway's handler: `bytes` before the body is parsed, `document`
 * once it is (and trusted documents resolved). Each answers false after it has sent the 503 itself.
 * The turn is given back when the response closes, whatever happened.
 */
class RequestAdmission {
  private release: Release | undefined;

  constructor(
    private readonly control: AdmissionControl,
    private readonly knowledge: DocumentKnowledge,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
  ) {}

  /** Admits by body size (before JSON.parse: a 1 MB body is expensive before anything else). */
  bytes(length: number): Promise<boolean> {
    return this.admit(length > this.control.settings.heavyBodyBytes);
  }

  /** Admits by document: a POST body (one operation or a batch) or the query string of a GET. */
  document(body: unknown, search: string): Promise<boolean> {
    if (this.release || !this.control.enabled) return Promise.resolve(true);
    const operations: GraphQLParams[] = Array.isArray(body)
      ? (body as GraphQLParams[])
      : body && typeof body === 'object'
        ? [body]
        : [paramsOf(search)];
    return this.admit(operations.some((params) => this.expensive(params)));
  }

  private expensive(params: GraphQLParams | null | undefined): boolean {
    const { heavyFields, heavySourceBytes } = this.control.settings;
    const query = typeof params?.query === 'string' ? params.query : undefined;
    const persisted = params?.extensions?.persistedQuery?.sha256Hash;
    const hash = query !== undefined ? sha256(query) : typeof persisted === 'string' ? persisted : undefined;
    const fields = hash === undefined ? undefined : this.knowledge.fieldsOf(hash);
    if (fields !== undefined) return fields > heavyFields;
    return (query?.length ?? 0) > heavySourceBytes;
  }

  private async admit(expensive: boolean): Promise<boolean> {
    if (!expensive || this.release || !this.control.enabled) return true;
    const turn = await this.control.acquire(clientOf(this.req));
    if (typeof turn !== 'function') {
      refuse(this.res, turn);
      return false;
    }
    // The caller hung up while it waited: give the turn straight back, do nothing for it.
    if (this.res.closed) {
      turn();
      return false;
    }
    this.release = turn;
    this.res.once('close', turn);
    // Let the I/O that came in meanwhile (a /healthz, a cheap query) run before this request's work.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return true;
  }
}

function paramsOf(search: string): GraphQLParams {
  const params = new URLSearchParams(search);
  const extensions = params.get('extensions');
  let parsed: GraphQLParams['extensions'];
  try {
    parsed = extensions ? (JSON.parse(extensions) as GraphQLParams['extensions']) : undefined;
  } catch {
    parsed = undefined; // Apollo answers the malformed parameter itself
  }
  return { query: params.get('query') ?? undefined, extensions: parsed };
}

/** 503 SERVER_BUSY with Retry-After, in the GraphQL error shape. */
function refuse(res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent) return;
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': String(refusal.retryAfterSeconds),
  });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: refusal.message,
          extensions: { code: 'SERVER_BUSY', reason: refusal.reason, retryAfterSeconds: refusal.retryAfterSeconds },
        },
      ],
    }),
  );
}

export interface Admission {
  control: AdmissionControl;
  /** The admission of one HTTP request to /graphql. */
  request(req: IncomingMessage, res: ServerResponse): RequestAdmission;
  /** Stops the event-loop sampler. */
  close(): void;
}

/** Admission control of one gateway, weighing documents by what `knowledge` (its DocumentGate) has judged. */
export function createAdmission(
  settings: AdmissionSettings,
  knowledge: DocumentKnowledge,
  registry?: Registry,
): Admission {
  const load = new EventLoopLoad();
  if (settings.heavyConcurrency > 0 && (settings.maxEventLoopDelayMs > 0 || settings.maxEventLoopBusyPercent > 0))
    load.start();
  const control = new AdmissionControl(settings, {
    delay: () => load.recent(),
    busyPercent: () => load.busyPercent(),
    registry,
  });
  if (registry) {
    new Gauge({
      name: 'usergraph_event_loop_utilization',
      help: 'Share of the last 100 ms the event loop was busy (0 to 1), as admission control sees it; 0 while it does not sample.',
      registers: [registry],
      collect() {
        this.set(load.busyPercent() / 100);
      },
    });
  }
  return {
    control,
    request: (req, res) => new RequestAdmission(control, knowledge, req, res),
    close: () => {
      load.stop();
      control.close();
    },
  };
}
