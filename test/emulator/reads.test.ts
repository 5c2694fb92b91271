import type {
  Adjacents,
  CallForwarding,
  FieldConfig,
  Geolocation,
  OutOfOffice,
  RoutingStatus,
  TrustorEntityListing,
  User,
  UserAuthorization,
  UserEntityListing,
  UserLanguageEntityListing,
  UserMe,
  UserProfile,
  UserProfileEntityListing,
  UserQueueEntityListing,
  UserSkillEntityListing,
  UserStations,
} from '../../src/genesys/models.js';
import { expectError, harness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

describe('hierarchy', () => {
  it('lists direct reports (bare array, name-sorted, no deleted users)', async () => {
    const res = await h.get<User[]>(`/api/v2/users/${h.f.managerOfManagers}/directreports?expand=presence`);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.length).toBeGreaterThanOrEqual(3);
    expect(
      res.body.every(
        (u) => u.manager?.id === h.f.managerOfManagers && u.presence !== undefined && u.state !== 'deleted',
      ),
    ).toBe(true);
    const leaf = await h.get<User[]>(`/api/v2/users/${h.f.leafUser}/directreports`);
    expect(leaf.body).toEqual([]);
    expectError(await h.get(`/api/v2/users/${h.f.deletedUser}/directreports`), 404, 'not.found');
  });

  it('lists superiors bottom-up: immediate manager first, head of org last', async () => {
    const res = await h.get<User[]>(`/api/v2/users/${h.f.deepUser}/superiors`);
    expect(res.body.length).toBe(h.f.deepUserLevels - 1);
    const deep = (await h.get<User>(`/api/v2/users/${h.f.deepUser}`)).body;
    expect(res.body[0].id).toBe(deep.manager?.id);
    for (let i = 0; i < res.body.length - 1; i++) expect(res.body[i].manager?.id).toBe(res.body[i + 1].id);
    expect(res.body.at(-1)?.id).toBe(h.f.headOfOrg);
    expect((await h.get<User[]>(`/api/v2/users/${h.f.headOfOrg}/superiors`)).body).toEqual([]);
  });

  it('answers adjacents: the manager, the siblings and the direct reports', async () => {
    const adj = (await h.get<Adjacents>(`/api/v2/users/${h.f.managerOfManagers}/adjacents?expand=routingStatus`)).body;
    const me = (await h.get<User>(`/api/v2/users/${h.f.managerOfManagers}`)).body;
    expect(adj.superiors?.map((u) => u.id)).toEqual([me.manager?.id]);
    expect(adj.siblings?.every((u) => u.manager?.id === me.manager?.id && u.id !== me.id)).toBe(true);
    expect(adj.directReports?.length).toBeGreaterThanOrEqual(3);
    expect(adj.directReports?.[0]?.routingStatus).toBeDefined();
  });

  it('pages favorites as a UserEntityListing', async () => {
    const l = (await h.get<UserEntityListing>(`/api/v2/users/${h.f.favoritesUser}/favorites?pageSize=2`)).body;
    expect(l.total).toBeGreaterThanOrEqual(3);
    expect(l.entities).toHaveLength(2);
    expect(l.nextUri).toBe(`/api/v2/users/${h.f.favoritesUser}/favorites?pageSize=2&pageNumber=2`);
  });
});

describe('/api/v2/users/me', () => {
  it('is the head of the org by default, with me-only expands', async () => {
    const ex = [
      'date',
      'geolocationsettings',
      'organization',
      'presencedefinitions',
      'locationdefinitions',
      'orgauthorization',
      'favorites',
      'superiors',
      'directreports',
      'routingskills',
      'routinglanguages',
      'fieldconfigs',
      'token',
      'trustors',
      'authorization',
    ];
    const me = (await h.get<UserMe>(`/api/v2/users/me?expand=${ex.join(',')}`)).body;
    expect(me.id).toBe(h.f.headOfOrg);
    expect(me.authorization?.roles?.map((r) => r.id)).toContain(h.f.roles.admin);
    expect(me.authorization?.permissions).toContain('admin');
    expect(Date.parse(me.date?.currentDate ?? '')).not.toBeNaN();
    expect(me.geolocationSettings?.enabled).toBe(true);
    expect(me.organization?.id).toBe(h.f.orgId);
    expect(me.presenceDefinitions?.map((p) => p.systemPresence)).toContain('Available');
    expect(me.locationDefinitions?.length).toBe(h.f.locationIds.length);
    expect(me.orgAuthorization?.length).toBe(h.f.roles.all.length);
    expect(
      me.orgAuthorization?.some((r) => r.permissionPolicies?.some((p) => p.resourceConditionNode !== undefined)),
    ).toBe(true);
    expect(me.favorites?.length).toBeGreaterThan(0);
    expect(me.superiors).toEqual([]);
    expect(me.directReports?.length).toBeGreaterThan(0);
    expect(me.routingSkills?.length).toBe(40);
    expect(me.fieldConfigs?.person?.entityType).toBe('person');
    expect(me.token?.organization?.id).toBe(h.f.orgId);
    expect(me.trustors?.[0]?.organization?.name).toEqual(expect.any(String));
  });

  it('rejects adjacents together with superiors or directreports', async () => {
    expectError(await h.get('/api/v2/users/me?expand=adjacents,superiors'), 400, 'invalid.query.param.value');
    const adj = (await h.get<UserMe>('/api/v2/users/me?expand=adjacents')).body;
    expect(adj.adjacents?.directReports?.length).toBeGreaterThan(0);
  });
});

describe('routing sub-resources', () => {
  it('lists routing skills and languages sorted by name, with descending order', async () => {
    const skills = (await h.get<UserSkillEntityListing>(`/api/v2/users/${h.f.richUser}/routingskills`)).body;
    expect(skills.total).toBe(5);
    const n = (skills.entities ?? []).map((s) => s.name ?? '');
    expect(n).toEqual(n.slice().sort());
    expect(skills.entities?.[0]?.skillUri).toBe(`/api/v2/routing/skills/${skills.entities?.[0]?.id}`);
    const desc = (
      await h.get<UserSkillEntityListing>(`/api/v2/users/${h.f.richUser}/routingskills?sortOrder=descending`)
    ).body;
    expect((desc.entities ?? []).map((s) => s.name)).toEqual(n.slice().reverse());
    const langs = (await h.get<UserLanguageEntityListing>(`/api/v2/users/${h.f.richUser}/routinglanguages`)).body;
    expect(langs.total).toBe(3);
    expect(
      langs.entities?.every(
        (l) => typeof l.proficiency === 'number' && l.languageUri?.startsWith('/api/v2/routing/languages/'),
      ),
    ).toBe(true);
  });

  it('lists joined queues by default and unjoined ones with joined=false, filters by division', async () => {
    const joined = (await h.get<UserQueueEntityListing>(`/api/v2/users/${h.f.richUser}/queues`)).body;
    expect(new Set((joined.entities ?? []).map((q) => q.id))).toEqual(new Set(h.f.queues.joined));
    expect(
      joined.entities?.every(
        (q) => q.joined === true && (q.memberCount ?? 0) >= 1 && q.mediaSettings?.call !== undefined,
      ),
    ).toBe(true);
    const unjoined = (await h.get<UserQueueEntityListing>(`/api/v2/users/${h.f.richUser}/queues?joined=false`)).body;
    expect(new Set((unjoined.entities ?? []).map((q) => q.id))).toEqual(new Set(h.f.queues.unjoined));
    expect(unjoined.entities?.every((q) => q.joined === false)).toBe(true);
    const division = joined.entities?.[0]?.division?.id ?? '';
    const filtered = (
      await h.get<UserQueueEntityListing>(`/api/v2/users/${h.f.richUser}/queues?divisionId=${division}`)
    ).body;
    expect(filtered.entities?.length).toBeGreaterThanOrEqual(1);
    expect(filtered.entities?.every((q) => q.division?.id === division)).toBe(true);
  });

  it('answers routing status, and OFF_QUEUE (200) for an unknown user', async () => {
    const rs = (await h.get<RoutingStatus>(`/api/v2/users/${h.f.richUser}/routingstatus`)).body;
    expect(rs.userId).toBe(h.f.richUser);
    expect(['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING']).toContain(rs.status);
    const unknown = await h.get<RoutingStatus>('/api/v2/users/11111111-1111-4111-8111-111111111111/routingstatus');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ userId: '11111111-1111-4111-8111-111111111111', status: 'OFF_QUEUE' });
  });
});

describe('personal sub-resources', () => {
  it('answers station, out-of-office, call forwarding and profile skills', async () => {
    const st = (await h.get<UserStations>(`/api/v2/users/${h.f.userWithStation}/station`)).body;
    expect(st.associatedStation?.id).toBe(h.f.stationId);
    expect(st.associatedStation?.associatedUser?.id).toBe(h.f.userWithStation);
    expect(st.defaultStation?.id).toEqual(expect.any(String));
    expect(st.lastAssociatedStation?.id).toEqual(expect.any(String));
    const ooo = (await h.get<OutOfOffice>(`/api/v2/users/${h.f.outOfOfficeUser}/outofoffice`)).body;
    expect(ooo.active).toBe(true);
    expect(Date.parse(ooo.endDate ?? '')).toBeGreaterThan(Date.parse(ooo.startDate ?? ''));
    expect(ooo.user?.id).toBe(h.f.outOfOfficeUser);
    const cf = (await h.get<CallForwarding>(`/api/v2/users/${h.f.richUser}/callforwarding`)).body;
    expect(cf.enabled).toBe(true);
    expect(cf.calls?.[0]?.targets?.[0]?.type).toBe('PHONENUMBER');
    expect(['PURECLOUD', 'LASTCALL', 'NONE']).toContain(cf.voicemail);
    const ps = (await h.get<string[]>(`/api/v2/users/${h.f.richUser}/profileskills`)).body;
    expect(ps.length).toBe(3);
  });

  it('answers geolocations per client id and 404 for an unknown client id', async () => {
    for (const clientId of h.f.geolocationClientIds) {
      const g = (await h.get<Geolocation>(`/api/v2/users/${h.f.richUser}/geolocations/${clientId}`)).body;
      expect(g.id).toBe(clientId);
      expect(g.primary).toBe(clientId === h.f.primaryGeolocationClientId);
      expect(typeof g.latitude).toBe('number');
    }
    expectError(await h.get(`/api/v2/users/${h.f.richUser}/geolocations/nope`), 404, 'not.found');
  });

  it('answers roles and trustors', async () => {
    const roles = (await h.get<UserAuthorization>(`/api/v2/users/${h.f.richUser}/roles`)).body;
    expect(roles.roles?.length).toBeGreaterThanOrEqual(3);
    expect(roles.permissionPolicies?.length).toBeGreaterThan(0);
    const t = (await h.get<TrustorEntityListing>(`/api/v2/users/${h.f.trustorUser}/trustors`)).body;
    expect(t.total).toBe(2);
    expect(t.entities?.[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        enabled: expect.any(Boolean),
        dateCreated: expect.any(String),
      }),
    );
    expect(t.entities?.[0]?.createdBy?.organization?.id).toBe(t.entities?.[0]?.id);
  });
});

describe('profiles and field config', () => {
  it('answers a user profile with expands and the profiles listing with filters', async () => {
    const p = (await h.get<UserProfile>(`/api/v2/users/${h.f.richUser}/profile?expand=presence,authorization`)).body;
    expect(p.id).toBe(h.f.richUser);
    expect(p.version).toBe(1);
    expect(p.expands?.presence).toBeDefined();
    expect(p.expands?.authorization?.roles?.length).toBeGreaterThan(0);
    const l = (
      await h.get<UserProfileEntityListing>(
        `/api/v2/profiles/users?id=${h.f.richUser}&id=${h.f.headOfOrg}&expand=routingStatus`,
      )
    ).body;
    expect(l.total).toBe(2);
    expect(l.entities?.every((e) => e.expands?.routingStatus !== undefined)).toBe(true);
    const u = (await h.get<User>(`/api/v2/users/${h.f.richUser}`)).body;
    const byJid = (
      await h.get<UserProfileEntityListing>(`/api/v2/profiles/users?jid=${encodeURIComponent(u.chat?.jabberId ?? '')}`)
    ).body;
    expect(byJid.entities?.map((e) => e.id)).toEqual([h.f.richUser]);
    expectError(await h.get('/api/v2/profiles/users?expand=skills'), 400, 'invalid.query.param.value');
  });

  it('requires a valid fieldconfig type', async () => {
    for (const type of ['person', 'group', 'org', 'externalContact']) {
      const fc = (await h.get<FieldConfig>(`/api/v2/fieldconfig?type=${type}`)).body;
      expect(fc.entityType).toBe(type);
      expect(fc.sections?.length).toBeGreaterThan(0);
      expect(fc.sections?.[0]?.fieldList?.length).toBeGreaterThan(0);
    }
    expectError(await h.get('/api/v2/fieldconfig'), 400, 'invalid.query.param.value');
    expectError(await h.get('/api/v2/fieldconfig?type=planet'), 400, 'invalid.query.param.value');
  });
});
