/** Routing skills, languages, queues and routing status of a user. */
import type {
  RoutingStatus,
  UserLanguageEntityListing,
  UserQueueEntityListing,
  UserRoutingLanguage,
  UserRoutingSkill,
  UserSkillEntityListing,
} from '../../src/genesys/models.js';
import { noContent, ok, type Handler } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import { ROUTING_STATUSES } from '../names.js';
import { listing, paging, sortOrder } from '../query.js';
import { queueOf, USERS_PATH, userLanguagesOf, userSkillsOf } from '../render.js';
import { nowIso, type Assignment, type EmulatorStore, type UserRecord } from '../store.js';
import { arrayBody, Checker, isObject, objectBody } from '../validate.js';

const SUB_STATES = ['active', 'inactive', 'deleted'] as const;

function byOrder<T>(items: T[], order: 'ascending' | 'descending'): T[] {
  return order === 'descending' ? items.slice().reverse() : items;
}

// ------------------------------------------------------------------------------------------ skills

export const getUserRoutingskills: Handler = ({ store, params, query }) => {
  const p = paging(query, 100);
  const order = sortOrder(query);
  const u = store.requireUser(params.userId);
  const out: UserSkillEntityListing = listing(
    byOrder(userSkillsOf(store, u), order),
    p,
    `${USERS_PATH}/${u.id}/routingskills`,
    query,
    (s) => s,
  );
  return ok(out);
};

function skillOut(store: EmulatorStore, u: UserRecord, id: string): UserRoutingSkill {
  const found = userSkillsOf(store, u).find((s) => s.id === id);
  if (!found) throw notFound('UserRoutingSkill', id);
  return found;
}

function languageOut(store: EmulatorStore, u: UserRecord, id: string): UserRoutingLanguage {
  const found = userLanguagesOf(store, u).find((s) => s.id === id);
  if (!found) throw notFound('UserRoutingLanguage', id);
  return found;
}

/** POST adds the skill, or updates its proficiency when the user already has it. */
export const postUserRoutingskills: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'UserRoutingSkillPost'), '', 'UserRoutingSkillPost');
  c.onlyFields(['id', 'proficiency', 'skillUri', 'selfUri']);
  const id = c.string('id', { required: true });
  const proficiency = c.number('proficiency', { required: true, min: 0, max: 5 });
  c.done();
  if (id === undefined || proficiency === undefined)
    throw new ApiError(400, 'bad.request', 'id and proficiency are required');
  if (!store.skills.has(id)) throw notFound('RoutingSkill', id);
  const skills = store.sub(u).skills;
  const existing = skills.get(id);
  skills.set(id, { proficiency, state: existing?.state ?? 'active' });
  store.touch(u);
  return ok(skillOut(store, u, id));
};

/** PUT updates proficiency and/or state; it adds the skill when the user does not have it yet (then proficiency is required). */
export const putUserRoutingskill: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const skillId = params.skillId;
  if (!store.skills.has(skillId)) throw notFound('RoutingSkill', skillId);
  const c = new Checker(objectBody(body, 'UserRoutingSkill'), '', 'UserRoutingSkill');
  c.onlyFields(['id', 'name', 'proficiency', 'state', 'skillUri', 'selfUri']);
  const id = c.string('id');
  if (id !== undefined && id !== skillId) c.invalid('id', id, `the path's skillId ${skillId}`);
  const proficiency = c.number('proficiency', { min: 0, max: 5 });
  const state = c.enumOf('state', SUB_STATES);
  const skills = store.sub(u).skills;
  const existing = skills.get(skillId);
  if (!existing && proficiency === undefined && !c.problems.some((p) => p.field === 'proficiency'))
    c.required('proficiency');
  c.done();
  const next: Assignment = {
    proficiency: proficiency ?? existing?.proficiency ?? 0,
    state: state ?? existing?.state ?? 'active',
  };
  skills.set(skillId, next);
  store.touch(u);
  return ok(skillOut(store, u, skillId));
};

export const deleteUserRoutingskill: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  if (!store.skills.has(params.skillId)) throw notFound('RoutingSkill', params.skillId);
  if (store.sub(u).skills.delete(params.skillId)) store.touch(u);
  return noContent();
};

// ------------------------------------------------------------------------------------------ languages

export const getUserRoutinglanguages: Handler = ({ store, params, query }) => {
  const p = paging(query, 100);
  const order = sortOrder(query);
  const u = store.requireUser(params.userId);
  const out: UserLanguageEntityListing = listing(
    byOrder(userLanguagesOf(store, u), order),
    p,
    `${USERS_PATH}/${u.id}/routinglanguages`,
    query,
    (l) => l,
  );
  return ok(out);
};

export const postUserRoutinglanguages: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'UserRoutingLanguagePost'), '', 'UserRoutingLanguagePost');
  c.onlyFields(['id', 'proficiency', 'languageUri', 'selfUri']);
  const id = c.string('id', { required: true });
  const proficiency = c.number('proficiency', { required: true, min: 0, max: 5 });
  c.done();
  if (id === undefined || proficiency === undefined)
    throw new ApiError(400, 'bad.request', 'id and proficiency are required');
  if (!store.languages.has(id)) throw notFound('Language', id);
  const langs = store.sub(u).languages;
  const existing = langs.get(id);
  langs.set(id, { proficiency, state: existing?.state ?? 'active' });
  store.touch(u);
  return ok(languageOut(store, u, id));
};

/** PATCH updates proficiency and/or state of a language the user has (404 otherwise). */
export const patchUserRoutinglanguage: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const languageId = params.languageId;
  if (!store.languages.has(languageId)) throw notFound('Language', languageId);
  const c = new Checker(objectBody(body, 'UserRoutingLanguage'), '', 'UserRoutingLanguage');
  c.onlyFields(['id', 'name', 'proficiency', 'state', 'languageUri', 'selfUri']);
  const id = c.string('id');
  if (id !== undefined && id !== languageId) c.invalid('id', id, `the path's languageId ${languageId}`);
  const proficiency = c.number('proficiency', { min: 0, max: 5 });
  const state = c.enumOf('state', SUB_STATES);
  c.done();
  const langs = store.sub(u).languages;
  const existing = langs.get(languageId);
  if (!existing) throw notFound('UserRoutingLanguage', languageId);
  if (proficiency !== undefined) existing.proficiency = proficiency;
  if (state !== undefined) existing.state = state;
  store.touch(u);
  return ok(languageOut(store, u, languageId));
};

export const deleteUserRoutinglanguage: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  if (!store.languages.has(params.languageId)) throw notFound('Language', params.languageId);
  if (store.sub(u).languages.delete(params.languageId)) store.touch(u);
  return noContent();
};

// ------------------------------------------------------------------------------------------ queues

export const getUserQueues: Handler = ({ store, params, query }) => {
  const p = paging(query, 100);
  const joined = query.bool('joined', true);
  const divisions = query.all('divisionId');
  const u = store.requireUser(params.userId);
  const rows = store
    .memberships(u.id)
    .filter((m) => m.joined === joined && (divisions.length === 0 || divisions.includes(m.queue.divisionId)));
  const out: UserQueueEntityListing = listing(rows, p, `${USERS_PATH}/${u.id}/queues`, query, (m) =>
    queueOf(store, m.queue, m.joined),
  );
  return ok(out);
};

export const patchUserQueue: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const queue = store.queues.get(params.queueId);
  if (!queue) throw notFound('Queue', params.queueId);
  const c = new Checker(objectBody(body, 'UserQueue'), '', 'UserQueue');
  const id = c.string('id');
  if (id !== undefined && id !== queue.id) c.invalid('id', id, `the path's queueId ${queue.id}`);
  const joined = c.bool('joined', { required: true });
  c.done();
  if (!store.setJoined(u.id, queue.id, joined === true)) {
    throw new ApiError(404, 'not.found', `The user is not a member of queue ${queue.id}.`, {
      entityId: queue.id,
      entityName: 'Queue',
    });
  }
  store.touch(u);
  return ok(queueOf(store, queue, joined === true));
};

/**
 * Joins/unjoins a set of queues. Pairs for queues the user is not a member of (or unknown queues) are
 * disregarded, as documented. The response lists the user's memberships named in the request, after the
 * change, filtered by `divisionId` when given.
 */
export const patchUserQueues: Handler = ({ store, params, body, query }) => {
  const u = store.requireUser(params.userId);
  const divisions = query.all('divisionId');
  const items = arrayBody(body, 'UserQueue[]');
  const c = new Checker({}, '', 'UserQueue[]');
  const pairs: Array<{ id: string; joined: boolean }> = [];
  items.forEach((item, i) => {
    if (!isObject(item)) return c.invalid(`[${i}]`, item, 'a UserQueue object');
    const qc = c.child(item, `[${i}]`, 'UserQueue');
    const id = qc.string('id', { required: true });
    const joined = qc.bool('joined', { required: true });
    if (id !== undefined && joined !== undefined) pairs.push({ id, joined });
  });
  c.done();
  let changed = false;
  const affected = new Set<string>();
  for (const pair of pairs) {
    if (store.setJoined(u.id, pair.id, pair.joined)) {
      changed = true;
      affected.add(pair.id);
    }
  }
  if (changed) store.touch(u);
  const rows = store
    .memberships(u.id)
    .filter((m) => affected.has(m.queue.id) && (divisions.length === 0 || divisions.includes(m.queue.divisionId)));
  const entities = rows.map((m) => queueOf(store, m.queue, m.joined));
  const out: UserQueueEntityListing = {
    entities,
    pageSize: Math.max(entities.length, 1),
    pageNumber: 1,
    total: entities.length,
    pageCount: 1,
  };
  return ok(out);
};

// ------------------------------------------------------------------------------------------ routing status

/** "A value of OFF_QUEUE will be returned if the specified user does not exist" (RoutingStatus.status). */
export const getUserRoutingstatus: Handler = ({ store, params }) => {
  const u = store.user(params.userId);
  if (!u || u.state === 'deleted') {
    const out: RoutingStatus = { userId: params.userId, status: 'OFF_QUEUE' };
    return ok(out);
  }
  const rs = store.sub(u).routingStatus;
  const out: RoutingStatus = { userId: u.id, status: rs.status, startTime: rs.startTime };
  return ok(out);
};

export const putUserRoutingstatus: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'RoutingStatus'), '', 'RoutingStatus');
  c.onlyFields(['userId', 'status', 'startTime']);
  const userId = c.string('userId');
  if (userId !== undefined && userId !== u.id) c.invalid('userId', userId, `the path's userId ${u.id}`);
  const status = c.enumOf('status', ROUTING_STATUSES, { required: true });
  c.dateTime('startTime');
  c.done();
  const sub = store.sub(u);
  if (status !== undefined && status !== sub.routingStatus.status) {
    sub.routingStatus = { status, startTime: nowIso() };
  }
  store.touch(u);
  const out: RoutingStatus = { userId: u.id, status: sub.routingStatus.status, startTime: sub.routingStatus.startTime };
  return ok(out);
};
