import type { User, UserEntityListing } from '../../src/genesys/models.js';
import { startEmulator } from '../../emulator/index.js';
import { expectError, harness, UUID_RE, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const names = (l: UserEntityListing): string[] => (l.entities ?? []).map((u) => u.name ?? '');
const sortedCopy = (a: string[]): string[] =>
  a.slice().sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0));

describe('GET /api/v2/users paging', () => {
  it('defaults to 25 per page, page 1, active users, sorted by name, with relative URIs', async () => {
    const res = await h.get<UserEntityListing>('/api/v2/users');
    const l = res.body;
    const active = h.emu.store.userList.filter((u) => u.state === 'active').length;
    expect(l.pageSize).toBe(25);
    expect(l.pageNumber).toBe(1);
    expect(l.total).toBe(active);
    expect(l.pageCount).toBe(Math.ceil(active / 25));
    expect(l.entities).toHaveLength(25);
    expect((l.entities ?? []).every((u) => u.state === 'active')).toBe(true);
    const ns = names(l);
    expect(ns.map((n) => n.toLowerCase())).toEqual(
      ns
        .map((n) => n.toLowerCase())
        .slice()
        .sort(),
    );
    expect(l.firstUri).toBe('/api/v2/users?pageSize=25&pageNumber=1');
    expect(l.selfUri).toBe('/api/v2/users?pageSize=25&pageNumber=1');
    expect(l.nextUri).toBe('/api/v2/users?pageSize=25&pageNumber=2');
    expect(l.lastUri).toBe(`/api/v2/users?pageSize=25&pageNumber=${l.pageCount}`);
    expect(l).not.toHaveProperty('previousUri');
  });

  it('follows nextUri to the last page, which has previousUri and no nextUri', async () => {
    const first = (await h.get<UserEntityListing>('/api/v2/users?pageSize=100&state=any')).body;
    const second = (await h.get<UserEntityListing>(first.nextUri ?? '')).body;
    expect(second.pageNumber).toBe(2);
    expect(second.previousUri).toBe('/api/v2/users?pageSize=100&pageNumber=1&state=any');
    const last = (await h.get<UserEntityListing>(first.lastUri ?? '')).body;
    expect(last.pageNumber).toBe(3);
    expect(last).not.toHaveProperty('nextUri');
    expect(last.entities).toHaveLength(300 - 200);
    const all = [...(first.entities ?? []), ...(second.entities ?? []), ...(last.entities ?? [])].map((u) => u.id);
    expect(new Set(all).size).toBe(300);
  });

  it('caps pageSize at 500 for /users and 100 elsewhere', async () => {
    expect((await h.get<UserEntityListing>('/api/v2/users?pageSize=500')).body.entities?.length).toBeGreaterThan(250);
    expectError(await h.get('/api/v2/users?pageSize=501'), 400, 'invalid.query.param.value');
    expect((await h.get(`/api/v2/users/${h.f.richUser}/favorites?pageSize=100`)).status).toBe(200);
    expectError(await h.get(`/api/v2/users/${h.f.richUser}/favorites?pageSize=101`), 400, 'invalid.query.param.value');
    expectError(await h.get(`/api/v2/users/${h.f.richUser}/trustors?pageSize=0`), 400, 'invalid.query.param.value');
  });

  it('sorts descending with sortOrder=descending (and DESC)', async () => {
    const asc = names((await h.get<UserEntityListing>('/api/v2/users?pageSize=500')).body);
    const desc = names((await h.get<UserEntityListing>('/api/v2/users?pageSize=500&sortOrder=descending')).body);
    const DESC = names((await h.get<UserEntityListing>('/api/v2/users?pageSize=500&sortOrder=DESC')).body);
    expect(desc).toEqual(asc.slice().reverse());
    expect(DESC).toEqual(desc);
  });

  it('filters by state: active (default), inactive, deleted, any', async () => {
    const count = async (state: string): Promise<number> =>
      (await h.get<UserEntityListing>(`/api/v2/users?pageSize=1&state=${state}`)).body.total ?? -1;
    const store = h.emu.store.userList;
    expect(await count('inactive')).toBe(store.filter((u) => u.state === 'inactive').length);
    expect(await count('deleted')).toBe(store.filter((u) => u.state === 'deleted').length);
    expect(await count('any')).toBe(300);
    const deleted = (await h.get<UserEntityListing>('/api/v2/users?state=deleted&pageSize=100')).body.entities ?? [];
    expect(deleted.map((u) => u.id)).toContain(h.f.deletedUser);
    expect(deleted.every((u) => u.state === 'deleted' && u.manager?.id !== undefined)).toBe(true);
  });
});

describe('bulk GET by id', () => {
  it('returns the requested users name-sorted (not in request order), missing ids absent, deleted excluded', async () => {
    const ids = h.emu.store.userList.slice(0, 12).map((u) => u.id);
    const query = [...ids, '00000000-0000-4000-8000-000000000000', h.f.deletedUser, h.f.inactiveUser]
      .map((id) => `id=${id}`)
      .join('&');
    const l = (await h.get<UserEntityListing>(`/api/v2/users?pageSize=100&${query}`)).body;
    const got = (l.entities ?? []).map((u) => u.id);
    expect(new Set(got)).toEqual(new Set([...ids, h.f.inactiveUser]));
    expect(names(l)).toEqual(sortedCopy(names(l)));
    expect(l.total).toBe(13);
    const withDeleted = (await h.get<UserEntityListing>(`/api/v2/users?id=${h.f.deletedUser}&state=deleted`)).body;
    expect(withDeleted.entities?.[0]?.id).toBe(h.f.deletedUser);
  });

  it('accepts comma-separated ids and rejects more than 100 ids', async () => {
    const [a, b] = h.emu.store.userList.map((u) => u.id);
    const l = (await h.get<UserEntityListing>(`/api/v2/users?id=${a},${b}`)).body;
    expect(l.total).toBe(2);
    const many = h.emu.store.userList
      .slice(0, 101)
      .map((u) => `id=${u.id}`)
      .join('&');
    expectError(await h.get(`/api/v2/users?${many}`), 400, 'invalid.query.param.value');
    const hundred = h.emu.store.userList
      .slice(0, 100)
      .map((u) => `id=${u.id}`)
      .join('&');
    expect((await h.get(`/api/v2/users?pageSize=100&${hundred}`)).status).toBe(200);
  });
});

describe('user shape and expand', () => {
  it('returns the base user: division, manager reference, contacts, version, no expand-only fields', async () => {
    const u = (await h.get<User>(`/api/v2/users/${h.f.richUser}`)).body;
    expect(u.id).toMatch(UUID_RE);
    expect(u.division).toEqual({
      id: expect.stringMatching(UUID_RE),
      name: expect.any(String),
      selfUri: `/api/v2/authorization/divisions/${u.division?.id}`,
    });
    expect(Object.keys(u.manager ?? {}).sort()).toEqual(['id', 'selfUri']);
    expect(u.version).toBe(1);
    expect(u.selfUri).toBe(`/api/v2/users/${u.id}`);
    expect(u.email).toMatch(/@northwind\.example$/);
    expect(u.chat?.jabberId).toMatch(/@northwind\.orgspan\.com$/);
    expect(u.addresses?.some((c) => c.mediaType === 'PHONE' && c.extension)).toBe(true);
    expect(u.primaryContactInfo?.[0]).toEqual({ address: u.email, mediaType: 'EMAIL', type: 'PRIMARY' });
    for (const f of [
      'routingStatus',
      'presence',
      'station',
      'authorization',
      'skills',
      'languages',
      'geolocation',
      'outOfOffice',
      'groups',
      'locations',
      'profileSkills',
      'dateLastLogin',
    ]) {
      expect(u).not.toHaveProperty(f);
    }
  });

  it('sets expanded fields with the model field names (repeated or comma-separated expand)', async () => {
    const all = [
      'routingStatus',
      'presence',
      'conversationSummary',
      'outOfOffice',
      'geolocation',
      'station',
      'authorization',
      'profileSkills',
      'locations',
      'groups',
      'skills',
      'languages',
      'team',
      'languagePreference',
      'dateLastLogin',
      'lasttokenissued',
      'workPlanBidRanks',
      'employerInfo',
    ];
    const u = (
      await h.get<User>(
        `/api/v2/users/${h.f.richUser}?expand=${all.slice(0, 9).join(',')}&${all
          .slice(9)
          .map((e) => `expand=${e}`)
          .join('&')}`,
      )
    ).body;
    expect(u.routingStatus?.userId).toBe(h.f.richUser);
    expect(u.presence?.presenceDefinition?.systemPresence).toEqual(expect.any(String));
    expect(u.presence?.source).toBe('PURECLOUD');
    expect(u.conversationSummary?.userId).toBe(h.f.richUser);
    expect(u.outOfOffice?.active).toBe(true);
    expect(u.geolocation?.primary).toBe(true);
    expect(u.station?.associatedStation?.id).toBe(h.f.stationId);
    expect(u.station?.effectiveStation?.id).toBe(h.f.stationId);
    expect(u.authorization?.roles?.length).toBeGreaterThan(0);
    expect(u.authorization?.permissions).toContain('routing:queue:join');
    expect(u.profileSkills?.length).toBeGreaterThan(0);
    expect(u.locations?.[0]?.locationDefinition?.address?.city).toEqual(expect.any(String));
    expect(u.groups?.[0]?.name).toEqual(expect.any(String));
    expect(u.skills?.[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        name: expect.any(String),
        proficiency: expect.any(Number),
        state: expect.any(String),
      }),
    );
    expect(u.languages?.length).toBeGreaterThanOrEqual(2);
    expect(u.team?.id).toEqual(expect.any(String));
    expect(u.languagePreference).toEqual(expect.any(String));
    expect(u.dateLastLogin).toEqual(expect.any(String));
    expect(u.lastTokenIssued?.dateIssued).toEqual(expect.any(String));
    expect(u.workPlanBidRanks?.id).toBe(h.f.richUser);
    expect(u.employerInfo?.employeeId).toMatch(/^NW/);
  });

  it('applies expand to listings as well', async () => {
    const l = (await h.get<UserEntityListing>('/api/v2/users?pageSize=5&expand=presence&expand=routingStatus')).body;
    expect((l.entities ?? []).every((u) => u.presence !== undefined && u.routingStatus !== undefined)).toBe(true);
    expect(l.selfUri).toBe('/api/v2/users?pageSize=5&pageNumber=1&expand=presence&expand=routingStatus');
  });
});

describe('GET /api/v2/users/{userId} states', () => {
  it('returns inactive users, hides deleted ones unless state=deleted', async () => {
    expect((await h.get<User>(`/api/v2/users/${h.f.inactiveUser}`)).body.state).toBe('inactive');
    expectError(await h.get(`/api/v2/users/${h.f.deletedUser}`), 404, 'not.found');
    const del = await h.get<User>(`/api/v2/users/${h.f.deletedUser}?state=deleted`);
    expect(del.status).toBe(200);
    expect(del.body.state).toBe('deleted');
    expect(del.body.manager?.id).toEqual(expect.any(String));
    expectError(await h.get(`/api/v2/users/${h.f.richUser}?state=deleted`), 404, 'not.found');
  });
});

describe('determinism', () => {
  it('gives the same org, ids included, for the same seed and a different one for another seed', async () => {
    const a = await startEmulator({ port: 0, users: 60, seed: 7 });
    const b = await startEmulator({ port: 0, users: 60, seed: 7 });
    const c = await startEmulator({ port: 0, users: 60, seed: 8 });
    try {
      const idsA = a.store.userList.map((u) => `${u.id}:${u.name}:${u.managerId ?? ''}`);
      expect(b.store.userList.map((u) => `${u.id}:${u.name}:${u.managerId ?? ''}`)).toEqual(idsA);
      expect(c.store.userList.map((u) => u.id)).not.toEqual(a.store.userList.map((u) => u.id));
      expect(b.store.fixtures()).toEqual(a.store.fixtures());
      // Lazily generated sub-resources agree whatever order they are first read in.
      const rich = a.store.fixtures().richUser;
      const ra = await fetch(`${a.url}/api/v2/users/${rich}?expand=skills,languages,presence,outOfOffice`, {
        headers: { Authorization: 'Bearer t' },
      });
      const other = b.store.userList[5].id;
      await fetch(`${b.url}/api/v2/users/${other}?expand=skills`, { headers: { Authorization: 'Bearer t' } });
      const rb = await fetch(`${b.url}/api/v2/users/${rich}?expand=skills,languages,presence,outOfOffice`, {
        headers: { Authorization: 'Bearer t' },
      });
      expect(await rb.json()).toEqual(await ra.json());
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('builds a manager tree at least 7 levels deep even at 50 users', async () => {
    const small = await startEmulator({ port: 0, users: 50 });
    try {
      const f = small.store.fixtures();
      expect(f.deepUserLevels).toBeGreaterThanOrEqual(7);
      const deep = small.store.user(f.deepUser);
      expect(deep && small.store.superiors(deep).length).toBeGreaterThanOrEqual(6);
      expect(small.store.superiors(deep ?? small.store.userList[0]).at(-1)?.id).toBe(f.headOfOrg);
      const mom = small.store.user(f.managerOfManagers);
      expect(
        mom?.reportIds.filter((id) => (small.store.user(id)?.reportIds.length ?? 0) > 0).length,
      ).toBeGreaterThanOrEqual(3);
    } finally {
      await small.close();
    }
  });
});
