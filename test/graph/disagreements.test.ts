/**
 * Regression tests for the six classes of disagreement the differential test found between the gateway
 * and the REST API (issue 18), each with its data and its exact upstream calls.
 */
import type { EmulatorFixtures } from '../../emulator/index.js';
import { decodeQ64 } from '../../emulator/routes/search.js';
import { expandValuesOf, operationList } from '../../src/genesys/operations.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startHarness, routesOf, type Harness, type UpstreamCall } from '../helpers/harness.js';
import type { UserSearchRequestInput } from '../__generated__/graphql.js';
import { errorsOf, executeTyped, graphql, present } from '../helpers/operations.js';

let h: Harness;
let fx: EmulatorFixtures;
beforeAll(async () => {
  h = await startHarness({ emulator: { users: 120 } });
  fx = h.emulator.store.fixtures();
});
afterAll(() => h.close());

/** Runs a typed document (or a built string, typed by the caller): the result, its data asserted present, the calls. */
async function run<T, V extends Record<string, unknown> = Record<string, unknown>>(
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
) {
  await h.resetCalls();
  const result =
    typeof document === 'string' ? await h.execute<T>(document, variables) : await executeTyped(h, document, variables);
  const { data, ...rest } = result;
  return { ...rest, data: present(data, 'data'), calls: await h.calls() };
}

const call = (c: UpstreamCall) =>
  `${c.method} ${c.route}${c.query.expand ? ` expand=${c.query.expand.join(',')}` : ''} ${c.status}`;

async function withKnobs<T>(knobs: Parameters<Harness['emulator']['setKnobs']>[0], body: () => Promise<T>): Promise<T> {
  h.emulator.setKnobs(knobs);
  try {
    return await body();
  } finally {
    h.emulator.setKnobs({ dropExpands: [], rejectExpands: [] });
  }
}

describe('1. a refused expand never nulls its parent', () => {
  it('me: only the field of the refused value fails; the others and the user answer', async () => {
    const { data, errors, calls } = await withKnobs({ rejectExpands: ['integrationPresence'] }, () =>
      run(
        graphql(`
          query DisMe {
            me {
              id
              name
              presence {
                source
              }
              integrationPresence {
                source
              }
            }
          }
        `),
      ),
    );
    expect(data.me).toEqual({
      id: fx.headOfOrg,
      name: expect.any(String),
      presence: { source: 'PURECLOUD' },
      integrationPresence: null,
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['me', 'integrationPresence'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(calls.map(call).sort()).toEqual([
      'GET /api/v2/users/me 200',
      'GET /api/v2/users/me expand=integrationPresence 400',
      'GET /api/v2/users/me expand=integrationPresence,presence 400',
      'GET /api/v2/users/me expand=presence 200',
    ]);
  });

  it('users: the page answers; its users re-read by id, value by value, and only the refused field fails', async () => {
    const outcome = await withKnobs({ rejectExpands: ['integrationPresence'] }, () =>
      run(
        graphql(`
          query DisUsers {
            users(pageSize: 3) {
              entities {
                id
                routingStatus {
                  status
                }
                integrationPresence {
                  source
                }
              }
            }
          }
        `),
      ),
    );
    const { data, calls } = outcome;
    expect(data.users.entities).toHaveLength(3);
    for (const user of data.users.entities) {
      expect(user).toEqual({
        id: expect.any(String),
        routingStatus: { status: expect.any(String) },
        integrationPresence: null,
      });
    }
    expect(errorsOf(outcome).map((e) => e.path)).toEqual(
      [0, 1, 2].map((i) => ['users', 'entities', i, 'integrationPresence']),
    );
    // The listing without expands, then value by value (one more round): the users need no re-read.
    expect(calls.map(call).slice(0, 2)).toEqual([
      'GET /api/v2/users expand=integrationPresence,routingStatus 400',
      'GET /api/v2/users 200',
    ]);
    expect(calls.map(call).slice(2).sort()).toEqual([
      'GET /api/v2/users expand=integrationPresence 400',
      'GET /api/v2/users expand=routingStatus 200',
    ]);
  });

  it('a field with a route of its own reads it, without an error', async () => {
    const { data, errors, calls } = await withKnobs({ rejectExpands: ['routingStatus'] }, () =>
      run<{ user: { id: string; routingStatus: { status: string } } }>(
        `{ user(id: "${fx.richUser}") { id routingStatus { status } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data.user.routingStatus.status).toEqual(expect.any(String));
    expect(calls.map(call)).toEqual([
      'GET /api/v2/users/{userId} expand=routingStatus 400',
      'GET /api/v2/users/{userId} 200',
      'GET /api/v2/users/{userId}/routingstatus 200',
    ]);
  });

  it('sends each route only the expand values it accepts', async () => {
    const { errors, calls } = await run(
      `{ me { integrationPresence { source } skills { id } directReports { presence { source } } }
         user(id: "${fx.managerOfManagers}") { superiors { groups { id } } adjacents { siblings { team { id } } } favorites { station { effectiveStation { id } } } }
         searchUsers(request: { pageSize: 2, query: [{ type: EXACT, fields: ["state"], value: "active" }] }) { results { integrationPresence { source } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(calls.filter((c) => c.status !== 200)).toEqual([]);
    for (const c of calls) {
      const op = operationList.find((o) => o.method === c.method && o.route === c.route)!;
      for (const e of c.query.expand ?? [])
        expect({ route: c.route, e, accepted: expandValuesOf(op).includes(e) }).toEqual({
          route: c.route,
          e,
          accepted: true,
        });
    }
  });
});

describe('2. profile expands are reachable', () => {
  it('User.profile asks GET …/profile for the expands its selection names', async () => {
    const { data, errors, calls } = await run<{ user: { profile: { expands: Record<string, unknown> } } }>(
      `{ user(id: "${fx.richUser}") { profile { id expands { routingStatus { status } integrationPresence { source } authorization { roles { name } unusedRoles { name } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const rest = (await (
      await fetch(
        `${h.emulator.url}/api/v2/users/${fx.richUser}/profile?expand=routingStatus,integrationPresence,authorization,authorization.unusedRoles`,
        {
          headers: { authorization: 'Bearer t' },
        },
      )
    ).json()) as {
      expands: {
        routingStatus: { status: string };
        authorization: { roles: Array<{ name: string }>; unusedRoles: Array<{ name: string }> };
      };
    };
    expect(data.user.profile.expands).toEqual({
      routingStatus: { status: rest.expands.routingStatus.status },
      integrationPresence: { source: 'MicrosoftTeams' },
      authorization: {
        roles: rest.expands.authorization.roles.map((r) => ({ name: r.name })),
        unusedRoles: rest.expands.authorization.unusedRoles.map((r) => ({ name: r.name })),
      },
    });
    expect(calls.map(call)).toEqual([
      'GET /api/v2/users/{userId} 200',
      'GET /api/v2/users/{userId}/profile expand=authorization,authorization.unusedRoles,integrationPresence,routingStatus 200',
    ]);
  });

  it('userProfiles asks the listing for the expands of its entities; none when none is selected', async () => {
    const { data, calls } = await run(
      graphql(`
        query DisUserProfiles {
          userProfiles(pageSize: 2) {
            entities {
              expands {
                presence {
                  source
                }
              }
            }
          }
        }
      `),
    );
    expect(data.userProfiles.entities).toEqual([
      { expands: { presence: { source: 'PURECLOUD' } } },
      { expands: { presence: { source: 'PURECLOUD' } } },
    ]);
    expect(calls.map(call)).toEqual(['GET /api/v2/profiles/users expand=presence 200']);
    const plain = await run('{ userProfiles(pageSize: 2) { entities { id } } }');
    expect(plain.calls.map(call)).toEqual(['GET /api/v2/profiles/users 200']);
  });
});

describe('2b. a refused profile expand fails its own field only', () => {
  it('User.profile and userProfiles keep the profile and the other expands', async () => {
    const { data, errors, calls } = await withKnobs({ rejectExpands: ['integrationPresence'] }, () =>
      run<{ user: { profile: { id: string; expands: { routingStatus: unknown; integrationPresence: unknown } } } }>(
        `{ user(id: "${fx.richUser}") { profile { id expands { routingStatus { status } integrationPresence { source } } } } }`,
      ),
    );
    expect(data.user.profile).toEqual({
      id: fx.richUser,
      expands: { routingStatus: { status: expect.any(String) }, integrationPresence: null },
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['user', 'profile', 'expands', 'integrationPresence'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(calls.map(call).slice(1, 3)).toEqual([
      'GET /api/v2/users/{userId}/profile expand=integrationPresence,routingStatus 400',
      'GET /api/v2/users/{userId}/profile 200',
    ]);
    expect(calls.map(call).slice(3).sort()).toEqual([
      'GET /api/v2/users/{userId}/profile expand=integrationPresence 400',
      'GET /api/v2/users/{userId}/profile expand=routingStatus 200',
    ]);

    const listing = await withKnobs({ rejectExpands: ['integrationPresence'] }, () =>
      run(
        graphql(`
          query DisUserProfiles2 {
            userProfiles(pageSize: 2) {
              entities {
                expands {
                  presence {
                    source
                  }
                  integrationPresence {
                    source
                  }
                }
              }
            }
          }
        `),
      ),
    );
    expect(listing.data.userProfiles.entities).toEqual(
      [0, 1].map(() => ({ expands: { presence: { source: 'PURECLOUD' }, integrationPresence: null } })),
    );
    expect(errorsOf(listing).map((e) => e.path)).toEqual(
      [0, 1].map((i) => ['userProfiles', 'entities', i, 'expands', 'integrationPresence']),
    );
  });
});

describe('3. users(ids:) returns what the route returns', () => {
  it('without state: every state but deleted, as GET /api/v2/users without state; no state sent', async () => {
    const ids = [fx.richUser, fx.inactiveUser];
    const { data, calls } = await run(
      graphql(`
        query DisUsers2($ids: [ID!]) {
          users(ids: $ids) {
            entities {
              id
              state
            }
          }
        }
      `),
      { ids },
    );
    expect(data.users.entities.map((u) => u.id).sort()).toEqual([...ids].sort());
    expect(data.users.entities.find((u) => u.id === fx.inactiveUser)!.state).toBe('inactive');
    expect(calls).toHaveLength(1);
    expect(calls[0].query.state).toBeUndefined();
  });

  it('with state: that state only, sent as given', async () => {
    const { data, calls } = await run(
      graphql(`
        query DisUsers3($ids: [ID!]) {
          users(ids: $ids, state: active) {
            entities {
              id
            }
          }
        }
      `),
      { ids: [fx.richUser, fx.inactiveUser] },
    );
    expect(data.users.entities.map((u) => u.id)).toEqual([fx.richUser]);
    expect(calls[0].query.state).toEqual(['active']);
  });
});

describe('4. the authorization fallback is complete', () => {
  it('roles, permissions and policies come from GET …/roles when the upstream drops expand=authorization', async () => {
    const { data, errors, calls } = await withKnobs({ dropExpands: ['authorization'] }, () =>
      run<{
        user: {
          authorization: {
            roles: unknown[];
            permissions: string[];
            permissionPolicies: unknown[];
            unusedRoles: unknown[];
          };
        };
      }>(
        `{ user(id: "${fx.richUser}") { authorization { roles { id } permissions permissionPolicies { id } unusedRoles { id } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const roles = (await (
      await fetch(`${h.emulator.url}/api/v2/users/${fx.richUser}/roles`, { headers: { authorization: 'Bearer t' } })
    ).json()) as {
      roles: Array<{ id: string }>;
      permissions: string[];
    };
    expect(data.user.authorization.roles).toEqual(roles.roles.map((r) => ({ id: r.id })));
    expect(data.user.authorization.permissions).toEqual(roles.permissions);
    expect(data.user.authorization.permissionPolicies.length).toBeGreaterThan(0);
    expect(Array.isArray(data.user.authorization.unusedRoles)).toBe(true);
    expect(calls.map(call)).toEqual([
      'GET /api/v2/users/{userId} expand=authorization,authorization.unusedRoles 200',
      'GET /api/v2/users/{userId}/roles 200',
    ]);
  });
});

describe('5. "does not exist" is null without an error, everywhere', () => {
  it('geolocation(clientId:) of a client the user has none for', async () => {
    const { data, errors, calls } = await run<{ user: { geolocation: unknown } }>(
      `{ user(id: "${fx.richUser}") { geolocation(clientId: "no-such-client") { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.user.geolocation).toBeNull();
    expect(routesOf(calls)).toEqual([
      'GET /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}/geolocations/{clientId}',
    ]);
    expect(calls[1].status).toBe(404);
  });

  it('user(id:) of a deleted user without state: deleted, and with it the user', async () => {
    const gone = await run<{ user: unknown }>(`{ user(id: "${fx.deletedUser}") { id } }`);
    expect(gone.errors).toBeUndefined();
    expect(gone.data.user).toBeNull();
    const found = await run<{ user: { id: string } }>(`{ user(id: "${fx.deletedUser}", state: deleted) { id } }`);
    expect(found.data.user).toEqual({ id: fx.deletedUser });
  });

  it('the schema says so for each of these fields', async () => {
    const { data } = await run(
      graphql(`
        query Dis__type {
          __type(name: "User") {
            fields {
              name
              description
            }
          }
        }
      `),
    );
    for (const name of ['geolocation', 'manager']) {
      expect(data.__type?.fields?.find((f) => f.name === name)!.description).toMatch(/Null without an error/);
    }
  });
});

describe("6. search page tokens (and listing URIs) replay the caller's own request", () => {
  const request: UserSearchRequestInput = {
    pageSize: 2,
    sortOrder: 'DESC',
    sortBy: 'name',
    expand: ['station', 'presence'],
    query: [{ type: 'EXACT', fields: ['state'], value: 'active' }],
  };

  it('the tokens decode to the request as the caller wrote it, expand order included', async () => {
    const { data, errors, calls } = await run(
      graphql(`
        query DisSearchUsers($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            currentQ64
            nextQ64
            currentPage
            results {
              id
              presence {
                source
              }
              station {
                effectiveStation {
                  id
                }
              }
              routingStatus {
                status
              }
              outOfOffice {
                active
              }
            }
          }
        }
      `),
      { r: request },
    );
    expect(errors).toBeUndefined();
    expect(decodeQ64(present(data.searchUsers.currentQ64))).toEqual({ ...request, pageNumber: 1 });
    expect(decodeQ64(present(data.searchUsers.nextQ64))).toEqual({ ...request, pageNumber: 2 });
    expect(data.searchUsers.currentPage).toContain(encodeURIComponent(present(data.searchUsers.currentQ64)));
    expect(h.emulator.requests.log().find((e) => e.route === '/api/v2/users/search')?.body).toEqual(request);
    // The fields the caller did not ask the search to embed load by id, one bulk call.
    expect(calls.map(call)).toEqual([
      'POST /api/v2/users/search 200',
      'GET /api/v2/users expand=outOfOffice,routingStatus 200',
    ]);
  });

  it("listing page URIs are the caller's request too: the lookahead's expands are left out", async () => {
    const { data, calls } = await run(
      graphql(`
        query DisUsers4 {
          users(pageSize: 2, sortOrder: descending) {
            selfUri
            nextUri
            lastUri
            entities {
              presence {
                source
              }
            }
          }
        }
      `),
    );
    expect(calls[0].query.expand).toEqual(['presence']);
    expect(data.users.selfUri).toBe('/api/v2/users?pageSize=2&pageNumber=1&sortOrder=descending');
    expect(data.users.nextUri).toBe('/api/v2/users?pageSize=2&pageNumber=2&sortOrder=descending');
    expect(data.users.lastUri).toMatch(/^\/api\/v2\/users\?pageSize=2&pageNumber=\d+&sortOrder=descending$/);
  });

  it('replaying a token sends it as is and hands out tokens of the same request', async () => {
    const first = await run(
      graphql(`
        query DisSearchUsers2($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            nextQ64
          }
        }
      `),
      { r: request },
    );
    const { data, calls } = await run(
      graphql(`
        query DisSearchUsersByQ64($q: String!) {
          searchUsersByQ64(q64: $q) {
            currentQ64
            results {
              presence {
                source
              }
            }
          }
        }
      `),
      {
        q: present(first.data.searchUsers.nextQ64),
      },
    );
    expect(decodeQ64(present(data.searchUsersByQ64.currentQ64))).toEqual({ ...request, pageNumber: 2 });
    expect(calls[0].route).toBe('/api/v2/users/search');
    expect(calls[0].query).toEqual({ q64: [first.data.searchUsers.nextQ64] });
  });
});
