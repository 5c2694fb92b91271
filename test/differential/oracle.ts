/**
 * The differential test's oracle: what the REST API answers for a field, fetched straight from the
 * emulator with the caller's token, and the comparison of a GraphQL answer with it, leaf by leaf.
 *
 * The REST answer of a field: the route its description wraps, with its arguments as query parameters
 * (same name, or the singular of a plural: `divisionIds` → `divisionId`) and path parameters, every page
 * for fields that read all pages; plus, for a field that also names an expand (`same data as
 * expand=authorization`), the user fetched with that expand; a field only read through an expand: the user
 * (or /me) fetched with it; a plain property: the parent's own REST object. A 404 is null (the schema's
 * contract for "does not exist").
 */
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { operationList, type OperationSpec } from '../../src/genesys/operations.js';
import { effectiveArgs, expandsOf, wrapsOf, type Sel, type Wraps } from './walk.js';

export interface RestAnswer {
  status: number;
  body: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** GET/POST against the emulator with a token, each distinct request once (cleared when the emulator's knobs change). */
export class Rest {
  private readonly cache = new Map<string, Promise<RestAnswer>>();
  calls = 0;

  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  clear(): void {
    this.cache.clear();
  }

  request(
    method: 'GET' | 'POST',
    path: string,
    query: Array<[string, string]> = [],
    body?: unknown,
  ): Promise<RestAnswer> {
    const qs = new URLSearchParams(query).toString();
    const url = `${this.base}${path}${qs ? `?${qs}` : ''}`;
    const key = `${method} ${url} ${body === undefined ? '' : JSON.stringify(body)}`;
    let answer = this.cache.get(key);
    if (!answer) {
      this.calls++;
      answer = fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: res.status === 204 ? undefined : await res.json() }));
      this.cache.set(key, answer);
    }
    return answer;
  }

  async user(id: string, expand: readonly string[] = []): Promise<Json | null> {
    const r = await this.request('GET', `/api/v2/users/${id}`, expand.length ? [['expand', expand.join(',')]] : []);
    return r.status === 200 ? (r.body as Json) : null;
  }
}

/** Where a field is read: the user it belongs to (if any) and the parent's REST object. */
export interface Parent {
  userId?: string;
  rest?: unknown;
}

const opOf = (method: string, route: string): OperationSpec | undefined =>
  operationList.find((op) => op.method === method && op.route === route);

const hasSource = (field: GraphQLField<unknown, unknown>): boolean =>
  wrapsOf(field, {}) !== undefined ||
  /With \w+: Wraps/.test(field.description ?? '') ||
  expandsOf(field).values.length > 0;

/**
 * Expand values of the route named like fields of the type it returns, or like `field.subfield` (a
 * profile's `expands { routingStatus authorization { unusedRoles } }`); none when the type's fields name
 * their own expands (UserMe) or for users (their fields are checked one by one).
 */
function impliedExpands(op: OperationSpec, type: GraphQLOutputType): string[] {
  const accepted = op.query.find((q) => q.name === 'expand')?.values ?? [];
  const root = getNamedType(type);
  if (!isObjectType(root) || root.name === 'User' || Object.values(root.getFields()).some(hasSource)) return [];
  const names = new Set<string>();
  const walk = (t: GraphQLOutputType, depth: number, parentName?: string): void => {
    const named = getNamedType(t);
    if (!isObjectType(named) || named.name === 'User' || depth > 4) return;
    for (const f of Object.values(named.getFields())) {
      names.add(f.name);
      if (parentName) names.add(`${parentName}.${f.name}`);
      walk(f.type, depth + 1, f.name);
    }
  };
  walk(type, 0);
  return accepted.filter((e) => names.has(e));
}

function paramsOf(op: OperationSpec, args: Json, consumed: Set<string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(args)) {
    if (consumed.has(name) || value === null || value === undefined || isObject(value)) continue;
    const param = op.query.find((q) => q.name === name) ?? op.query.find((q) => `${q.name}s` === name);
    if (!param) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push([param.name, String(v)]);
  }
  return out;
}

/** The REST answer of a route for a field's arguments in a parent. */
async function callRoute(
  rest: Rest,
  w: Wraps,
  field: GraphQLField<unknown, unknown>,
  args: Json,
  parent: Parent,
): Promise<RestAnswer> {
  const op = opOf(w.method, w.route);
  if (!op) throw new Error(`${field.name} wraps ${w.method} ${w.route}, which the operation table does not have`);
  const consumed = new Set<string>();
  const ownRef = isObject(parent.rest) ? parent.rest[field.name] : undefined;
  const singleUser = getNamedType(field.type).name === 'User' && !isListType(getNullableType(field.type));
  // A single user the parent only references (the manager): null when there is no reference.
  if (singleUser && isObject(parent.rest) && !isObject(ownRef)) return { status: 404, body: undefined };
  const path = w.route.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'userId') {
      if (singleUser && isObject(ownRef) && typeof ownRef.id === 'string') return ownRef.id;
      if (parent.userId) return parent.userId;
      consumed.add('id');
      return encodeURIComponent(String(args.id));
    }
    consumed.add(name);
    return encodeURIComponent(String(args[name]));
  });
  const query = paramsOf(op, args, consumed);
  // A Relay connection's window: `first` items of the first page (no `after` is generated).
  const window = typeof args.first === 'number' ? args.first : undefined;
  if (window !== undefined && op.query.some((q) => q.name === 'pageSize'))
    query.push(['pageSize', String(window)], ['pageNumber', '1']);
  const implied = impliedExpands(op, field.type);
  if (implied.length) {
    // The caller's request has no expand (its selection implies them): the page URIs are those without.
    const answer = await rest.request('GET', path, [...query, ['expand', implied.join(',')]]);
    return { ...answer, body: withoutExpandInUris(answer.body) };
  }
  if (w.method === 'POST') {
    const input = withoutNulls(Object.values(args).find(isObject) ?? {}) as Json;
    return rest.request(
      'POST',
      path,
      query,
      window === undefined ? input : { ...input, pageSize: window, pageNumber: 1 },
    );
  }
  if (!w.allPages) return rest.request('GET', path, query);
  const entities: unknown[] = [];
  const base = query.filter(([k]) => k !== 'pageSize' && k !== 'pageNumber');
  const first = await rest.request('GET', path, [...base, ['pageSize', '100'], ['pageNumber', '1']]);
  if (first.status !== 200) return first;
  const pageOf = (r: RestAnswer) => r.body as { entities?: unknown[]; pageCount?: number };
  entities.push(...(pageOf(first).entities ?? []));
  for (let n = 2; n <= (pageOf(first).pageCount ?? 1); n++) {
    const page = await rest.request('GET', path, [...base, ['pageSize', '100'], ['pageNumber', String(n)]]);
    if (page.status !== 200) return page;
    entities.push(...(pageOf(page).entities ?? []));
  }
  return { status: 200, body: entities };
}

/** A Relay connection type (edges, nodes, pageInfo). */
function isConnection(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && ['edges', 'pageInfo'].every((f) => f in named.getFields());
}

/**
 * The REST answer as the connection of its first `first` items: a listing page (entities or search
 * results, with its total and page count), or a whole list the window is cut from.
 */
function asConnection(body: unknown, first: unknown): Json {
  const size = typeof first === 'number' ? first : Number.MAX_SAFE_INTEGER;
  let nodes: unknown[];
  let total: unknown;
  let more: boolean;
  if (Array.isArray(body)) {
    nodes = body.slice(0, size);
    total = body.length;
    more = body.length > size;
  } else {
    const page = (isObject(body) ? body : {}) as {
      entities?: unknown[];
      results?: unknown[];
      total?: number;
      pageCount?: number;
      pageNumber?: number;
    };
    nodes = page.entities ?? page.results ?? [];
    total = page.total;
    more = (page.pageNumber ?? 1) < (page.pageCount ?? 1);
  }
  return {
    nodes,
    edges: nodes.map((node) => ({ node })),
    totalCount: total,
    pageInfo: { hasNextPage: more, hasPreviousPage: false },
  };
}

/**
 * A bulk read by id answered for fields that return the objects themselves (`node(id:)`, `nodes(ids:)`):
 * the entity of each id asked for, in the order asked, null where the listing has none.
 */
function byIds(type: GraphQLOutputType, body: unknown, args: Json): unknown {
  const named = getNamedType(type);
  const entities = isObject(body) ? body.entities : undefined;
  if (!Array.isArray(entities) || (isObjectType(named) && 'entities' in named.getFields())) return body;
  const find = (id: unknown) => (entities as Json[]).find((e) => e.id === id) ?? null;
  if (Array.isArray(args.ids)) return args.ids.map(find);
  return find(args.id);
}

function withoutExpandInUris(body: unknown): unknown {
  if (!isObject(body)) return body;
  const out: Json = { ...body };
  for (const key of ['firstUri', 'nextUri', 'previousUri', 'lastUri', 'selfUri']) {
    const uri = out[key];
    if (typeof uri !== 'string' || !uri.includes('?')) continue;
    const [path, query] = uri.split('?');
    const kept = query.split('&').filter((pair) => pair.split('=')[0] !== 'expand');
    out[key] = kept.length ? `${path}?${kept.join('&')}` : path;
  }
  return out;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  return value;
}

/** What the API says a field is, for its arguments, in its parent; `undefined` status when read from the parent. */
async function expectedOf(
  rest: Rest,
  field: GraphQLField<unknown, unknown>,
  given: Json,
  parent: Parent,
): Promise<unknown> {
  const args = effectiveArgs(field, given);
  const w = wrapsOf(field, args);
  const ex = expandsOf(field);
  if (w) {
    const answer = await callRoute(rest, w, field, args, parent);
    if (answer.status !== 200) return null;
    let value = isConnection(field.type) ? asConnection(answer.body, args.first) : byIds(field.type, answer.body, args);
    if (ex.values.length && parent.userId && isObject(value)) {
      const viaExpand = (await rest.user(parent.userId, ex.values))?.[field.name];
      if (isObject(viaExpand)) value = { ...viaExpand, ...value };
    }
    return value;
  }
  if (ex.values.length && (parent.userId || ex.onMe)) {
    const source = ex.onMe
      ? await rest.request('GET', '/api/v2/users/me', [['expand', ex.values.join(',')]])
      : { status: 200, body: await rest.user(parent.userId!, ex.values) };
    return isObject(source.body) ? source.body[field.name] : null;
  }
  return isObject(parent.rest) ? parent.rest[field.name] : undefined;
}

export interface Tally {
  checks: number;
  matched: number;
  leaves: number;
  mismatches: string[];
}

export const newTally = (): Tally => ({ checks: 0, matched: 0, leaves: 0, mismatches: [] });

/** A URI with a query: its path and its parameters in a canonical order (the gateway's parameter order is its own). */
function canonicalUri(v: string): string {
  const i = v.indexOf('?');
  if (!v.startsWith('/api/v2/') || i < 0) return v;
  // Repeated or comma-separated, in any order: the API reads `expand=a&expand=b` as `expand=b,a`.
  const pairs = [...new URLSearchParams(v.slice(i + 1))].flatMap(([k, x]) =>
    x.split(',').map((p): [string, string] => [k, p]),
  );
  const params = pairs.sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return `${v.slice(0, i)}?${new URLSearchParams(params).toString()}`;
}

function sameLeaf(gql: unknown, api: unknown): boolean {
  if (gql === null || gql === undefined) return api === null || api === undefined;
  if (typeof gql === 'string' && typeof api === 'string') {
    if (gql === api || canonicalUri(gql) === canonicalUri(api)) return true;
    const [a, b] = [Date.parse(gql), Date.parse(api)];
    if (!/^\d{4}-\d\d-\d\dT/.test(gql) || Number.isNaN(a) || Number.isNaN(b)) return false;
    // Equal instants; or two reads of the server clock (`date`), a moment apart.
    const now = Date.now();
    return a === b || (Math.abs(a - b) < 5_000 && Math.abs(now - a) < 120_000 && Math.abs(now - b) < 120_000);
  }
  if (typeof gql === 'number' && typeof api === 'string') return String(gql) === api; // a string-typed integer upstream
  return JSON.stringify(sortKeys(gql)) === JSON.stringify(sortKeys(api));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

const preview = (v: unknown): string => {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/**
 * Compares one GraphQL value with the REST one through a selection; returns the leaf mismatches. A child
 * field with its own source (a route or an expand) is compared with that source, not with its parent's.
 */
async function compareValue(
  rest: Rest,
  sels: readonly Sel[] | undefined,
  type: GraphQLOutputType,
  gql: unknown,
  api: unknown,
  parent: Parent,
  where: string,
  tally: Tally,
  out: string[],
): Promise<void> {
  const nullable = getNullableType(type);
  if (gql === null || gql === undefined) {
    tally.leaves++;
    if (api !== null && api !== undefined) {
      out.push(`${where}: gateway null, API ${preview(api)}`);
    }
    return;
  }
  if (isListType(nullable)) {
    const list = gql as unknown[];
    if (!Array.isArray(api)) {
      tally.leaves++;
      // A non-null list the upstream omits is [] by the schema's own words ("empty when the upstream omits the field").
      if (!(api === undefined && list.length === 0 && isNonNullType(type)))
        out.push(`${where}: gateway ${preview(list)}, API ${preview(api)}`);
      return;
    }
    if (list.length !== api.length) {
      tally.leaves++;
      out.push(`${where}: gateway ${list.length} items, API ${api.length}`);
      return;
    }
    for (let i = 0; i < list.length; i++) {
      await compareValue(rest, sels, nullable.ofType, list[i], api[i], parent, `${where}[${i}]`, tally, out);
    }
    return;
  }
  const named = getNamedType(type);
  if (isLeafType(named) || sels === undefined) {
    tally.leaves++;
    if (!sameLeaf(gql, api)) out.push(`${where}: gateway ${preview(gql)}, API ${preview(api)}`);
    return;
  }
  const obj = gql as Json;
  let apiObj = isObject(api) ? api : undefined;
  // A user the API embeds as a reference ({ id, selfUri }): the gateway resolves it; the API's user is its own read.
  if (named.name === 'User' && apiObj && typeof apiObj.id === 'string' && apiObj.name === undefined) {
    apiObj = (await rest.user(apiObj.id)) ?? apiObj;
  }
  // The user an object belongs to: a user itself, or an object the API files under one (a profile: /api/v2/users/{id}/profile).
  const ownUser =
    typeof obj.id === 'string' &&
    (named.name === 'User' ||
      (typeof apiObj?.selfUri === 'string' && apiObj.selfUri.startsWith(`/api/v2/users/${obj.id}/`)));
  const here: Parent = { userId: ownUser ? (obj.id as string) : parent.userId, rest: apiObj };
  for (const sel of sels) {
    if (sel.derived) continue;
    const childApi = sel.sameAsParent
      ? apiObj
      : hasSource(sel.field)
        ? await expectedOf(rest, sel.field, sel.args, here)
        : renamed(sel, apiObj, parent.userId);
    await compareValue(
      rest,
      sel.children,
      sel.field.type,
      obj[sel.key],
      childApi,
      here,
      `${where}.${sel.key}`,
      tally,
      out,
    );
  }
}

/**
 * A property the schema names otherwise, as its description says: the upstream id under its own name
 * (`skillId`: "the upstream `id`"), or a per-user id built from it (`UserRoutingSkill:<userId>:<skillId>`).
 */
function renamed(sel: Sel, api: Json | undefined, userId: string | undefined): unknown {
  const text = sel.field.description ?? '';
  if (/\(the upstream `id`\)/.test(text)) return api?.id;
  const perUser = /\(`(\w+):<userId>:<\w+>`\)/.exec(text);
  if (perUser && sel.field.name === 'id')
    return api?.id === undefined || !userId ? api?.id : `${perUser[1]}:${userId}:${api.id as string}`;
  return api?.[sel.field.name];
}

/** One check: a selected field of a parent against the API; counted in the tally. */
export async function check(
  rest: Rest,
  sel: Sel,
  gql: unknown,
  parent: Parent,
  where: string,
  tally: Tally,
): Promise<void> {
  const api = await expectedOf(rest, sel.field, sel.args, parent);
  const out: string[] = [];
  const childParent: Parent = { userId: parent.userId, rest: parent.rest };
  if (sel.children === undefined) {
    tally.leaves++;
    if (!sameLeaf(gql, api)) out.push(`${where}: gateway ${preview(gql)}, API ${preview(api)}`);
  } else {
    await compareValue(rest, sel.children, sel.field.type, gql, api, childParent, where, tally, out);
  }
  tally.checks++;
  if (out.length === 0) tally.matched++;
  else tally.mismatches.push(...out);
}
