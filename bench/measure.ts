/** Measuring: upstream calls and their rounds, latency percentiles, closed-loop throughput. */
import http from 'node:http';
import type { UpstreamCallEvent } from '../src/genesys/client.js';

export interface CallSpan {
  route: string;
  start: number;
  end: number;
}

/**
 * Every upstream call the servers make, with the time it was issued and answered (from the client's
 * `onCall` event: it fires when the call ends and carries its duration). Requests run one at a time
 * while it records, so what it holds between two resets belongs to one operation.
 */
export class CallRecorder {
  private spans: CallSpan[] = [];

  readonly record = (event: UpstreamCallEvent): void => {
    const end = performance.now();
    this.spans.push({ route: `${event.method} ${event.route}`, start: end - event.durationMs, end });
  };

  reset(): void {
    this.spans = [];
  }

  take(): CallSpan[] {
    const out = this.spans;
    this.spans = [];
    return out;
  }
}

/**
 * Sequential rounds: calls in order of issue; a call joins the current round when it was issued before
 * any call of that round had answered (so it cannot depend on them), else it opens the next round.
 * Meant for runs with upstream latency, where a dependent call starts a full latency after its cause.
 */
export function roundsOf(spans: readonly CallSpan[]): number {
  return roundSizes(spans).length;
}

/** The number of calls in each sequential round (see roundsOf), in order. */
export function roundSizes(spans: readonly CallSpan[]): number[] {
  const sizes: number[] = [];
  let firstAnswer = -Infinity;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start >= firstAnswer) {
      sizes.push(1);
      firstAnswer = span.end;
    } else {
      sizes[sizes.length - 1]++;
      firstAnswer = Math.min(firstAnswer, span.end);
    }
  }
  return sizes;
}

/** Time with at least one upstream call in flight (ms): what the calls themselves took, overlaps once. */
export function busyTime(spans: readonly CallSpan[]): number {
  let busy = 0;
  let until = -Infinity;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end <= until) continue;
    busy += span.end - Math.max(span.start, until);
    until = span.end;
  }
  return busy;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The most frequent value (the smallest among ties). */
export function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? NaN;
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message: string }>;
}

/**
 * The benchmark's keep-alive client. With `timeout` set, Node's agent honours the `Keep-Alive: timeout=N`
 * hint of each server and drops an idle socket a second before the server would close it; without it the
 * hint is ignored and a request could go out on a socket the server was closing (`socket hang up`).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 60_000 });

/**
 * A request on a reused keep-alive socket that the server closed as it was sent fails with ECONNRESET
 * before any answer: repeated once on a fresh socket (the retry Node's documentation gives for exactly
 * this race, `request.reusedSocket`). Any other failure, and a second one, is an error of the run.
 */
function onceMore<T>(send: () => Promise<T>): Promise<T> {
  return send().catch((err: unknown) => {
    if ((err as { reusedSocket?: boolean }).reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET') {
      repeatedRequests++;
      return send();
    }
    throw err;
  });
}

let repeatedRequests = 0;
/** Requests repeated so far after a reset on a reused socket (reported, so a racy run shows). */
export const repeatedSoFar = (): number => repeatedRequests;

/** Tags a request's error with whether it went out on a reused socket. */
function tagged(request: http.ClientRequest, reject: (err: unknown) => void): (err: Error) => void {
  return (err) => reject(Object.assign(err, { reusedSocket: request.reusedSocket }));
}

/** One replayed upstream call: what the emulator logged of a call the gateway made. */
export interface ReplayCall {
  method: string;
  path: string;
  query: Record<string, string[]>;
  body?: unknown;
}

/**
 * One upstream call as a bare keep-alive client makes it (node:http, body read and parsed, nothing
 * else): the physical floor of that call on this machine.
 */
export function bareCall(baseUrl: string, call: ReplayCall): Promise<unknown> {
  const search = new URLSearchParams();
  for (const [key, values] of Object.entries(call.query)) for (const v of values) search.append(key, v);
  const qs = search.toString();
  const url = `${baseUrl}${call.path}${qs ? `?${qs}` : ''}`;
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
  return onceMore(
    () =>
      new Promise((resolve, reject) => {
        const request = http.request(
          url,
          {
            method: call.method,
            agent,
            headers: {
              authorization: 'Bearer bench',
              accept: 'application/json',
              ...(payload === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if ((response.statusCode ?? 0) >= 300)
                return reject(new Error(`replay ${call.method} ${call.path}: HTTP ${response.statusCode}`));
              resolve(text === '' ? undefined : (JSON.parse(text) as unknown));
            });
            response.on('error', reject);
          },
        );
        request.on('error', tagged(request, reject));
        request.end(payload);
      }),
  );
}

/** An operation's upstream calls replayed round by round: each round's calls at once, the next when all answered. */
export async function bareReplay(baseUrl: string, rounds: readonly (readonly ReplayCall[])[]): Promise<void> {
  for (const round of rounds) await Promise.all(round.map((call) => bareCall(baseUrl, call)));
}

/**
 * One GraphQL POST over a keep-alive connection (node:http: less client overhead than fetch, so the
 * timings are the server's); throws on an HTTP error or GraphQL errors, so no failed run is timed.
 */
export function execute(url: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const payload = JSON.stringify({ query, variables });
  return onceMore(() => post(url, payload));
}

function post(url: string, payload: string): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: 'Bearer bench',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: GraphQLResponse;
          try {
            body = JSON.parse(text) as GraphQLResponse;
          } catch {
            return reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
          }
          if (response.statusCode !== 200 || body.errors?.length) {
            return reject(
              new Error(
                `HTTP ${response.statusCode}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`,
              ),
            );
          }
          resolve(body);
        });
        response.on('error', reject);
      },
    );
    request.on('error', tagged(request, reject));
    request.end(payload);
  });
}

/** Latencies (ms) of `runs` sequential requests, after `warmup` untimed ones; hooks around each timed one. */
export async function latencies(
  run: () => Promise<unknown>,
  runs: number,
  warmup: number,
  before?: () => void,
  after?: (ms: number) => void,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t = performance.now();
    await run();
    const ms = performance.now() - t;
    out.push(ms);
    after?.(ms);
  }
  return out;
}

/** Requests per second with `concurrency` clients, each sending its next request when the last answers. */
export async function throughput(
  run: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  const started = performance.now();
  const deadline = started + durationMs;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await run();
        done++;
      }
    }),
  );
  return (done * 1000) / (performance.now() - started);
}
