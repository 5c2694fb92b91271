/** Routing entities: presence definitions, skills, languages, queues, and the users' queue memberships. */
import { LANGUAGES, PRESENCES, QUEUE_NAMES, SKILL_NAMES } from '../names.js';
import { intBetween, pick, sample } from '../prng.js';
import type { UserRecord } from '../store.js';
import { DAY, GEN_EPOCH, iso, type Gen } from './common.js';

/** The presence definitions; returns the id of a system presence (the first definition when there is none). */
export function generatePresenceDefinitions({ store, id }: Gen): (systemPresence: string) => string {
  PRESENCES.forEach((p) => {
    const rec = { id: id(), systemPresence: p.system, analytics: p.analytics, label: p.label, primary: true };
    store.presenceDefs.set(rec.id, rec);
  });
  const presenceIds = [...store.presenceDefs.keys()];
  return (s) => [...store.presenceDefs.values()].find((p) => p.systemPresence === s)?.id ?? presenceIds[0];
}

export function generateSkills({ store, rng, id }: Gen, divisionIds: readonly string[]): string[] {
  SKILL_NAMES.forEach((name, i) => {
    const s = {
      id: id(),
      name,
      divisionId: divisionIds[i % 7 === 0 ? 1 : 0],
      dateModified: iso(GEN_EPOCH - intBetween(rng, 10, 900) * DAY),
      version: intBetween(rng, 1, 6),
    };
    store.skills.set(s.id, s);
  });
  return [...store.skills.keys()];
}

export function generateLanguages({ store, rng, id }: Gen): string[] {
  LANGUAGES.forEach((l) => {
    const rec = {
      id: id(),
      name: l.name,
      code: l.code,
      dateModified: iso(GEN_EPOCH - intBetween(rng, 10, 900) * DAY),
      version: intBetween(rng, 1, 3),
    };
    store.languages.set(rec.id, rec);
  });
  return [...store.languages.keys()];
}

/** The queues; their author (createdBy, modifiedBy) is set once the head of the organisation exists. */
export function generateQueues({ store, rng, id }: Gen, divisionIds: readonly string[]): string[] {
  QUEUE_NAMES.forEach((name, i) => {
    const created = GEN_EPOCH - intBetween(rng, 60, 1500) * DAY;
    const q = {
      id: id(),
      name,
      description: `${name} interactions`,
      divisionId: divisionIds[i % divisionIds.length],
      dateCreated: iso(created),
      dateModified: iso(created + intBetween(rng, 1, 50) * DAY),
      createdBy: '',
      modifiedBy: '',
      memberCount: 0,
      joinedMemberCount: 0,
      skillEvaluationMethod: pick(rng, ['NONE', 'BEST', 'ALL'] as const),
      alertingTimeoutSeconds: pick(rng, [8, 15, 30]),
      serviceLevelPercentage: pick(rng, [0.8, 0.85, 0.9]),
      serviceLevelDurationMs: pick(rng, [20000, 30000, 60000]),
      wrapupPrompt: pick(rng, ['MANDATORY', 'OPTIONAL', 'MANDATORY_TIMEOUT', 'AGENT_REQUESTED'] as const),
      acwTimeoutMs: pick(rng, [30000, 60000, 120000]),
      callingPartyName: 'Northwind',
      callingPartyNumber: `+1317555${String(2000 + i)}`,
      enableTranscription: rng() < 0.5,
      enableManualAssignment: rng() < 0.3,
      scoringMethod: pick(rng, ['TimestampAndPriority', 'PriorityOnly'] as const),
      lastAgentRoutingMode: pick(rng, ['Disabled', 'QueueMembersOnly', 'AnyAgent'] as const),
      queueFlowId: id(),
      queueFlowName: `${name} In-Queue Flow`,
    };
    store.queues.set(q.id, q);
  });
  return [...store.queues.keys()];
}

export function setQueueAuthor({ store }: Gen, head: UserRecord): void {
  for (const q of store.queues.values()) {
    q.createdBy = head.id;
    q.modifiedBy = head.id;
  }
}

/** Agents and leads belong to 1-4 queues; most memberships are joined. The rich user: 4 queues, 2 joined. */
export function assignQueues({ store, rng }: Gen, queueIds: readonly string[], rich: UserRecord): void {
  for (const u of store.userList) {
    if (u.level < 5 || u.state === 'deleted') continue;
    const count = u === rich ? 4 : intBetween(rng, 1, u.agent ? 4 : 2);
    const chosen = sample(rng, queueIds, count);
    chosen.forEach((qid, i) => {
      const joined = u === rich ? i < 2 : u.state === 'active' && rng() < 0.75;
      store.addMembership(u.id, qid, joined);
    });
  }
}
