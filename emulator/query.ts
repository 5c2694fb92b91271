/**
 * Query-string parameters as the Users API reads them: array parameters are repeated keys (collection
 * format "multi"), comma-separated values are accepted too; integers, booleans and enums are validated
 * with 400 invalid.query.param.value. Also the paged listing shape with relative URIs (docs/upstream-api.md#paging).
 */
import { badQueryParam } from './errors.js';

export class Query {
  readonly pairs: ReadonlyArray<readonly [string, string]>;

  constructor(search: URLSearchParams) {
    this.pairs = [...search.entries()];
  }

  has(name: string): boolean {
    return this.pairs.some(([k]) => k === name);
  }

  /** Every value of a repeated key, comma-separated values split, blanks dropped. */
  all(name: string): string[] {
    const out: string[] = [];
    for (const [k, v] of this.pairs) {
      if (k !== name) continue;
      for (const part of v.split(',')) {
        const t = part.trim();
        if (t !== '') out.push(t);
      }
    }
    return out;
  }

  /** The single value of a key (the last one when repeated), undefined when absent or blank. */
  one(name: string): string | undefined {
    let value: string | undefined;
    for (const [k, v] of this.pairs) if (k === name) value = v;
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  int(name: string, def: number, min: number, max: number): number {
    const raw = this.one(name);
    if (raw === undefined) return def;
    if (!/^-?\d+$/.test(raw)) throw badQueryParam(name, raw, `an integer between ${min} and ${max}`);
    const n = Number(raw);
    if (n < min || n > max) throw badQueryParam(name, raw, `an integer between ${min} and ${max}`);
    return n;
  }

  bool(name: string, def: boolean): boolean {
    const raw = this.one(name);
    if (raw === undefined) return def;
    const v = raw.toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw badQueryParam(name, raw, 'true, false');
  }

  /** One value from an allowed set; matching is case-insensitive and returns the canonical spelling. */
  enumOne<T extends string>(name: string, allowed: readonly T[], def: T): T {
    const raw = this.one(name);
    if (raw === undefined) return def;
    const hit = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (!hit) throw badQueryParam(name, raw, allowed.join(', '));
    return hit;
  }

  /** The `expand` values (repeated or comma-separated), each checked against the allowed list (exact case). */
  expand(allowed: readonly string[], name = 'expand'): Set<string> {
    const out = new Set<string>();
    for (const v of this.all(name)) {
      if (!allowed.includes(v)) throw badQueryParam(name, v, allowed.join(', '));
      out.add(v);
    }
    return out;
  }

  /** The query string without the paging keys, in arrival order, for building listing URIs. */
  rest(): string {
    return this.pairs
      .filter(([k]) => k !== 'pageSize' && k !== 'pageNumber')
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
  }
}

export interface Paging {
  pageSize: number;
  pageNumber: number;
}

/** pageSize (default 25, 1..cap) and pageNumber (default 1, >= 1). */
export function paging(q: Query, cap: number): Paging {
  return {
    pageSize: q.int('pageSize', 25, 1, cap),
    pageNumber: q.int('pageNumber', 1, 1, Number.MAX_SAFE_INTEGER),
  };
}

export interface Listing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  nextUri?: string;
  previousUri?: string;
  lastUri: string;
}

/** Slices `all` into the requested page and builds the listing with relative URIs. */
export function listing<S, T>(all: readonly S[], p: Paging, path: string, q: Query, map: (s: S) => T): Listing<T> {
  const total = all.length;
  const pageCount = Math.ceil(total / p.pageSize);
  const start = (p.pageNumber - 1) * p.pageSize;
  const entities = all.slice(start, start + p.pageSize).map(map);
  const rest = q.rest();
  const uri = (n: number): string => `${path}?pageSize=${p.pageSize}&pageNumber=${n}${rest ? `&${rest}` : ''}`;
  const out: Listing<T> = {
    entities,
    pageSize: p.pageSize,
    pageNumber: p.pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(p.pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
  };
  if (p.pageNumber > 1) out.previousUri = uri(Math.min(p.pageNumber - 1, Math.max(1, pageCount)));
  if (p.pageNumber < pageCount) out.nextUri = uri(p.pageNumber + 1);
  return out;
}

/** sortOrder: ascending/descending as documented, ASC/DESC (the documented default's spelling) accepted too. */
export function sortOrder(q: Query): 'ascending' | 'descending' {
  const raw = q.one('sortOrder');
  if (raw === undefined) return 'ascending';
  const v = raw.toLowerCase();
  if (v === 'ascending' || v === 'asc') return 'ascending';
  if (v === 'descending' || v === 'desc') return 'descending';
  throw badQueryParam('sortOrder', raw, 'ascending, descending');
}
