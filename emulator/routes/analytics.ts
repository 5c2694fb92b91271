/**
 * The three analytics queries, answered with deterministic data computed from the store.
 *
 * Every user has a synthetic timeline in 30-minute slots aligned to the Unix epoch: the slot's system presence
 * and routing status come from hash(seed, user index, slot), so overlapping queries agree. Inactive and
 * deleted users are OFFLINE/OFF_QUEUE throughout. From that timeline:
 * - aggregates (AggregationQuery -> PresenceQueryResponse): per granularity bucket, the summed milliseconds
 *   per qualifier of tSystemPresence, tOrganizationPresence and tAgentRoutingStatus; groupBy [] or [userId];
 * - details (UserDetailsQuery -> AnalyticsUserDetailsQueryResponse): merged presence and routing-status records
 *   per user, user/presence/routing-status filters, paging, termFrequency and numericRange aggregations;
 * - observations (ObservationQuery -> ObservationQueryResponse): current counts per user (oActiveQueues,
 *   oMemberQueues, oUserPresences, oUserRoutingStatuses) or per queue (oMemberUsers, oActiveUsers,
 *   oOnQueueUsers, oOffQueueUsers, oInteracting, oWaiting, oUserPresences, oUserRoutingStatuses).
 * Filters: userId and divisionId select users; systemPresence, organizationPresenceId and routingStatus
 * select records (details); other documented dimensions are accepted and do not restrict. [INF]
 */
import type {
  AggregateDataContainer,
  AggregateMetricData,
  AggregationResult,
  AnalyticsQueryAggregation,
  AnalyticsRoutingStatusRecord,
  AnalyticsUserDetail,
  AnalyticsUserDetailsQueryResponse,
  AnalyticsUserPresenceRecord,
  ObservationDataContainer,
  ObservationQueryResponse,
  PresenceQueryResponse,
  StatisticalResponse,
} from '../../src/genesys/models.js';
import { ok, type Handler } from '../context.js';
import { ApiError } from '../errors.js';
import type { RoutingStatusValue } from '../names.js';
import { hash32 } from '../prng.js';
import { type EmulatorStore, type PresenceDefRecord, type UserRecord } from '../store.js';
import { Checker, isIsoDateTime, isObject, objectBody } from '../validate.js';

const SLOT_MS = 30 * 60_000;
const MAX_WORK = 5_000_000;
type SystemPresence = PresenceDefRecord['analytics'];

// ------------------------------------------------------------------------------------------ timeline

interface Slot {
  presence: SystemPresence;
  routing: RoutingStatusValue;
}

function slotOf(store: EmulatorStore, u: UserRecord, slot: number): Slot {
  if (u.state !== 'active') return { presence: 'OFFLINE', routing: 'OFF_QUEUE' };
  const h = hash32(store.seed, u.index, slot) % 100;
  const onQueue = u.agent ? 'ON_QUEUE' : 'AVAILABLE';
  const presence: SystemPresence =
    h < 35
      ? onQueue
      : h < 50
        ? 'AVAILABLE'
        : h < 58
          ? 'BUSY'
          : h < 63
            ? 'AWAY'
            : h < 68
              ? 'BREAK'
              : h < 71
                ? 'MEAL'
                : h < 74
                  ? 'MEETING'
                  : h < 76
                    ? 'TRAINING'
                    : 'OFFLINE';
  if (presence !== 'ON_QUEUE') return { presence, routing: 'OFF_QUEUE' };
  const r = hash32(store.seed, u.index, slot, 7) % 100;
  const routing: RoutingStatusValue =
    r < 35 ? 'IDLE' : r < 80 ? 'INTERACTING' : r < 90 ? 'COMMUNICATING' : 'NOT_RESPONDING';
  return { presence, routing };
}

/** Calls `fn` for every (slot, overlap ms) of [start, end). */
function eachSlot(start: number, end: number, fn: (slot: number, from: number, to: number) => void): void {
  for (let s = Math.floor(start / SLOT_MS); s * SLOT_MS < end; s++) {
    const from = Math.max(start, s * SLOT_MS);
    const to = Math.min(end, (s + 1) * SLOT_MS);
    if (to > from) fn(s, from, to);
  }
}

function presenceIdOf(store: EmulatorStore, p: SystemPresence): string {
  for (const def of store.presenceDefs.values()) if (def.analytics === p) return def.id;
  return '';
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ------------------------------------------------------------------------------------------ parsing

function parseInterval(
  c: Checker,
  field: string,
  required: boolean,
  maxDays: number,
): { start: number; end: number } | undefined {
  const raw = c.string(field, { required });
  if (raw === undefined) return undefined;
  const parts = raw.split('/');
  if (parts.length !== 2 || !isIsoDateTime(parts[0]) || !isIsoDateTime(parts[1])) {
    c.invalid(field, raw, 'an ISO-8601 interval start/end, e.g. 2025-06-01T00:00:00.000Z/2025-06-02T00:00:00.000Z');
    return undefined;
  }
  const start = Date.parse(parts[0]);
  const end = Date.parse(parts[1]);
  if (end <= start) {
    c.constraint(field, 'The interval end must be after its start.');
    return undefined;
  }
  if (end - start > maxDays * 86_400_000) {
    c.constraint(field, `The interval must not be longer than ${maxDays} days.`);
    return undefined;
  }
  return { start, end };
}

/** ISO-8601 durations made of weeks, days, hours, minutes, seconds (no months or years). */
function parseDuration(raw: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(raw);
  if (!m || raw === 'P' || raw.endsWith('T')) return undefined;
  const [, w, d, h, mi, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const ms = ((((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s) * 1000;
  return ms > 0 ? ms : undefined;
}

const DIMENSIONS = new Set([
  'conversationId',
  'sessionId',
  'mediaType',
  'queueId',
  'userId',
  'participantId',
  'participantName',
  'direction',
  'wrapUpCode',
  'wrapUpNote',
  'interactionType',
  'requestedRoutingSkillId',
  'requestedLanguageId',
  'requestedRoutingUserIds',
  'purpose',
  'participantType',
  'segmentType',
  'disconnectType',
  'errorCode',
  'conversationEnd',
  'segmentEnd',
  'externalContactId',
  'externalOrganizationId',
  'convertedFrom',
  'convertedTo',
  'divisionId',
  'flaggedReason',
  'stationId',
  'edgeId',
  'dnis',
  'ani',
  'outboundCampaignId',
  'outboundContactId',
  'outboundContactListId',
  'monitoredParticipantId',
  'sourceSessionId',
  'destinationSessionId',
  'sourceConversationId',
  'destinationConversationId',
  'remoteNameDisplayable',
  'sipResponseCode',
  'q850ResponseCode',
  'conference',
  'groupId',
  'roomId',
  'addressFrom',
  'addressTo',
  'addressSelf',
  'addressOther',
  'subject',
  'messageType',
  'peerId',
  'scriptId',
  'evaluationId',
  'evaluatorId',
  'contextId',
  'formId',
  'formName',
  'eventTime',
  'systemPresence',
  'organizationPresenceId',
  'routingStatus',
]);

interface Predicate {
  dimension?: string;
  operator: 'matches' | 'exists' | 'notExists';
  value?: string;
}
interface Filter {
  type: 'and' | 'or';
  predicates: Predicate[];
  clauses: Array<{ type: 'and' | 'or'; predicates: Predicate[] }>;
}

function checkPredicates(c: Checker, raw: unknown, field: string, allowed: ReadonlySet<string>): Predicate[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    c.invalid(field, raw, 'an array of predicates');
    return [];
  }
  const out: Predicate[] = [];
  raw.forEach((p, i) => {
    if (!isObject(p)) return c.invalid(`${field}[${i}]`, p, 'a predicate object');
    const pc = c.child(p, `${field}[${i}]`, 'Predicate');
    pc.enumOf('type', ['dimension', 'property', 'metric'] as const);
    const dimension = pc.string('dimension');
    if (dimension !== undefined && !allowed.has(dimension)) pc.invalid('dimension', dimension, [...allowed].join(', '));
    const operator = pc.enumOf('operator', ['matches', 'exists', 'notExists'] as const) ?? 'matches';
    const value = pc.string('value');
    if (dimension !== undefined && operator === 'matches' && value === undefined) pc.required('value');
    out.push({ dimension, operator, value });
  });
  return out;
}

function checkFilter(
  c: Checker,
  raw: unknown,
  field: string,
  required: boolean,
  allowed: ReadonlySet<string>,
): Filter | undefined {
  if (raw === undefined) {
    if (required) c.required(field);
    return undefined;
  }
  if (!isObject(raw)) {
    c.invalid(field, raw, 'a filter object');
    return undefined;
  }
  const fc = c.child(raw, field, 'Filter');
  const type = fc.enumOf('type', ['and', 'or'] as const, { required: true }) ?? 'and';
  const predicates = checkPredicates(fc, raw.predicates, 'predicates', allowed);
  const clauses: Filter['clauses'] = [];
  const rawClauses = fc.array('clauses');
  rawClauses?.forEach((cl, i) => {
    if (!isObject(cl)) return fc.invalid(`clauses[${i}]`, cl, 'a clause object');
    const cc = fc.child(cl, `clauses[${i}]`, 'Clause');
    const ctype = cc.enumOf('type', ['and', 'or'] as const, { required: true }) ?? 'and';
    clauses.push({ type: ctype, predicates: checkPredicates(cc, cl.predicates, 'predicates', allowed) });
  });
  if (predicates.length === 0 && clauses.length === 0)
    fc.constraint('predicates', 'A filter needs at least one predicate or clause.');
  return { type, predicates, clauses };
}

/** Evaluates a filter; dimensions absent from `dims` do not restrict (they concern other record kinds). */
function evalFilter(f: Filter | undefined, dims: Record<string, string | undefined>): boolean {
  if (!f) return true;
  const pred = (p: Predicate): boolean | undefined => {
    if (p.dimension === undefined || !(p.dimension in dims)) return undefined;
    const v = dims[p.dimension];
    if (p.operator === 'exists') return v !== undefined;
    if (p.operator === 'notExists') return v === undefined;
    return v !== undefined && v === p.value;
  };
  const combine = (type: 'and' | 'or', results: Array<boolean | undefined>): boolean | undefined => {
    const known = results.filter((r): r is boolean => r !== undefined);
    if (known.length === 0) return undefined;
    return type === 'and' ? known.every(Boolean) : known.some(Boolean);
  };
  const parts = [...f.predicates.map(pred), ...f.clauses.map((cl) => combine(cl.type, cl.predicates.map(pred)))];
  return combine(f.type, parts) ?? true;
}

/** Users named by `userId` predicates (fast path), else every non-deleted user passing the filters. */
function selectUsers(store: EmulatorStore, filters: Array<Filter | undefined>): UserRecord[] {
  const named = new Set<string>();
  for (const f of filters) {
    if (!f) continue;
    for (const p of [...f.predicates, ...f.clauses.flatMap((c) => c.predicates)]) {
      if (p.dimension === 'userId' && p.operator === 'matches' && p.value !== undefined) named.add(p.value);
    }
  }
  const pool =
    named.size > 0
      ? [...named].map((id) => store.user(id)).filter((u): u is UserRecord => u !== undefined)
      : store.userList.filter((u) => u.state !== 'deleted');
  return pool
    .filter((u) => filters.every((f) => evalFilter(f, { userId: u.id, divisionId: u.divisionId })))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function workCheck(users: number, start: number, end: number): void {
  const slots = Math.ceil((end - start) / SLOT_MS) + 1;
  if (users * slots > MAX_WORK) {
    throw new ApiError(
      400,
      'bad.request',
      `The query covers too much data (${users} users x ${slots} half-hours); narrow the interval or filter on userId.`,
      {
        details: [{ errorCode: 'constraint.validation', fieldName: 'interval' }],
      },
    );
  }
}

// ------------------------------------------------------------------------------------------ aggregates

const AGG_METRICS = ['tSystemPresence', 'tOrganizationPresence', 'tAgentRoutingStatus'] as const;

export const postAnalyticsUsersAggregatesQuery: Handler = ({ store, body }) => {
  const b = objectBody(body, 'AggregationQuery');
  const c = new Checker(b, '', 'AggregationQuery');
  c.onlyFields([
    'interval',
    'granularity',
    'timeZone',
    'groupBy',
    'filter',
    'metrics',
    'flattenMultivaluedDimensions',
    'views',
    'alternateTimeDimension',
  ]);
  const interval = parseInterval(c, 'interval', true, 366);
  const granRaw = c.string('granularity');
  const granularity = granRaw === undefined ? undefined : parseDuration(granRaw);
  if (granRaw !== undefined && granularity === undefined)
    c.invalid('granularity', granRaw, 'an ISO-8601 duration such as PT30M, PT1H or P1D');
  const tz = c.string('timeZone');
  if (tz !== undefined && !['UTC', 'Etc/UTC', 'GMT'].includes(tz)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      c.invalid('timeZone', tz, 'an IANA time zone name');
    }
  }
  const groupBy = c.stringArray('groupBy') ?? [];
  for (const g of groupBy) if (g !== 'userId') c.invalid('groupBy', g, 'userId');
  const metricsIn = c.stringArray('metrics');
  for (const m of metricsIn ?? [])
    if (!(AGG_METRICS as readonly string[]).includes(m)) c.invalid('metrics', m, AGG_METRICS.join(', '));
  const filter = checkFilter(c, b.filter, 'filter', false, DIMENSIONS);
  c.done();
  if (!interval) throw new ApiError(400, 'bad.request', 'interval is required');
  const bucket = granularity ?? interval.end - interval.start;
  const buckets = Math.ceil((interval.end - interval.start) / bucket);
  if (buckets > 1000) {
    throw new ApiError(400, 'bad.request', 'The granularity is too fine for the interval (more than 1000 buckets).', {
      details: [{ errorCode: 'constraint.validation', fieldName: 'granularity' }],
    });
  }
  const metrics = (metricsIn && metricsIn.length > 0 ? metricsIn : [...AGG_METRICS]) as Array<
    (typeof AGG_METRICS)[number]
  >;
  const users = selectUsers(store, [filter]);
  workCheck(users.length, interval.start, interval.end);
  const perUser = groupBy.includes('userId');
  const groups: Array<{ group: Record<string, string>; users: UserRecord[] }> = perUser
    ? users.map((u) => ({ group: { userId: u.id }, users: [u] }))
    : [{ group: {}, users }];
  const orgIds = new Map<SystemPresence, string>();
  const orgId = (p: SystemPresence): string => {
    let v = orgIds.get(p);
    if (v === undefined) {
      v = presenceIdOf(store, p);
      orgIds.set(p, v);
    }
    return v;
  };
  const results: AggregateDataContainer[] = [];
  for (const g of groups) {
    const data: StatisticalResponse[] = [];
    for (let i = 0; i < buckets; i++) {
      const bs = interval.start + i * bucket;
      const be = Math.min(interval.end, bs + bucket);
      const sums = new Map<string, number>();
      const add = (key: string, ms: number): void => {
        sums.set(key, (sums.get(key) ?? 0) + ms);
      };
      for (const u of g.users) {
        eachSlot(bs, be, (slot, from, to) => {
          const s = slotOf(store, u, slot);
          add(`tSystemPresence|${s.presence}`, to - from);
          add(`tOrganizationPresence|${orgId(s.presence)}`, to - from);
          add(`tAgentRoutingStatus|${s.routing}`, to - from);
        });
      }
      const metricData: AggregateMetricData[] = [];
      for (const metric of metrics) {
        const keys = [...sums.keys()].filter((k) => k.startsWith(`${metric}|`)).sort();
        for (const k of keys)
          metricData.push({ metric, qualifier: k.slice(metric.length + 1), stats: { sum: sums.get(k) ?? 0 } });
      }
      if (metricData.length > 0) data.push({ interval: `${iso(bs)}/${iso(be)}`, metrics: metricData });
    }
    if (data.length > 0) results.push(perUser ? { group: g.group, data } : { group: {}, data });
  }
  const mappings: Record<string, string[]> = {};
  for (const def of store.presenceDefs.values()) (mappings[def.analytics] ??= []).push(def.id);
  const out: PresenceQueryResponse = { systemToOrganizationMappings: mappings, results };
  return ok(out);
};

// ------------------------------------------------------------------------------------------ details

interface Records {
  presence: AnalyticsUserPresenceRecord[];
  routing: AnalyticsRoutingStatusRecord[];
}

function recordsOf(store: EmulatorStore, u: UserRecord, start: number, end: number): Records {
  const presence: AnalyticsUserPresenceRecord[] = [];
  const routing: AnalyticsRoutingStatusRecord[] = [];
  let cur: { p: SystemPresence; from: number; to: number } | undefined;
  let curR: { r: RoutingStatusValue; from: number; to: number } | undefined;
  const flushP = (): void => {
    if (cur)
      presence.push({
        startTime: iso(cur.from),
        endTime: iso(cur.to),
        systemPresence: cur.p,
        organizationPresenceId: presenceIdOf(store, cur.p),
        durationMilliseconds: cur.to - cur.from,
      });
  };
  const flushR = (): void => {
    if (curR)
      routing.push({
        startTime: iso(curR.from),
        endTime: iso(curR.to),
        routingStatus: curR.r,
        durationMilliseconds: curR.to - curR.from,
      });
  };
  eachSlot(start, end, (slot, from, to) => {
    const s = slotOf(store, u, slot);
    if (cur && cur.p === s.presence && cur.to === from) cur.to = to;
    else {
      flushP();
      cur = { p: s.presence, from, to };
    }
    if (curR && curR.r === s.routing && curR.to === from) curR.to = to;
    else {
      flushR();
      curR = { r: s.routing, from, to };
    }
  });
  flushP();
  flushR();
  return { presence, routing };
}

function checkFilters(c: Checker, raw: unknown, field: string, allowed: ReadonlySet<string>): Filter[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    c.invalid(field, raw, 'an array of filters');
    return [];
  }
  return raw
    .map((f, i) => checkFilter(c, f, `${field}[${i}]`, true, allowed))
    .filter((f): f is Filter => f !== undefined);
}

function checkAggregations(
  c: Checker,
  raw: unknown,
  field: string,
  dims: readonly string[],
): AnalyticsQueryAggregation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    c.invalid(field, raw, 'an array of aggregations');
    return [];
  }
  const out: AnalyticsQueryAggregation[] = [];
  raw.forEach((a, i) => {
    if (!isObject(a)) return c.invalid(`${field}[${i}]`, a, 'an aggregation object');
    const ac = c.child(a, `${field}[${i}]`, 'AnalyticsQueryAggregation');
    ac.onlyFields(['type', 'dimension', 'metric', 'size', 'ranges']);
    const type = ac.enumOf('type', ['termFrequency', 'numericRange'] as const);
    const dimension = ac.enumOf('dimension', dims);
    const metric = ac.enumOf('metric', ['durationMilliseconds'] as const);
    const size = ac.number('size', { integer: true, min: 1, max: 1000 });
    const ranges = ac.array('ranges');
    const effective = type ?? (metric !== undefined ? 'numericRange' : 'termFrequency');
    if (effective === 'termFrequency' && dimension === undefined) ac.required('dimension');
    if (effective === 'numericRange' && (metric === undefined || ranges === undefined))
      ac.required(metric === undefined ? 'metric' : 'ranges');
    const agg: AnalyticsQueryAggregation = { type: effective };
    if (dimension !== undefined) agg.dimension = dimension;
    if (metric !== undefined) agg.metric = metric;
    if (size !== undefined) agg.size = size;
    if (ranges) {
      agg.ranges = ranges.filter(isObject).map((r) => ({
        gte: typeof r.gte === 'number' ? r.gte : undefined,
        lt: typeof r.lt === 'number' ? r.lt : undefined,
      }));
    }
    out.push(agg);
  });
  return out;
}

function aggregate(
  aggs: AnalyticsQueryAggregation[],
  records: Array<Record<string, string | number | undefined>>,
): AggregationResult[] {
  return aggs.map((a) => {
    if (a.type === 'numericRange') {
      const results = (a.ranges ?? []).map((r) => ({
        gte: r.gte,
        lt: r.lt,
        count: records.filter((rec) => {
          const v = Number(rec.durationMilliseconds);
          return (r.gte === undefined || v >= r.gte) && (r.lt === undefined || v < r.lt);
        }).length,
      }));
      return { type: 'numericRange', metric: a.metric, count: records.length, results };
    }
    const counts = new Map<string, number>();
    for (const rec of records) {
      const v = rec[a.dimension ?? ''];
      if (v !== undefined) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    const results = [...counts.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, a.size ?? 10)
      .map(([value, count]) => ({ value, count }));
    return { type: 'termFrequency', dimension: a.dimension, count: records.length, results };
  });
}

export const postAnalyticsUsersDetailsQuery: Handler = ({ store, body }) => {
  const b = objectBody(body, 'UserDetailsQuery');
  const c = new Checker(b, '', 'UserDetailsQuery');
  c.onlyFields([
    'interval',
    'userFilters',
    'presenceFilters',
    'routingStatusFilters',
    'order',
    'presenceAggregations',
    'routingStatusAggregations',
    'paging',
  ]);
  const interval = parseInterval(c, 'interval', true, 31);
  const userFilters = checkFilters(c, b.userFilters, 'userFilters', new Set(['userId', 'divisionId']));
  const presenceFilters = checkFilters(
    c,
    b.presenceFilters,
    'presenceFilters',
    new Set(['systemPresence', 'organizationPresenceId']),
  );
  const routingFilters = checkFilters(c, b.routingStatusFilters, 'routingStatusFilters', new Set(['routingStatus']));
  const order = c.enumOf('order', ['asc', 'desc', 'unordered'] as const) ?? 'asc';
  const presenceAggs = checkAggregations(c, b.presenceAggregations, 'presenceAggregations', [
    'systemPresence',
    'organizationPresenceId',
  ]);
  const routingAggs = checkAggregations(c, b.routingStatusAggregations, 'routingStatusAggregations', ['routingStatus']);
  const pagingRaw = c.object('paging');
  let pageSize = 25;
  let pageNumber = 1;
  if (pagingRaw) {
    const pc = c.child(pagingRaw, 'paging', 'PagingSpec');
    pc.onlyFields(['pageSize', 'pageNumber']);
    pageSize = pc.number('pageSize', { required: true, integer: true, min: 1, max: 100 }) ?? 25;
    pageNumber = pc.number('pageNumber', { required: true, integer: true, min: 1 }) ?? 1;
  }
  c.done();
  if (!interval) throw new ApiError(400, 'bad.request', 'interval is required');
  let users = selectUsers(store, userFilters);
  if (order === 'desc') users = users.slice().reverse();
  const needAll =
    presenceFilters.length > 0 || routingFilters.length > 0 || presenceAggs.length > 0 || routingAggs.length > 0;
  const presenceOk = (r: AnalyticsUserPresenceRecord): boolean =>
    presenceFilters.every((f) =>
      evalFilter(f, { systemPresence: r.systemPresence, organizationPresenceId: r.organizationPresenceId }),
    );
  const routingOk = (r: AnalyticsRoutingStatusRecord): boolean =>
    routingFilters.every((f) => evalFilter(f, { routingStatus: r.routingStatus }));
  const detail = (u: UserRecord): { detail: AnalyticsUserDetail; keep: boolean } => {
    const recs = recordsOf(store, u, interval.start, interval.end);
    const presence = recs.presence.filter(presenceOk);
    const routing = recs.routing.filter(routingOk);
    const keep =
      (presenceFilters.length === 0 || presence.length > 0) && (routingFilters.length === 0 || routing.length > 0);
    return { detail: { userId: u.id, primaryPresence: presence, routingStatus: routing }, keep };
  };
  let details: AnalyticsUserDetail[];
  let totalHits: number;
  let aggregations: AggregationResult[] = [];
  if (needAll) {
    workCheck(users.length, interval.start, interval.end);
    const all = users
      .map(detail)
      .filter((d) => d.keep)
      .map((d) => d.detail);
    totalHits = all.length;
    details = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    const presenceRecs = all.flatMap((d) => (d.primaryPresence ?? []).map((r) => ({ ...r })));
    const routingRecs = all.flatMap((d) => (d.routingStatus ?? []).map((r) => ({ ...r })));
    aggregations = [...aggregate(presenceAggs, presenceRecs), ...aggregate(routingAggs, routingRecs)];
  } else {
    totalHits = users.length;
    const page = users.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    workCheck(page.length, interval.start, interval.end);
    details = page.map((u) => detail(u).detail);
  }
  const out: AnalyticsUserDetailsQueryResponse = { userDetails: details, totalHits };
  if (aggregations.length > 0) out.aggregations = aggregations;
  return ok(out);
};

// ------------------------------------------------------------------------------------------ observations

const USER_OBS = ['oActiveQueues', 'oMemberQueues', 'oUserPresences', 'oUserRoutingStatuses'] as const;
const QUEUE_OBS = [
  'oMemberUsers',
  'oActiveUsers',
  'oOnQueueUsers',
  'oOffQueueUsers',
  'oInteracting',
  'oWaiting',
  'oUserPresences',
  'oUserRoutingStatuses',
] as const;

export const postAnalyticsUsersObservationsQuery: Handler = ({ store, body }) => {
  const b = objectBody(body, 'ObservationQuery');
  const c = new Checker(b, '', 'ObservationQuery');
  c.onlyFields(['filter', 'metrics', 'detailMetrics']);
  const filter = checkFilter(c, b.filter, 'filter', true, DIMENSIONS);
  const metricsIn = c.stringArray('metrics');
  const known = new Set<string>([...USER_OBS, ...QUEUE_OBS]);
  for (const m of metricsIn ?? []) if (!known.has(m)) c.invalid('metrics', m, [...known].join(', '));
  c.stringArray('detailMetrics');
  const named = { userId: new Set<string>(), queueId: new Set<string>() };
  if (filter) {
    for (const p of [...filter.predicates, ...filter.clauses.flatMap((cl) => cl.predicates)]) {
      if ((p.dimension === 'userId' || p.dimension === 'queueId') && p.operator === 'matches' && p.value !== undefined)
        named[p.dimension].add(p.value);
    }
    if (named.userId.size === 0 && named.queueId.size === 0)
      c.constraint('filter', 'The filter must name users (userId) or queues (queueId).');
  }
  c.done();
  const results: ObservationDataContainer[] = [];
  const wanted = (m: string, defaults: readonly string[]): boolean =>
    metricsIn && metricsIn.length > 0 ? metricsIn.includes(m) : defaults.includes(m);
  const presenceOf = (u: UserRecord): SystemPresence =>
    store.presenceDefs.get(store.sub(u).presence.definitionId)?.analytics ?? 'OFFLINE';
  const counted = (items: string[]): Array<[string, number]> => {
    const m = new Map<string, number>();
    for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
    return [...m.entries()].sort((a, x) => (a[0] < x[0] ? -1 : 1));
  };
  for (const userId of [...named.userId].sort()) {
    const u = store.user(userId);
    if (!u || u.state === 'deleted' || !evalFilter(filter, { userId: u.id, divisionId: u.divisionId })) continue;
    const ms = store.memberships(u.id);
    const data: AggregateMetricData[] = [];
    if (wanted('oActiveQueues', ['oActiveQueues', 'oMemberQueues']))
      data.push({ metric: 'oActiveQueues', stats: { count: ms.filter((m) => m.joined).length } });
    if (wanted('oMemberQueues', ['oActiveQueues', 'oMemberQueues']))
      data.push({ metric: 'oMemberQueues', stats: { count: ms.length } });
    if (wanted('oUserPresences', []))
      data.push({ metric: 'oUserPresences', qualifier: presenceOf(u), stats: { count: 1 } });
    if (wanted('oUserRoutingStatuses', []))
      data.push({ metric: 'oUserRoutingStatuses', qualifier: store.sub(u).routingStatus.status, stats: { count: 1 } });
    if (data.length > 0) results.push({ group: { userId: u.id }, data });
  }
  if (named.queueId.size > 0) {
    const members = new Map<string, Array<{ user: UserRecord; joined: boolean }>>();
    for (const [uid, qs] of store.queueMembers) {
      const u = store.user(uid);
      if (!u || u.state === 'deleted') continue;
      for (const [qid, joined] of qs)
        if (named.queueId.has(qid)) (members.get(qid) ?? members.set(qid, []).get(qid))?.push({ user: u, joined });
    }
    for (const queueId of [...named.queueId].sort()) {
      if (!store.queues.has(queueId)) continue;
      const list = members.get(queueId) ?? [];
      const active = list.filter((m) => m.joined && m.user.state === 'active');
      const onQueue = active.filter((m) => presenceOf(m.user) === 'ON_QUEUE');
      const statuses = active.map((m) => store.sub(m.user).routingStatus.status);
      const def = ['oMemberUsers', 'oActiveUsers', 'oOnQueueUsers', 'oOffQueueUsers'];
      const data: AggregateMetricData[] = [];
      if (wanted('oMemberUsers', def)) data.push({ metric: 'oMemberUsers', stats: { count: list.length } });
      if (wanted('oActiveUsers', def)) data.push({ metric: 'oActiveUsers', stats: { count: active.length } });
      if (wanted('oOnQueueUsers', def)) data.push({ metric: 'oOnQueueUsers', stats: { count: onQueue.length } });
      if (wanted('oOffQueueUsers', def))
        data.push({ metric: 'oOffQueueUsers', stats: { count: active.length - onQueue.length } });
      if (wanted('oInteracting', []))
        data.push({ metric: 'oInteracting', stats: { count: statuses.filter((s) => s === 'INTERACTING').length } });
      if (wanted('oWaiting', []))
        data.push({ metric: 'oWaiting', stats: { count: hash32(store.seed, list.length, queueId.length) % 12 } });
      if (wanted('oUserPresences', [])) {
        for (const [q, n] of counted(active.map((m) => presenceOf(m.user))))
          data.push({ metric: 'oUserPresences', qualifier: q, stats: { count: n } });
      }
      if (wanted('oUserRoutingStatuses', [])) {
        for (const [q, n] of counted(statuses))
          data.push({ metric: 'oUserRoutingStatuses', qualifier: q, stats: { count: n } });
      }
      results.push({ group: { queueId }, data });
    }
  }
  const out: ObservationQueryResponse = { results };
  return ok(out);
};
