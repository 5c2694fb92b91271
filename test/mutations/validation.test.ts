/**
 * Bad input is refused before anything is sent upstream: BAD_USER_INPUT, `extensions.field` naming the
 * offending argument path, and no upstream call at all (the emulator's request log stays empty).
 */
import { BULK_PATCH_LIMIT, InputCheck } from '../../src/mutations/validate.js';
import { badUserInput } from '../../src/validation/bad-input.js';
import { send, useOrg } from './helpers.js';
import { firstError } from '../helpers/operations.js';

const org = useOrg({ emulator: { users: 60 } });

const U = () => org.fx.richUser;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** [label, operation, variables, the field the error must name] */
type Case = [string, string, () => Record<string, unknown>, string];

const cases: Case[] = [
  [
    'proficiency above 5',
    'mutation($u: ID!, $s: ID!) { addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 7 }) { userId } }',
    () => ({ u: U(), s: org.fx.skillIds[0] }),
    'input.proficiency',
  ],
  [
    'proficiency below 0',
    'mutation($u: ID!, $s: ID!) { addUserRoutingLanguage(userId: $u, input: { id: $s, proficiency: -1 }) { userId } }',
    () => ({ u: U(), s: org.fx.languageIds[0] }),
    'input.proficiency',
  ],
  [
    'a skill id that is not a UUID',
    'mutation($u: ID!) { addUserRoutingSkill(userId: $u, input: { id: "sales", proficiency: 3 }) { userId } }',
    () => ({ u: U() }),
    'input.id',
  ],
  [
    'a user id that is not a UUID',
    'mutation($s: ID!) { removeUserRoutingSkill(userId: "bob", skillId: $s) { userId } }',
    () => ({ s: org.fx.skillIds[0] }),
    'userId',
  ],
  [
    'a path skill id that is not a UUID',
    'mutation($u: ID!) { updateUserRoutingSkill(userId: $u, skillId: "x", input: { proficiency: 1 }) { userId } }',
    () => ({ u: U() }),
    'skillId',
  ],
  [
    'a skill update with nothing to change',
    'mutation($u: ID!, $s: ID!) { updateUserRoutingSkill(userId: $u, skillId: $s, input: {}) { userId } }',
    () => ({ u: U(), s: org.fx.skillIds[0] }),
    'input',
  ],
  [
    'a language id that is not a UUID',
    'mutation($u: ID!) { removeUserRoutingLanguage(userId: $u, languageId: "en") { userId } }',
    () => ({ u: U() }),
    'languageId',
  ],
  [
    `more than ${BULK_PATCH_LIMIT} users in a bulk patch`,
    'mutation($i: [PatchUserInput!]!) { updateUsersAcdAutoAnswer(input: $i) { id } }',
    () => ({ i: Array.from({ length: 51 }, (_, n) => ({ id: uuid(n), acdAutoAnswer: true })) }),
    'input',
  ],
  ['an empty bulk patch', 'mutation { updateUsersAcdAutoAnswer(input: []) { id } }', () => ({}), 'input'],
  [
    'a user twice in a bulk patch',
    'mutation($i: [PatchUserInput!]!) { updateUsersAcdAutoAnswer(input: $i) { id } }',
    () => ({
      i: [
        { id: uuid(1), acdAutoAnswer: true },
        { id: uuid(1), acdAutoAnswer: false },
      ],
    }),
    'input[1].id',
  ],
  [
    'a bad email',
    'mutation { createUser(input: { name: "A B", email: "not-an-email" }) { id } }',
    () => ({}),
    'input.email',
  ],
  [
    'a blank name',
    'mutation { createUser(input: { name: "   ", email: "a.b@example.test" }) { id } }',
    () => ({}),
    'input.name',
  ],
  [
    'a user created deleted',
    'mutation { createUser(input: { name: "A B", email: "a.b@example.test", state: deleted }) { id } }',
    () => ({}),
    'input.state',
  ],
  [
    'a division id that is not a UUID',
    'mutation { createUser(input: { name: "A B", email: "a.b@example.test", divisionId: "home" }) { id } }',
    () => ({}),
    'input.divisionId',
  ],
  [
    'an EMAIL contact that is not an email',
    'mutation { createUser(input: { name: "A B", email: "a.b@example.test", addresses: [{ mediaType: EMAIL, address: "nope" }] }) { id } }',
    () => ({}),
    'input.addresses[0].address',
  ],
  [
    'a contact with neither address nor extension',
    'mutation { createUser(input: { name: "A B", email: "a.b@example.test", addresses: [{ mediaType: PHONE }] }) { id } }',
    () => ({}),
    'input.addresses[0].address',
  ],
  [
    'two contacts of one media type and type',
    'mutation { createUser(input: { name: "A B", email: "a.b@example.test", addresses: [{ mediaType: PHONE, address: "+13175550100" }, { mediaType: PHONE, type: WORK, address: "+13175550101" }] }) { id } }',
    () => ({}),
    'input.addresses[1].type',
  ],
  [
    'an update with only a version',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1 }) { id } }',
    () => ({ u: U() }),
    'input',
  ],
  [
    'state with other fields',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1, state: inactive, title: "x" }) { id } }',
    () => ({ u: U() }),
    'input.state',
  ],
  [
    'state deleted on update',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1, state: deleted }) { id } }',
    () => ({ u: U() }),
    'input.state',
  ],
  [
    'a negative version',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: -1, title: "x" }) { id } }',
    () => ({ u: U() }),
    'input.version',
  ],
  [
    'a manager id that is not a UUID',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1, manager: "boss" }) { id } }',
    () => ({ u: U() }),
    'input.manager',
  ],
  [
    'the user as their own manager',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1, manager: $u }) { id } }',
    () => ({ u: U() }),
    'input.manager',
  ],
  [
    'a bad education date',
    'mutation($u: ID!) { updateUser(userId: $u, input: { version: 1, biography: { education: [{ school: "X", dateStart: "2020/01/01" }] } }) { id } }',
    () => ({ u: U() }),
    'input.biography.education[0].dateStart',
  ],
  [
    'coordinates that are not numbers',
    'mutation($u: ID!, $l: ID!) { updateUser(userId: $u, input: { version: 1, locations: [{ id: $l, coordinates: { x: "left" } }] }) { id } }',
    () => ({ u: U(), l: org.fx.locationIds[0] }),
    'input.locations[0].coordinates',
  ],
  [
    'a role id that is not a UUID',
    'mutation($u: ID!) { setUserRoles(userId: $u, roleIds: ["admin"]) { userId } }',
    () => ({ u: U() }),
    'roleIds[0]',
  ],
  [
    'a role twice',
    'mutation($u: ID!, $r: ID!) { setUserRoles(userId: $u, roleIds: [$r, $r]) { userId } }',
    () => ({ u: U(), r: org.fx.roles.admin }),
    'roleIds[1]',
  ],
  [
    'a queue id that is not a UUID',
    'mutation($u: ID!) { setUserQueueMembership(userId: $u, queueId: "sales", joined: true) { userId } }',
    () => ({ u: U() }),
    'queueId',
  ],
  [
    'an empty queue set',
    'mutation($u: ID!) { setUserQueuesMembership(userId: $u, input: []) { userId } }',
    () => ({ u: U() }),
    'input',
  ],
  [
    'a queue twice in a set',
    'mutation($u: ID!, $q: ID!) { setUserQueuesMembership(userId: $u, input: [{ id: $q, joined: true }, { id: $q, joined: false }]) { userId } }',
    () => ({ u: U(), q: org.fx.queues.joined[0] }),
    'input[1].id',
  ],
  [
    'a division id filter that is not a UUID',
    'mutation($u: ID!, $q: ID!) { setUserQueuesMembership(userId: $u, input: [{ id: $q, joined: true }], divisionIds: ["home"]) { userId } }',
    () => ({ u: U(), q: org.fx.queues.joined[0] }),
    'divisionIds[0]',
  ],
  [
    'active out of office without dates',
    'mutation($u: ID!) { setUserOutOfOffice(userId: $u, input: { active: true }) { userId } }',
    () => ({ u: U() }),
    'input.startDate',
  ],
  [
    'out of office ending before it starts',
    'mutation($u: ID!) { setUserOutOfOffice(userId: $u, input: { active: true, startDate: "2030-02-01T00:00:00Z", endDate: "2030-01-01T00:00:00Z" }) { userId } }',
    () => ({ u: U() }),
    'input.endDate',
  ],
  [
    'call forwarding enabled with no route',
    'mutation($u: ID!) { replaceUserCallForwarding(userId: $u, input: { enabled: true }) { userId } }',
    () => ({ u: U() }),
    'input.calls',
  ],
  [
    'a phone target that is not E.164',
    'mutation($u: ID!) { updateUserCallForwarding(userId: $u, input: { calls: [{ targets: [{ type: PHONENUMBER, value: "555-0100" }] }] }) { userId } }',
    () => ({ u: U() }),
    'input.calls[0].targets[0].value',
  ],
  [
    'a station target that is not a UUID',
    'mutation($u: ID!) { updateUserCallForwarding(userId: $u, input: { calls: [{ targets: [{ type: STATION, value: "desk" }] }] }) { userId } }',
    () => ({ u: U() }),
    'input.calls[0].targets[0].value',
  ],
  [
    'a call route with no target',
    'mutation($u: ID!) { updateUserCallForwarding(userId: $u, input: { calls: [{ targets: [] }] }) { userId } }',
    () => ({ u: U() }),
    'input.calls[0].targets',
  ],
  [
    'a latitude out of range',
    'mutation($u: ID!) { updateUserGeolocation(userId: $u, clientId: "web", input: { latitude: 91, longitude: 0 }) { userId } }',
    () => ({ u: U() }),
    'input.latitude',
  ],
  [
    'a latitude without longitude',
    'mutation($u: ID!) { updateUserGeolocation(userId: $u, clientId: "web", input: { latitude: 53 }) { userId } }',
    () => ({ u: U() }),
    'input.longitude',
  ],
  [
    'a geolocation with nothing to change',
    'mutation($u: ID!) { updateUserGeolocation(userId: $u, clientId: "web", input: {}) { userId } }',
    () => ({ u: U() }),
    'input',
  ],
  [
    'a blank client id',
    'mutation($u: ID!) { updateUserGeolocation(userId: $u, clientId: " ", input: { primary: true }) { userId } }',
    () => ({ u: U() }),
    'clientId',
  ],
  [
    'a blank profile skill',
    'mutation($u: ID!) { setUserProfileSkills(userId: $u, skills: ["SQL", ""]) { userId } }',
    () => ({ u: U() }),
    'skills[1]',
  ],
  [
    'a station id that is not a UUID',
    'mutation($u: ID!) { setUserAssociatedStation(userId: $u, stationId: "desk-1") { userId } }',
    () => ({ u: U() }),
    'stationId',
  ],
  [
    'a default station id that is not a UUID',
    'mutation($u: ID!) { setUserDefaultStation(userId: $u, stationId: "desk-1") { userId } }',
    () => ({ u: U() }),
    'stationId',
  ],
  [
    'an invite for a user id that is not a UUID',
    'mutation { inviteUser(userId: "bob") { userId } }',
    () => ({}),
    'userId',
  ],
  [
    'a delete for a user id that is not a UUID',
    'mutation { deleteUser(userId: "bob") { userId } }',
    () => ({}),
    'userId',
  ],
  [
    'a blank new password',
    'mutation($u: ID!) { changeUserPassword(userId: $u, input: { newPassword: "   " }) { userId } }',
    () => ({ u: U() }),
    'input.newPassword',
  ],
  [
    'a new password equal to the old one',
    'mutation { changeMyPassword(input: { oldPassword: "Same-Pass-1", newPassword: "Same-Pass-1" }) { userId } }',
    () => ({}),
    'input.newPassword',
  ],
];

describe('invalid input: BAD_USER_INPUT naming the field, and no upstream call', () => {
  it.each(cases)('%s', async (_label, query, variables, field) => {
    const { result, calls } = await send(org.h, query, variables());
    // The mutation field is null; the operation's other fields (none here) would still run.
    expect(Object.values(result.data ?? {})).toEqual([null]);
    expect(result.errors).toHaveLength(1);
    expect(firstError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result).message).toContain(field);
    expect(calls).toEqual([]);
  });

  it('lists every problem of an input, the first one in `field`', async () => {
    const { result, calls } = await send(
      org.h,
      'mutation { createUser(input: { name: " ", email: "x", divisionId: "d" }) { id } }',
    );
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      problems: [
        { field: 'input.name', message: expect.any(String) },
        { field: 'input.email', message: expect.any(String) },
        { field: 'input.divisionId', message: expect.any(String) },
      ],
    });
    expect(firstError(result).message).toMatch(/and 2 more/);
    expect(calls).toEqual([]);
  });

  it('a missing required field or an unknown enum value is refused by GraphQL itself, before any resolver', async () => {
    const missing = await send(
      org.h,
      'mutation($u: ID!, $i: UserRoutingSkillPostInput!) { addUserRoutingSkill(userId: $u, input: $i) { userId } }',
      { u: U(), i: { id: org.fx.skillIds[0] } },
    );
    expect(missing.result.status).toBe(400);
    expect(firstError(missing.result).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(missing.result).message).toContain('proficiency');
    expect(missing.calls).toEqual([]);

    const badEnum = await send(
      org.h,
      'mutation($u: ID!, $i: RoutingStatusInput!) { setUserRoutingStatus(userId: $u, input: $i) { userId } }',
      { u: U(), i: { status: 'ON_BREAK' } },
    );
    expect(firstError(badEnum.result).extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.calls).toEqual([]);
  });
});

describe('InputCheck', () => {
  it('accepts what it should', () => {
    const c = new InputCheck();
    c.uuid('a', 'DE302692-3596-4E2A-AAD5-B2F70B2C0FAB');
    c.email('b', 'first.last+tag@example.co.uk');
    c.e164('c', '+353871234567');
    c.date('d', '2024-02-29');
    c.proficiency('e', 0);
    c.proficiency('f', 5);
    c.text('g', undefined);
    c.uuid('h', null);
    expect(c.problems).toEqual([]);
    expect(() => c.done()).not.toThrow();
  });

  it('refuses what it should, and never repeats the value in the message', () => {
    const c = new InputCheck();
    c.uuid('a', 'secret-123');
    c.e164('b', 'secret-456');
    c.date('c', '2024-13-45');
    c.proficiency('d', Number.NaN);
    c.password('e', '');
    c.text('f', 'x'.repeat(300), 255);
    expect(c.problems.map((p) => p.field)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(JSON.stringify(c.problems)).not.toMatch(/secret-|2024-13-45|xxxx/);
    const error = badUserInput(c.problems);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'a' });
  });
});
