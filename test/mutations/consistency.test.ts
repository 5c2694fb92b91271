/**
 * Several writes in one operation run in order, each sent once, and each later field reads the state the
 * earlier writes left (the gateway forgets what it cached about the affected user after every write).
 */
import { ok, routesOf, send, useOrg } from './helpers.js';
import { errorsOf, graphql, present } from '../helpers/operations.js';

const org = useOrg();

it('add, update and remove a skill in one operation: each payload sees the state after its own write', async () => {
  const user = org.nextAgent();
  const version = user.version;
  const skillId = [...org.store.skills.keys()].find((id) => !org.store.sub(user).skills.has(id))!;
  const { data, calls } = await ok(
    org.h,
    graphql(`
      mutation ConsistencyAddUserRoutingSkill($u: ID!, $s: ID!) {
        a: addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 1 }) {
          user {
            id
            skills {
              id: skillId
              proficiency
              state
            }
          }
        }
        b: updateUserRoutingSkill(userId: $u, skillId: $s, input: { proficiency: 4, state: inactive }) {
          user {
            id
            skills {
              id: skillId
              proficiency
              state
            }
          }
        }
        c: removeUserRoutingSkill(userId: $u, skillId: $s) {
          user {
            id
            skills {
              id: skillId
              proficiency
              state
            }
          }
        }
      }
    `),
    { u: user.id, s: skillId },
  );
  const find = (payload: (typeof data)['a']) =>
    present(present(payload, 'payload').user?.skills, 'user.skills').find((s) => s.id === skillId);
  expect(find(data.a)).toEqual({ id: skillId, proficiency: 1, state: 'active' });
  expect(find(data.b)).toEqual({ id: skillId, proficiency: 4, state: 'inactive' });
  expect(find(data.c)).toBeUndefined();
  expect(routesOf(calls)).toEqual([
    'POST /api/v2/users/{userId}/routingskills',
    'GET /api/v2/users/{userId}',
    'PUT /api/v2/users/{userId}/routingskills/{skillId}',
    'GET /api/v2/users/{userId}',
    'DELETE /api/v2/users/{userId}/routingskills/{skillId}',
    'GET /api/v2/users/{userId}',
  ]);
  expect(user.version).toBe(version + 3);
});

it('a user read before a write is read again after it (the version moves on)', async () => {
  const user = org.nextAgent();
  const version = user.version;
  const { data, calls } = await ok(
    org.h,
    graphql(`
      mutation ConsistencySetUserRoutingStatus($u: ID!) {
        a: setUserRoutingStatus(userId: $u, input: { status: IDLE }) {
          user {
            id
            version
          }
        }
        b: setUserRoutingStatus(userId: $u, input: { status: OFF_QUEUE }) {
          user {
            id
            version
          }
        }
      }
    `),
    { u: user.id },
  );
  expect([data.a?.user?.version, data.b?.user?.version]).toEqual([version + 1, version + 2]);
  expect(routesOf(calls)).toEqual([
    'PUT /api/v2/users/{userId}/routingstatus',
    'GET /api/v2/users/{userId}',
    'PUT /api/v2/users/{userId}/routingstatus',
    'GET /api/v2/users/{userId}',
  ]);
});

it('a failed write nulls its own field only; the writes after it still run, in order', async () => {
  const user = org.nextAgent();
  const version = user.version;
  const { result, calls } = await send(
    org.h,
    graphql(`
      mutation ConsistencySetUserRoutingStatus2($u: ID!, $stale: Int!) {
        a: setUserRoutingStatus(userId: $u, input: { status: IDLE }) {
          userId
        }
        b: updateUser(userId: $u, input: { version: $stale, title: "Stale" }) {
          id
        }
        c: setUserRoutingStatus(userId: $u, input: { status: OFF_QUEUE }) {
          user {
            id
            version
          }
        }
      }
    `),
    { u: user.id, stale: version },
  );
  expect(result.data).toEqual({ a: { userId: user.id }, b: null, c: { user: { id: user.id, version: version + 2 } } });
  expect(errorsOf(result).map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], 'CONFLICT']]);
  expect(calls.map((c) => [c.method, c.route, c.status])).toEqual([
    ['PUT', '/api/v2/users/{userId}/routingstatus', 200],
    ['PATCH', '/api/v2/users/{userId}', 409],
    ['PUT', '/api/v2/users/{userId}/routingstatus', 200],
    ['GET', '/api/v2/users/{userId}', 200],
  ]);
  expect(org.store.sub(user).routingStatus.status).toBe('OFF_QUEUE');
});

it('a user primed by updateUser is forgotten by the next write to them', async () => {
  const user = org.nextAgent();
  const version = user.version;
  const { data, calls } = await ok(
    org.h,
    graphql(`
      mutation ConsistencyUpdateUser($u: ID!, $v: Int!) {
        a: updateUser(userId: $u, input: { version: $v, title: "Ops" }) {
          version
          title
        }
        b: setUserProfileSkills(userId: $u, skills: ["Ops"]) {
          user {
            id
            title
            version
          }
        }
      }
    `),
    { u: user.id, v: version },
  );
  expect(data.a).toEqual({ version: version + 1, title: 'Ops' });
  expect(data.b?.user).toEqual({ id: user.id, title: 'Ops', version: version + 2 });
  expect(routesOf(calls)).toEqual([
    'PATCH /api/v2/users/{userId}',
    'PUT /api/v2/users/{userId}/profileskills',
    'GET /api/v2/users/{userId}',
  ]);
});
