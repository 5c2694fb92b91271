/**
 * The per-user settings writes through HTTP against the emulator: roles (set, clear), out of office, call
 * forwarding (PUT replaces, PATCH merges), geolocation, profile skills and stations (associated and default, set
 * and clear). Each test asserts the GraphQL result, the exact upstream calls and bodies, the emulator's state,
 * and reads the change back in the same operation and in a separate query.
 */
import type { StationRecord } from '../../emulator/store.js';
import { ok, routesOf, useOrg } from './helpers.js';
import type { CallRouteInput } from '../__generated__/graphql.js';
import { graphql } from '../helpers/operations.js';

const org = useOrg();

describe('roles', () => {
  it('setUserRoles: one PUT with the role ids; the payload returns the authorization, the user reads it too', async () => {
    const user = org.nextAgent();
    const roleIds = [...org.store.roles.keys()].slice(1, 3);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserRoles($u: ID!, $r: [ID!]!) {
          setUserRoles(userId: $u, roleIds: $r) {
            userId
            authorization {
              roles {
                id
              }
              permissions
            }
            user {
              id
              authorization {
                roles {
                  id
                }
              }
            }
          }
        }
      `),
      { u: user.id, r: roleIds },
    );
    expect(routesOf(calls)).toEqual(['PUT /api/v2/users/{userId}/roles', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual(roleIds);
    expect(calls[1].query.expand).toEqual(['authorization']);
    expect(data.setUserRoles?.authorization?.roles?.map((r) => r.id)).toEqual(roleIds);
    expect(data.setUserRoles?.authorization?.permissions).toEqual(org.store.permissionsOf(user));
    expect(data.setUserRoles?.user?.authorization?.roles?.map((r) => r.id)).toEqual(roleIds);
    expect(org.store.sub(user).roleIds).toEqual(roleIds);

    const back = await ok(
      org.h,
      graphql(`
        query SettingsUser($id: ID!) {
          user(id: $id) {
            authorization {
              roles {
                id
              }
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.authorization?.roles?.map((r) => r.id)).toEqual(roleIds);
  });

  it('setUserRoles with [] removes every role (the current replacement for DELETE …/roles)', async () => {
    const user = org.nextAgent();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserRoles2($u: ID!) {
          setUserRoles(userId: $u, roleIds: []) {
            authorization {
              roles {
                id
              }
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(calls[0].body).toEqual([]);
    expect(data.setUserRoles?.authorization?.roles).toEqual([]);
    expect(org.store.sub(user).roleIds).toEqual([]);
  });

  it("removeUserRoles: one DELETE (the seed's route); the payload reads the user with no roles", async () => {
    const user = org.nextAgent();
    expect(org.store.sub(user).roleIds.length).toBeGreaterThan(0);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsRemoveUserRoles($u: ID!) {
          removeUserRoles(userId: $u) {
            userId
            user {
              id
              authorization {
                roles {
                  id
                }
              }
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(calls)).toEqual(['DELETE /api/v2/users/{userId}/roles', 'GET /api/v2/users/{userId}']);
    expect(data.removeUserRoles).toEqual({ userId: user.id, user: { id: user.id, authorization: { roles: [] } } });
    expect(org.store.sub(user).roleIds).toEqual([]);
  });
});

describe('out of office', () => {
  it('setUserOutOfOffice: one PUT; the payload and the user agree', async () => {
    const user = org.nextAgent();
    const input = {
      active: true,
      indefinite: false,
      startDate: '2030-07-01T08:00:00.000Z',
      endDate: '2030-07-15T17:00:00.000Z',
    };
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserOutOfOffice($u: ID!, $input: OutOfOfficeInput!) {
          setUserOutOfOffice(userId: $u, input: $input) {
            outOfOffice {
              active
              indefinite
              startDate
              endDate
            }
            user {
              id
              outOfOffice {
                active
                endDate
              }
            }
          }
        }
      `),
      { u: user.id, input },
    );
    expect(routesOf(calls)).toEqual(['PUT /api/v2/users/{userId}/outofoffice', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual(input);
    expect(data.setUserOutOfOffice?.outOfOffice).toEqual(input);
    expect(data.setUserOutOfOffice?.user?.outOfOffice).toEqual({ active: true, endDate: input.endDate });
    expect(org.store.sub(user).outOfOffice).toMatchObject(input);

    const back = await ok(
      org.h,
      graphql(`
        query SettingsUser2($id: ID!) {
          user(id: $id) {
            outOfOffice {
              active
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.outOfOffice?.active).toBe(true);
  });
});

describe('call forwarding', () => {
  it('replaceUserCallForwarding (PUT) replaces; updateUserCallForwarding (PATCH) merges', async () => {
    const user = org.nextAgent();
    const station = [...org.store.stations.keys()][3];
    const calls1: CallRouteInput[] = [
      {
        targets: [
          { type: 'PHONENUMBER', value: '+13175550100' },
          { type: 'STATION', value: station },
        ],
      },
    ];
    const put = await ok(
      org.h,
      graphql(`
        mutation SettingsReplaceUserCallForwarding($u: ID!, $input: CallForwardingInput!) {
          replaceUserCallForwarding(userId: $u, input: $input) {
            userId
            callForwarding {
              enabled
              voicemail
              phoneNumber
              calls {
                targets {
                  type
                  value
                }
              }
            }
            user {
              id
              callForwarding {
                enabled
                voicemail
                phoneNumber
                calls {
                  targets {
                    type
                    value
                  }
                }
              }
            }
          }
        }
      `),
      { u: user.id, input: { enabled: true, calls: calls1 } },
    );
    // user { id callForwarding } needs no user read: callForwarding has its own route.
    expect(routesOf(put.calls)).toEqual([
      'PUT /api/v2/users/{userId}/callforwarding',
      'GET /api/v2/users/{userId}/callforwarding',
    ]);
    expect(put.calls[0].body).toEqual({ enabled: true, calls: calls1 });
    const expected = { enabled: true, voicemail: 'PURECLOUD', phoneNumber: null, calls: calls1 };
    expect(put.data.replaceUserCallForwarding?.callForwarding).toEqual(expected);
    expect(put.data.replaceUserCallForwarding?.user?.callForwarding).toEqual(expected);
    expect(org.store.sub(user).callForwarding).toMatchObject({ enabled: true, voicemail: 'PURECLOUD', calls: calls1 });

    const patch = await ok(
      org.h,
      graphql(`
        mutation SettingsUpdateUserCallForwarding($u: ID!) {
          updateUserCallForwarding(userId: $u, input: { voicemail: LASTCALL }) {
            callForwarding {
              enabled
              voicemail
              phoneNumber
              calls {
                targets {
                  type
                  value
                }
              }
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(patch.calls)).toEqual(['PATCH /api/v2/users/{userId}/callforwarding']);
    expect(patch.calls[0].body).toEqual({ voicemail: 'LASTCALL' });
    expect(patch.data.updateUserCallForwarding?.callForwarding).toEqual({ ...expected, voicemail: 'LASTCALL' });

    const back = await ok(
      org.h,
      graphql(`
        query SettingsUserCallForwarding($id: ID!) {
          user(id: $id) {
            callForwarding {
              enabled
              voicemail
              phoneNumber
              calls {
                targets {
                  type
                  value
                }
              }
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.callForwarding).toEqual({ ...expected, voicemail: 'LASTCALL' });
  });
});

describe('geolocation', () => {
  it("updateUserGeolocation: one PATCH for one client; a later query reads that client's geolocation", async () => {
    const user = org.nextAgent();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsUpdateUserGeolocation($u: ID!) {
          updateUserGeolocation(
            userId: $u
            clientId: "kiosk-7"
            input: { type: "web", primary: true, city: "Galway", region: "Connacht", country: "IE" }
          ) {
            userId
            clientId
            geolocation {
              id: clientId
              type
              primary
              city
              region
              country
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}/geolocations/{clientId}']);
    expect(calls[0]).toMatchObject({
      path: `/api/v2/users/${user.id}/geolocations/kiosk-7`,
      body: { type: 'web', primary: true, city: 'Galway', region: 'Connacht', country: 'IE' },
    });
    expect(data.updateUserGeolocation).toEqual({
      userId: user.id,
      clientId: 'kiosk-7',
      geolocation: { id: 'kiosk-7', type: 'web', primary: true, city: 'Galway', region: 'Connacht', country: 'IE' },
    });
    expect(org.store.sub(user).primaryClientId).toBe('kiosk-7');
    expect(org.store.sub(user).geolocations.get('kiosk-7')).toMatchObject({ city: 'Galway', country: 'IE' });

    const back = await ok(
      org.h,
      graphql(`
        query SettingsUser3($id: ID!) {
          user(id: $id) {
            geolocation(clientId: "kiosk-7") {
              city
              primary
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.geolocation).toEqual({ city: 'Galway', primary: true });
  });
});

describe('profile skills', () => {
  it('setUserProfileSkills: one PUT with the list; the payload and the user read through expand=profileSkills agree', async () => {
    const user = org.nextAgent();
    const skills = ['Negotiation', 'Spanish'];
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserProfileSkills($u: ID!, $s: [String!]!) {
          setUserProfileSkills(userId: $u, skills: $s) {
            profileSkills
            user {
              id
              profileSkills
            }
          }
        }
      `),
      { u: user.id, s: skills },
    );
    expect(routesOf(calls)).toEqual(['PUT /api/v2/users/{userId}/profileskills', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual(skills);
    expect(data.setUserProfileSkills).toEqual({ profileSkills: skills, user: { id: user.id, profileSkills: skills } });
    expect(org.store.sub(user).profileSkills).toEqual(skills);
  });
});

describe('stations', () => {
  const freeStation = (): StationRecord => {
    const station = [...org.store.stations.values()].find((s) => !s.associatedUserId && !s.defaultUserId);
    if (!station) throw new Error('no free station');
    return station;
  };

  it('set and clear the associated station (PUT, DELETE; no response body)', async () => {
    const user = org.nextAgent();
    const station = freeStation();
    const set = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserAssociatedStation($u: ID!, $s: ID!) {
          setUserAssociatedStation(userId: $u, stationId: $s) {
            userId
            user {
              id
              station {
                associatedStation {
                  id
                }
                defaultStation {
                  id
                }
              }
            }
          }
        }
      `),
      { u: user.id, s: station.id },
    );
    expect(routesOf(set.calls)).toEqual([
      'PUT /api/v2/users/{userId}/station/associatedstation/{stationId}',
      'GET /api/v2/users/{userId}',
    ]);
    expect(set.calls[1].query.expand).toEqual(['station']);
    expect(set.data.setUserAssociatedStation?.userId).toBe(user.id);
    expect(set.data.setUserAssociatedStation?.user?.station?.associatedStation).toEqual({ id: station.id });
    expect(station.associatedUserId).toBe(user.id);

    const cleared = await ok(
      org.h,
      graphql(`
        mutation SettingsClearUserAssociatedStation($u: ID!) {
          clearUserAssociatedStation(userId: $u) {
            userId
            user {
              id
              station {
                associatedStation {
                  id
                }
                defaultStation {
                  id
                }
              }
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(cleared.calls)).toEqual([
      'DELETE /api/v2/users/{userId}/station/associatedstation',
      'GET /api/v2/users/{userId}',
    ]);
    expect(cleared.data.clearUserAssociatedStation?.user?.station?.associatedStation).toBeNull();
    expect(station.associatedUserId).toBeUndefined();
    expect(org.store.stationLinks(user.id).associated).toBeUndefined();
  });

  it('set and clear the default station (PUT, DELETE; no response body)', async () => {
    const user = org.nextAgent();
    const station = freeStation();
    const set = await ok(
      org.h,
      graphql(`
        mutation SettingsSetUserDefaultStation($u: ID!, $s: ID!) {
          setUserDefaultStation(userId: $u, stationId: $s) {
            userId
            user {
              id
              station {
                associatedStation {
                  id
                }
                defaultStation {
                  id
                }
              }
            }
          }
        }
      `),
      { u: user.id, s: station.id },
    );
    expect(routesOf(set.calls)).toEqual([
      'PUT /api/v2/users/{userId}/station/defaultstation/{stationId}',
      'GET /api/v2/users/{userId}',
    ]);
    expect(set.data.setUserDefaultStation?.user?.station?.defaultStation).toEqual({ id: station.id });
    expect(org.store.stationLinks(user.id).default).toBe(station.id);

    const back = await ok(
      org.h,
      graphql(`
        query SettingsUser4($id: ID!) {
          user(id: $id) {
            station {
              defaultStation {
                id
              }
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.station?.defaultStation?.id).toBe(station.id);

    const cleared = await ok(
      org.h,
      graphql(`
        mutation SettingsClearUserDefaultStation($u: ID!) {
          clearUserDefaultStation(userId: $u) {
            userId
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(cleared.calls)).toEqual(['DELETE /api/v2/users/{userId}/station/defaultstation']);
    expect(cleared.data.clearUserDefaultStation?.userId).toBe(user.id);
    expect(org.store.stationLinks(user.id).default).toBeUndefined();
    expect(station.defaultUserId).toBeUndefined();
  });
});
