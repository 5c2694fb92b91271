import type {
  CallForwarding,
  Geolocation,
  OutOfOffice,
  RoutingStatus,
  User,
  UserAuthorization,
  UserEntityListing,
  UserQueue,
  UserQueueEntityListing,
  UserRoutingLanguage,
  UserRoutingSkill,
  UserSkillEntityListing,
  UserStations,
} from '../../src/genesys/models.js';
import type { UserRecord } from '../../emulator/index.js';
import { expectError, harness, UUID_RE, type Harness } from './helpers.js';

let h: Harness;
let agents: UserRecord[];
let next = 2;
/** A fresh active agent for each test that mutates one (the first two are fixture users). */
const freshAgent = (): UserRecord => {
  while (
    next < agents.length &&
    (agents[next].state !== 'active' || h.emu.store.stationLinks(agents[next].id).associated === undefined)
  )
    next++;
  const u = agents[next++];
  if (!u) throw new Error('ran out of agents');
  return u;
};
const versionOf = async (id: string): Promise<number> => (await h.get<User>(`/api/v2/users/${id}`)).body.version ?? -1;

beforeAll(async () => {
  h = await harness();
  agents = h.emu.store.userList.filter((u) => u.agent);
});
afterAll(() => h.close());

describe('PATCH /api/v2/users/{userId}', () => {
  it('applies a partial update and increments the version', async () => {
    const u = freshAgent();
    const res = await h.send<User>('PATCH', `/api/v2/users/${u.id}`, {
      version: 1,
      title: 'Principal Agent',
      department: 'Billing',
      acdAutoAnswer: true,
      preferredName: 'Zed',
      addresses: [
        { address: '+13175550100', mediaType: 'PHONE', type: 'MOBILE' },
        { extension: '4242', mediaType: 'PHONE', type: 'WORK2' },
      ],
      profileSkills: ['SQL', 'SQL', 'Coaching'],
      locations: [{ id: h.f.locationIds[2], notes: 'Desk 9' }],
      groups: [{ id: h.f.groupIds[3] }],
      certifications: ['ITIL 4 Foundation'],
      manager: h.f.headOfOrg,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.title).toBe('Principal Agent');
    expect(res.body.department).toBe('Billing');
    expect(res.body.acdAutoAnswer).toBe(true);
    expect(res.body.manager?.id).toBe(h.f.headOfOrg);
    expect(res.body.addresses).toContainEqual(expect.objectContaining({ address: '+13175550100', type: 'MOBILE' }));
    const full = (await h.get<User>(`/api/v2/users/${u.id}?expand=profileSkills,locations,groups,certifications`)).body;
    expect(full.profileSkills).toEqual(['SQL', 'Coaching']);
    expect(full.locations?.[0]).toEqual(expect.objectContaining({ id: h.f.locationIds[2], notes: 'Desk 9' }));
    expect(full.groups?.map((g) => g.id)).toEqual([h.f.groupIds[3]]);
    expect(full.certifications).toEqual(['ITIL 4 Foundation']);
    const reports = (await h.get<User[]>(`/api/v2/users/${h.f.headOfOrg}/directreports`)).body;
    expect(reports.map((r) => r.id)).toContain(u.id);
  });

  it('answers 409 general.conflict on a stale version and 400 on a missing one', async () => {
    const u = freshAgent();
    const stale = expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}`, { version: 7, title: 'x' }),
      409,
      'general.conflict',
    );
    expect(stale.message).toBe(
      'The version number of the modified resource must match the version number in the database.',
    );
    const missing = expectError(await h.send('PATCH', `/api/v2/users/${u.id}`, { title: 'x' }), 400, 'bad.request');
    expect(missing.details).toContainEqual({ errorCode: 'required', fieldName: 'version' });
    expect(await versionOf(u.id)).toBe(1);
  });

  it('validates the body with field details', async () => {
    const u = freshAgent();
    const path = `/api/v2/users/${u.id}`;
    expect(expectError(await h.send('PATCH', path, { version: 1, name: 42 }), 400, 'invalid.value').details).toEqual([
      { errorCode: 'invalid.value', fieldName: 'name' },
    ]);
    expect(
      expectError(await h.send('PATCH', path, { version: 1, shoeSize: 9 }), 400, 'invalid.property').details?.[0]
        ?.fieldName,
    ).toBe('shoeSize');
    expect(
      expectError(await h.send('PATCH', path, { version: 1, manager: 'nobody' }), 400, 'invalid.value').details?.[0]
        ?.fieldName,
    ).toBe('manager');
    const sup = h.emu.store.superiors(u)[0];
    expect(
      expectError(
        await h.send('PATCH', `/api/v2/users/${sup.id}`, { version: sup.version, manager: u.id }),
        400,
        'constraint.validation',
      ).details?.[0]?.fieldName,
    ).toBe('manager');
    expectError(
      await h.send('PATCH', path, {
        version: 1,
        addresses: [
          { address: '+13175550101', mediaType: 'PHONE', type: 'WORK' },
          { address: '+13175550102', mediaType: 'PHONE', type: 'WORK' },
        ],
      }),
      400,
      'constraint.validation',
    );
    expectError(
      await h.send('PATCH', path, { version: 1, addresses: [{ address: 'x', type: 'WORK' }] }),
      400,
      'bad.request',
    );
    expect(
      expectError(await h.send('PATCH', path, { version: 1, locations: [{ id: 'nowhere' }] }), 400, 'invalid.value')
        .details?.[0]?.fieldName,
    ).toBe('locations[0].id');
    expectError(await h.send('PATCH', path, { version: 1, email: 'not-an-email' }), 400, 'invalid.value');
    expectError(await h.send('PATCH', path, []), 400, 'bad.request');
    expect(await versionOf(u.id)).toBe(1);
  });

  it('rejects an email that belongs to another user with 409', async () => {
    const u = freshAgent();
    const other = h.emu.store.user(h.f.headOfOrg);
    expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}`, { version: 1, email: other?.email }),
      409,
      'general.conflict',
    );
  });

  it('changes only the state when state is given, and restores deleted users', async () => {
    const u = freshAgent();
    const res = await h.send<User>('PATCH', `/api/v2/users/${u.id}`, {
      version: 1,
      state: 'inactive',
      title: 'ignored',
    });
    expect(res.body.state).toBe('inactive');
    expect(res.body.title).toBe(u.title);
    expect(res.body.version).toBe(2);
    const v = h.emu.store.user(h.f.deletedUser)?.version ?? 0;
    expectError(
      await h.send('PATCH', `/api/v2/users/${h.f.deletedUser}`, { version: v, title: 'x' }),
      404,
      'not.found',
    );
    const restored = await h.send<User>('PATCH', `/api/v2/users/${h.f.deletedUser}`, { version: v, state: 'active' });
    expect(restored.body.state).toBe('active');
    expect((await h.get<User>(`/api/v2/users/${h.f.deletedUser}`)).status).toBe(200);
    expectError(
      await h.send('PATCH', '/api/v2/users/00000000-0000-4000-8000-000000000000', { version: 1 }),
      404,
      'not.found',
    );
  });
});

describe('POST and DELETE /api/v2/users', () => {
  it('creates a user (200 User, version 1, home division by default) that lists and searches', async () => {
    const res = await h.send<User>('POST', '/api/v2/users', {
      name: 'Quinn Newhire',
      email: 'quinn.newhire@northwind.example',
      title: 'Trainee',
      password: 'long-enough-1',
    });
    expect(res.status).toBe(200);
    expect(res.body.id).toMatch(UUID_RE);
    expect(res.body).toEqual(
      expect.objectContaining({
        name: 'Quinn Newhire',
        email: 'quinn.newhire@northwind.example',
        username: 'quinn.newhire@northwind.example',
        state: 'active',
        version: 1,
        title: 'Trainee',
      }),
    );
    expect(res.body.division?.id).toBe(h.f.divisions.home);
    expect(res.body).not.toHaveProperty('manager');
    const listed = (await h.get<UserEntityListing>(`/api/v2/users?id=${res.body.id}`)).body;
    expect(listed.total).toBe(1);
    const found = await h.send<{ total: number }>('POST', '/api/v2/users/search', {
      query: [{ type: 'EXACT', fields: ['email'], value: 'quinn.newhire@northwind.example' }],
    });
    expect(found.body.total).toBe(1);
  });

  it('validates CreateUser and never echoes the password', async () => {
    const missing = expectError(await h.send('POST', '/api/v2/users', { title: 'x' }), 400, 'bad.request');
    expect(missing.details).toEqual(
      expect.arrayContaining([
        { errorCode: 'required', fieldName: 'name' },
        { errorCode: 'required', fieldName: 'email' },
      ]),
    );
    expectError(await h.send('POST', '/api/v2/users', { name: 'A', email: 'nope' }), 400, 'invalid.value');
    expect(
      expectError(
        await h.send('POST', '/api/v2/users', { name: 'A', email: 'a@b.example', divisionId: 'x' }),
        400,
        'invalid.value',
      ).details?.[0]?.fieldName,
    ).toBe('divisionId');
    const pw = await h.send('POST', '/api/v2/users', { name: 'A', email: 'a2@b.example', password: 'Sh0rt!' });
    const body = expectError(pw, 400, 'constraint.validation');
    expect(body.details).toEqual([{ errorCode: 'constraint.validation', fieldName: 'password' }]);
    expect(pw.text).not.toContain('Sh0rt!');
    expectError(
      await h.send('POST', '/api/v2/users', { name: 'A', email: 'a3@b.example', state: 'deleted' }),
      400,
      'invalid.value',
    );
  });

  it('answers 409 for an email that exists, even on a deleted user', async () => {
    const existing = h.emu.store.user(h.f.headOfOrg)?.email;
    expectError(await h.send('POST', '/api/v2/users', { name: 'Dup', email: existing }), 409, 'general.conflict');
    const deleted = h.emu.store.userList.find((u) => u.state === 'deleted' && u.id !== h.f.deletedUser);
    expect(deleted).toBeDefined();
    expectError(
      await h.send('POST', '/api/v2/users', { name: 'Dup', email: deleted?.email.toUpperCase() }),
      409,
      'general.conflict',
    );
  });

  it('deletes a user ({}), which stays readable with state=deleted', async () => {
    const u = freshAgent();
    const res = await h.send<Record<string, never>>('DELETE', `/api/v2/users/${u.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expectError(await h.get(`/api/v2/users/${u.id}`), 404, 'not.found');
    const del = (await h.get<User>(`/api/v2/users/${u.id}?state=deleted`)).body;
    expect(del.state).toBe('deleted');
    expect(del.version).toBe(2);
    expect(del.manager?.id).toBe(u.managerId);
    expectError(await h.send('DELETE', `/api/v2/users/${u.id}`), 404, 'not.found');
    expectError(await h.get(`/api/v2/users/${u.id}/routingskills`), 404, 'not.found');
  });
});

describe('PATCH /api/v2/users/bulk', () => {
  it('updates acdAutoAnswer on up to 50 users and returns a UserEntityListing', async () => {
    const [a, b] = [freshAgent(), freshAgent()];
    const res = await h.send<UserEntityListing>('PATCH', '/api/v2/users/bulk', [
      { id: a.id, acdAutoAnswer: true },
      { id: b.id, acdAutoAnswer: false },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const byId = new Map((res.body.entities ?? []).map((u) => [u.id, u]));
    expect(byId.get(a.id)?.acdAutoAnswer).toBe(true);
    expect(byId.get(b.id)?.acdAutoAnswer).toBe(false);
    expect(byId.get(a.id)?.version).toBe(2);
  });

  it('rejects more than 50 users, unknown ids (nothing applied) and bad items', async () => {
    const many = h.emu.store.userList.slice(0, 51).map((u) => ({ id: u.id, acdAutoAnswer: true }));
    expectError(await h.send('PATCH', '/api/v2/users/bulk', many), 400, 'constraint.validation');
    const a = freshAgent();
    expectError(
      await h.send('PATCH', '/api/v2/users/bulk', [
        { id: a.id, acdAutoAnswer: true },
        { id: 'ghost', acdAutoAnswer: true },
      ]),
      404,
      'not.found',
    );
    expect(await versionOf(a.id)).toBe(1);
    expect(
      expectError(await h.send('PATCH', '/api/v2/users/bulk', [{ id: a.id }]), 400, 'bad.request').details,
    ).toEqual([{ errorCode: 'required', fieldName: '[0].acdAutoAnswer' }]);
    expectError(await h.send('PATCH', '/api/v2/users/bulk', { id: a.id }), 400, 'bad.request');
  });
});

describe('queues', () => {
  it('joins and unjoins one queue (PATCH …/queues/{queueId})', async () => {
    const u = h.f.richUser;
    const q = h.f.queues.unjoined[0];
    const before = h.emu.store.queues.get(q)?.joinedMemberCount ?? 0;
    const v = await versionOf(u);
    const res = await h.send<UserQueue>('PATCH', `/api/v2/users/${u}/queues/${q}`, { joined: true });
    expect(res.body.joined).toBe(true);
    expect(res.body.joinedMemberCount).toBe(before + 1);
    expect(await versionOf(u)).toBe(v + 1);
    const joined = (await h.get<UserQueueEntityListing>(`/api/v2/users/${u}/queues`)).body;
    expect(joined.entities?.map((e) => e.id)).toContain(q);
    expect((await h.send<UserQueue>('PATCH', `/api/v2/users/${u}/queues/${q}`, { joined: false })).body.joined).toBe(
      false,
    );
    expectError(
      await h.send('PATCH', `/api/v2/users/${u}/queues/${h.f.queues.notMember}`, { joined: true }),
      404,
      'not.found',
    );
    expectError(await h.send('PATCH', `/api/v2/users/${u}/queues/nope`, { joined: true }), 404, 'not.found');
    expectError(await h.send('PATCH', `/api/v2/users/${u}/queues/${q}`, {}), 400, 'bad.request');
  });

  it('sets several queues at once, disregarding non-member pairs', async () => {
    const u = h.f.richUser;
    const [j0] = h.f.queues.joined;
    const [u0] = h.f.queues.unjoined;
    const res = await h.send<UserQueueEntityListing>('PATCH', `/api/v2/users/${u}/queues`, [
      { id: j0, joined: false },
      { id: u0, joined: true },
      { id: h.f.queues.notMember, joined: true },
    ]);
    expect(res.status).toBe(200);
    const got = new Map((res.body.entities ?? []).map((q) => [q.id, q.joined]));
    expect(got).toEqual(
      new Map([
        [j0, false],
        [u0, true],
      ]),
    );
    const joined = (await h.get<UserQueueEntityListing>(`/api/v2/users/${u}/queues`)).body.entities?.map((q) => q.id);
    expect(joined).toContain(u0);
    expect(joined).not.toContain(j0);
    expect(joined).not.toContain(h.f.queues.notMember);
    expectError(await h.send('PATCH', `/api/v2/users/${u}/queues`, [{ id: j0 }]), 400, 'bad.request');
  });
});

describe('roles', () => {
  it('sets roles (PUT, returns UserAuthorization) and clears them (DELETE, 204)', async () => {
    const u = freshAgent();
    const res = await h.send<UserAuthorization>('PUT', `/api/v2/users/${u.id}/roles`, [
      h.f.roles.all[4],
      h.f.roles.all[5],
    ]);
    expect(res.body.roles?.map((r) => r.id)).toEqual([h.f.roles.all[4], h.f.roles.all[5]]);
    expect(res.body.permissions).toContain('routing:skill:assign');
    expect(await versionOf(u.id)).toBe(2);
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/roles`, ['no-such-role']), 404, 'not.found');
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/roles`, [1]), 400, 'invalid.value');
    expect((await h.send('DELETE', `/api/v2/users/${u.id}/roles`)).status).toBe(204);
    expect((await h.get<UserAuthorization>(`/api/v2/users/${u.id}/roles`)).body.roles).toEqual([]);
  });
});

describe('routing skills and languages', () => {
  it('adds, updates and removes a skill', async () => {
    const u = freshAgent();
    const have = new Set(h.emu.store.sub(u).skills.keys());
    const skill = h.f.skillIds.find((s) => !have.has(s)) ?? '';
    const added = await h.send<UserRoutingSkill>('POST', `/api/v2/users/${u.id}/routingskills`, {
      id: skill,
      proficiency: 3.5,
    });
    expect(added.body).toEqual(
      expect.objectContaining({
        id: skill,
        proficiency: 3.5,
        state: 'active',
        selfUri: `/api/v2/users/${u.id}/routingskills/${skill}`,
      }),
    );
    const put = await h.send<UserRoutingSkill>('PUT', `/api/v2/users/${u.id}/routingskills/${skill}`, {
      proficiency: 5,
      state: 'inactive',
    });
    expect(put.body).toEqual(expect.objectContaining({ proficiency: 5, state: 'inactive' }));
    expect((await h.send('DELETE', `/api/v2/users/${u.id}/routingskills/${skill}`)).status).toBe(204);
    const list = (await h.get<UserSkillEntityListing>(`/api/v2/users/${u.id}/routingskills?pageSize=100`)).body;
    expect(list.entities?.map((s) => s.id)).not.toContain(skill);
    expect(await versionOf(u.id)).toBe(4);
  });

  it('validates skill bodies and ids', async () => {
    const u = freshAgent();
    const s = h.f.skillIds[0];
    expect(
      expectError(
        await h.send('POST', `/api/v2/users/${u.id}/routingskills`, { id: s, proficiency: 6 }),
        400,
        'constraint.validation',
      ).details?.[0]?.fieldName,
    ).toBe('proficiency');
    expectError(await h.send('POST', `/api/v2/users/${u.id}/routingskills`, { proficiency: 2 }), 400, 'bad.request');
    expectError(
      await h.send('POST', `/api/v2/users/${u.id}/routingskills`, { id: s, proficiency: 'high' }),
      400,
      'invalid.value',
    );
    expectError(
      await h.send('POST', `/api/v2/users/${u.id}/routingskills`, { id: 'no-skill', proficiency: 2 }),
      404,
      'not.found',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/routingskills/${s}`, { id: h.f.skillIds[1], proficiency: 1 }),
      400,
      'invalid.value',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/routingskills/${s}`, { state: 'sleepy' }),
      400,
      'invalid.value',
    );
    expectError(await h.send('DELETE', `/api/v2/users/${u.id}/routingskills/no-skill`), 404, 'not.found');
    expectError(await h.send('POST', '/api/v2/users/ghost/routingskills', { id: s, proficiency: 2 }), 404, 'not.found');
    expect(await versionOf(u.id)).toBe(1);
  });

  it('adds, patches and removes a language', async () => {
    const u = freshAgent();
    const have = new Set(h.emu.store.sub(u).languages.keys());
    const lang = h.f.languageIds.find((l) => !have.has(l)) ?? '';
    expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}/routinglanguages/${lang}`, { proficiency: 2 }),
      404,
      'not.found',
    );
    const added = await h.send<UserRoutingLanguage>('POST', `/api/v2/users/${u.id}/routinglanguages`, {
      id: lang,
      proficiency: 2,
    });
    expect(added.body).toEqual(expect.objectContaining({ id: lang, proficiency: 2, state: 'active' }));
    const patched = await h.send<UserRoutingLanguage>('PATCH', `/api/v2/users/${u.id}/routinglanguages/${lang}`, {
      proficiency: 4,
    });
    expect(patched.body).toEqual(expect.objectContaining({ proficiency: 4, state: 'active' }));
    expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}/routinglanguages/${lang}`, { proficiency: -1 }),
      400,
      'constraint.validation',
    );
    expect((await h.send('DELETE', `/api/v2/users/${u.id}/routinglanguages/${lang}`)).status).toBe(204);
    expectError(
      await h.send('POST', `/api/v2/users/${u.id}/routinglanguages`, { id: 'klingon', proficiency: 2 }),
      404,
      'not.found',
    );
    expect(await versionOf(u.id)).toBe(4);
  });
});

describe('stations', () => {
  it('associates a station (taking it from its holder), clears it, and sets/clears the default', async () => {
    const a = freshAgent();
    const b = freshAgent();
    const bStation = h.emu.store.stationLinks(b.id).associated ?? '';
    expect((await h.send('PUT', `/api/v2/users/${a.id}/station/associatedstation/${bStation}`)).status).toBe(204);
    const sa = (await h.get<UserStations>(`/api/v2/users/${a.id}/station`)).body;
    expect(sa.associatedStation?.id).toBe(bStation);
    expect(sa.associatedStation?.associatedUser?.id).toBe(a.id);
    const sb = (await h.get<UserStations>(`/api/v2/users/${b.id}/station`)).body;
    expect(sb.associatedStation).toBeUndefined();
    expect(sb.lastAssociatedStation?.id).toBe(bStation);
    expect((await h.send('DELETE', `/api/v2/users/${a.id}/station/associatedstation`)).status).toBe(204);
    const cleared = (await h.get<UserStations>(`/api/v2/users/${a.id}/station`)).body;
    expect(cleared.associatedStation).toBeUndefined();
    expect(cleared.effectiveStation?.id).toBe(cleared.defaultStation?.id);
    expect((await h.send('PUT', `/api/v2/users/${a.id}/station/defaultstation/${h.f.freeStationId}`)).status).toBe(204);
    expect((await h.get<UserStations>(`/api/v2/users/${a.id}/station`)).body.defaultStation?.id).toBe(
      h.f.freeStationId,
    );
    expect((await h.send('DELETE', `/api/v2/users/${a.id}/station/defaultstation`)).status).toBe(204);
    expect((await h.get<UserStations>(`/api/v2/users/${a.id}/station`)).body).toEqual({
      lastAssociatedStation: expect.objectContaining({ id: bStation }),
    });
    expectError(await h.send('PUT', `/api/v2/users/${a.id}/station/associatedstation/nope`), 404, 'not.found');
    expect(await versionOf(a.id)).toBe(5);
  });
});

describe('out of office, call forwarding, geolocation, profile skills, routing status', () => {
  it('replaces out-of-office settings and validates dates', async () => {
    const u = freshAgent();
    const res = await h.send<OutOfOffice>('PUT', `/api/v2/users/${u.id}/outofoffice`, {
      active: true,
      startDate: '2025-07-01T00:00:00Z',
      endDate: '2025-07-10T00:00:00.000Z',
    });
    expect(res.body).toEqual(
      expect.objectContaining({
        active: true,
        indefinite: false,
        startDate: '2025-07-01T00:00:00.000Z',
        endDate: '2025-07-10T00:00:00.000Z',
      }),
    );
    expect((await h.get<User>(`/api/v2/users/${u.id}?expand=outOfOffice`)).body.outOfOffice?.active).toBe(true);
    expect(
      expectError(
        await h.send('PUT', `/api/v2/users/${u.id}/outofoffice`, { active: true, startDate: '2025-07-01T00:00:00Z' }),
        400,
        'bad.request',
      ).details,
    ).toEqual([{ errorCode: 'required', fieldName: 'endDate' }]);
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/outofoffice`, {
        active: true,
        startDate: '2025-07-10T00:00:00Z',
        endDate: '2025-07-01T00:00:00Z',
      }),
      400,
      'constraint.validation',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/outofoffice`, {
        active: true,
        indefinite: true,
        startDate: 'tomorrow',
      }),
      400,
      'invalid.value',
    );
    const indefinite = await h.send<OutOfOffice>('PUT', `/api/v2/users/${u.id}/outofoffice`, {
      active: true,
      indefinite: true,
    });
    expect(indefinite.body.indefinite).toBe(true);
  });

  it('PUT replaces call forwarding while PATCH merges', async () => {
    const u = freshAgent();
    const calls = [
      { targets: [{ type: 'PHONENUMBER', value: '+13175550199' }] },
      { targets: [{ type: 'STATION', value: h.f.freeStationId }] },
    ];
    const put = await h.send<CallForwarding>('PUT', `/api/v2/users/${u.id}/callforwarding`, {
      enabled: true,
      calls,
      voicemail: 'LASTCALL',
    });
    expect(put.body).toEqual(expect.objectContaining({ enabled: true, calls, voicemail: 'LASTCALL' }));
    const patch = await h.send<CallForwarding>('PATCH', `/api/v2/users/${u.id}/callforwarding`, { voicemail: 'NONE' });
    expect(patch.body).toEqual(expect.objectContaining({ enabled: true, calls, voicemail: 'NONE' }));
    const replace = await h.send<CallForwarding>('PUT', `/api/v2/users/${u.id}/callforwarding`, { voicemail: 'NONE' });
    expect(replace.body).toEqual(expect.objectContaining({ enabled: false, calls: [], voicemail: 'NONE' }));
    expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}/callforwarding`, { enabled: true }),
      400,
      'constraint.validation',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/callforwarding`, {
        calls: [{ targets: [{ type: 'PHONENUMBER', value: '555' }] }],
      }),
      400,
      'invalid.value',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/callforwarding`, {
        calls: [{ targets: [{ type: 'STATION', value: 'nope' }] }],
      }),
      400,
      'invalid.value',
    );
    expectError(
      await h.send('PUT', `/api/v2/users/${u.id}/callforwarding`, { voicemail: 'EMAIL' }),
      400,
      'invalid.value',
    );
    expect(await versionOf(u.id)).toBe(4);
  });

  it('patches geolocations: coordinates resolve the city, primary switches the expanded one, new clients are created', async () => {
    const u = freshAgent();
    const geo = await h.send<Geolocation>('PATCH', `/api/v2/users/${u.id}/geolocations/mobile`, {
      latitude: 53.27,
      longitude: -9.05,
      primary: true,
    });
    expect(geo.body).toEqual(
      expect.objectContaining({
        id: 'mobile',
        latitude: 53.27,
        longitude: -9.05,
        city: 'Galway',
        country: 'IE',
        primary: true,
      }),
    );
    expect((await h.get<User>(`/api/v2/users/${u.id}?expand=geolocation`)).body.geolocation?.id).toBe('mobile');
    const watch = await h.send<Geolocation>('PATCH', `/api/v2/users/${u.id}/geolocations/watch`, {
      city: 'Denver',
      region: 'Colorado',
      country: 'US',
    });
    expect(watch.body).toEqual(expect.objectContaining({ id: 'watch', city: 'Denver', primary: false }));
    expect(
      expectError(
        await h.send('PATCH', `/api/v2/users/${u.id}/geolocations/mobile`, { latitude: 10 }),
        400,
        'bad.request',
      ).details,
    ).toEqual([{ errorCode: 'required', fieldName: 'longitude' }]);
    expectError(
      await h.send('PATCH', `/api/v2/users/${u.id}/geolocations/mobile`, { latitude: 100, longitude: 0 }),
      400,
      'constraint.validation',
    );
    expectError(await h.send('PATCH', `/api/v2/users/${u.id}/geolocations/mobile`, {}), 400, 'constraint.validation');
  });

  it('replaces profile skills', async () => {
    const u = freshAgent();
    const res = await h.send<string[]>('PUT', `/api/v2/users/${u.id}/profileskills`, ['Excel', 'Linux', 'Excel']);
    expect(res.body).toEqual(['Excel', 'Linux']);
    expect((await h.get<string[]>(`/api/v2/users/${u.id}/profileskills`)).body).toEqual(['Excel', 'Linux']);
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/profileskills`, { skills: [] }), 400, 'bad.request');
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/profileskills`, [3]), 400, 'invalid.value');
  });

  it('sets the routing status', async () => {
    const u = freshAgent();
    const before = Date.now();
    const res = await h.send<RoutingStatus>('PUT', `/api/v2/users/${u.id}/routingstatus`, { status: 'COMMUNICATING' });
    const after = Date.now();
    expect(res.body.status).toBe('COMMUNICATING');
    // Order, not a duration: the status started during the request (to the second the timestamp keeps).
    const startTime = Date.parse(res.body.startTime ?? '');
    expect(startTime).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(startTime).toBeLessThanOrEqual(after);
    expect((await h.get<RoutingStatus>(`/api/v2/users/${u.id}/routingstatus`)).body.status).toBe('COMMUNICATING');
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/routingstatus`, { status: 'ASLEEP' }), 400, 'invalid.value');
    expectError(await h.send('PUT', `/api/v2/users/${u.id}/routingstatus`, {}), 400, 'bad.request');
  });
});

describe('invite and passwords', () => {
  it('sends an invite (204), refuses a second one without force (409), resends with force', async () => {
    const u = freshAgent();
    h.emu.store.sub(u).inviteOutstanding = false;
    expect((await h.send('POST', `/api/v2/users/${u.id}/invite`)).status).toBe(204);
    expectError(await h.send('POST', `/api/v2/users/${u.id}/invite`), 409, 'general.conflict');
    expect((await h.send('POST', `/api/v2/users/${u.id}/invite?force=true`)).status).toBe(204);
    expectError(await h.send('POST', `/api/v2/users/${u.id}/invite?force=perhaps`), 400, 'invalid.query.param.value');
    expectError(await h.send('POST', '/api/v2/users/ghost/invite'), 404, 'not.found');
    expect((await h.get<User>(`/api/v2/users/${u.id}?expand=dateWelcomeSent`)).body.dateWelcomeSent).toEqual(
      expect.any(String),
    );
  });

  it("changes a user's password with the length policy, without echoing it", async () => {
    const u = freshAgent();
    const short = await h.send('POST', `/api/v2/users/${u.id}/password`, { newPassword: 'abc12' });
    expect(expectError(short, 400, 'constraint.validation').details).toEqual([
      { errorCode: 'constraint.validation', fieldName: 'newPassword' },
    ]);
    expect(short.text).not.toContain('abc12');
    expect(
      (await h.send('POST', `/api/v2/users/${u.id}/password`, { newPassword: 'correct horse battery' })).status,
    ).toBe(204);
    expect(h.emu.store.checkPassword(u, 'correct horse battery')).toBe(true);
    expect(JSON.stringify(h.emu.requests.log())).not.toContain('correct horse battery');
  });

  it('changes my password only with the right old password', async () => {
    const wrong = await h.send('POST', '/api/v2/users/me/password', {
      oldPassword: 'guess',
      newPassword: 'a-new-password',
    });
    expect(expectError(wrong, 400, 'bad.request').details).toEqual([
      { errorCode: 'invalid.value', fieldName: 'oldPassword' },
    ]);
    expect(
      (
        await h.send('POST', '/api/v2/users/me/password', {
          oldPassword: h.f.seedUserPassword,
          newPassword: 'a-new-password',
        })
      ).status,
    ).toBe(204);
    expectError(
      await h.send('POST', '/api/v2/users/me/password', {
        oldPassword: h.f.seedUserPassword,
        newPassword: 'another-one',
      }),
      400,
      'bad.request',
    );
    expect(
      (await h.send('POST', '/api/v2/users/me/password', { oldPassword: 'a-new-password', newPassword: 'another-one' }))
        .status,
    ).toBe(204);
    expectError(await h.send('POST', '/api/v2/users/me/password', { newPassword: 'another-one' }), 400, 'bad.request');
  });
});
