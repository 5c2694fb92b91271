/**
 * The user writes through HTTP against the emulator: createUser, updateUser, deleteUser,
 * updateUsersAcdAutoAnswer and inviteUser. Each test asserts the GraphQL result, the exact upstream calls
 * (bodies included), the emulator's state, and reads the change back in the same operation and in another.
 * Passwords have their own file (passwords.test.ts).
 */
import { fails, ok, routesOf, useOrg, userRecord } from './helpers.js';
import type { CreateUserInput } from '../__generated__/graphql.js';
import { graphql, present } from '../helpers/operations.js';

const org = useOrg();

const READ_USER = graphql(`
  query UsersUser($id: ID!) {
    user(id: $id) {
      id
      name
      email
      title
      version
      acdAutoAnswer
      manager {
        id
      }
    }
  }
`);

describe('createUser', () => {
  const CREATE = graphql(`
    mutation UsersCreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        id
        name
        email
        title
        department
        state
        version
        division {
          id
        }
        addresses {
          mediaType
          type
          address
        }
      }
    }
  `);

  it('sends one POST with the CreateUser body, returns the user, and a later query reads it', async () => {
    const input: CreateUserInput = {
      name: 'Ada Lovelace',
      email: 'ada.lovelace@example.test',
      title: 'Analyst',
      department: 'Engines',
      divisionId: org.fx.divisions.home,
      addresses: [{ mediaType: 'PHONE', type: 'WORK', address: '+13175550123' }],
    };
    const { data, calls } = await ok(org.h, CREATE, { input });
    expect(routesOf(calls)).toEqual(['POST /api/v2/users']);
    expect(calls[0].body).toEqual(input);
    expect(data.createUser).toMatchObject({
      name: 'Ada Lovelace',
      email: input.email,
      title: 'Analyst',
      department: 'Engines',
      state: 'active',
      version: 1,
      division: { id: org.fx.divisions.home },
      addresses: [{ mediaType: 'PHONE', type: 'WORK', address: '+13175550123' }],
    });
    const id = present(data.createUser, 'createUser').id;
    expect(userRecord(org.store, id)).toMatchObject({
      name: 'Ada Lovelace',
      email: input.email,
      divisionId: org.fx.divisions.home,
      state: 'active',
    });

    const back = await ok(org.h, READ_USER, { id });
    expect(back.data.user).toEqual({
      id,
      name: 'Ada Lovelace',
      email: input.email,
      title: 'Analyst',
      version: 1,
      acdAutoAnswer: false,
      manager: null,
    });
    expect(routesOf(back.calls)).toEqual(['GET /api/v2/users/{userId}']);
  });

  it("answers the created user's other fields in the same operation, from a fresh read", async () => {
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersCreateUser2($input: CreateUserInput!) {
          createUser(input: $input) {
            id
            routingStatus {
              status
            }
          }
        }
      `),
      { input: { name: 'Grace Hopper', email: 'grace.hopper@example.test' } },
    );
    expect(data.createUser?.routingStatus).toEqual({ status: 'OFF_QUEUE' });
    expect(routesOf(calls)).toEqual(['POST /api/v2/users', 'GET /api/v2/users/{userId}']);
    expect(calls[1]).toMatchObject({
      path: `/api/v2/users/${data.createUser?.id}`,
      query: { expand: ['routingStatus'] },
    });
  });

  it('gives CONFLICT for an email that exists, and creates nothing', async () => {
    const existing = userRecord(org.store, org.fx.richUser).email;
    const before = org.store.userCount;
    const { error, calls } = await fails(org.h, CREATE, { input: { name: 'Someone Else', email: existing } });
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      upstream: { status: 409, code: 'general.conflict', route: '/api/v2/users' },
    });
    expect(calls.map((c) => [c.method, c.route, c.status])).toEqual([['POST', '/api/v2/users', 409]]);
    expect(org.store.userCount).toBe(before);
  });
});

describe('updateUser', () => {
  const UPDATE = graphql(`
    mutation UsersUpdateUser($userId: ID!, $input: UpdateUserInput!) {
      updateUser(userId: $userId, input: $input) {
        id
        name
        title
        department
        version
        preferredName
      }
    }
  `);

  it('sends one PATCH with the version, returns the user with version + 1, and a later query reads it', async () => {
    const user = org.nextAgent();
    const version = user.version;
    const input = { version, title: 'Team Lead', department: 'Support', preferredName: 'Sam' };
    const { data, calls } = await ok(org.h, UPDATE, {
      userId: user.id,
      input,
    });
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual(input);
    expect(data.updateUser).toEqual({
      id: user.id,
      name: user.name,
      title: 'Team Lead',
      department: 'Support',
      version: version + 1,
      preferredName: 'Sam',
    });
    expect(userRecord(org.store, user.id)).toMatchObject({
      title: 'Team Lead',
      department: 'Support',
      preferredName: 'Sam',
      version: version + 1,
    });

    const back = await ok(org.h, READ_USER, { id: user.id });
    expect(back.data.user).toMatchObject({ title: 'Team Lead', version: version + 1 });
  });

  it('removes the manager with manager: null (sent upstream as null)', async () => {
    const user = org.nextAgent();
    const version = user.version;
    expect(user.managerId).toEqual(expect.any(String));
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersUpdateUser2($userId: ID!, $input: UpdateUserInput!) {
          updateUser(userId: $userId, input: $input) {
            id
            version
            manager {
              id
            }
          }
        }
      `),
      { userId: user.id, input: { version, manager: null } },
    );
    expect(calls[0].body).toEqual({ version, manager: null });
    expect(data.updateUser?.manager).toBeNull();
    expect(userRecord(org.store, user.id).managerId).toBeUndefined();
  });

  it("moves a user under a new manager; the manager's direct reports read later in the operation include them", async () => {
    const user = org.nextAgent();
    const manager = org.store.userList.find(
      (u) =>
        u.state === 'active' &&
        u.id !== user.id &&
        u.id !== user.managerId &&
        u.reportIds.length > 0 &&
        !org.store.superiors(u).some((s) => s.id === user.id),
    )!;
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersUpdateUser3($userId: ID!, $input: UpdateUserInput!) {
          updateUser(userId: $userId, input: $input) {
            id
            manager {
              id
              directReports {
                id
              }
            }
          }
        }
      `),
      { userId: user.id, input: { version: user.version, manager: manager.id } },
    );
    expect(data.updateUser?.manager?.id).toBe(manager.id);
    expect(data.updateUser?.manager?.directReports?.map((u) => u.id)).toContain(user.id);
    expect(routesOf(calls)).toEqual([
      'PATCH /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}',
      'GET /api/v2/users/{userId}/directreports',
    ]);
    expect(userRecord(org.store, user.id).managerId).toBe(manager.id);
  });

  it('restores a deleted user with state: active, the only field besides version', async () => {
    const deleted = userRecord(org.store, org.fx.deletedUser);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersUpdateUser4($userId: ID!, $input: UpdateUserInput!) {
          updateUser(userId: $userId, input: $input) {
            id
            state
          }
        }
      `),
      { userId: deleted.id, input: { version: deleted.version, state: 'active' } },
    );
    expect(data.updateUser).toEqual({ id: deleted.id, state: 'active' });
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}']);
    expect(deleted.state).toBe('active');
    const back = await ok(
      org.h,
      graphql(`
        query UsersUser2($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `),
      {
        id: deleted.id,
      },
    );
    expect(back.data.user?.id).toBe(deleted.id);
  });
});

describe('deleteUser', () => {
  it('deletes (one DELETE); the payload reads the user as deleted; later reads need state: deleted', async () => {
    const user = org.nextAgent();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersDeleteUser($userId: ID!) {
          deleteUser(userId: $userId) {
            userId
            user {
              id
              state
            }
          }
        }
      `),
      { userId: user.id },
    );
    expect(data.deleteUser).toEqual({ userId: user.id, user: { id: user.id, state: 'deleted' } });
    expect(routesOf(calls)).toEqual(['DELETE /api/v2/users/{userId}', 'GET /api/v2/users/{userId}']);
    expect(calls[1].query.state).toEqual(['deleted']);
    expect(userRecord(org.store, user.id).state).toBe('deleted');

    // Without state: deleted it does not exist: null without an error (the schema's contract for lookups).
    const gone = await ok(
      org.h,
      graphql(`
        query UsersUser3($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `),
      { id: user.id },
    );
    expect(gone.data.user).toBeNull();
    const asDeleted = await ok(
      org.h,
      graphql(`
        query UsersUser4($id: ID!) {
          user(id: $id, state: deleted) {
            id
            state
          }
        }
      `),
      { id: user.id },
    );
    expect(asDeleted.data.user?.state).toBe('deleted');
  });

  it('answers userId without any read when only userId is selected', async () => {
    const user = org.nextAgent();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersDeleteUser2($u: ID!) {
          deleteUser(userId: $u) {
            userId
          }
        }
      `),
      { u: user.id },
    );
    expect(data.deleteUser?.userId).toBe(user.id);
    expect(routesOf(calls)).toEqual(['DELETE /api/v2/users/{userId}']);
  });
});

describe('updateUsersAcdAutoAnswer', () => {
  it('patches up to 50 users in one call and returns them; a later query reads the new values', async () => {
    const [a, b] = [org.nextAgent(), org.nextAgent()];
    const [va, vb] = [a.version, b.version];
    const input = [
      { id: a.id, acdAutoAnswer: true },
      { id: b.id, acdAutoAnswer: true },
    ];
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation UsersUpdateUsersAcdAutoAnswer($input: [PatchUserInput!]!) {
          updateUsersAcdAutoAnswer(input: $input) {
            id
            acdAutoAnswer
            version
          }
        }
      `),
      { input },
    );
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/bulk']);
    expect(calls[0].body).toEqual(input);
    expect(data.updateUsersAcdAutoAnswer).toEqual([
      { id: a.id, acdAutoAnswer: true, version: va + 1 },
      { id: b.id, acdAutoAnswer: true, version: vb + 1 },
    ]);
    expect([a.acdAutoAnswer, b.acdAutoAnswer]).toEqual([true, true]);

    const back = await ok(
      org.h,
      graphql(`
        query UsersUsers($ids: [ID!]) {
          users(ids: $ids, pageSize: 2) {
            entities {
              id
              acdAutoAnswer
            }
          }
        }
      `),
      { ids: [a.id, b.id] },
    );
    expect(back.data.users.entities.every((u) => u.acdAutoAnswer)).toBe(true);
  });
});

describe('inviteUser', () => {
  const INVITE = graphql(`
    mutation UsersInviteUser($u: ID!, $force: Boolean) {
      inviteUser(userId: $u, force: $force) {
        userId
        user {
          id
          dateWelcomeSent
        }
      }
    }
  `);

  it('sends the invitation (one POST, no body); an outstanding one gives CONFLICT unless forced', async () => {
    const user = org.nextAgent();
    org.store.sub(user).inviteOutstanding = false;
    const first = await ok(org.h, INVITE, {
      u: user.id,
    });
    expect(first.data.inviteUser?.userId).toBe(user.id);
    expect(first.data.inviteUser?.user?.dateWelcomeSent).toBe(user.dateWelcomeSent);
    expect(routesOf(first.calls)).toEqual(['POST /api/v2/users/{userId}/invite', 'GET /api/v2/users/{userId}']);
    expect(first.calls[0].query).toEqual({ force: ['false'] });
    expect(org.store.sub(user).inviteOutstanding).toBe(true);

    const again = await fails(org.h, INVITE, { u: user.id });
    expect(again.error.extensions?.code).toBe('CONFLICT');
    expect(routesOf(again.calls)).toEqual(['POST /api/v2/users/{userId}/invite']);

    const forced = await ok(org.h, INVITE, { u: user.id, force: true });
    expect(forced.calls[0].query).toEqual({ force: ['true'] });
    expect(forced.data.inviteUser?.userId).toBe(user.id);
  });
});
