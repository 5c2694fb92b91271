/**
 * Expand lookahead, end to end: the User fields a query selects under each user-returning field become
 * expands of the one upstream call that field makes anyway. Exact upstream calls, at the emulator.
 */
import type { EmulatorFixtures } from '../../emulator/store.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { routesOf, startHarness, type Harness, type UpstreamCall } from '../helpers/harness.js';
import { entityUser } from '../federation/fixtures.js';
import { expectData, graphql, present } from '../helpers/operations.js';

let h: Harness;
let fx: EmulatorFixtures;

beforeAll(async () => {
  h = await startHarness();
  fx = h.emulator.store.fixtures();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());
afterEach(() => h.emulator.setKnobs({ dropExpands: [] }));

async function run<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<{ data: TData; calls: UpstreamCall[] }> {
  const data = await expectData(h, document, variables);
  return { data, calls: await h.calls() };
}

describe('the expands of a selection ride on the user fetch', () => {
  it('a page of 50 users with routing status, station and skills is one call', async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadPage50 {
          users(pageSize: 50) {
            entities {
              id
              routingStatus {
                status
              }
              station {
                effectiveStation {
                  id
                }
              }
              skills {
                id
                name
              }
            }
          }
        }
      `),
    );
    expect(data.users.entities).toHaveLength(50);
    expect(data.users.entities.every((u) => u.routingStatus?.status && Array.isArray(u.skills))).toBe(true);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(calls[0].query.expand).toEqual(['routingStatus', 'skills', 'station']);
  });

  it('reads the selection through named and inline fragments, and leaves out what @skip turns off', async () => {
    const { calls } = await run(
      graphql(`
        query LookaheadFragments($id: ID!, $skip: Boolean!) {
          user(id: $id) {
            ...LookaheadCard
            ... on User {
              presence {
                id
              }
            }
            team @skip(if: $skip) {
              id
            }
          }
        }

        fragment LookaheadCard on User {
          name
          routingStatus {
            status
          }
        }
      `),
      { id: fx.richUser, skip: true },
    );
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}']);
    expect(calls[0].query.expand).toEqual(['presence', 'routingStatus']);
  });

  it('users asked for with different expand sets are fetched once, with the union', async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadUnion($id: ID!) {
          a: user(id: $id) {
            id
            routingStatus {
              status
            }
          }
          b: user(id: $id) {
            id
            station {
              effectiveStation {
                id
              }
            }
          }
        }
      `),
      { id: fx.richUser },
    );
    expect(data.a?.routingStatus?.status).toEqual(expect.any(String));
    expect(data.b?.station).toBeTruthy();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}']);
    expect(calls[0].query.expand).toEqual(['routingStatus', 'station']);
  });

  it('the managers of a page come in one bulk call with the expands selected under manager', async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadManagers {
          users(pageSize: 20, pageNumber: 3) {
            entities {
              id
              manager {
                id
                presence {
                  id
                }
              }
            }
          }
        }
      `),
    );
    const managers = new Set(data.users.entities.flatMap((u) => (u.manager ? [u.manager.id] : [])));
    expect(managers.size).toBeGreaterThan(1);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users']);
    expect(calls[0].query.expand).toBeUndefined();
    expect(calls[1].query.expand).toEqual(['presence']);
    expect([...calls[1].query.id].sort()).toEqual([...managers].sort());
  });

  it('directReports, superiors, adjacents and favorites carry the expands of their users', async () => {
    const { calls } = await run(
      graphql(`
        query LookaheadLists($id: ID!) {
          user(id: $id) {
            directReports {
              routingStatus {
                status
              }
            }
            superiors {
              presence {
                id
              }
            }
            adjacents {
              siblings {
                station {
                  effectiveStation {
                    id
                  }
                }
              }
              directReports {
                groups {
                  id
                }
              }
            }
            favorites {
              outOfOffice {
                active
              }
            }
            favoritesPage(pageSize: 2) {
              entities {
                locations {
                  id
                }
              }
            }
          }
        }
      `),
      { id: fx.favoritesUser },
    );
    const expandOf = (route: string, pageSize?: string) =>
      calls.find((c) => c.route === route && (pageSize === undefined || c.query.pageSize?.[0] === pageSize))?.query
        .expand;
    expect(expandOf('/api/v2/users/{userId}/directreports')).toEqual(['routingStatus']);
    expect(expandOf('/api/v2/users/{userId}/superiors')).toEqual(['presence']);
    expect(expandOf('/api/v2/users/{userId}/adjacents')).toEqual(['groups', 'station']);
    expect(expandOf('/api/v2/users/{userId}/favorites', '100')).toEqual(['outOfOffice']);
    expect(expandOf('/api/v2/users/{userId}/favorites', '2')).toEqual(['locations']);
    expect(calls).toHaveLength(6);
  });

  it("search sends the caller's request as is; the results' other fields load by id in one bulk call", async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadSearch($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            results {
              id
              routingStatus {
                status
              }
              skills {
                id
              }
            }
          }
        }
      `),
      { r: { pageSize: 10, query: [{ type: 'EXACT', fields: ['state'], value: 'active' }] } },
    );
    expect(data.searchUsers.results).toHaveLength(10);
    expect(data.searchUsers.results.every((u) => u.routingStatus && Array.isArray(u.skills))).toBe(true);
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/search', 'GET /api/v2/users']);
    expect(h.emulator.requests.log().at(-2)?.body).not.toHaveProperty('expand');
    expect(calls[1].query.expand).toEqual(['routingStatus', 'skills']);
    expect(calls[1].query.id).toHaveLength(10);
  });

  it("search results embed what the caller's own request.expand asks for, at no extra call", async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadSearchExpand($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            results {
              id
              routingStatus {
                status
              }
            }
          }
        }
      `),
      {
        r: { pageSize: 10, expand: ['routingStatus'], query: [{ type: 'EXACT', fields: ['state'], value: 'active' }] },
      },
    );
    expect(data.searchUsers.results.every((u) => u.routingStatus)).toBe(true);
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/search']);
  });

  it('_entities of 100 users is one bulk call, with the expands of `... on User`', async () => {
    const ids = h.emulator.store
      .sortedUsers()
      .filter((u) => u.state === 'active')
      .slice(0, 100)
      .map((u) => u.id);
    const representations = ids.map((id) => ({ __typename: 'User', id }));
    const { data, calls } = await run(
      graphql(`
        query LookaheadEntities($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on User {
              id
              name
              presence {
                id
              }
            }
          }
        }
      `),
      { r: representations },
    );
    expect(data._entities.map((u) => entityUser(u)?.id)).toEqual(ids);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(calls[0].query.id).toHaveLength(100);
    expect(calls[0].query.expand).toEqual(['presence']);
  });
});

describe('what no expand gives goes to its own route', () => {
  it('queues (no expand), skills in another order and a geolocation by client id use the dedicated endpoints', async () => {
    const { calls } = await run(
      graphql(`
        query LookaheadDedicated($id: ID!, $clientId: String!) {
          user(id: $id) {
            queues {
              id
            }
            unjoined: queues(joined: false) {
              id
            }
            skills(sortOrder: descending) {
              id
            }
            geolocation(clientId: $clientId) {
              id
            }
          }
        }
      `),
      { id: fx.richUser, clientId: fx.geolocationClientIds[0] },
    );
    expect(routesOf(calls).sort()).toEqual([
      'GET /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}/geolocations/{clientId}',
      'GET /api/v2/users/{userId}/queues',
      'GET /api/v2/users/{userId}/queues',
      'GET /api/v2/users/{userId}/routingskills',
    ]);
    expect(calls.find((c) => c.route === '/api/v2/users/{userId}')?.query.expand).toBeUndefined();
  });

  it('a page of users whose routing status the upstream left out: one listing, then the dedicated route per user, in one round', async () => {
    h.emulator.setKnobs({ dropExpands: ['routingStatus'] });
    const { data, calls } = await run(
      graphql(`
        query LookaheadDropped {
          users(pageSize: 4) {
            entities {
              id
              routingStatus {
                status
              }
            }
          }
        }
      `),
    );
    expect(data.users.entities.every((u) => u.routingStatus?.status)).toBe(true);
    expect(routesOf(calls)).toEqual([
      'GET /api/v2/users',
      ...Array(4).fill('GET /api/v2/users/{userId}/routingstatus'),
    ]);
  });
});

describe('manager', () => {
  it('manager { id } is answered from the reference: no call', async () => {
    const { data, calls } = await run(
      graphql(`
        query LookaheadManagerRef($id: ID!) {
          user(id: $id) {
            manager {
              id
              __typename
            }
          }
        }
      `),
      { id: fx.deepUser },
    );
    expect(present(data.user?.manager, 'manager').id).toEqual(h.emulator.store.user(fx.deepUser)?.managerId);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}']);
  });

  it('manager with more than its id loads it', async () => {
    const { calls } = await run(
      graphql(`
        query LookaheadManagerLoad($id: ID!) {
          user(id: $id) {
            manager {
              id
              name
            }
          }
        }
      `),
      { id: fx.deepUser },
    );
    expect(routesOf(calls)).toEqual(['GET /api/v2/users/{userId}', 'GET /api/v2/users/{userId}']);
  });
});
