/**
 * The user topics of the Notifications API and their event bodies, rendered from the store as the
 * platform sends them (docs/upstream-notifications.md). A topic is `v2.users.{id}.<suffix>`; the suffix is
 * case-sensitive as Genesys spells it (`routingStatus`, `outofoffice`).
 */
import type { EmulatorStore, UserRecord } from '../store.js';
import { outOfOfficeOf, presenceDefinitionRef, stationsOf } from '../render.js';

export const USER_TOPIC_SUFFIXES = [
  'presence',
  'routingStatus',
  'outofoffice',
  'station',
  'geolocation',
  'activity',
] as const;
export type UserTopicSuffix = (typeof USER_TOPIC_SUFFIXES)[number];

export interface ParsedTopic {
  userId: string;
  suffix: UserTopicSuffix;
}

const TOPIC = /^v2\.users\.([0-9a-fA-F-]{36})\.([A-Za-z]+)$/;

export function parseUserTopic(topic: string): ParsedTopic | undefined {
  const m = TOPIC.exec(topic);
  if (!m) return undefined;
  const suffix = USER_TOPIC_SUFFIXES.find((s) => s === m[2]);
  return suffix ? { userId: m[1].toLowerCase(), suffix } : undefined;
}

/** The event body of a topic for the user's current state (what a change publishes). */
export function eventBodyOf(store: EmulatorStore, u: UserRecord, suffix: UserTopicSuffix): unknown {
  const sub = store.sub(u);
  switch (suffix) {
    case 'presence': {
      const def = presenceDefinitionRef(store, sub.presence.definitionId);
      return {
        source: 'PURECLOUD',
        presenceDefinition: { id: def.id, systemPresence: def.systemPresence },
        ...(sub.presence.message !== undefined ? { message: sub.presence.message } : {}),
        modifiedDate: sub.presence.modifiedDate,
      };
    }
    case 'routingStatus':
      return { routingStatus: { status: sub.routingStatus.status, startTime: sub.routingStatus.startTime } };
    case 'outofoffice': {
      const o = outOfOfficeOf(store, u);
      return {
        user: { id: u.id },
        active: o.active,
        indefinite: o.indefinite,
        ...(o.startDate !== undefined ? { startDate: o.startDate } : {}),
        ...(o.endDate !== undefined ? { endDate: o.endDate } : {}),
      };
    }
    case 'station': {
      const s = stationsOf(store, u);
      // The REST shape of UserStations, minus the derived effectiveStation.
      return {
        ...(s.associatedStation ? { associatedStation: s.associatedStation } : {}),
        ...(s.defaultStation ? { defaultStation: s.defaultStation } : {}),
        ...(s.lastAssociatedStation ? { lastAssociatedStation: s.lastAssociatedStation } : {}),
      };
    }
    case 'geolocation': {
      const g = sub.geolocations.get(sub.primaryClientId);
      if (!g) return { id: u.id };
      return {
        id: u.id,
        clientId: g.clientId,
        type: g.type,
        primary: true,
        ...(g.latitude !== undefined ? { latitude: g.latitude } : {}),
        ...(g.longitude !== undefined ? { longitude: g.longitude } : {}),
        ...(g.country !== undefined ? { country: g.country } : {}),
        ...(g.region !== undefined ? { region: g.region } : {}),
        ...(g.city !== undefined ? { city: g.city } : {}),
      };
    }
    case 'activity': {
      const def = presenceDefinitionRef(store, sub.presence.definitionId);
      return {
        id: u.id,
        routingStatus: { status: sub.routingStatus.status, startTime: sub.routingStatus.startTime },
        presence: {
          presenceDefinition: { id: def.id, systemPresence: def.systemPresence },
          modifiedDate: sub.presence.modifiedDate,
        },
        outOfOffice: {
          active: sub.outOfOffice.active,
          ...(sub.outOfOffice.startDate ? { startDate: sub.outOfOffice.startDate } : {}),
          ...(sub.outOfOffice.endDate ? { endDate: sub.outOfOffice.endDate } : {}),
        },
        activeQueueIds: store
          .memberships(u.id)
          .filter((m) => m.joined)
          .map((m) => m.queue.id),
      };
    }
  }
}

const DESCRIPTIONS: Record<UserTopicSuffix, string> = {
  presence: "Raised when a user's presence changes.",
  routingStatus: "Raised when a user's routing status changes.",
  outofoffice: "Raised when a user's out-of-office settings change.",
  station: "Raised when a user's station associations change.",
  geolocation: "Raised when a user's primary geolocation changes.",
  activity: 'Changes to routing status, presence, out of office and active queues of a user.',
};

/** GET /api/v2/notifications/availabletopics: the user topics this emulator publishes. */
export function availableTopics(expand: ReadonlySet<string>): { entities: Array<Record<string, unknown>> } {
  return {
    entities: USER_TOPIC_SUFFIXES.map((suffix) => ({
      id: `v2.users.{id}.${suffix}`,
      ...(expand.has('description') ? { description: DESCRIPTIONS[suffix] } : {}),
      ...(expand.has('transports') ? { transports: ['Websocket'] } : {}),
      ...(expand.has('visibility') ? { visibility: 'Public' } : {}),
      topicParameters: ['id'],
    })),
  };
}
