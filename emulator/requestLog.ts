/**
 * The request counter: every API request that passed authentication (and every POST /oauth/token), keyed by
 * "METHOD <route template>" from operations.ts. Control endpoints are never counted. The log keeps the most
 * recent 100,000 entries (counts and total stay exact; `dropped` says how many entries were evicted).
 */

export interface RequestLogEntry {
  method: string;
  /** The seed's route template (e.g. /api/v2/users/{userId}/roles), `/oauth/token`, or the raw path when no route matched. */
  route: string;
  path: string;
  query: Record<string, string[]>;
  /** Final HTTP status; 0 when the connection was reset by fault injection (or the client went away). */
  status: number;
  /** A short stable hash of the bearer token (never the token itself). */
  token?: string;
  /** The parsed JSON request body, passwords redacted. */
  body?: unknown;
  correlationId: string;
}

export interface RequestLogSnapshot {
  total: number;
  counts: Record<string, number>;
  log: RequestLogEntry[];
  dropped: number;
}

const MAX_LOG = 100_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private countMap = new Map<string, number>();
  private totalCount = 0;
  private droppedCount = 0;

  add(entry: RequestLogEntry): RequestLogEntry {
    this.totalCount++;
    const key = `${entry.method} ${entry.route}`;
    this.countMap.set(key, (this.countMap.get(key) ?? 0) + 1);
    this.entries.push(entry);
    if (this.entries.length > MAX_LOG) {
      const excess = this.entries.length - MAX_LOG;
      this.entries.splice(0, excess);
      this.droppedCount += excess;
    }
    return entry;
  }

  /** "METHOD route" -> number of requests. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.countMap.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  }

  /** Copies of the entries, in arrival order. */
  log(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e, query: { ...e.query } }));
  }

  total(): number {
    return this.totalCount;
  }

  /** How many requests of one operation, e.g. count('GET', '/api/v2/users'). */
  count(method: string, route: string): number {
    return this.countMap.get(`${method.toUpperCase()} ${route}`) ?? 0;
  }

  reset(): void {
    this.entries = [];
    this.countMap.clear();
    this.totalCount = 0;
    this.droppedCount = 0;
  }

  snapshot(): RequestLogSnapshot {
    return { total: this.totalCount, counts: this.counts(), log: this.log(), dropped: this.droppedCount };
  }
}

/** Replaces password-like fields anywhere in a JSON value. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = /password|secret/i.test(k) ? '[redacted]' : redact(v);
    }
    return out;
  }
  return value;
}
