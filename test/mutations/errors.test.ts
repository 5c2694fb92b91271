/**
 * Upstream refusals of writes, mapped by src/errors.ts: a stale version (CONFLICT), unknown ids (NOT_FOUND),
 * missing permissions (FORBIDDEN, through the emulator's permissions map); two concurrent updateUser calls with
 * the same version; and the promise that a write is sent exactly once, also when it fails.
 */
import { fails, ok, routesOf, UNKNOWN_ID, useOrg, userRecord, type LoggedCall, type Operation } from './helpers.js';
import { errorsOf, executeTyped, graphql, present } from '../helpers/operations.js';

// With a permissions map, the emulator checks each token's permissions: the harness' default token may do
// anything, `skills-only` only assign routing skills.
const org = useOrg({
  emulator: {
    users: 200,
    permissions: {
      'test-token': { permissions: ['*', '*:*', '*:*:*'] },
      'skills-only': { permissions: ['routing:skill:assign'] },
    },
  },
});

const UPDATE_TITLE = graphql(`
  mutation ErrorsUpdateUser($u: ID!, $v: Int!, $t: String!) {
    updateUser(userId: $u, input: { version: $v, title: $t }) {
      id
      title
      version
    }
  }
`);

describe('a stale version', () => {
  it('gives CONFLICT (upstream 409 general.conflict) and changes nothing', async () => {
    const user = org.nextAgent();
    const stale = user.version;
    await ok(org.h, UPDATE_TITLE, { u: user.id, v: stale, t: 'First' });
    const { version, title } = user;
    expect([version, title]).toEqual([stale + 1, 'First']);
    const { error, data, calls } = await fails(org.h, UPDATE_TITLE, { u: user.id, v: stale, t: 'Second' });
    expect(data).toEqual({ updateUser: null });
    expect(error.path).toEqual(['updateUser']);
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      upstream: {
        status: 409,
        code: 'general.conflict',
        method: 'PATCH',
        route: '/api/v2/users/{userId}',
        correlationId: expect.any(String),
      },
    });
    expect(calls.map((c) => [c.method, c.route, c.status])).toEqual([['PATCH', '/api/v2/users/{userId}', 409]]);
    expect([user.version, user.title]).toEqual([version, title]);
  });
});

describe('unknown ids: NOT_FOUND, after exactly one upstream call', () => {
  const cases: Array<[string, Operation, () => Record<string, unknown>, string]> = [
    [
      'updateUser of an unknown user',
      UPDATE_TITLE,
      () => ({ u: UNKNOWN_ID, v: 1, t: 'x' }),
      'PATCH /api/v2/users/{userId}',
    ],
    [
      'deleteUser of an unknown user',
      'mutation($u: ID!) { deleteUser(userId: $u) { userId } }',
      () => ({ u: UNKNOWN_ID }),
      'DELETE /api/v2/users/{userId}',
    ],
    [
      'an unknown routing skill',
      'mutation($u: ID!, $s: ID!) { addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 2 }) { userId } }',
      () => ({ u: org.fx.richUser, s: UNKNOWN_ID }),
      'POST /api/v2/users/{userId}/routingskills',
    ],
    [
      'removing an unknown language',
      'mutation($u: ID!, $l: ID!) { removeUserRoutingLanguage(userId: $u, languageId: $l) { userId } }',
      () => ({ u: org.fx.richUser, l: UNKNOWN_ID }),
      'DELETE /api/v2/users/{userId}/routinglanguages/{languageId}',
    ],
    [
      'a queue the user is not a member of',
      'mutation($u: ID!, $q: ID!) { setUserQueueMembership(userId: $u, queueId: $q, joined: true) { userId } }',
      () => ({ u: org.fx.richUser, q: org.fx.queues.notMember }),
      'PATCH /api/v2/users/{userId}/queues/{queueId}',
    ],
    [
      'an unknown role',
      'mutation($u: ID!, $r: ID!) { setUserRoles(userId: $u, roleIds: [$r]) { userId } }',
      () => ({ u: org.fx.richUser, r: UNKNOWN_ID }),
      'PUT /api/v2/users/{userId}/roles',
    ],
    [
      'an unknown station',
      'mutation($u: ID!, $s: ID!) { setUserAssociatedStation(userId: $u, stationId: $s) { userId } }',
      () => ({ u: org.fx.richUser, s: UNKNOWN_ID }),
      'PUT /api/v2/users/{userId}/station/associatedstation/{stationId}',
    ],
    [
      'the routing status of an unknown user',
      'mutation($u: ID!) { setUserRoutingStatus(userId: $u, input: { status: IDLE }) { userId } }',
      () => ({ u: UNKNOWN_ID }),
      'PUT /api/v2/users/{userId}/routingstatus',
    ],
  ];

  it.each(cases)('%s', async (_label, query, variables, route) => {
    const { error, calls } = await fails(org.h, query, variables());
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
    expect(routesOf(calls)).toEqual([route]);
    expect(calls[0].status).toBe(404);
  });
});

describe('missing permissions', () => {
  it("gives FORBIDDEN (upstream 403) for a token without the operation's permission; allowed writes still work", async () => {
    const user = org.nextAgent();
    const roles = [...org.store.sub(user).roleIds];
    const denied = await fails(
      org.h,
      'mutation($u: ID!, $r: [ID!]!) { setUserRoles(userId: $u, roleIds: $r) { userId } }',
      { u: user.id, r: [] },
      { token: 'skills-only' },
    );
    expect(denied.error.extensions).toMatchObject({
      code: 'FORBIDDEN',
      upstream: { status: 403, code: 'missing.any.permissions', route: '/api/v2/users/{userId}/roles' },
    });
    expect(denied.calls.map((c) => [c.method, c.route, c.status])).toEqual([
      ['PUT', '/api/v2/users/{userId}/roles', 403],
    ]);
    expect(org.store.sub(user).roleIds).toEqual(roles);

    const skillId = org.fx.skillIds.find((id) => !org.store.sub(user).skills.has(id))!;
    const allowed = await ok(
      org.h,
      graphql(`
        mutation ErrorsAddUserRoutingSkill($u: ID!, $s: ID!) {
          addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 2 }) {
            skill {
              id: skillId
            }
          }
        }
      `),
      { u: user.id, s: skillId },
      { token: 'skills-only' },
    );
    expect(allowed.data.addUserRoutingSkill?.skill?.id).toBe(skillId);
  });
});

describe('two concurrent updateUser calls with the same version', () => {
  it('exactly one succeeds, the other gets CONFLICT, and the emulator shows one write', async () => {
    const user = org.nextAgent();
    const version = user.version;
    await org.h.resetCalls();
    const [a, b] = await Promise.all([
      executeTyped(org.h, UPDATE_TITLE, { u: user.id, v: version, t: 'Title A' }),
      executeTyped(org.h, UPDATE_TITLE, { u: user.id, v: version, t: 'Title B' }),
    ]);
    const calls = (await org.h.calls()) as LoggedCall[];
    const results = [a, b];
    const winners = results.filter((r) => r.data?.updateUser);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].data).toEqual({ updateUser: null });
    expect(errorsOf(losers[0]).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const winner = present(winners[0].data?.updateUser, 'the winning update');
    expect(winner.version).toBe(version + 1);

    // One PATCH per request, one of them applied.
    expect(calls.map((c) => `${c.method} ${c.route}`)).toEqual([
      'PATCH /api/v2/users/{userId}',
      'PATCH /api/v2/users/{userId}',
    ]);
    expect(calls.map((c) => c.status).sort()).toEqual([200, 409]);
    expect(calls.map((c) => c.body).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual([
      { version, title: 'Title A' },
      { version, title: 'Title B' },
    ]);
    expect(userRecord(org.store, user.id)).toMatchObject({ version: version + 1, title: winner.title });
  });
});

describe('a write is sent once, never retried', () => {
  afterEach(() => org.h.emulator.setKnobs({ fault5xxRate: 0, faultResetRate: 0 }));

  it('a 503 on a POST is reported (UPSTREAM_ERROR) after one attempt', async () => {
    const user = org.nextAgent();
    org.h.emulator.setKnobs({ fault5xxRate: 1, faultMethods: ['POST', 'PUT', 'PATCH', 'DELETE'] });
    const { error, calls } = await fails(
      org.h,
      'mutation($u: ID!, $s: ID!) { addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 2 }) { userId } }',
      { u: user.id, s: org.fx.skillIds[0] },
    );
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstream: { status: 503 } });
    expect(calls.map((c) => [c.method, c.route, c.status])).toEqual([
      ['POST', '/api/v2/users/{userId}/routingskills', 503],
    ]);
  });

  it('a connection reset on a PATCH is reported (UPSTREAM_UNAVAILABLE) after one attempt', async () => {
    const user = org.nextAgent();
    const version = user.version;
    org.h.emulator.setKnobs({ faultResetRate: 1, faultMethods: ['PATCH'] });
    const { error, calls } = await fails(org.h, UPDATE_TITLE, { u: user.id, v: version, t: 'Reset' });
    expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}']);
    expect(user.title).not.toBe('Reset');
  });
});
