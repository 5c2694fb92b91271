/**
 * Per-user sub-resources: station, out-of-office, call forwarding, geolocations, profile skills, roles,
 * trustors, invite and passwords.
 */
import type { CallRoute, TrustorEntityListing, UserAuthorization } from '../../src/genesys/models.js';
import { noContent, ok, type Handler } from '../context.js';
import { ApiError, conflict, notFound } from '../errors.js';
import { LOCATION_SITES } from '../names.js';
import { listing, paging } from '../query.js';
import {
  authorizationOf,
  callForwardingOf,
  geolocationOf,
  outOfOfficeOf,
  stationsOf,
  trustorOf,
  USERS_PATH,
} from '../render.js';
import {
  nowIso,
  type EmulatorStore,
  type GeoRecord,
  type TrustorOrgRecord,
  type UserRecord,
  type UserSub,
} from '../store.js';
import { arrayBody, Checker, isObject, objectBody } from '../validate.js';
import { checkPasswordPolicy, meUser } from './users.js';

// ------------------------------------------------------------------------------------------ station

export const getUserStation: Handler = ({ store, params }) => ok(stationsOf(store, store.requireUser(params.userId)));

export const putUserStationAssociatedstationStationId: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.associateStation(u, params.stationId);
  store.touch(u);
  return noContent();
};

export const putUserStationDefaultstationStationId: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.setDefaultStation(u, params.stationId);
  store.touch(u);
  return noContent();
};

export const deleteUserStationAssociatedstation: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.disassociateStation(u);
  store.touch(u);
  return noContent();
};

export const deleteUserStationDefaultstation: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.clearDefaultStation(u);
  store.touch(u);
  return noContent();
};

// ------------------------------------------------------------------------------------------ out of office

export const getUserOutofoffice: Handler = ({ store, params }) =>
  ok(outOfOfficeOf(store, store.requireUser(params.userId)));

/** PUT replaces the out-of-office settings. An active, non-indefinite OOO needs both dates, end after start. */
export const putUserOutofoffice: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'OutOfOffice'), '', 'OutOfOffice');
  c.onlyFields(['id', 'name', 'user', 'startDate', 'endDate', 'active', 'indefinite', 'selfUri']);
  const active = c.bool('active') ?? false;
  const indefinite = c.bool('indefinite') ?? false;
  const startDate = c.dateTime('startDate');
  const endDate = c.dateTime('endDate');
  if (active && !indefinite) {
    if (startDate === undefined && !c.problems.some((p) => p.field === 'startDate')) c.required('startDate');
    if (endDate === undefined && !c.problems.some((p) => p.field === 'endDate')) c.required('endDate');
  }
  if (startDate && endDate && Date.parse(endDate) <= Date.parse(startDate))
    c.constraint('endDate', 'endDate must be after startDate.');
  c.done();
  const ooo: UserSub['outOfOffice'] = { id: u.id, active, indefinite };
  if (startDate !== undefined) ooo.startDate = startDate;
  if (endDate !== undefined && !indefinite) ooo.endDate = endDate;
  store.sub(u).outOfOffice = ooo;
  store.touch(u);
  return ok(outOfOfficeOf(store, u));
};

// ------------------------------------------------------------------------------------------ call forwarding

export const getUserCallforwarding: Handler = ({ store, params }) =>
  ok(callForwardingOf(store, store.requireUser(params.userId)));

const E164 = /^\+[1-9]\d{6,14}$/;

function checkCallForwarding(
  store: EmulatorStore,
  body: unknown,
): {
  enabled?: boolean;
  calls?: CallRoute[];
  voicemail?: 'PURECLOUD' | 'LASTCALL' | 'NONE';
  phoneNumber?: string;
} {
  const c = new Checker(objectBody(body, 'CallForwarding'), '', 'CallForwarding');
  c.onlyFields(['id', 'name', 'user', 'enabled', 'phoneNumber', 'calls', 'voicemail', 'modifiedDate', 'selfUri']);
  const enabled = c.bool('enabled');
  const voicemail = c.enumOf('voicemail', ['PURECLOUD', 'LASTCALL', 'NONE'] as const);
  const phoneNumber = c.string('phoneNumber');
  if (phoneNumber !== undefined && !E164.test(phoneNumber))
    c.invalid('phoneNumber', phoneNumber, 'an E.164 phone number');
  const rawCalls = c.array('calls');
  let calls: CallRoute[] | undefined;
  if (rawCalls) {
    calls = [];
    rawCalls.forEach((route, i) => {
      if (!isObject(route)) return c.invalid(`calls[${i}]`, route, 'a CallRoute object');
      const rc = c.child(route, `calls[${i}]`, 'CallRoute');
      rc.onlyFields(['targets']);
      const targets = rc.array('targets', { required: true });
      const outTargets: NonNullable<CallRoute['targets']> = [];
      targets?.forEach((t, j) => {
        if (!isObject(t)) return rc.invalid(`targets[${j}]`, t, 'a CallTarget object');
        const tc = rc.child(t, `targets[${j}]`, 'CallTarget');
        tc.onlyFields(['type', 'value']);
        const type = tc.enumOf('type', ['STATION', 'PHONENUMBER'] as const, { required: true });
        const value = tc.string('value', { required: true });
        if (type === 'PHONENUMBER' && value !== undefined && !E164.test(value))
          tc.invalid('value', value, 'an E.164 phone number');
        if (type === 'STATION' && value !== undefined && !store.stations.has(value))
          tc.invalid('value', value, 'the id of an existing station');
        if (type && value !== undefined) outTargets.push({ type, value });
      });
      if (targets && targets.length === 0) rc.constraint('targets', 'A call route needs at least one target.');
      calls?.push({ targets: outTargets });
    });
  }
  c.done();
  return { enabled, calls, voicemail, phoneNumber };
}

function enabledNeedsCalls(enabled: boolean, calls: CallRoute[], phoneNumber: string | undefined): void {
  if (enabled && calls.length === 0 && !phoneNumber) {
    throw new ApiError(
      400,
      'constraint.validation',
      'Call forwarding cannot be enabled without at least one call route.',
      {
        details: [{ errorCode: 'constraint.validation', fieldName: 'calls' }],
      },
    );
  }
}

/** PUT replaces the whole configuration: omitted fields take their defaults (disabled, no calls, PURECLOUD voicemail). */
export const putUserCallforwarding: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const v = checkCallForwarding(store, body);
  const enabled = v.enabled ?? false;
  const calls = v.calls ?? [];
  enabledNeedsCalls(enabled, calls, v.phoneNumber);
  const sub = store.sub(u);
  sub.callForwarding = { id: u.id, enabled, calls, voicemail: v.voicemail ?? 'PURECLOUD', modifiedDate: nowIso() };
  if (v.phoneNumber !== undefined) sub.callForwarding.phoneNumber = v.phoneNumber;
  store.touch(u);
  return ok(callForwardingOf(store, u));
};

/** PATCH merges: only the fields present change. */
export const patchUserCallforwarding: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const v = checkCallForwarding(store, body);
  const cur = store.sub(u).callForwarding;
  const next = { ...cur, calls: cur.calls };
  if (v.enabled !== undefined) next.enabled = v.enabled;
  if (v.calls !== undefined) next.calls = v.calls;
  if (v.voicemail !== undefined) next.voicemail = v.voicemail;
  if (v.phoneNumber !== undefined) next.phoneNumber = v.phoneNumber;
  enabledNeedsCalls(next.enabled, next.calls, next.phoneNumber);
  next.modifiedDate = nowIso();
  store.sub(u).callForwarding = next;
  store.touch(u);
  return ok(callForwardingOf(store, u));
};

// ------------------------------------------------------------------------------------------ geolocation

export const getUserGeolocation: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  const g = store.sub(u).geolocations.get(params.clientId);
  if (!g) throw notFound('Geolocation', params.clientId);
  return ok(geolocationOf(store, u, g));
};

/** The nearest known site, to resolve city/region/country from coordinates. */
function nearestSite(lat: number, lon: number): (typeof LOCATION_SITES)[number] {
  let best = LOCATION_SITES[0];
  let bestD = Number.POSITIVE_INFINITY;
  for (const s of LOCATION_SITES) {
    const d = (s.lat - lat) ** 2 + (s.lon - lon) ** 2;
    if (d < bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

/**
 * PATCH, three ways (combinable with `primary`): set `primary`; send latitude+longitude (city, region and
 * country are resolved from the nearest known site; upstream does this asynchronously, the emulator at once);
 * or send city/region/country. A clientId the user has not used yet is created.
 */
export const patchUserGeolocation: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'Geolocation'), '', 'Geolocation');
  c.onlyFields([
    'id',
    'name',
    'type',
    'primary',
    'latitude',
    'longitude',
    'country',
    'region',
    'city',
    'locations',
    'selfUri',
  ]);
  const type = c.string('type', { max: 50 });
  const primary = c.bool('primary');
  const latitude = c.number('latitude', { min: -90, max: 90 });
  const longitude = c.number('longitude', { min: -180, max: 180 });
  const country = c.string('country');
  const region = c.string('region');
  const city = c.string('city');
  const hasLat = c.present('latitude');
  const hasLon = c.present('longitude');
  if (hasLat !== hasLon) c.required(hasLat ? 'longitude' : 'latitude');
  if (
    !hasLat &&
    !hasLon &&
    primary === undefined &&
    country === undefined &&
    region === undefined &&
    city === undefined &&
    type === undefined &&
    c.problems.length === 0
  ) {
    c.constraint('body', 'Provide primary, latitude and longitude, or city/region/country.');
  }
  c.done();
  const sub = store.sub(u);
  const clientId = params.clientId;
  const g: GeoRecord = sub.geolocations.get(clientId) ?? { clientId, type: type ?? 'web', locationIds: [] };
  if (type !== undefined) g.type = type;
  if (latitude !== undefined && longitude !== undefined) {
    g.latitude = latitude;
    g.longitude = longitude;
    const site = nearestSite(latitude, longitude);
    g.city = site.city;
    g.region = site.region;
    g.country = site.country;
  }
  if (country !== undefined) g.country = country;
  if (region !== undefined) g.region = region;
  if (city !== undefined) g.city = city;
  sub.geolocations.set(clientId, g);
  if (primary === true) sub.primaryClientId = clientId;
  store.touch(u);
  return ok(geolocationOf(store, u, g));
};

// ------------------------------------------------------------------------------------------ profile skills

export const getUserProfileskills: Handler = ({ store, params }) =>
  ok([...store.sub(store.requireUser(params.userId)).profileSkills]);

export const putUserProfileskills: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const items = arrayBody(body, 'string[]');
  const c = new Checker({}, '', 'string[]');
  items.forEach((s, i) => {
    if (typeof s !== 'string') c.invalid(`[${i}]`, s, 'a string');
    else if (s.trim() === '') c.constraint(`[${i}]`, 'A profile skill must not be empty.');
    else if (s.length > 100) c.constraint(`[${i}]`, 'A profile skill must be at most 100 characters.');
  });
  c.done();
  store.sub(u).profileSkills = [...new Set(items as string[])];
  store.touch(u);
  return ok([...store.sub(u).profileSkills]);
};

// ------------------------------------------------------------------------------------------ roles

export const getUserRoles: Handler = ({ store, params }) => {
  const out: UserAuthorization = authorizationOf(store, store.requireUser(params.userId), true, false);
  return ok(out);
};

export const putUserRoles: Handler = ({ store, params, body }) => {
  const u = store.requireUser(params.userId);
  const items = arrayBody(body, 'string[]');
  const c = new Checker({}, '', 'string[]');
  items.forEach((s, i) => {
    if (typeof s !== 'string') c.invalid(`[${i}]`, s, 'a role id');
  });
  c.done();
  const ids = [...new Set(items as string[])];
  const unknown = ids.find((id) => !store.roles.has(id));
  if (unknown !== undefined) throw notFound('Role', unknown);
  store.sub(u).roleIds = ids;
  store.touch(u);
  const out: UserAuthorization = authorizationOf(store, u, true, false);
  return ok(out);
};

/** Seed-only operation (gone from the current API): removes every role. */
export const deleteUserRoles: Handler = ({ store, params }) => {
  const u = store.requireUser(params.userId);
  store.sub(u).roleIds = [];
  store.touch(u);
  return noContent();
};

// ------------------------------------------------------------------------------------------ trustors

export const getUserTrustors: Handler = ({ store, params, query }) => {
  const p = paging(query, 100);
  const u = store.requireUser(params.userId);
  const orgs = store
    .sub(u)
    .trustorIds.map((id) => store.trustorOrgs.get(id))
    .filter((t): t is TrustorOrgRecord => t !== undefined);
  const out: TrustorEntityListing = listing(orgs, p, `${USERS_PATH}/${u.id}/trustors`, query, (t) =>
    trustorOf(store, t),
  );
  return ok(out);
};

// ------------------------------------------------------------------------------------------ invite, passwords

/**
 * Sends the activation email. [INF] When an invitation is already outstanding and `force` is not true, the
 * emulator answers 409 general.conflict (the docs only say force "resends the invitation even if one is
 * already outstanding"). Success is 204 (no body).
 */
export const postUserInvite: Handler = ({ store, params, query }) => {
  const force = query.bool('force', false);
  const u = store.requireUser(params.userId);
  const sub = store.sub(u);
  if (sub.inviteOutstanding && !force) {
    throw conflict('An invitation is already outstanding for this user. Use force=true to resend it.', u.id);
  }
  sub.inviteOutstanding = true;
  u.dateWelcomeSent = nowIso();
  store.touch(u);
  return noContent();
};

function setPassword(store: EmulatorStore, u: UserRecord, password: string): void {
  store.setPassword(u, password);
  store.sub(u).inviteOutstanding = false;
  store.touch(u);
}

export const postUserPassword: Handler = ({ store, params, body, settings }) => {
  const u = store.requireUser(params.userId);
  const c = new Checker(objectBody(body, 'ChangePasswordRequest'), '', 'ChangePasswordRequest');
  c.onlyFields(['newPassword']);
  const newPassword = c.string('newPassword', { required: true });
  checkPasswordPolicy(c, 'newPassword', newPassword, settings.minPasswordLength);
  c.done();
  if (newPassword !== undefined) setPassword(store, u, newPassword);
  return noContent();
};

/** The caller's own password: user tokens only; the old password must match. */
export const postUsersMePassword: Handler = (ctx) => {
  const { store, body, settings } = ctx;
  const u = meUser(ctx);
  const c = new Checker(objectBody(body, 'ChangeMyPasswordRequest'), '', 'ChangeMyPasswordRequest');
  c.onlyFields(['newPassword', 'oldPassword']);
  const newPassword = c.string('newPassword', { required: true });
  const oldPassword = c.string('oldPassword', { required: true });
  checkPasswordPolicy(c, 'newPassword', newPassword, settings.minPasswordLength);
  c.done();
  if (oldPassword === undefined || newPassword === undefined) return noContent();
  if (!store.checkPassword(u, oldPassword)) {
    throw new ApiError(400, 'bad.request', 'The old password is incorrect.', {
      details: [{ errorCode: 'invalid.value', fieldName: 'oldPassword' }],
    });
  }
  setPassword(store, u, newPassword);
  return noContent();
};
