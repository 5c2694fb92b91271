/** Deprecated-but-seeded profile endpoints and the field config. */
import type { UserProfileEntityListing } from '../../src/genesys/models.js';
import { expandValuesOf, operations } from '../../src/genesys/operations.js';
import { ok, type Handler } from '../context.js';
import { badQueryParam } from '../errors.js';
import { listing, paging, sortOrder } from '../query.js';
import { fieldConfigOf, renderProfile, type FieldConfigType } from '../render.js';

export const getUserProfile: Handler = ({ store, params, query }) => {
  const expand = query.expand(expandValuesOf(operations.getUserProfile));
  const u = store.requireUser(params.userId);
  return ok(renderProfile(store, u, expand));
};

/** Profiles listing: `id` / `jid` (jabber id) filters, `state` (active default, or deleted), name order. */
export const getProfilesUsers: Handler = ({ store, query, settings }) => {
  const p = paging(query, 100);
  const order = sortOrder(query);
  const expand = query.expand(expandValuesOf(operations.getProfilesUsers));
  const state = query.enumOne('state', ['active', 'deleted'] as const, 'active');
  const ids = query.all('id');
  const jids = query.all('jid').map((j) => j.toLowerCase());
  if (ids.length > settings.bulkIdCap)
    throw badQueryParam('id', `${ids.length} values`, `at most ${settings.bulkIdCap} values`);
  if (jids.length > settings.bulkIdCap)
    throw badQueryParam('jid', `${jids.length} values`, `at most ${settings.bulkIdCap} values`);
  let users = store.sortedUsers().filter((u) => u.state === state);
  if (ids.length > 0) {
    const set = new Set(ids);
    users = users.filter((u) => set.has(u.id));
  }
  if (jids.length > 0) {
    const set = new Set(jids);
    users = users.filter((u) => set.has(u.jabberId.toLowerCase()));
  }
  if (order === 'descending') users = users.slice().reverse();
  const out: UserProfileEntityListing = listing(users, p, '/api/v2/profiles/users', query, (u) =>
    renderProfile(store, u, expand),
  );
  return ok(out);
};

const FIELD_TYPES: readonly FieldConfigType[] = ['person', 'group', 'org', 'externalContact'];

export const getFieldconfig: Handler = ({ store, query }) => {
  const raw = query.one('type');
  if (raw === undefined) throw badQueryParam('type', '', FIELD_TYPES.join(', '));
  const type = FIELD_TYPES.find((t) => t === raw);
  if (!type) throw badQueryParam('type', raw, FIELD_TYPES.join(', '));
  return ok(fieldConfigOf(store, type));
};
