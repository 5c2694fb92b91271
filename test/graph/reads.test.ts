/**
 * One operation per seed read, through the real server over HTTP against the emulator, asserting the
 * data (against the emulator's own answer where useful) and the exact upstream calls made.
 */
import type { EmulatorFixtures } from '../../emulator/store.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { routesOf, startHarness, type Harness, type UpstreamCall } from '../helpers/harness.js';
import { dataOf, expectData, graphql, present } from '../helpers/operations.js';

let h: Harness;
let fx: EmulatorFixtures;

beforeAll(async () => {
  h = await startHarness();
  fx = h.emulator.store.fixtures();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());

/** Reads the emulator directly (not counted by the gateway's calls since we reset after). */
async function upstream<T>(path: string): Promise<T> {
  const response = await fetch(`${h.emulator.url}${path}`, { headers: { authorization: 'Bearer test-token' } });
  const body = (await response.json()) as T;
  await h.resetCalls();
  return body;
}

async function run<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<{ data: T; calls: UpstreamCall[] }> {
  const data = await expectData(h, document, variables);
  return { data, calls: await h.calls() };
}

describe('users', () => {
  it('user(id:) — GET /api/v2/users/{userId}', async () => {
    const expected = await upstream<{ name: string; email: string; version: number }>(`/api/v2/users/${fx.richUser}`);
    const { data, calls } = await run(
      graphql(`
        query ReadsUser($id: ID!) {
          user(id: $id) {
            id
            name
            email
            version
            state
            division {
              id
            }
          }
        }
      `),
      { id: fx.richUser },
    );
    expect(data.user).toMatchObject({
      id: fx.richUser,
      name: expected.name,
      email: expected.email,
      version: expected.version,
      state: 'active',
    });
    expect(data.user?.division?.id).toEqual(expect.any(String));
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}']);
    expect(calls[0].path).toBe(`/api/v2/users/${fx.richUser}`);
  });

  it('user(id:, state: deleted) reads a deleted user', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUser2($id: ID!) {
          user(id: $id, state: deleted) {
            id
            state
          }
        }
      `),
      { id: fx.deletedUser },
    );
    expect(data.user).toEqual({ id: fx.deletedUser, state: 'deleted' });
    expect(calls[0].query.state).toEqual(['deleted']);
  });

  it('users(…) — GET /api/v2/users with paging, sort order and state', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUsers {
          users(pageSize: 10, pageNumber: 2, sortOrder: descending, state: inactive) {
            entities {
              name
              state
            }
            pageSize
            pageNumber
            total
            pageCount
            nextUri
          }
        }
      `),
    );
    expect(data.users.pageSize).toBe(10);
    expect(data.users.pageNumber).toBe(2);
    expect(data.users.entities.every((u) => u.state === 'inactive')).toBe(true);
    const names = data.users.entities.map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => (b ?? '').localeCompare(a ?? '')));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      route: '/api/v2/users',
      query: { pageSize: ['10'], pageNumber: ['2'], sortOrder: ['descending'], state: ['inactive'] },
    });
  });

  it('users(ids:) — bulk by id in one call; listed users then cost nothing', async () => {
    const ids = [fx.richUser, fx.leafUser];
    const { data, calls } = await run(
      graphql(`
        query ReadsUsersByIds($ids: [ID!], $again: ID!) {
          users(ids: $ids, pageSize: 2) {
            entities {
              id
            }
          }
          again: user(id: $again) {
            name
          }
        }
      `),
      { ids, again: fx.richUser },
    );
    expect(data.users.entities.map((u) => u.id).sort()).toEqual([...ids].sort());
    expect(routesOf(calls).filter((r) => r.startsWith('GET /api/v2/users'))).toContain('GET /api/v2/users');
    expect(calls.find((c) => c.route === '/api/v2/users')!.query.id).toEqual(ids);
  });

  it('me — GET /api/v2/users/me embeds the direct reports; the caller is primed, so their manager costs nothing', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsMe {
          me {
            id
            name
            directReports {
              manager {
                name
              }
            }
          }
        }
      `),
    );
    expect(data.me?.id).toBe(fx.headOfOrg);
    expect(data.me?.directReports?.length).toBeGreaterThan(0);
    for (const report of present(data.me?.directReports, 'me.directReports'))
      expect(report.manager?.name).toBe(data.me?.name);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/me']);
    expect(calls[0].query.expand).toEqual(['directreports']);
  });

  it('me with User fields — their expands ride on GET /api/v2/users/me; reports needing expands use …/directreports', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsMe2 {
          me {
            routingStatus {
              status
            }
            directReports {
              id
              station {
                effectiveStation {
                  id
                }
              }
            }
          }
        }
      `),
    );
    expect(data.me?.routingStatus?.status).toEqual(expect.any(String));
    expect(data.me?.directReports?.length).toBeGreaterThan(0);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/me', 'GET /api/v2/users/{userId}/directreports']);
    expect(calls[0].query.expand).toEqual(['routingStatus']);
    expect(calls[1].query.expand).toEqual(['station']);
  });

  it('meDetails — one GET /api/v2/users/me with the expands the selection needs', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsMeDetails {
          meDetails {
            user {
              id
            }
            organization {
              id
              name
            }
            date {
              currentDate
            }
            token {
              organization {
                id
              }
            }
          }
        }
      `),
    );
    expect(data.meDetails?.user.id).toBe(fx.headOfOrg);
    expect(data.meDetails?.organization?.id).toBe(fx.orgId);
    expect(data.meDetails?.date?.currentDate).toEqual(expect.any(String));
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/me']);
    expect([...calls[0].query.expand].sort()).toEqual(['date', 'organization', 'token']);
  });
});

describe('hierarchy', () => {
  it('superiors — GET /api/v2/users/{userId}/superiors', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUser3($id: ID!) {
          user(id: $id) {
            superiors {
              id
              name
            }
          }
        }
      `),
      { id: fx.deepUser },
    );
    expect(data.user?.superiors?.length).toBeGreaterThanOrEqual(6);
    expect(data.user?.superiors?.map((u) => u.id)).toContain(fx.headOfOrg);
    // The listing needs only the id it was asked with, so it starts in the same round as the user fetch.
    expect(routesOf(calls).sort()).toEqual(['GET /api/v2/users/{userId}', 'GET /api/v2/users/{userId}/superiors']);
  });

  it('adjacents — GET /api/v2/users/{userId}/adjacents; its users are primed', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUser4($id: ID!) {
          user(id: $id) {
            adjacents {
              superiors {
                id
                name
              }
              siblings {
                id
              }
              directReports {
                id
              }
            }
          }
        }
      `),
      { id: fx.managerOfManagers },
    );
    expect(data.user?.adjacents?.superiors?.length).toBeGreaterThan(0);
    expect(data.user?.adjacents?.directReports?.length).toBeGreaterThanOrEqual(3);
    expect(routesOf(calls).sort()).toEqual(['GET /api/v2/users/{userId}', 'GET /api/v2/users/{userId}/adjacents']);
  });

  it('favorites and favoritesPage — GET /api/v2/users/{userId}/favorites', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUser5($id: ID!) {
          user(id: $id) {
            favorites {
              id
            }
            favoritesPage(pageSize: 1) {
              entities {
                id
              }
              pageSize
              total
            }
          }
        }
      `),
      { id: fx.favoritesUser },
    );
    expect(data.user?.favorites?.length).toBeGreaterThan(0);
    expect(data.user?.favoritesPage?.entities).toHaveLength(1);
    expect(data.user?.favoritesPage?.total).toBe(data.user?.favorites?.length);
    expect(routesOf(calls).sort()).toEqual([
      'GET /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}/favorites',
      'GET /api/v2/users/{userId}/favorites',
    ]);
  });
});

describe('user sub-resources', () => {
  /** A selection built per case, so not a typed document: its data is typed by the caller. */
  const sub = async <T>(selection: string, id: string = fx.richUser) => {
    const data = dataOf(await h.execute<{ user: T }>(`query($id: ID!) { user(id: $id) { ${selection} } }`, { id }));
    return { data, calls: await h.calls() };
  };

  /**
   * Each field the user fetch can embed: one call with the expand; and when the upstream leaves the
   * expand out (best effort), the dedicated endpoint it wraps.
   */
  const embedded: Array<{ field: string; selection: string; expand: string; route: string; id?: () => string }> = [
    {
      field: 'authorization',
      selection: 'authorization { roles { id name } permissions permissionPolicies { domain entityName actionSet } }',
      expand: 'authorization',
      route: '/api/v2/users/{userId}/roles',
      id: () => fx.headOfOrg,
    },
    {
      field: 'routingStatus',
      selection: 'routingStatus { status startTime }',
      expand: 'routingStatus',
      route: '/api/v2/users/{userId}/routingstatus',
    },
    {
      field: 'station',
      selection:
        'station { associatedStation { id name } defaultStation { id } effectiveStation { id } lastAssociatedStation { id } }',
      expand: 'station',
      route: '/api/v2/users/{userId}/station',
      id: () => fx.userWithStation,
    },
    {
      field: 'outOfOffice',
      selection: 'outOfOffice { active indefinite startDate endDate user { id } }',
      expand: 'outOfOffice',
      route: '/api/v2/users/{userId}/outofoffice',
      id: () => fx.outOfOfficeUser,
    },
    {
      field: 'profileSkills',
      selection: 'profileSkills',
      expand: 'profileSkills',
      route: '/api/v2/users/{userId}/profileskills',
    },
    {
      field: 'skills',
      selection: 'skills { id: skillId name proficiency state }',
      expand: 'skills',
      route: '/api/v2/users/{userId}/routingskills',
    },
    {
      field: 'languages',
      selection: 'languages { id: languageId name proficiency }',
      expand: 'languages',
      route: '/api/v2/users/{userId}/routinglanguages',
    },
  ];

  describe.each(embedded)('$field', ({ field, selection, expand, route, id }) => {
    afterEach(() => h.emulator.setKnobs({ dropExpands: [] }));

    it(`comes with expand=${expand} on the user fetch: one call`, async () => {
      const { data, calls } = await sub<Record<string, unknown>>(selection, id?.());
      expect(data.user[field]).toBeTruthy();
      expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}']);
      expect(calls[0].query.expand).toEqual([expand]);
    });

    it(`falls back to GET ${route} when the upstream leaves the expand out, with the same data`, async () => {
      const viaExpand = await sub<Record<string, unknown>>(selection, id?.());
      await h.resetCalls();
      h.emulator.setKnobs({ dropExpands: [expand] });
      const { data, calls } = await sub<Record<string, unknown>>(selection, id?.());
      expect(data).toEqual(viaExpand.data);
      expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}', `GET ${route}`]);
      expect(calls[0].query.expand).toEqual([expand]);
    });
  });

  it('authorization data equals GET /api/v2/users/{userId}/roles', async () => {
    const expected = await upstream<{ roles: Array<{ id: string }>; permissions: string[] }>(
      `/api/v2/users/${fx.headOfOrg}/roles`,
    );
    const { data } = await sub<{
      authorization: { roles: Array<{ id: string; name: string }>; permissions: string[] };
    }>('authorization { roles { id name } permissions }', fx.headOfOrg);
    expect(data.user.authorization.roles.map((r) => r.id)).toEqual(expected.roles.map((r) => r.id));
    expect(data.user.authorization.roles.map((r) => r.id)).toContain(fx.roles.admin);
    expect(data.user.authorization.permissions).toEqual(expected.permissions);
  });

  it('authorization { unusedRoles } adds expand=authorization.unusedRoles', async () => {
    const { data, calls } = await sub<{ authorization: { unusedRoles: unknown[] | null } }>(
      'authorization { roles { id } unusedRoles { id } }',
    );
    expect(Array.isArray(data.user.authorization.unusedRoles)).toBe(true);
    expect(calls[0].query.expand).toEqual(['authorization', 'authorization.unusedRoles']);
  });

  it('station data equals GET /api/v2/users/{userId}/station', async () => {
    const expected = await upstream<{ associatedStation?: { id: string } }>(
      `/api/v2/users/${fx.userWithStation}/station`,
    );
    const { data } = await sub<{ station: { associatedStation: { id: string } | null } }>(
      'station { associatedStation { id } }',
      fx.userWithStation,
    );
    expect(data.user.station.associatedStation).toEqual({ id: expected.associatedStation!.id });
  });

  it('callForwarding — GET /api/v2/users/{userId}/callforwarding', async () => {
    const { data, calls } = await sub<{ callForwarding: { enabled: boolean | null } }>(
      'callForwarding { enabled calls { targets { type value } } }',
    );
    expect(data.user.callForwarding).toHaveProperty('enabled');
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}', 'GET /api/v2/users/{userId}/callforwarding']);
  });

  it('geolocation(clientId:) — GET /api/v2/users/{userId}/geolocations/{clientId}', async () => {
    const clientId = fx.geolocationClientIds[0];
    const { data, calls } = await sub<{ geolocation: { id: string | null; country: string | null } }>(
      `geolocation(clientId: "${clientId}") { id: clientId country city primary }`,
    );
    expect(data.user.geolocation).toBeTruthy();
    expect(routesOf(calls)).toEqual([
      'GET /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}/geolocations/{clientId}',
    ]);
    expect(calls[1].path).toBe(`/api/v2/users/${fx.richUser}/geolocations/${clientId}`);
  });

  it('profileSkills data equals GET /api/v2/users/{userId}/profileskills', async () => {
    const expected = await upstream<string[]>(`/api/v2/users/${fx.richUser}/profileskills`);
    const { data } = await sub<{ profileSkills: string[] }>('profileSkills');
    expect(data.user.profileSkills).toEqual(expected);
  });

  it('profile — GET /api/v2/users/{userId}/profile', async () => {
    const { data, calls } = await sub<{ profile: { id: string; version: number } }>(
      'profile { id name state version }',
    );
    expect(data.user.profile.id).toBe(fx.richUser);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}', 'GET /api/v2/users/{userId}/profile']);
  });

  it('skills(sortOrder: descending) reads every page; skillsPage reads one — GET /api/v2/users/{userId}/routingskills', async () => {
    const { data, calls } = await sub<{
      skills: Array<{ id: string; name: string }>;
      asc: Array<{ id: string; name: string }>;
      skillsPage: { entities: unknown[]; total: number; pageCount: number };
    }>(
      'skills(sortOrder: descending) { id: skillId name proficiency state } asc: skills { id: skillId name } skillsPage(pageSize: 1, pageNumber: 1) { entities { id: skillId } total pageCount }',
    );
    expect(data.user.skills.length).toBeGreaterThan(1);
    expect(data.user.skills.map((s) => s.id)).toEqual([...data.user.asc].reverse().map((s) => s.id));
    expect(data.user.skillsPage.entities).toHaveLength(1);
    expect(data.user.skillsPage.total).toBe(data.user.skills.length);
    // The default order comes with expand=skills; another order and a page are the listing.
    expect(calls[0].query.expand).toEqual(['skills']);
    const skillCalls = calls.filter((c) => c.route === '/api/v2/users/{userId}/routingskills');
    expect(skillCalls.map((c) => c.query.pageSize[0]).sort()).toEqual(['1', '100']);
    expect(calls).toHaveLength(3);
  });

  it('languages and languagesPage — GET /api/v2/users/{userId}/routinglanguages', async () => {
    const { data, calls } = await sub<{
      languages: Array<{ id: string }>;
      languagesPage: { entities: unknown[]; pageSize: number };
    }>(
      'languages(sortOrder: descending) { id: languageId name proficiency } languagesPage(pageSize: 5) { entities { id: languageId } pageSize }',
    );
    expect(data.user.languages.length).toBeGreaterThan(0);
    expect(data.user.languagesPage.pageSize).toBe(5);
    expect(calls.filter((c) => c.route === '/api/v2/users/{userId}/routinglanguages')).toHaveLength(2);
  });

  it('queues joined and unjoined — GET /api/v2/users/{userId}/queues', async () => {
    const { data, calls } = await sub<{
      joined: Array<{ id: string; joined: boolean }>;
      unjoined: Array<{ id: string; joined: boolean }>;
      queuesPage: { entities: unknown[] };
    }>(
      'joined: queues { id: queueId name joined } unjoined: queues(joined: false) { id: queueId joined } queuesPage(pageSize: 1) { entities { id: queueId } }',
    );
    expect(data.user.joined.map((q) => q.id).sort()).toEqual([...fx.queues.joined].sort());
    expect(data.user.unjoined.map((q) => q.id).sort()).toEqual([...fx.queues.unjoined].sort());
    expect(data.user.joined.every((q) => q.joined)).toBe(true);
    const queueCalls = calls.filter((c) => c.route === '/api/v2/users/{userId}/queues');
    expect(queueCalls.map((c) => c.query.joined?.[0]).sort()).toEqual(['false', 'true', 'true']);
  });

  it('trustors and trustorsPage — GET /api/v2/users/{userId}/trustors', async () => {
    const { data, calls } = await sub<{
      trustors: Array<{ id: string; organization: { name: string } }>;
      trustorsPage: { total: number };
    }>('trustors { id enabled organization { id name } createdBy { id } } trustorsPage { total }', fx.trustorUser);
    expect(data.user.trustors.map((t) => t.id).sort()).toEqual(expect.arrayContaining(fx.trustorOrgIds.slice(0, 1)));
    expect(data.user.trustorsPage.total).toBe(data.user.trustors.length);
    expect(calls.filter((c) => c.route === '/api/v2/users/{userId}/trustors')).toHaveLength(2);
  });

  it('expand-only fields (presence, locations, groups) ride on the listing: one call for the page', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUsers2 {
          users(pageSize: 5) {
            entities {
              presence {
                presenceDefinition {
                  systemPresence
                }
              }
              locations {
                id
              }
              groups {
                id
                name
              }
            }
          }
        }
      `),
    );
    expect(data.users.entities.every((u) => u.presence?.presenceDefinition?.systemPresence)).toBe(true);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(calls[0].query.expand).toEqual(['groups', 'locations', 'presence']);
  });

  it('an expand-only field the upstream leaves out is null, with no second call', async () => {
    h.emulator.setKnobs({ dropExpands: ['presence'] });
    try {
      const { data, calls } = await run(
        graphql(`
          query ReadsUsers3 {
            users(pageSize: 5) {
              entities {
                id
                presence {
                  id
                }
              }
            }
          }
        `),
      );
      expect(data.users.entities.map((u) => u.presence)).toEqual([null, null, null, null, null]);
      expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    } finally {
      h.emulator.setKnobs({ dropExpands: [] });
    }
  });

  it('users that came without an expand (e.g. an embedded reference) load with it by id, batched', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUsers4 {
          users(pageSize: 5) {
            entities {
              outOfOffice {
                user {
                  presence {
                    id
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(data.users.entities).toHaveLength(5);
    // the listing with expand=outOfOffice, then the embedded users once, by id, with expand=presence
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users']);
    expect(calls[1].query.expand).toEqual(['presence']);
  });
});

describe('search, profiles, field config, analytics', () => {
  it('searchUsers — POST /api/v2/users/search, then searchUsersByQ64 — GET /api/v2/users/search', async () => {
    const first = await run(
      graphql(`
        query ReadsSearchUsers($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            total
            pageCount
            results {
              id
              name
            }
            nextQ64
          }
        }
      `),
      { r: { pageSize: 2, pageNumber: 1, query: [{ type: 'EXACT', fields: ['state'], value: 'active' }] } },
    );
    expect(first.data.searchUsers.results).toHaveLength(2);
    expect(first.data.searchUsers.nextQ64).toEqual(expect.any(String));
    expect(routesOf(first.calls)).toEqual(['POST /api/v2/users/search']);
    await h.resetCalls();
    const second = await run(
      graphql(`
        query ReadsSearchUsersByQ64($q: String!) {
          searchUsersByQ64(q64: $q) {
            pageNumber
            results {
              id
            }
          }
        }
      `),
      { q: present(first.data.searchUsers.nextQ64, 'nextQ64') },
    );
    expect(second.data.searchUsersByQ64.pageNumber).toBe(2);
    expect(second.data.searchUsersByQ64.results.map((u) => u.id)).not.toContain(first.data.searchUsers.results[0].id);
    expect(routesOf(second.calls)).toEqual(['GET /api/v2/users/search']);
  });

  it('search results prime the by-id loader', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsSearchUsers2($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            results {
              id
              manager {
                id
                name
              }
            }
          }
        }
      `),
      {
        r: { pageSize: 5, query: [{ type: 'CONTAINS', fields: ['name'], value: 'a' }] },
      },
    );
    expect(data.searchUsers.results.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('userProfiles — GET /api/v2/profiles/users', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUserProfiles {
          userProfiles(pageSize: 3) {
            entities {
              id
              name
              state
              version
            }
            pageSize
            total
          }
        }
      `),
    );
    expect(data.userProfiles.entities).toHaveLength(3);
    expect(routesOf(calls)).toEqual(['GET /api/v2/profiles/users']);
    expect(calls[0].query.pageSize).toEqual(['3']);
  });

  it('fieldConfig — GET /api/v2/fieldconfig', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsFieldConfig {
          fieldConfig(type: person) {
            id
            entityType
            sections {
              key
              fieldList {
                key
                type
                required
              }
            }
          }
        }
      `),
    );
    expect(data.fieldConfig?.entityType).toBe('person');
    expect(data.fieldConfig?.sections?.length).toBeGreaterThan(0);
    expect(calls[0]).toMatchObject({ route: '/api/v2/fieldconfig', query: { type: ['person'] } });
  });

  const interval = '2026-11-01T00:00:00.000Z/2026-11-02T00:00:00.000Z';

  it('userAggregates — POST /api/v2/analytics/users/aggregates/query', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUserAggregates($q: AggregationQueryInput!) {
          userAggregates(query: $q) {
            results {
              group
              data {
                interval
                metrics {
                  metric
                  stats {
                    sum
                    count
                  }
                }
              }
            }
          }
        }
      `),
      {
        q: {
          interval,
          groupBy: ['userId'],
          metrics: ['tSystemPresence'],
          filter: { type: 'or', predicates: [{ dimension: 'userId', value: fx.richUser }] },
        },
      },
    );
    expect(Array.isArray(data.userAggregates?.results)).toBe(true);
    expect(routesOf(calls)).toEqual(['POST /api/v2/analytics/users/aggregates/query']);
  });

  it('userDetails — POST /api/v2/analytics/users/details/query', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUserDetails($q: UserDetailsQueryInput!) {
          userDetails(query: $q) {
            userDetails {
              userId
              primaryPresence {
                systemPresence
                startTime
              }
            }
          }
        }
      `),
      { q: { interval, paging: { pageSize: 5, pageNumber: 1 } } },
    );
    expect(data.userDetails).toBeTruthy();
    expect(routesOf(calls)).toEqual(['POST /api/v2/analytics/users/details/query']);
  });

  it('userObservations — POST /api/v2/analytics/users/observations/query', async () => {
    const { data, calls } = await run(
      graphql(`
        query ReadsUserObservations($q: ObservationQueryInput!) {
          userObservations(query: $q) {
            results {
              group
              data {
                metric
                stats {
                  count
                }
              }
            }
          }
        }
      `),
      {
        q: {
          metrics: ['oUserPresences'],
          filter: { type: 'or', predicates: [{ dimension: 'userId', value: fx.richUser }] },
        },
      },
    );
    expect(data.userObservations).toBeTruthy();
    expect(routesOf(calls)).toEqual(['POST /api/v2/analytics/users/observations/query']);
  });
});
