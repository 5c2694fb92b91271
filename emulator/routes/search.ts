/**
 * Users search: POST /api/v2/users/search (UserSearchRequest) and GET /api/v2/users/search?q64=… (replay).
 *
 * Semantics (docs/upstream-api.md#search; the rest inferred):
 * - top-level criteria are ANDed; each criterion's `operator` says how it combines with its siblings:
 *   AND (default) must match, NOT must not match, and when any OR criteria exist at least one must match;
 *   `group` nests a list with the same rule (a criterion with a type and a group needs both to match);
 * - a criterion with several `fields` matches when any field matches; several values match when any does;
 * - text matching is case-insensitive; TERM/TERMS match whole words, STARTS_WITH matches the start of the
 *   value or of any word, CONTAINS any substring, EXACT the whole value, REGEX the whole value (anchored);
 * - range types compare numbers, then ISO dates, then strings;
 * - deleted users are only returned when some criterion mentions the `state` field;
 * - default order is by name ascending (SCORE falls back to it); pageSize <= 100.
 * The q64 value is base64(gzip(JSON of the request with that page)), URL-encoded in the page URIs.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { User, UserSearchCriteria, UserSearchRequest, UsersSearchResponse } from '../../src/genesys/models.js';
import { SEARCH_EXPANDS } from '../../src/genesys/operations.js';
import { ok, type Handler } from '../context.js';
import { ApiError, badQueryParam } from '../errors.js';
import { renderUser } from '../render.js';
import { compareByName, type EmulatorStore, type UserRecord } from '../store.js';
import { Checker, isObject, objectBody } from '../validate.js';

const SEARCH_TYPES = [
  'EXACT',
  'STARTS_WITH',
  'CONTAINS',
  'REGEX',
  'TERM',
  'TERMS',
  'REQUIRED_FIELDS',
  'MATCH_ALL',
  'QUERY_STRING',
  'RANGE',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
] as const;
type SearchType = (typeof SEARCH_TYPES)[number];
const SEARCH_PATH = '/api/v2/users/search';
const MAX_PAGE_SIZE = 100;
const DEFAULT_QUERY_FIELDS = ['name', 'email', 'username', 'title', 'department'];

type FieldGetter = (store: EmulatorStore, u: UserRecord) => string[];
const one = (v: string | number | boolean | undefined): string[] => (v === undefined || v === '' ? [] : [String(v)]);

/** The searchable fields and how to read them from a user. */
const SEARCH_FIELDS: Record<string, FieldGetter> = {
  id: (_s, u) => [u.id],
  name: (_s, u) => [u.name],
  email: (_s, u) => [u.email],
  username: (_s, u) => [u.username],
  title: (_s, u) => one(u.title),
  department: (_s, u) => one(u.department),
  state: (_s, u) => [u.state],
  preferredName: (_s, u) => one(u.preferredName),
  version: (_s, u) => [String(u.version)],
  acdAutoAnswer: (_s, u) => [String(u.acdAutoAnswer)],
  'manager.id': (_s, u) => one(u.managerId),
  'division.id': (_s, u) => [u.divisionId],
  'division.name': (s, u) => one(s.divisions.get(u.divisionId)?.name),
  'chat.jabberId': (_s, u) => [u.jabberId],
  addresses: (_s, u) =>
    u.addresses
      ? u.addresses.flatMap((c) => [...one(c.address), ...one(c.extension)])
      : [...one(u.phone), ...one(u.extension)],
  'addresses.address': (_s, u) => (u.addresses ? u.addresses.flatMap((c) => one(c.address)) : one(u.phone)),
  'addresses.extension': (_s, u) => (u.addresses ? u.addresses.flatMap((c) => one(c.extension)) : one(u.extension)),
  'primaryContactInfo.address': (_s, u) => [
    u.email,
    ...(u.addresses ? u.addresses.flatMap((c) => one(c.address)) : one(u.phone)),
  ],
  dateCreated: (_s, u) => [u.dateCreated],
  dateModified: (_s, u) => [u.dateModified],
  dateLastLogin: (_s, u) => one(u.dateLastLogin),
  dateWelcomeSent: (_s, u) => one(u.dateWelcomeSent),
  languagePreference: (_s, u) => [u.languagePreference],
  profileSkills: (s, u) => [...s.sub(u).profileSkills],
  certifications: (_s, u) => [...(u.certifications ?? [])],
  routingSkills: (s, u) => [...s.sub(u).skills.keys()].map((id) => s.skills.get(id)?.name ?? ''),
  'routingSkills.name': (s, u) => [...s.sub(u).skills.keys()].map((id) => s.skills.get(id)?.name ?? ''),
  'routingSkills.id': (s, u) => [...s.sub(u).skills.keys()],
  skills: (s, u) => [...s.sub(u).skills.keys()].map((id) => s.skills.get(id)?.name ?? ''),
  'skills.name': (s, u) => [...s.sub(u).skills.keys()].map((id) => s.skills.get(id)?.name ?? ''),
  'skills.id': (s, u) => [...s.sub(u).skills.keys()],
  languages: (s, u) => [...s.sub(u).languages.keys()].map((id) => s.languages.get(id)?.name ?? ''),
  'languages.name': (s, u) => [...s.sub(u).languages.keys()].map((id) => s.languages.get(id)?.name ?? ''),
  'languages.id': (s, u) => [...s.sub(u).languages.keys()],
  routingLanguages: (s, u) => [...s.sub(u).languages.keys()].map((id) => s.languages.get(id)?.name ?? ''),
  'routingLanguages.name': (s, u) => [...s.sub(u).languages.keys()].map((id) => s.languages.get(id)?.name ?? ''),
  'routingLanguages.id': (s, u) => [...s.sub(u).languages.keys()],
  'groups.id': (_s, u) => [...u.groupIds],
  'groups.name': (s, u) => u.groupIds.map((g) => s.groups.get(g)?.name ?? ''),
  'locations.id': (s, u) => s.sub(u).locations.map((l) => l.id),
  'locations.name': (s, u) => s.sub(u).locations.map((l) => s.locations.get(l.id)?.name ?? ''),
  'team.id': (_s, u) => one(u.teamId),
  'team.name': (s, u) => one(u.teamId ? s.teams.get(u.teamId)?.name : undefined),
  'employerInfo.employeeId': (_s, u) => one(u.employerInfo?.employeeId),
  'employerInfo.employeeType': (_s, u) => one(u.employerInfo?.employeeType),
  'employerInfo.officialName': (_s, u) => one(u.employerInfo?.officialName),
  'routingStatus.status': (s, u) => [s.sub(u).routingStatus.status],
  'presence.presenceDefinition.systemPresence': (s, u) =>
    one(s.presenceDefs.get(s.sub(u).presence.definitionId)?.systemPresence),
};

function words(v: string): string[] {
  return v
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function compareValues(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  const da = /^\d{4}-\d{2}-\d{2}/.test(a) ? Date.parse(a) : Number.NaN;
  const db = /^\d{4}-\d{2}-\d{2}/.test(b) ? Date.parse(b) : Number.NaN;
  if (!Number.isNaN(da) && !Number.isNaN(db)) return da - db;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function wildcard(pattern: string): RegExp {
  const esc = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${esc}$`);
}

interface CompiledTerm {
  field?: string;
  pattern?: RegExp;
  phrase?: string;
  negate: boolean;
}

/** A small subset of the Lucene query string syntax: words, "phrases", field:value, *, ?, -negation, OR. */
function compileQueryString(q: string): CompiledTerm[][] {
  const tokens = q.match(/[-+]?(?:[\w.]+:)?(?:"[^"]*"|\S+)/g) ?? [];
  const groups: CompiledTerm[][] = [[]];
  for (const raw of tokens) {
    if (raw === 'OR' || raw === '||') {
      groups.push([]);
      continue;
    }
    if (raw === 'AND' || raw === '&&') continue;
    let t = raw;
    let negate = false;
    if (t.startsWith('-') || t.startsWith('+')) {
      negate = t.startsWith('-');
      t = t.slice(1);
    }
    let field: string | undefined;
    const m = /^([\w.]+):(.*)$/.exec(t);
    if (m && !m[2].startsWith('//')) {
      field = m[1];
      t = m[2];
    }
    const term: CompiledTerm = { field, negate };
    if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) term.phrase = t.slice(1, -1).toLowerCase();
    else term.pattern = wildcard(t);
    groups[groups.length - 1].push(term);
  }
  return groups.filter((g) => g.length > 0);
}

function termMatches(values: string[], term: CompiledTerm): boolean {
  return values.some((v) => {
    const lv = v.toLowerCase();
    if (term.phrase !== undefined) return lv.includes(term.phrase);
    return term.pattern !== undefined && (term.pattern.test(lv) || words(v).some((w) => term.pattern?.test(w)));
  });
}

function valuesOf(c: UserSearchCriteria): string[] {
  const out: string[] = [];
  if (c.value !== undefined) out.push(c.value);
  if (c.values) out.push(...c.values);
  return out;
}

/** Does one criterion's own test (not its group) match the user? */
function typeMatches(
  store: EmulatorStore,
  u: UserRecord,
  c: UserSearchCriteria,
  regexes: Map<string, RegExp>,
): boolean {
  const type = c.type as SearchType;
  if (type === 'MATCH_ALL') return true;
  const fields = c.fields ?? [];
  const read = (f: string): string[] => SEARCH_FIELDS[f]?.(store, u) ?? [];
  if (type === 'REQUIRED_FIELDS') return fields.every((f) => read(f).some((v) => v !== ''));
  if (type === 'QUERY_STRING') {
    const groups = compileQueryString(valuesOf(c).join(' '));
    const defaults = fields.length > 0 ? fields : DEFAULT_QUERY_FIELDS;
    return groups.some((g) =>
      g.every((term) => {
        const vals = term.field ? read(term.field) : defaults.flatMap(read);
        return termMatches(vals, term) !== term.negate;
      }),
    );
  }
  const wanted = valuesOf(c);
  return fields.some((f) => {
    const vals = read(f);
    switch (type) {
      case 'EXACT':
        return vals.some((v) => wanted.some((w) => v.toLowerCase() === w.toLowerCase()));
      case 'STARTS_WITH':
        return vals.some((v) =>
          wanted.some((w) => {
            const lw = w.toLowerCase();
            return v.toLowerCase().startsWith(lw) || words(v).some((x) => x.startsWith(lw));
          }),
        );
      case 'CONTAINS':
        return vals.some((v) => wanted.some((w) => v.toLowerCase().includes(w.toLowerCase())));
      case 'TERM':
      case 'TERMS':
        return vals.some((v) =>
          wanted.some((w) => v.toLowerCase() === w.toLowerCase() || words(v).includes(w.toLowerCase())),
        );
      case 'REGEX':
        return vals.some((v) => wanted.some((w) => regexes.get(w)?.test(v) === true));
      case 'RANGE':
        return vals.some(
          (v) =>
            (c.startValue === undefined || compareValues(v, c.startValue) >= 0) &&
            (c.endValue === undefined || compareValues(v, c.endValue) <= 0),
        );
      case 'LESS_THAN':
        return vals.some((v) => wanted.some((w) => compareValues(v, w) < 0));
      case 'LESS_THAN_EQUAL_TO':
        return vals.some((v) => wanted.some((w) => compareValues(v, w) <= 0));
      case 'GREATER_THAN':
        return vals.some((v) => wanted.some((w) => compareValues(v, w) > 0));
      case 'GREATER_THAN_EQUAL_TO':
        return vals.some((v) => wanted.some((w) => compareValues(v, w) >= 0));
      default:
        return false;
    }
  });
}

function criterionMatches(
  store: EmulatorStore,
  u: UserRecord,
  c: UserSearchCriteria,
  regexes: Map<string, RegExp>,
): boolean {
  const own = c.type === undefined ? true : typeMatches(store, u, c, regexes);
  if (!own) return false;
  return c.group === undefined || c.group.length === 0 ? true : listMatches(store, u, c.group, regexes);
}

function listMatches(
  store: EmulatorStore,
  u: UserRecord,
  list: UserSearchCriteria[],
  regexes: Map<string, RegExp>,
): boolean {
  let anyOr = false;
  let orHit = false;
  for (const c of list) {
    const op = c.operator ?? 'AND';
    if (op === 'OR') {
      anyOr = true;
      if (!orHit && criterionMatches(store, u, c, regexes)) orHit = true;
      continue;
    }
    const hit = criterionMatches(store, u, c, regexes);
    if (op === 'AND' && !hit) return false;
    if (op === 'NOT' && hit) return false;
  }
  return !anyOr || orHit;
}

function mentionsState(list: UserSearchCriteria[]): boolean {
  return list.some(
    (c) => (c.fields ?? []).includes('state') || /\bstate:/.test(valuesOf(c).join(' ')) || mentionsState(c.group ?? []),
  );
}

/** Validates a criteria list recursively; returns it typed. Problems are added to `chk`. */
function checkCriteria(chk: Checker, raw: unknown[], path: string, regexes: Map<string, RegExp>): UserSearchCriteria[] {
  const out: UserSearchCriteria[] = [];
  raw.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(item)) return chk.invalid(p, item, 'a UserSearchCriteria object');
    const c = chk.child(item, p, 'UserSearchCriteria');
    c.onlyFields(['endValue', 'values', 'startValue', 'value', 'operator', 'group', 'dateFormat', 'fields', 'type']);
    const groupRaw = c.array('group');
    const type = c.enumOf('type', SEARCH_TYPES, { required: groupRaw === undefined });
    const operator = c.enumOf('operator', ['AND', 'OR', 'NOT'] as const);
    const fields = c.stringArray('fields');
    const value = c.string('value');
    const values = c.stringArray('values');
    const startValue = c.string('startValue');
    const endValue = c.string('endValue');
    const dateFormat = c.string('dateFormat');
    for (const f of fields ?? []) {
      if (!(f in SEARCH_FIELDS)) c.invalid('fields', f, Object.keys(SEARCH_FIELDS).join(', '));
    }
    const hasValue = value !== undefined || (values !== undefined && values.length > 0);
    if (type && type !== 'MATCH_ALL' && type !== 'QUERY_STRING' && (fields === undefined || fields.length === 0))
      c.required('fields');
    if (
      type &&
      [
        'EXACT',
        'STARTS_WITH',
        'CONTAINS',
        'REGEX',
        'TERM',
        'TERMS',
        'QUERY_STRING',
        'LESS_THAN',
        'LESS_THAN_EQUAL_TO',
        'GREATER_THAN',
        'GREATER_THAN_EQUAL_TO',
      ].includes(type) &&
      !hasValue
    ) {
      c.required(type === 'TERMS' ? 'values' : 'value');
    }
    if (type === 'RANGE' && startValue === undefined && endValue === undefined) c.required('startValue');
    if (type === 'QUERY_STRING') {
      for (const t of compileQueryString([value ?? '', ...(values ?? [])].join(' '))) {
        for (const term of t)
          if (term.field !== undefined && !(term.field in SEARCH_FIELDS))
            c.invalid('value', term.field, Object.keys(SEARCH_FIELDS).join(', '));
      }
    }
    if (type === 'REGEX') {
      for (const v of [value, ...(values ?? [])]) {
        if (v === undefined) continue;
        try {
          regexes.set(v, new RegExp(`^(?:${v})$`, 'i'));
        } catch {
          c.invalid('value', v, 'a valid regular expression');
        }
      }
    }
    const crit: UserSearchCriteria = {};
    if (type !== undefined) crit.type = type;
    if (operator !== undefined) crit.operator = operator;
    if (fields !== undefined) crit.fields = fields;
    if (value !== undefined) crit.value = value;
    if (values !== undefined) crit.values = values;
    if (startValue !== undefined) crit.startValue = startValue;
    if (endValue !== undefined) crit.endValue = endValue;
    if (dateFormat !== undefined) crit.dateFormat = dateFormat;
    if (groupRaw !== undefined) crit.group = checkCriteria(chk, groupRaw, `${p}.group`, regexes);
    out.push(crit);
  });
  return out;
}

interface CheckedSearch {
  request: UserSearchRequest;
  regexes: Map<string, RegExp>;
}

function checkSearchRequest(body: unknown): CheckedSearch {
  const c = new Checker(objectBody(body, 'UserSearchRequest'), '', 'UserSearchRequest');
  c.onlyFields([
    'sortOrder',
    'sortBy',
    'pageSize',
    'pageNumber',
    'sort',
    'expand',
    'query',
    'integrationPresenceSource',
    'enforcePermissions',
  ]);
  const request: UserSearchRequest = {};
  const sortOrderV = c.enumOf('sortOrder', ['ASC', 'DESC', 'SCORE'] as const);
  const sortBy = c.string('sortBy');
  if (sortBy !== undefined && !(sortBy in SEARCH_FIELDS))
    c.invalid('sortBy', sortBy, Object.keys(SEARCH_FIELDS).join(', '));
  const pageSize = c.number('pageSize', { integer: true, min: 1, max: MAX_PAGE_SIZE });
  const pageNumber = c.number('pageNumber', { integer: true, min: 1 });
  const sortRaw = c.array('sort');
  const sort: NonNullable<UserSearchRequest['sort']> = [];
  sortRaw?.forEach((s, i) => {
    if (!isObject(s)) return c.invalid(`sort[${i}]`, s, 'a SearchSort object');
    const sc = c.child(s, `sort[${i}]`, 'SearchSort');
    sc.onlyFields(['sortOrder', 'sortBy']);
    const so = sc.enumOf('sortOrder', ['ASC', 'DESC', 'SCORE'] as const);
    const sb = sc.string('sortBy', { required: true });
    if (sb !== undefined && !(sb in SEARCH_FIELDS)) sc.invalid('sortBy', sb, Object.keys(SEARCH_FIELDS).join(', '));
    if (sb !== undefined) sort.push(so === undefined ? { sortBy: sb } : { sortBy: sb, sortOrder: so });
  });
  const expand = c.stringArray('expand');
  for (const e of expand ?? [])
    if (!(SEARCH_EXPANDS as readonly string[]).includes(e)) c.invalid('expand', e, SEARCH_EXPANDS.join(', '));
  const ips = c.enumOf('integrationPresenceSource', [
    'MicrosoftTeams',
    'ZoomPhone',
    'EightByEight',
    'RingCentral',
  ] as const);
  const enforce = c.bool('enforcePermissions');
  const queryRaw = c.array('query');
  const regexes = new Map<string, RegExp>();
  const query = queryRaw ? checkCriteria(c, queryRaw, 'query', regexes) : undefined;
  c.done();
  if (sortOrderV !== undefined) request.sortOrder = sortOrderV;
  if (sortBy !== undefined) request.sortBy = sortBy;
  request.pageSize = pageSize ?? 25;
  request.pageNumber = pageNumber ?? 1;
  if (sortRaw !== undefined) request.sort = sort;
  if (expand !== undefined) request.expand = expand;
  if (query !== undefined) request.query = query;
  if (ips !== undefined) request.integrationPresenceSource = ips;
  if (enforce !== undefined) request.enforcePermissions = enforce;
  return { request, regexes };
}

export function encodeQ64(request: UserSearchRequest): string {
  return gzipSync(Buffer.from(JSON.stringify(request), 'utf8')).toString('base64');
}

export function decodeQ64(q64: string): unknown {
  const normalised = q64.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(normalised)) throw new Error('not base64');
  return JSON.parse(gunzipSync(Buffer.from(normalised, 'base64')).toString('utf8'));
}

function runSearch(store: EmulatorStore, { request, regexes }: CheckedSearch): UsersSearchResponse {
  const criteria = request.query ?? [];
  const includeDeleted = mentionsState(criteria);
  let hits = store
    .sortedUsers()
    .filter((u) => (includeDeleted || u.state !== 'deleted') && listMatches(store, u, criteria, regexes));
  const keys =
    request.sort && request.sort.length > 0
      ? request.sort
      : request.sortBy
        ? [{ sortBy: request.sortBy, sortOrder: request.sortOrder }]
        : [];
  const effective = keys.filter((k) => k.sortBy !== undefined && k.sortOrder !== 'SCORE');
  if (effective.length > 0) {
    hits = hits.slice().sort((a, b) => {
      for (const k of effective) {
        const get = SEARCH_FIELDS[k.sortBy ?? 'name'];
        const av = get(store, a)[0] ?? '';
        const bv = get(store, b)[0] ?? '';
        const cmp = compareValues(av, bv);
        if (cmp !== 0) return k.sortOrder === 'DESC' ? -cmp : cmp;
      }
      return compareByName(a, b);
    });
  } else if (request.sortOrder === 'DESC') {
    hits = hits.slice().reverse();
  }
  const pageSize = request.pageSize ?? 25;
  const pageNumber = request.pageNumber ?? 1;
  const total = hits.length;
  const pageCount = Math.ceil(total / pageSize);
  const expand = new Set(request.expand ?? []);
  const results: User[] = hits
    .slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
    .map((u) => renderUser(store, u, expand));
  const page = (n: number): string =>
    `${SEARCH_PATH}?q64=${encodeURIComponent(encodeQ64({ ...request, pageNumber: n }))}`;
  const out: UsersSearchResponse = { total, pageCount, pageSize, pageNumber };
  if (pageNumber > 1) out.previousPage = page(Math.min(pageNumber - 1, Math.max(pageCount, 1)));
  out.currentPage = page(pageNumber);
  if (pageNumber < pageCount) out.nextPage = page(pageNumber + 1);
  out.types = ['users'];
  out.results = results;
  return out;
}

export const postUsersSearch: Handler = ({ store, body }) => ok(runSearch(store, checkSearchRequest(body)));

export const getUsersSearch: Handler = ({ store, query }) => {
  const q64 = query.one('q64');
  if (q64 === undefined) throw badQueryParam('q64', '', 'a q64 value returned by a previous search');
  let decoded: unknown;
  try {
    decoded = decodeQ64(q64);
  } catch {
    throw badQueryParam(
      'q64',
      q64.length > 40 ? `${q64.slice(0, 40)}…` : q64,
      'a q64 value returned by a previous search',
    );
  }
  if (!isObject(decoded)) throw badQueryParam('q64', q64.slice(0, 40), 'a q64 value returned by a previous search');
  const expand = query.expand(SEARCH_EXPANDS);
  let checked: CheckedSearch;
  try {
    checked = checkSearchRequest(decoded);
  } catch (e) {
    if (e instanceof ApiError)
      throw badQueryParam('q64', q64.slice(0, 40), `a valid encoded search request (${e.message})`);
    throw e;
  }
  if (expand.size > 0) checked.request.expand = [...new Set([...(checked.request.expand ?? []), ...expand])];
  return ok(runSearch(store, checked));
};
