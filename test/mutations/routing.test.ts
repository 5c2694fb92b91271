/**
 * The routing writes through HTTP against the emulator: routing skills and languages (add, update, remove),
 * queue membership (one queue, a set of queues) and routing status. Each test asserts the GraphQL result, the
 * exact upstream calls and bodies, the emulator's state, and reads the change back in the same operation
 * (the payload's `user`) and in a separate query.
 */
import type { UserRecord } from '../../emulator/store.js';
import { ok, routesOf, useOrg } from './helpers.js';
import { graphql, present } from '../helpers/operations.js';

const org = useOrg();

/** An org skill (or language) the user does not have. */
function missing(ids: Iterable<string>, has: Map<string, unknown>): string {
  const id = [...ids].find((x) => !has.has(x));
  if (!id) throw new Error('the user has every id');
  return id;
}

const first = <T>(map: Map<string, T>): [string, T] => {
  const entry = [...map.entries()][0];
  if (!entry) throw new Error('empty');
  return entry;
};

describe('routing skills', () => {
  it("addUserRoutingSkill: one POST; the payload returns the skill and the user's refreshed list", async () => {
    const user = org.nextAgent();
    const version = user.version;
    const skillId = missing(org.store.skills.keys(), org.store.sub(user).skills);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingAddUserRoutingSkill($u: ID!, $input: UserRoutingSkillPostInput!) {
          addUserRoutingSkill(userId: $u, input: $input) {
            userId
            skill {
              id: skillId
              name
              proficiency
              state
            }
            user {
              id
              skills {
                id: skillId
                proficiency
              }
            }
          }
        }
      `),
      { u: user.id, input: { id: skillId, proficiency: 3.5 } },
    );
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/{userId}/routingskills', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual({ id: skillId, proficiency: 3.5 });
    expect(calls[1].query.expand).toEqual(['skills']);
    expect(data.addUserRoutingSkill?.userId).toBe(user.id);
    expect(data.addUserRoutingSkill?.skill).toEqual({
      id: skillId,
      name: org.store.skills.get(skillId)!.name,
      proficiency: 3.5,
      state: 'active',
    });
    expect(data.addUserRoutingSkill?.user?.skills).toContainEqual({ id: skillId, proficiency: 3.5 });
    expect(org.store.sub(user).skills.get(skillId)).toEqual({ proficiency: 3.5, state: 'active' });
    expect(user.version).toBe(version + 1);

    const back = await ok(
      org.h,
      graphql(`
        query RoutingUser($id: ID!) {
          user(id: $id) {
            skills {
              id: skillId
              proficiency
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.skills).toContainEqual({ id: skillId, proficiency: 3.5 });
  });

  it('updateUserRoutingSkill: one PUT with proficiency and state', async () => {
    const user = org.nextAgent();
    const [skillId] = first(org.store.sub(user).skills);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingUpdateUserRoutingSkill($u: ID!, $s: ID!) {
          updateUserRoutingSkill(userId: $u, skillId: $s, input: { proficiency: 1.5, state: inactive }) {
            skill {
              id: skillId
              proficiency
              state
            }
            user {
              id
              skills {
                id: skillId
                state
              }
            }
          }
        }
      `),
      { u: user.id, s: skillId },
    );
    expect(routesOf(calls)).toEqual([
      'PUT /api/v2/users/{userId}/routingskills/{skillId}',
      'GET /api/v2/users/{userId}',
    ]);
    expect(calls[0]).toMatchObject({
      path: `/api/v2/users/${user.id}/routingskills/${skillId}`,
      body: { proficiency: 1.5, state: 'inactive' },
    });
    expect(data.updateUserRoutingSkill?.skill).toEqual({ id: skillId, proficiency: 1.5, state: 'inactive' });
    expect(data.updateUserRoutingSkill?.user?.skills).toContainEqual({ id: skillId, state: 'inactive' });
    expect(org.store.sub(user).skills.get(skillId)).toEqual({ proficiency: 1.5, state: 'inactive' });
  });

  it('removeUserRoutingSkill: one DELETE; the payload names the removed skill and the list no longer has it', async () => {
    const user = org.nextAgent();
    const [skillId] = first(org.store.sub(user).skills);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingRemoveUserRoutingSkill($u: ID!, $s: ID!) {
          removeUserRoutingSkill(userId: $u, skillId: $s) {
            userId
            removedSkillId
            user {
              id
              skills {
                id: skillId
              }
            }
          }
        }
      `),
      { u: user.id, s: skillId },
    );
    expect(routesOf(calls)).toEqual([
      'DELETE /api/v2/users/{userId}/routingskills/{skillId}',
      'GET /api/v2/users/{userId}',
    ]);
    expect(data.removeUserRoutingSkill).toMatchObject({ userId: user.id, removedSkillId: skillId });
    expect(present(data.removeUserRoutingSkill?.user?.skills, 'skills').map((s) => s.id)).not.toContain(skillId);
    expect(org.store.sub(user).skills.has(skillId)).toBe(false);

    const back = await ok(
      org.h,
      graphql(`
        query RoutingUser2($id: ID!) {
          user(id: $id) {
            skills {
              id: skillId
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(present(back.data.user?.skills, 'skills').map((s) => s.id)).not.toContain(skillId);
  });
});

describe('routing languages', () => {
  it('addUserRoutingLanguage: one POST; the payload returns the language and the refreshed list', async () => {
    const user = org.nextAgent();
    const languageId = missing(org.store.languages.keys(), org.store.sub(user).languages);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingAddUserRoutingLanguage($u: ID!, $l: ID!) {
          addUserRoutingLanguage(userId: $u, input: { id: $l, proficiency: 5 }) {
            language {
              id: languageId
              proficiency
            }
            user {
              id
              languages {
                id: languageId
                proficiency
              }
            }
          }
        }
      `),
      { u: user.id, l: languageId },
    );
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/{userId}/routinglanguages', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual({ id: languageId, proficiency: 5 });
    expect(data.addUserRoutingLanguage?.language).toEqual({ id: languageId, proficiency: 5 });
    expect(data.addUserRoutingLanguage?.user?.languages).toContainEqual({ id: languageId, proficiency: 5 });
    expect(org.store.sub(user).languages.get(languageId)).toEqual({ proficiency: 5, state: 'active' });
  });

  it('updateUserRoutingLanguage: one PATCH with only the fields given', async () => {
    const user = org.nextAgent();
    const [languageId, before] = first(org.store.sub(user).languages);
    const state = before.state;
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingUpdateUserRoutingLanguage($u: ID!, $l: ID!) {
          updateUserRoutingLanguage(userId: $u, languageId: $l, input: { proficiency: 2 }) {
            language {
              id: languageId
              proficiency
              state
            }
          }
        }
      `),
      { u: user.id, l: languageId },
    );
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}/routinglanguages/{languageId}']);
    expect(calls[0].body).toEqual({ proficiency: 2 });
    expect(data.updateUserRoutingLanguage?.language).toEqual({ id: languageId, proficiency: 2, state });
    expect(org.store.sub(user).languages.get(languageId)).toEqual({ proficiency: 2, state });

    const back = await ok(
      org.h,
      graphql(`
        query RoutingUser3($id: ID!) {
          user(id: $id) {
            languages {
              id: languageId
              proficiency
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.languages).toContainEqual({ id: languageId, proficiency: 2 });
  });

  it('removeUserRoutingLanguage: one DELETE; the payload names the removed language', async () => {
    const user = org.nextAgent();
    const [languageId] = first(org.store.sub(user).languages);
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingRemoveUserRoutingLanguage($u: ID!, $l: ID!) {
          removeUserRoutingLanguage(userId: $u, languageId: $l) {
            userId
            removedLanguageId
            user {
              id
              languages {
                id: languageId
              }
            }
          }
        }
      `),
      { u: user.id, l: languageId },
    );
    expect(routesOf(calls)).toEqual([
      'DELETE /api/v2/users/{userId}/routinglanguages/{languageId}',
      'GET /api/v2/users/{userId}',
    ]);
    expect(data.removeUserRoutingLanguage).toMatchObject({ userId: user.id, removedLanguageId: languageId });
    expect(present(data.removeUserRoutingLanguage?.user?.languages, 'languages').map((l) => l.id)).not.toContain(
      languageId,
    );
    expect(org.store.sub(user).languages.has(languageId)).toBe(false);
  });
});

describe('queues', () => {
  /** An agent that is a member of at least one joined and one unjoined queue. */
  function memberOfBoth(): { user: UserRecord; joined: string; unjoined: string } {
    for (;;) {
      const user = org.nextAgent();
      const rows = org.store.memberships(user.id);
      const joined = rows.find((m) => m.joined)?.queue.id;
      const unjoined = rows.find((m) => !m.joined)?.queue.id;
      if (joined && unjoined) return { user, joined, unjoined };
    }
  }

  it("setUserQueueMembership: one PATCH; the payload has the queue and the user's queues without a user read", async () => {
    const { user, joined } = memberOfBoth();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingSetUserQueueMembership($u: ID!, $q: ID!) {
          setUserQueueMembership(userId: $u, queueId: $q, joined: false) {
            queue {
              id: queueId
              joined
            }
            user {
              id
              queues(joined: false) {
                id: queueId
              }
            }
          }
        }
      `),
      { u: user.id, q: joined },
    );
    expect(routesOf(calls)).toEqual([
      'PATCH /api/v2/users/{userId}/queues/{queueId}',
      'GET /api/v2/users/{userId}/queues',
    ]);
    expect(calls[0].body).toEqual({ id: joined, joined: false });
    expect(data.setUserQueueMembership?.queue).toEqual({ id: joined, joined: false });
    expect(data.setUserQueueMembership?.user?.queues?.map((q) => q.id)).toContain(joined);
    expect(org.store.queueMembers.get(user.id)?.get(joined)).toBe(false);

    const back = await ok(
      org.h,
      graphql(`
        query RoutingUser4($id: ID!) {
          user(id: $id) {
            queues {
              id: queueId
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(present(back.data.user?.queues, 'queues').map((q) => q.id)).not.toContain(joined);
  });

  it('setUserQueuesMembership: one PATCH with the whole set, and divisionId parameters', async () => {
    const { user, joined, unjoined } = memberOfBoth();
    const divisionIds = [...new Set(org.store.memberships(user.id).map((m) => m.queue.divisionId))];
    const input = [
      { id: joined, joined: false },
      { id: unjoined, joined: true },
    ];
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingSetUserQueuesMembership($u: ID!, $input: [UserQueueInput!]!, $d: [ID!]) {
          setUserQueuesMembership(userId: $u, input: $input, divisionIds: $d) {
            userId
            queues {
              id: queueId
              joined
            }
            user {
              id
              queues(joined: true) {
                id: queueId
              }
            }
          }
        }
      `),
      { u: user.id, input, d: divisionIds },
    );
    expect(routesOf(calls)).toEqual(['PATCH /api/v2/users/{userId}/queues', 'GET /api/v2/users/{userId}/queues']);
    expect(calls[0].body).toEqual(input);
    expect(calls[0].query.divisionId).toEqual(divisionIds);
    expect(data.setUserQueuesMembership?.queues).toEqual(
      expect.arrayContaining([
        { id: joined, joined: false },
        { id: unjoined, joined: true },
      ]),
    );
    const joinedNow = data.setUserQueuesMembership?.user?.queues?.map((q) => q.id);
    expect(joinedNow).toContain(unjoined);
    expect(joinedNow).not.toContain(joined);
    expect([
      org.store.queueMembers.get(user.id)?.get(joined),
      org.store.queueMembers.get(user.id)?.get(unjoined),
    ]).toEqual([false, true]);
  });
});

describe('routing status', () => {
  it('setUserRoutingStatus: one PUT; the payload and the user read through expand=routingStatus agree', async () => {
    const user = org.nextAgent();
    const { data, calls } = await ok(
      org.h,
      graphql(`
        mutation RoutingSetUserRoutingStatus($u: ID!) {
          setUserRoutingStatus(userId: $u, input: { status: IDLE }) {
            userId
            routingStatus {
              userId
              status
            }
            user {
              id
              routingStatus {
                status
              }
            }
          }
        }
      `),
      { u: user.id },
    );
    expect(routesOf(calls)).toEqual(['PUT /api/v2/users/{userId}/routingstatus', 'GET /api/v2/users/{userId}']);
    expect(calls[0].body).toEqual({ status: 'IDLE' });
    expect(calls[1].query.expand).toEqual(['routingStatus']);
    expect(data.setUserRoutingStatus).toEqual({
      userId: user.id,
      routingStatus: { userId: user.id, status: 'IDLE' },
      user: { id: user.id, routingStatus: { status: 'IDLE' } },
    });
    expect(org.store.sub(user).routingStatus.status).toBe('IDLE');

    const back = await ok(
      org.h,
      graphql(`
        query RoutingUser5($id: ID!) {
          user(id: $id) {
            routingStatus {
              status
            }
          }
        }
      `),
      { id: user.id },
    );
    expect(back.data.user?.routingStatus?.status).toBe('IDLE');
  });
});
