/**
 * The live graph's events: the four kinds a client can follow, their upstream topics, and how an upstream
 * event body (or a user read after a gap) becomes the value the queries type (docs/upstream-notifications.md).
 */
import type { RequestScope } from '../request-scope.js';
import type { OutOfOffice, RoutingStatus, User, UserPresence, UserStations } from '../genesys/models.js';

const LIVE_KINDS = ['presence', 'routingStatus', 'outOfOffice', 'station'] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

/** Topic suffix of each kind, spelled as Genesys spells it. */
const TOPIC_SUFFIX: Readonly<Record<LiveKind, string>> = {
  presence: 'presence',
  routingStatus: 'routingStatus',
  outOfOffice: 'outofoffice',
  station: 'station',
};

/** The user expand that reads each kind's current value (the resync after a gap). */
export const KIND_EXPAND: Readonly<Record<LiveKind, string>> = {
  presence: 'presence',
  routingStatus: 'routingStatus',
  outOfOffice: 'outOfOffice',
  station: 'station',
};

export const topicOf = (kind: LiveKind, userId: string): string => `v2.users.${userId}.${TOPIC_SUFFIX[kind]}`;

const TOPIC = /^v2\.users\.([0-9a-f-]{36})\.(\w+)$/i;

export function parseTopic(topic: string): { kind: LiveKind; userId: string } | undefined {
  const m = TOPIC.exec(topic);
  if (!m) return undefined;
  const kind = LIVE_KINDS.find((k) => TOPIC_SUFFIX[k] === m[2]);
  return kind ? { kind, userId: m[1].toLowerCase() } : undefined;
}

/**
 * What the events of one dispatch share: a request-like context (a fresh client with its own budget and
 * deadline, fresh loaders), so the `user` of every event delivered together, for every subscription of the
 * identity, loads in one batch, and nothing is cached from one dispatch to the next.
 */
export interface TickScope {
  context(): RequestScope;
}

interface EventBase {
  userId: string;
  resynced: boolean;
  tick: TickScope;
}
export interface PresenceEvent extends EventBase {
  kind: 'presence';
  presence: UserPresence;
}
export interface RoutingStatusEvent extends EventBase {
  kind: 'routingStatus';
  routingStatus: RoutingStatus;
}
export interface OutOfOfficeEvent extends EventBase {
  kind: 'outOfOffice';
  outOfOffice: OutOfOffice;
}
export interface StationEvent extends EventBase {
  kind: 'station';
  station: UserStations;
}
export type LiveEvent = PresenceEvent | RoutingStatusEvent | OutOfOfficeEvent | StationEvent;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An upstream event body as the value of its kind; undefined when the body is not of the documented shape. */
export function eventFromBody(kind: LiveKind, userId: string, body: unknown, tick: TickScope): LiveEvent | undefined {
  if (!isObject(body)) return undefined;
  const base = { userId, resynced: false, tick };
  switch (kind) {
    case 'presence':
      if (!isObject(body.presenceDefinition)) return undefined;
      return { ...base, kind, presence: body };
    case 'routingStatus': {
      const rs = body.routingStatus;
      if (!isObject(rs) || typeof rs.status !== 'string') return undefined;
      return { ...base, kind, routingStatus: { userId, ...(rs as RoutingStatus) } };
    }
    case 'outOfOffice':
      return { ...base, kind, outOfOffice: { id: userId, user: { id: userId }, ...(body as OutOfOffice) } };
    case 'station':
      return { ...base, kind, station: body };
  }
}

/** The current value of a kind from a user read with KIND_EXPAND[kind] (after a gap); undefined when absent. */
export function eventFromUser(kind: LiveKind, user: User, tick: TickScope): LiveEvent | undefined {
  const base = { userId: user.id ?? '', resynced: true, tick };
  switch (kind) {
    case 'presence':
      return user.presence ? { ...base, kind, presence: user.presence } : undefined;
    case 'routingStatus':
      return user.routingStatus ? { ...base, kind, routingStatus: user.routingStatus } : undefined;
    case 'outOfOffice':
      return user.outOfOffice ? { ...base, kind, outOfOffice: user.outOfOffice } : undefined;
    case 'station':
      return { ...base, kind, station: user.station ?? {} };
  }
}
