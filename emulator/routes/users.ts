/**
 * Users and the hierarchy: GET/POST /api/v2/users, GET/PATCH/DELETE /api/v2/users/{userId}, /users/me,
 * PATCH /users/bulk, directreports, superiors, adjacents, favorites.
 */
import type {
  Adjacents,
  Contact,
  Image,
  PatchUser,
  TokenInfo,
  User,
  UserEntityListing,
  UserMe,
} from '../../src/genesys/models.js';
import { expandValuesOf } from '../../src/genesys/operations.js';
import { ok, type Handler, type RouteContext } from '../context.js';
import { ApiError, badBody, badQueryParam, conflict, notFound, VERSION_MISMATCH_MESSAGE } from '../errors.js';
import { listing, paging, sortOrder } from '../query.js';
import {
  divisionedPresencesOf,
  fieldConfigsOf,
  locationDefinitionOf,
  organizationOf,
  orgPresencesOf,
  orgRolesOf,
  renderUser,
  routingSkillsOf,
  trustorOf,
  USERS_PATH,
} from '../render.js';
import { compareByName, nowIso, type EmulatorStore, type UserRecord } from '../store.js';
import { arrayBody, Checker, isObject, objectBody } from '../validate.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BULK_PATCH_CAP = 50;

const ordered = (users: UserRecord[], order: 'ascending' | 'descending'): UserRecord[] =>
  order === 'descending' ? users.slice().reverse() : users;

// ------------------------------------------------------------------------------------------ reads

export const getUsers: Handler = ({ store, query, settings, op }) => {
  const p = paging(query, 500);
  const order = sortOrder(query);
  const expand = query.expand(expandValuesOf(op));
  const ids = query.all('id');
  const jabberIds = query.all('jabberId');
  if (ids.length > 0 && jabberIds.length > 0) {
    throw badQueryParam('jabberId', jabberIds[0], 'jabberId cannot be used with the id parameter');
  }
  const bulk = ids.length > 0 ? ids : jabberIds;
  const bulkName = ids.length > 0 ? 'id' : 'jabberId';
  if (bulk.length > settings.bulkIdCap) {
    throw badQueryParam(bulkName, `${bulk.length} values`, `at most ${settings.bulkIdCap} values`);
  }
  const explicitState = query.has('state')
    ? query.enumOne('state', ['active', 'inactive', 'deleted', 'any'] as const, 'active')
    : undefined;
  let users = store.sortedUsers();
  if (bulk.length > 0) {
    const wanted = new Set(bulk.map((v) => v.toLowerCase()));
    users = users.filter((u) => wanted.has(bulkName === 'id' ? u.id : u.jabberId.toLowerCase()));
    // [INF] With ids and no explicit state, users of any state except deleted are returned (a bulk fetch by id
    // is a lookup, not a listing of active users). Results stay name-sorted like any listing: callers reorder.
    users = users.filter((u) =>
      explicitState === undefined ? u.state !== 'deleted' : explicitState === 'any' || u.state === explicitState,
    );
  } else {
    const state = explicitState ?? 'active';
    if (state !== 'any') users = users.filter((u) => u.state === state);
  }
  const out: UserEntityListing = listing(ordered(users, order), p, USERS_PATH, query, (u) =>
    renderUser(store, u, expand),
  );
  return ok(out);
};

export const getUser: Handler = ({ store, params, query, op }) => {
  const expand = query.expand(expandValuesOf(op));
  const state = query.enumOne('state', ['active', 'deleted'] as const, 'active');
  const u = store.user(params.userId);
  // state=deleted reads a deleted user; without it (state=active) a deleted user is not found.
  if (!u || (state === 'deleted') !== (u.state === 'deleted')) throw notFound('User', params.userId);
  return ok(renderUser(store, u, expand));
};

export function meUser(ctx: RouteContext): UserRecord {
  if (ctx.identity.kind === 'client' || !ctx.identity.userId) {
    throw new ApiError(400, 'bad.request', 'This request is not valid when using the Client Credentials OAuth grant.');
  }
  return ctx.store.requireUser(ctx.identity.userId);
}

export const getUsersMe: Handler = (ctx) => {
  const { store, query } = ctx;
  const expand = query.expand(expandValuesOf(ctx.op));
  if (expand.has('adjacents') && (expand.has('superiors') || expand.has('directreports'))) {
    throw badQueryParam('expand', 'adjacents', 'adjacents is mutually exclusive with superiors and directreports');
  }
  const u = meUser(ctx);
  const { selfUri: _self, ...rest } = renderUser(store, u, expand);
  const me: UserMe = rest;
  const plain = (list: UserRecord[]): User[] => list.slice(0, 50).map((x) => renderUser(store, x));
  if (expand.has('autoanswersettings')) {
    const settings: Record<string, { enabled: boolean }> = {};
    for (const [media, enabled] of Object.entries(store.sub(u).autoAnswer)) settings[media] = { enabled };
    me.autoAnswerSettings = { settings };
  }
  if (expand.has('date')) me.date = { currentDate: nowIso() };
  if (expand.has('geolocationsettings')) {
    me.geolocationSettings = {
      id: store.org.id,
      name: 'Geolocation settings',
      enabled: true,
      mapboxKey: 'pk.emulator-mapbox-key',
      selfUri: '/api/v2/geolocations/settings',
    };
  }
  if (expand.has('organization')) me.organization = organizationOf(store);
  if (expand.has('presencedefinitions')) me.presenceDefinitions = orgPresencesOf(store, store.headId);
  if (expand.has('divisionedpresencedefinitions')) me.divisionedPresenceDefinitions = divisionedPresencesOf(store);
  if (expand.has('locationdefinitions'))
    me.locationDefinitions = [...store.locations.values()].slice(0, 100).map((l) => locationDefinitionOf(store, l));
  if (expand.has('orgauthorization')) me.orgAuthorization = orgRolesOf(store);
  if (expand.has('orgproducts'))
    me.orgProducts = [{ id: 'purecloud' }, { id: 'purecloud-voice' }, { id: 'engage' }, { id: 'wem' }];
  if (expand.has('favorites')) me.favorites = plain(favoritesOf(store, u));
  if (expand.has('superiors')) me.superiors = plain(store.superiors(u).filter((s) => s.state !== 'deleted'));
  if (expand.has('directreports')) me.directReports = plain(store.directReports(u));
  if (expand.has('adjacents')) me.adjacents = adjacentsOf(store, u, new Set(), 50);
  if (expand.has('routingskills')) me.routingSkills = routingSkillsOf(store);
  // `routinglanguages` is an accepted expand value, but UserMe defines no field for it: best effort, nothing set.
  if (expand.has('fieldconfigs')) {
    const fc = fieldConfigsOf(store);
    me.fieldConfigs = { org: fc.org, person: fc.person, group: fc.group };
    if (fc.externalContact) {
      const { entityType: _drop, ...rest } = fc.externalContact;
      me.fieldConfigs.externalContact = rest;
    }
  }
  if (expand.has('token')) me.token = tokenInfoOf(ctx);
  if (expand.has('trustors')) {
    me.trustors = store
      .sub(u)
      .trustorIds.map((id) => store.trustorOrgs.get(id))
      .filter((t) => t !== undefined)
      .map((t) => trustorOf(store, t));
  }
  me.selfUri = `${USERS_PATH}/${u.id}`;
  return ok(me);
};

function tokenInfoOf(ctx: RouteContext): TokenInfo {
  const org = { id: ctx.store.org.id, name: ctx.store.org.name };
  return {
    organization: org,
    homeOrganization: org,
    authorizedScope: ['users', 'users:readonly', 'routing', 'analytics', 'authorization', 'presence'],
    OAuthClient: {
      id: ctx.identity.clientId ?? 'c0ffee00-0000-4000-8000-000000000001',
      name: ctx.identity.clientId ? `OAuth client ${ctx.identity.clientId}` : 'Emulator user token',
      authorizedGrantType: ctx.identity.kind === 'client' ? 'CLIENT-CREDENTIALS' : 'TOKEN',
      state: 'active',
      organization: org,
    },
  };
}

function favoritesOf(store: EmulatorStore, u: UserRecord): UserRecord[] {
  return store
    .sub(u)
    .favoriteIds.map((id) => store.user(id))
    .filter((f): f is UserRecord => f !== undefined && f.state !== 'deleted')
    .sort(compareByName);
}

function adjacentsOf(store: EmulatorStore, u: UserRecord, expand: ReadonlySet<string>, cap: number): Adjacents {
  const mgr = u.managerId ? store.user(u.managerId) : undefined;
  return {
    // Adjacents are one level each way: the immediate manager, the manager's other reports, the user's reports.
    superiors: mgr && mgr.state !== 'deleted' ? [renderUser(store, mgr, expand)] : [],
    siblings: store
      .siblings(u)
      .slice(0, cap)
      .map((x) => renderUser(store, x, expand)),
    directReports: store
      .directReports(u)
      .slice(0, cap)
      .map((x) => renderUser(store, x, expand)),
  };
}

export const getUserDirectreports: Handler = ({ store, params, query, op }) => {
  const expand = query.expand(expandValuesOf(op));
  const u = store.requireUser(params.userId);
  return ok(store.directReports(u).map((x) => renderUser(store, x, expand)));
};

/**
 * Superiors are returned bottom-up: the immediate manager first, then that manager's manager, up to the head
 * of the org. [INF] The docs do not state the order; bottom-up is the natural reading of "superiors".
 */
export const getUserSuperiors: Handler = ({ store, params, query, op }) => {
  const expand = query.expand(expandValuesOf(op));
  const u = store.requireUser(params.userId);
  return ok(
    store
      .superiors(u)
      .filter((s) => s.state !== 'deleted')
      .map((x) => renderUser(store, x, expand)),
  );
};

export const getUserAdjacents: Handler = ({ store, params, query, op }) => {
  const expand = query.expand(expandValuesOf(op));
  const u = store.requireUser(params.userId);
  return ok(adjacentsOf(store, u, expand, Number.MAX_SAFE_INTEGER));
};

export const getUserFavorites: Handler = ({ store, params, query, op }) => {
  const p = paging(query, 100);
  const order = sortOrder(query);
  const expand = query.expand(expandValuesOf(op));
  const u = store.requireUser(params.userId);
  const favs = favoritesOf(store, u);
  const out: UserEntityListing = listing(ordered(favs, order), p, `${USERS_PATH}/${u.id}/favorites`, query, (x) =>
    renderUser(store, x, expand),
  );
  return ok(out);
};

// ------------------------------------------------------------------------------------------ writes

const CONTACT_FIELDS = ['address', 'display', 'mediaType', 'type', 'extension', 'countryCode', 'integration'] as const;
const CONTACT_TYPES = ['PRIMARY', 'WORK', 'WORK2', 'WORK3', 'WORK4', 'HOME', 'MOBILE', 'MAIN', 'OTHER'] as const;

/** Validates Contact[]: mediaType required, address or extension, one entry per (mediaType, type). */
function checkContacts(c: Checker, field: string): Contact[] | undefined {
  const arr = c.array(field);
  if (!arr) return undefined;
  const out: Contact[] = [];
  const seen = new Set<string>();
  arr.forEach((item, i) => {
    if (!isObject(item)) {
      c.invalid(`${field}[${i}]`, item, 'a Contact object');
      return;
    }
    const cc = c.child(item, `${field}[${i}]`, 'Contact');
    cc.onlyFields(CONTACT_FIELDS);
    const mediaType = cc.enumOf('mediaType', ['PHONE', 'EMAIL', 'SMS'] as const, { required: true });
    const type = cc.enumOf('type', CONTACT_TYPES) ?? 'WORK';
    const address = cc.string('address');
    const extension = cc.string('extension');
    const countryCode = cc.string('countryCode');
    const integration = cc.string('integration');
    if (mediaType === 'EMAIL' && address !== undefined && !EMAIL_RE.test(address))
      cc.invalid('address', address, 'an email address');
    if (mediaType && address === undefined && extension === undefined) cc.required('address');
    if (mediaType === 'PHONE' && address !== undefined && !/^\+?[0-9 ()-]{4,20}$/.test(address))
      cc.invalid('address', address, 'a phone number');
    if (mediaType) {
      const key = `${mediaType}/${type}`;
      if (seen.has(key)) cc.constraint('type', `Only one ${mediaType} address of type ${type} is allowed.`);
      seen.add(key);
      const contact: Contact = { mediaType, type };
      if (address !== undefined) {
        contact.address = address;
        contact.display = address;
      }
      if (extension !== undefined) {
        contact.extension = extension;
        if (address === undefined) contact.display = extension;
      }
      if (countryCode !== undefined) contact.countryCode = countryCode;
      if (integration !== undefined) contact.integration = integration;
      out.push(contact);
    }
  });
  return out;
}

function checkImages(c: Checker, field: string): Image[] | undefined {
  const arr = c.array(field);
  if (!arr) return undefined;
  const out: Image[] = [];
  arr.forEach((item, i) => {
    if (!isObject(item)) return c.invalid(`${field}[${i}]`, item, 'an Image object');
    const ic = c.child(item, `${field}[${i}]`, 'Image');
    ic.onlyFields(['resolution', 'imageUri']);
    const resolution = ic.string('resolution');
    const imageUri = ic.string('imageUri', { required: true });
    if (imageUri !== undefined) out.push(resolution === undefined ? { imageUri } : { resolution, imageUri });
  });
  return out;
}

export function checkPasswordPolicy(c: Checker, field: string, value: string | undefined, min: number): void {
  if (value === undefined) return;
  if (value.length < min)
    c.constraint(field, `The password does not meet the password policy: it must be at least ${min} characters long.`);
  else if (value.length > 255)
    c.constraint(field, 'The password does not meet the password policy: it must be at most 255 characters long.');
}

export const postUsers: Handler = ({ store, body, settings }) => {
  const c = new Checker(objectBody(body, 'CreateUser'), '', 'CreateUser');
  c.onlyFields(['name', 'department', 'email', 'addresses', 'title', 'password', 'divisionId', 'state']);
  const name = c.string('name', { required: true, max: 255 });
  const email = c.string('email', { required: true, max: 255 });
  if (email !== undefined && !EMAIL_RE.test(email)) c.invalid('email', email, 'an email address');
  const department = c.string('department', { max: 255 });
  const title = c.string('title', { max: 255 });
  const password = c.string('password');
  checkPasswordPolicy(c, 'password', password, settings.minPasswordLength);
  const divisionId = c.string('divisionId', { nonEmpty: true });
  if (divisionId !== undefined && !store.divisions.has(divisionId))
    c.invalid('divisionId', divisionId, 'the id of an existing division');
  const state = c.enumOf('state', ['active', 'inactive'] as const);
  const addresses = checkContacts(c, 'addresses');
  c.done();
  if (name === undefined || email === undefined) throw badBody('name and email are required', []);
  const existing = store.userByEmail(email);
  if (existing)
    throw conflict(
      `A user with the email address ${email} already exists${existing.state === 'deleted' ? ' (deleted)' : ''}.`,
      existing.id,
    );
  const id = store.newId();
  const u = store.createUser({
    id,
    name,
    email,
    title,
    department,
    divisionId: divisionId ?? [...store.divisions.values()].find((d) => d.homeDivision)?.id ?? '',
    // CreateUser.state: "Active if invites are sent, otherwise Inactive"; the emulator always sends the invite.
    addresses,
    state: state ?? 'active',
    jabberId: `${id.replace(/-/g, '').slice(0, 24)}@northwind.orgspan.com`,
  });
  if (password !== undefined) store.setPassword(u, password);
  return ok(renderUser(store, u));
};

const UPDATE_USER_FIELDS = [
  'id',
  'name',
  'chat',
  'department',
  'email',
  'primaryContactInfo',
  'addresses',
  'title',
  'username',
  'preferredName',
  'manager',
  'images',
  'version',
  'profileSkills',
  'locations',
  'groups',
  'state',
  'acdAutoAnswer',
  'certifications',
  'biography',
  'employerInfo',
  'selfUri',
] as const;

export const patchUser: Handler = ({ store, params, body }) => {
  const u = store.user(params.userId);
  if (!u) throw notFound('User', params.userId);
  const b = objectBody(body, 'UpdateUser');
  const c = new Checker(b, '', 'UpdateUser');
  c.onlyFields(UPDATE_USER_FIELDS);
  const version = c.number('version', { required: true, integer: true });
  const state = c.enumOf('state', ['active', 'inactive', 'deleted'] as const);
  if (state === 'deleted') c.invalid('state', state, 'active, inactive (use DELETE /api/v2/users/{userId} to delete)');
  // A deleted user can only be restored (PATCH with state); anything else on it is not found.
  if (u.state === 'deleted' && !c.present('state')) throw notFound('User', u.id);
  const name = c.string('name', { nonEmpty: true, max: 255 });
  const email = c.string('email', { nonEmpty: true, max: 255 });
  if (email !== undefined && !EMAIL_RE.test(email)) c.invalid('email', email, 'an email address');
  const username = c.string('username', { nonEmpty: true, max: 255 });
  const department = c.string('department', { max: 255 });
  const title = c.string('title', { max: 255 });
  const preferredName = c.string('preferredName', { max: 255 });
  const acdAutoAnswer = c.bool('acdAutoAnswer');
  const certifications = c.stringArray('certifications');
  const profileSkills = c.stringArray('profileSkills');
  const addresses = checkContacts(c, 'addresses');
  const images = checkImages(c, 'images');
  const chat = c.object('chat');
  let jabberId: string | undefined;
  if (chat) {
    const cc = c.child(chat, 'chat', 'Chat');
    cc.onlyFields(['jabberId']);
    jabberId = cc.string('jabberId', { nonEmpty: true });
  }
  let managerId: string | null | undefined;
  if (b.manager === null || b.manager === '') managerId = null;
  else {
    managerId = c.string('manager');
    if (managerId !== undefined) {
      const mgr = store.user(managerId);
      if (!mgr || mgr.state === 'deleted') c.invalid('manager', managerId, 'the id of an existing user');
      else if (mgr.id === u.id || store.superiors(mgr).some((s) => s.id === u.id)) {
        c.constraint('manager', 'A user cannot be managed by themselves or by one of their reports.');
      }
    }
  }
  const locationsIn = c.array('locations');
  const locations: Array<{ id: string; notes?: string; coordinates?: Record<string, number> }> = [];
  locationsIn?.forEach((item, i) => {
    if (!isObject(item)) return c.invalid(`locations[${i}]`, item, 'a Location object');
    const lc = c.child(item, `locations[${i}]`, 'Location');
    lc.onlyFields(['id', 'floorplanId', 'coordinates', 'notes', 'locationDefinition']);
    const lid = lc.string('id', { required: true });
    const notes = lc.string('notes', { max: 500 });
    const coords = lc.object('coordinates');
    if (coords && !Object.values(coords).every((v) => typeof v === 'number'))
      lc.invalid('coordinates', coords, 'a map of numbers');
    if (lid !== undefined && !store.locations.has(lid)) lc.invalid('id', lid, 'the id of an existing location');
    else if (lid !== undefined) {
      const loc: { id: string; notes?: string; coordinates?: Record<string, number> } = { id: lid };
      if (notes !== undefined) loc.notes = notes;
      if (coords) loc.coordinates = coords as Record<string, number>;
      locations.push(loc);
    }
  });
  const groupsIn = c.array('groups');
  const groupIds: string[] = [];
  groupsIn?.forEach((item, i) => {
    if (!isObject(item)) return c.invalid(`groups[${i}]`, item, 'a Group object');
    const gid = c.child(item, `groups[${i}]`, 'Group').string('id', { required: true });
    if (gid !== undefined && !store.groups.has(gid)) c.invalid(`groups[${i}].id`, gid, 'the id of an existing group');
    else if (gid !== undefined) groupIds.push(gid);
  });
  const biography = c.object('biography');
  if (biography) {
    const bc = c.child(biography, 'biography', 'Biography');
    bc.onlyFields(['biography', 'interests', 'hobbies', 'spouse', 'education']);
    bc.string('biography', { max: 2000 });
    bc.stringArray('interests');
    bc.stringArray('hobbies');
    bc.string('spouse');
    bc.array('education')?.forEach((e, i) => {
      if (!isObject(e)) return bc.invalid(`education[${i}]`, e, 'an Education object');
      const ec = bc.child(e, `education[${i}]`, 'Education');
      ec.onlyFields(['school', 'fieldOfStudy', 'notes', 'dateStart', 'dateEnd']);
      ec.string('school');
      ec.string('fieldOfStudy');
      ec.string('notes', { max: 2000 });
      for (const f of ['dateStart', 'dateEnd']) {
        const d = ec.string(f);
        if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) ec.invalid(f, d, 'a date yyyy-MM-dd');
      }
    });
  }
  const employerInfo = c.object('employerInfo');
  if (employerInfo) {
    const ec = c.child(employerInfo, 'employerInfo', 'EmployerInfo');
    ec.onlyFields(['officialName', 'employeeId', 'employeeType', 'dateHire']);
    ec.string('officialName');
    ec.string('employeeId');
    ec.string('employeeType');
    const d = ec.string('dateHire');
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) ec.invalid('dateHire', d, 'a date yyyy-MM-dd');
  }
  c.done();
  if (version !== u.version) throw conflict(VERSION_MISMATCH_MESSAGE, u.id);

  if (state !== undefined) {
    // "If specified, it is the only modifiable field."
    if (state !== u.state) store.setState(u, state);
    store.touch(u);
    return ok(renderUser(store, u));
  }
  if (email !== undefined && email.toLowerCase() !== u.email.toLowerCase()) {
    const other = store.userByEmail(email);
    if (other) throw conflict(`A user with the email address ${email} already exists.`, other.id);
  }
  if (name !== undefined && name !== u.name) {
    u.name = name;
    store.invalidateOrder();
  }
  if (email !== undefined) store.setEmail(u, email);
  if (username !== undefined) u.username = username;
  if (department !== undefined) u.department = department;
  if (title !== undefined) u.title = title;
  if (preferredName !== undefined) u.preferredName = preferredName;
  if (acdAutoAnswer !== undefined) {
    u.acdAutoAnswer = acdAutoAnswer;
    store.sub(u).autoAnswer.call = acdAutoAnswer;
  }
  if (certifications !== undefined) u.certifications = [...certifications];
  if (profileSkills !== undefined) store.sub(u).profileSkills = [...new Set(profileSkills)];
  if (addresses !== undefined) u.addresses = addresses;
  if (images !== undefined) u.images = images;
  if (jabberId !== undefined) u.jabberId = jabberId;
  if (managerId !== undefined) store.setManager(u, managerId ?? undefined);
  if (locationsIn !== undefined) store.sub(u).locations = locations;
  if (groupsIn !== undefined) store.setGroups(u, groupIds);
  if (biography !== undefined) u.biography = structuredClone(biography);
  if (employerInfo !== undefined) u.employerInfo = { ...employerInfo };
  store.touch(u);
  return ok(renderUser(store, u));
};

export const deleteUser: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.disassociateStation(u);
  store.clearDefaultStation(u);
  store.setState(u, 'deleted');
  store.touch(u);
  return ok({});
};

export const patchUsersBulk: Handler = ({ store, body }) => {
  const items = arrayBody(body, 'PatchUser[]');
  if (items.length > BULK_PATCH_CAP) {
    throw new ApiError(
      400,
      'constraint.validation',
      `Max ${BULK_PATCH_CAP} users can be updated at a time (got ${items.length}).`,
      {
        details: [{ errorCode: 'constraint.validation', fieldName: 'body' }],
      },
    );
  }
  const c = new Checker({}, '', 'PatchUser[]');
  const updates: Array<{ user: UserRecord; patch: PatchUser }> = [];
  items.forEach((item, i) => {
    if (!isObject(item)) return c.invalid(`[${i}]`, item, 'a PatchUser object');
    const pc = c.child(item, `[${i}]`, 'PatchUser');
    pc.onlyFields(['id', 'acdAutoAnswer', 'name', 'selfUri']);
    const id = pc.string('id', { required: true });
    const acdAutoAnswer = pc.bool('acdAutoAnswer', { required: true });
    if (id !== undefined && acdAutoAnswer !== undefined) {
      const user = store.user(id);
      if (!user || user.state === 'deleted') throw notFound('User', id);
      updates.push({ user, patch: { id, acdAutoAnswer } });
    }
  });
  c.done();
  for (const { user, patch } of updates) {
    user.acdAutoAnswer = patch.acdAutoAnswer === true;
    store.sub(user).autoAnswer.call = user.acdAutoAnswer;
    store.touch(user);
  }
  const entities = updates.map(({ user }) => renderUser(store, user));
  const out: UserEntityListing = {
    entities,
    pageSize: entities.length,
    pageNumber: 1,
    total: entities.length,
    pageCount: 1,
  };
  return ok(out);
};
