/**
 * The input checks of src/mutations/validate.ts as functions: each limit at its edge (the last value accepted,
 * the first refused), each rule's exact problem (field and message), and the exact upstream body built from a
 * full input and from a minimal one. The same checks through the server: validation.test.ts.
 */
import { GraphQLError } from 'graphql';
import type { InputProblem } from '../../src/validation/bad-input.js';
import * as V from '../../src/mutations/validate.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const U = uuid(1);
const chars = (n: number) => 'x'.repeat(n);

/** The problems a check throws (every one, in order); fails when it does not throw BAD_USER_INPUT. */
function problemsOf(check: () => unknown): InputProblem[] {
  try {
    check();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    const { extensions, message } = err as GraphQLError;
    expect(extensions.code).toBe('BAD_USER_INPUT');
    const problems = extensions.problems as InputProblem[];
    expect(extensions.field).toBe(problems[0].field);
    expect(message).toContain(`${problems[0].field} ${problems[0].message}`);
    return problems;
  }
  throw new Error('expected BAD_USER_INPUT, but the input was accepted');
}

const fieldsOf = (check: () => unknown) => problemsOf(check).map((p) => p.field);

describe('InputCheck', () => {
  it('text: blank refused, the maximum length accepted, one more refused', () => {
    const c = new V.InputCheck();
    c.text('a', chars(255), 255);
    c.text('b', chars(256), 255);
    c.text('c', '  ', 255);
    c.text('d', undefined, 255);
    c.text('e', chars(10_000));
    expect(c.problems).toEqual([
      { field: 'b', message: 'must be at most 255 characters long.' },
      { field: 'c', message: 'must not be empty.' },
    ]);
  });

  it('maxLength: an empty value is allowed, the maximum accepted, one more refused', () => {
    const c = new V.InputCheck();
    c.maxLength('a', '', 3);
    c.maxLength('b', 'abc', 3);
    c.maxLength('c', 'abcd', 3);
    c.maxLength('d', null, 3);
    expect(c.problems).toEqual([{ field: 'c', message: 'must be at most 3 characters long.' }]);
  });

  it('range: both ends accepted, just outside refused, and not-a-number refused', () => {
    const c = new V.InputCheck();
    for (const [i, v] of [-1, 1, 0.5].entries()) c.range(`ok${i}`, v, -1, 1);
    for (const [i, v] of [-1.0001, 1.0001, Number.NaN, Number.POSITIVE_INFINITY].entries()) c.range(`no${i}`, v, -1, 1);
    expect(c.problems.map((p) => p.field)).toEqual(['no0', 'no1', 'no2', 'no3']);
    expect(c.problems[0].message).toBe('must be between -1 and 1.');
  });

  it('email, E.164 and dates', () => {
    const c = new V.InputCheck();
    c.email('e1', 'ann@example.com');
    c.email('e2', 'ann@example');
    c.email('e3', `${chars(250)}@ex.com`);
    c.e164('p1', '+13175550100');
    c.e164('p2', '13175550100');
    c.e164('p3', '+1234567');
    c.e164('p4', '+123456');
    c.date('d1', '2024-02-29');
    c.date('d2', '2024-13-01');
    c.date('d3', '2024-1-01');
    expect(c.problems).toEqual([
      { field: 'e2', message: 'must be an email address.' },
      { field: 'e3', message: 'must be at most 255 characters long.' },
      { field: 'p2', message: 'must be an E.164 phone number such as +13175550100.' },
      { field: 'p4', message: 'must be an E.164 phone number such as +13175550100.' },
      { field: 'd2', message: 'must be a date yyyy-MM-dd.' },
      { field: 'd3', message: 'must be a date yyyy-MM-dd.' },
    ]);
  });

  it('uuids and unique: each id checked, repeats refused case-insensitively', () => {
    const c = new V.InputCheck();
    c.uuids('ids', [U, 'nope', U.toUpperCase()]);
    expect(c.problems).toEqual([
      { field: 'ids[1]', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'ids[2]', message: 'repeats an earlier id; give each id once.' },
    ]);
  });

  it('done() throws every problem at once, and nothing when there is none', () => {
    const c = new V.InputCheck();
    expect(() => c.done()).not.toThrow();
    expect(fieldsOf(() => V.roleIdsBody('bad', ['also-bad']))).toEqual(['userId', 'roleIds[0]']);
  });
});

describe('createUserBody', () => {
  it('builds the body from a full input, and drops what was not given', () => {
    expect(
      V.createUserBody({
        name: 'Ann',
        email: 'ann@example.com',
        department: 'Sales',
        title: 'Agent',
        password: 'pw-1',
        divisionId: U,
        state: 'inactive',
        addresses: [{ mediaType: 'PHONE', address: '+13175550100', type: 'WORK', countryCode: 'US', integration: 'x' }],
      }),
    ).toEqual({
      name: 'Ann',
      email: 'ann@example.com',
      department: 'Sales',
      title: 'Agent',
      password: 'pw-1',
      divisionId: U,
      state: 'inactive',
      addresses: [{ mediaType: 'PHONE', address: '+13175550100', type: 'WORK', countryCode: 'US', integration: 'x' }],
    });
    expect(V.createUserBody({ name: 'Ann', email: 'ann@example.com', department: null, title: null })).toEqual({
      name: 'Ann',
      email: 'ann@example.com',
    });
  });

  it('bounds every text at 255 characters', () => {
    const base = { name: 'Ann', email: 'ann@example.com' };
    expect(() =>
      V.createUserBody({ ...base, name: chars(255), department: chars(255), title: chars(255) }),
    ).not.toThrow();
    expect(
      fieldsOf(() => V.createUserBody({ ...base, name: chars(256), department: chars(256), title: chars(256) })),
    ).toEqual(['input.name', 'input.department', 'input.title']);
  });

  it('refuses a blank password, a division that is not a UUID and a deleted state', () => {
    expect(
      problemsOf(() =>
        V.createUserBody({
          name: 'Ann',
          email: 'ann@example.com',
          password: ' ',
          divisionId: 'home',
          state: 'deleted',
        }),
      ),
    ).toEqual([
      { field: 'input.password', message: 'must not be empty.' },
      { field: 'input.divisionId', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input.state', message: 'must be active or inactive: a new user cannot be deleted.' },
    ]);
  });

  it('checks the addresses: one per media type and type (WORK when omitted), an address or an extension', () => {
    const base = { name: 'Ann', email: 'ann@example.com' };
    expect(
      problemsOf(() =>
        V.createUserBody({
          ...base,
          addresses: [
            { mediaType: 'PHONE', address: '+13175550100' },
            { mediaType: 'PHONE', address: '+13175550101', type: 'WORK' },
            { mediaType: 'SMS' },
            { mediaType: 'EMAIL', address: 'not-an-email', type: 'HOME' },
            { mediaType: 'PHONE', extension: chars(51), type: 'HOME' },
          ],
        }),
      ),
    ).toEqual([
      {
        field: 'input.addresses[1].type',
        message: 'repeats PHONE WORK: one entry is allowed per media type and type.',
      },
      { field: 'input.addresses[2].address', message: 'or extension is required.' },
      { field: 'input.addresses[3].address', message: 'must be an email address.' },
      { field: 'input.addresses[4].extension', message: 'must be at most 50 characters long.' },
    ]);
    expect(
      V.createUserBody({
        ...base,
        addresses: [
          { mediaType: 'PHONE', extension: chars(50) },
          { mediaType: 'PHONE', address: chars(255), type: 'HOME' },
        ],
      }).addresses,
    ).toEqual([
      { mediaType: 'PHONE', extension: chars(50) },
      { mediaType: 'PHONE', address: chars(255), type: 'HOME' },
    ]);
    expect(
      fieldsOf(() => V.createUserBody({ ...base, addresses: [{ mediaType: 'PHONE', address: chars(256) }] })),
    ).toEqual(['input.addresses[0].address']);
  });
});

describe('updateUserBody', () => {
  const other = uuid(2);

  it('builds the body from a full input', () => {
    expect(
      V.updateUserBody(U, {
        version: 3,
        name: 'Ann',
        email: 'ann@example.com',
        username: 'ann',
        department: 'Sales',
        title: 'Agent',
        preferredName: 'Annie',
        chat: { jabberId: 'ann@jabber' },
        manager: other,
        images: [{ imageUri: 'https://img/1', resolution: 'x96' }, { imageUri: 'https://img/2' }],
        profileSkills: ['Go'],
        certifications: ['CCNA'],
        locations: [{ id: uuid(3), notes: 'desk 4', coordinates: { x: 1, y: 2 } }, { id: uuid(4) }],
        groups: [{ id: uuid(5) }],
        acdAutoAnswer: true,
        addresses: [{ mediaType: 'EMAIL', address: 'ann@home.example', type: 'HOME' }],
        biography: {
          biography: 'Bio',
          interests: ['chess'],
          hobbies: ['running'],
          spouse: 'Bob',
          education: [
            { school: 'MIT', fieldOfStudy: 'CS', notes: 'n', dateStart: '2001-09-01', dateEnd: '2005-06-30' },
          ],
        },
        employerInfo: { officialName: 'Ann A.', employeeId: 'E1', employeeType: 'Full-time', dateHire: '2020-01-06' },
      }),
    ).toEqual({
      version: 3,
      name: 'Ann',
      email: 'ann@example.com',
      username: 'ann',
      department: 'Sales',
      title: 'Agent',
      preferredName: 'Annie',
      chat: { jabberId: 'ann@jabber' },
      manager: other,
      images: [{ imageUri: 'https://img/1', resolution: 'x96' }, { imageUri: 'https://img/2' }],
      profileSkills: ['Go'],
      certifications: ['CCNA'],
      locations: [{ id: uuid(3), notes: 'desk 4', coordinates: { x: 1, y: 2 } }, { id: uuid(4) }],
      groups: [{ id: uuid(5) }],
      acdAutoAnswer: true,
      addresses: [{ mediaType: 'EMAIL', address: 'ann@home.example', type: 'HOME' }],
      biography: {
        biography: 'Bio',
        interests: ['chess'],
        hobbies: ['running'],
        spouse: 'Bob',
        education: [{ school: 'MIT', fieldOfStudy: 'CS', notes: 'n', dateStart: '2001-09-01', dateEnd: '2005-06-30' }],
      },
      employerInfo: { officialName: 'Ann A.', employeeId: 'E1', employeeType: 'Full-time', dateHire: '2020-01-06' },
    });
  });

  it('sends only what was given; manager: null removes the manager', () => {
    expect(V.updateUserBody(U, { version: 0, title: 'Agent', name: null })).toEqual({ version: 0, title: 'Agent' });
    expect(V.updateUserBody(U, { version: 1, manager: null })).toEqual({ version: 1, manager: null });
    expect(V.updateUserBody(U, { version: 1, biography: {}, employerInfo: {} })).toEqual({
      version: 1,
      biography: {},
      employerInfo: {},
    });
  });

  it('state comes alone, and never as deleted', () => {
    expect(V.updateUserBody(U, { version: 1, state: 'inactive' })).toEqual({ version: 1, state: 'inactive' });
    expect(problemsOf(() => V.updateUserBody(U, { version: 1, state: 'active', title: 'Agent' }))).toEqual([
      {
        field: 'input.state',
        message: 'must be the only field besides version: the API changes nothing else when state is given.',
      },
    ]);
    expect(fieldsOf(() => V.updateUserBody(U, { version: 1, state: 'active', manager: null }))).toEqual([
      'input.state',
    ]);
    expect(problemsOf(() => V.updateUserBody(U, { version: 1, state: 'deleted' }))).toEqual([
      { field: 'input.state', message: 'must be active or inactive: use deleteUser to delete a user.' },
    ]);
  });

  it('refuses a bad version, an empty change and a manager who is the user', () => {
    expect(problemsOf(() => V.updateUserBody(U, { version: -1, title: 'x' }))).toEqual([
      { field: 'input.version', message: "must be the user's current version (an integer of 0 or more)." },
    ]);
    expect(fieldsOf(() => V.updateUserBody(U, { version: 1.5, title: 'x' }))).toEqual(['input.version']);
    expect(problemsOf(() => V.updateUserBody(U, { version: 1 }))).toEqual([
      { field: 'input', message: 'has nothing to change: give at least one field besides version.' },
    ]);
    expect(problemsOf(() => V.updateUserBody(U, { version: 1, manager: U.toUpperCase() }))).toEqual([
      { field: 'input.manager', message: 'must not be the user themselves.' },
    ]);
    expect(fieldsOf(() => V.updateUserBody('me', { version: 1, manager: 'boss' }))).toEqual([
      'userId',
      'input.manager',
    ]);
  });

  it('bounds each text at its limit: accepted at the limit, refused one past it', () => {
    const at = (n: number) => ({
      version: 1,
      name: chars(Math.min(n, 255)),
      username: chars(Math.min(n, 255)),
      department: chars(Math.min(n, 255)),
      title: chars(Math.min(n, 255)),
      preferredName: chars(Math.min(n, 255)),
      profileSkills: [chars(Math.min(n, 100))],
      certifications: [chars(Math.min(n, 255))],
      locations: [{ id: uuid(3), notes: chars(Math.min(n, 500)) }],
      biography: { biography: chars(Math.min(n, 2000)), education: [{ notes: chars(Math.min(n, 2000)) }] },
    });
    expect(() => V.updateUserBody(U, at(2000))).not.toThrow();
    const over = {
      version: 1,
      name: chars(256),
      username: chars(256),
      department: chars(256),
      title: chars(256),
      preferredName: chars(256),
      profileSkills: [chars(101)],
      certifications: [chars(256)],
      locations: [{ id: uuid(3), notes: chars(501) }],
      biography: { biography: chars(2001), education: [{ notes: chars(2001) }] },
    };
    expect(fieldsOf(() => V.updateUserBody(U, over))).toEqual([
      'input.name',
      'input.username',
      'input.department',
      'input.title',
      'input.preferredName',
      'input.profileSkills[0]',
      'input.certifications[0]',
      'input.locations[0].notes',
      'input.biography.biography',
      'input.biography.education[0].notes',
    ]);
  });

  it('checks ids, blank texts, coordinates, repeated groups and dates', () => {
    expect(
      fieldsOf(() =>
        V.updateUserBody(U, {
          version: 1,
          email: 'nope',
          chat: { jabberId: ' ' },
          images: [{ imageUri: '' }],
          locations: [
            { id: 'here', coordinates: { x: 'east' } },
            { id: uuid(3), coordinates: [1, 2] },
          ],
          groups: [{ id: uuid(5) }, { id: 'g' }, { id: uuid(5).toUpperCase() }],
          biography: { education: [{ dateStart: '2001-02-30x', dateEnd: 'June' }] },
          employerInfo: { dateHire: '06/01/2020' },
        }),
      ),
    ).toEqual([
      'input.email',
      'input.chat.jabberId',
      'input.images[0].imageUri',
      'input.locations[0].id',
      'input.locations[0].coordinates',
      'input.locations[1].coordinates',
      'input.groups[1].id',
      'input.groups[2].id',
      'input.biography.education[0].dateStart',
      'input.biography.education[0].dateEnd',
      'input.employerInfo.dateHire',
    ]);
    expect(problemsOf(() => V.updateUserBody(U, { version: 1, locations: [{ id: uuid(3), coordinates: 7 }] }))).toEqual(
      [
        {
          field: 'input.locations[0].coordinates',
          message: 'must be a JSON object of numbers, e.g. {"x": 12, "y": 40}.',
        },
      ],
    );
    expect(
      problemsOf(() =>
        V.updateUserBody(U, { version: 1, locations: [{ id: uuid(3), coordinates: { x: Number.POSITIVE_INFINITY } }] }),
      ),
    ).toHaveLength(1);
    expect(problemsOf(() => V.updateUserBody(U, { version: 1, groups: [{ id: uuid(5) }, { id: uuid(5) }] }))).toEqual([
      { field: 'input.groups[1].id', message: 'repeats an earlier group; give each group once.' },
    ]);
  });
});

describe('patchUsersBody (PATCH /api/v2/users/bulk)', () => {
  const users = (n: number) => Array.from({ length: n }, (_, i) => ({ id: uuid(i + 1), acdAutoAnswer: i % 2 === 0 }));

  it('takes exactly 50 users, and refuses 51', () => {
    expect(V.BULK_PATCH_LIMIT).toBe(50);
    expect(V.patchUsersBody(users(50))).toEqual(users(50));
    expect(problemsOf(() => V.patchUsersBody(users(51)))).toEqual([
      { field: 'input', message: "must name at most 50 users (the upstream's limit per request)." },
    ]);
  });

  it('refuses none, a bad id and a repeated one', () => {
    expect(problemsOf(() => V.patchUsersBody([]))).toEqual([
      { field: 'input', message: 'must name at least one user.' },
    ]);
    expect(
      problemsOf(() =>
        V.patchUsersBody([
          { id: U, acdAutoAnswer: true },
          { id: 'x', acdAutoAnswer: true },
          { id: U, acdAutoAnswer: false },
        ]),
      ),
    ).toEqual([
      { field: 'input[1].id', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input[2].id', message: 'repeats an earlier user; give each user once.' },
    ]);
  });
});

describe('passwords', () => {
  it('change a user’s password: not blank; the body carries it', () => {
    expect(V.changePasswordBody(U, { newPassword: 's3cret!' })).toEqual({ newPassword: 's3cret!' });
    const problems = problemsOf(() => V.changePasswordBody('u', { newPassword: '   ' }));
    expect(problems).toEqual([
      { field: 'userId', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input.newPassword', message: 'must not be empty.' },
    ]);
  });

  it('change my password: both given, and different; the values never appear in the error', () => {
    expect(V.changeMyPasswordBody({ oldPassword: 'old-1', newPassword: 'new-1' })).toEqual({
      oldPassword: 'old-1',
      newPassword: 'new-1',
    });
    const same = problemsOf(() => V.changeMyPasswordBody({ oldPassword: 'same-secret', newPassword: 'same-secret' }));
    expect(same).toEqual([{ field: 'input.newPassword', message: 'must differ from the current password.' }]);
    expect(JSON.stringify(same)).not.toContain('same-secret');
    expect(fieldsOf(() => V.changeMyPasswordBody({ oldPassword: '', newPassword: 'n' }))).toEqual([
      'input.oldPassword',
    ]);
  });
});

describe('routing', () => {
  it('skills and languages: a UUID and a proficiency from 0 to 5', () => {
    expect(V.routingSkillPostBody(U, { id: uuid(9), proficiency: 0 })).toEqual({ id: uuid(9), proficiency: 0 });
    expect(V.routingLanguagePostBody(U, { id: uuid(9), proficiency: 5 })).toEqual({ id: uuid(9), proficiency: 5 });
    expect(problemsOf(() => V.routingSkillPostBody(U, { id: 'sales', proficiency: 5.5 }))).toEqual([
      { field: 'input.id', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input.proficiency', message: 'must be between 0 and 5.' },
    ]);
    expect(fieldsOf(() => V.routingLanguagePostBody(U, { id: uuid(9), proficiency: -0.5 }))).toEqual([
      'input.proficiency',
    ]);
  });

  it('proficiency and/or state, at least one', () => {
    expect(V.proficiencyAndStateBody(U, 'skillId', uuid(9), { proficiency: 2 })).toEqual({ proficiency: 2 });
    expect(V.proficiencyAndStateBody(U, 'languageId', uuid(9), { state: 'inactive' })).toEqual({ state: 'inactive' });
    expect(problemsOf(() => V.proficiencyAndStateBody(U, 'languageId', 'en', {}))).toEqual([
      { field: 'languageId', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input', message: 'has nothing to change: give proficiency and/or state.' },
    ]);
  });

  it('queues: one, or a non-empty list without repeats; division ids are UUIDs', () => {
    expect(V.userQueueBody(U, uuid(7), false)).toEqual({ id: uuid(7), joined: false });
    expect(fieldsOf(() => V.userQueueBody(U, 'q', true))).toEqual(['queueId']);
    expect(V.userQueuesBody(U, [{ id: uuid(7), joined: true }], [uuid(8)])).toEqual([{ id: uuid(7), joined: true }]);
    expect(problemsOf(() => V.userQueuesBody(U, [], null))).toEqual([
      { field: 'input', message: 'must name at least one queue.' },
    ]);
    expect(
      problemsOf(() =>
        V.userQueuesBody(
          U,
          [
            { id: uuid(7), joined: true },
            { id: uuid(7), joined: false },
          ],
          ['d'],
        ),
      ),
    ).toEqual([
      { field: 'input[1].id', message: 'repeats an earlier queue; give each queue once.' },
      { field: 'divisionIds[0]', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
    ]);
  });

  it('routing status and ids', () => {
    expect(V.routingStatusBody(U, { status: 'IDLE' })).toEqual({ status: 'IDLE' });
    expect(fieldsOf(() => V.routingStatusBody('x', { status: 'IDLE' }))).toEqual(['userId']);
    expect(() => V.checkUserId(U)).not.toThrow();
    expect(fieldsOf(() => V.checkUserId('x'))).toEqual(['userId']);
    expect(fieldsOf(() => V.checkIds(U, { skillId: uuid(3), stationId: 's' }))).toEqual(['stationId']);
  });
});

describe('settings', () => {
  it('roles: UUIDs, each once', () => {
    expect(V.roleIdsBody(U, [uuid(3), uuid(4)])).toEqual([uuid(3), uuid(4)]);
    expect(V.roleIdsBody(U, [])).toEqual([]);
    expect(fieldsOf(() => V.roleIdsBody(U, [uuid(3), uuid(3)]))).toEqual(['roleIds[1]']);
  });

  it('out of office: dates needed when active and not indefinite, the end after the start', () => {
    const start = '2030-01-01T00:00:00Z';
    const end = '2030-01-02T00:00:00Z';
    expect(V.outOfOfficeBody(U, { active: true, startDate: start, endDate: end })).toEqual({
      active: true,
      startDate: start,
      endDate: end,
    });
    expect(V.outOfOfficeBody(U, { active: true, indefinite: true })).toEqual({ active: true, indefinite: true });
    expect(V.outOfOfficeBody(U, { active: false, indefinite: null })).toEqual({ active: false });
    expect(problemsOf(() => V.outOfOfficeBody(U, { active: true }))).toEqual([
      { field: 'input.startDate', message: 'is required when out of office is active and not indefinite.' },
      { field: 'input.endDate', message: 'is required when out of office is active and not indefinite.' },
    ]);
    expect(fieldsOf(() => V.outOfOfficeBody(U, { active: true, indefinite: false, startDate: start }))).toEqual([
      'input.endDate',
    ]);
    expect(problemsOf(() => V.outOfOfficeBody(U, { active: false, startDate: start, endDate: start }))).toEqual([
      { field: 'input.endDate', message: 'must be after startDate.' },
    ]);
  });

  it('call forwarding: E.164 numbers, station targets as UUIDs, a route when enabling (replace only)', () => {
    const calls = [
      {
        targets: [
          { type: 'PHONENUMBER' as const, value: '+13175550100' },
          { type: 'STATION' as const, value: U },
        ],
      },
    ];
    expect(V.callForwardingBody(U, { enabled: true, calls, phoneNumber: '+13175550199' }, 'replace')).toEqual({
      enabled: true,
      calls,
      phoneNumber: '+13175550199',
    });
    expect(V.callForwardingBody(U, { enabled: true }, 'merge')).toEqual({ enabled: true });
    expect(V.callForwardingBody(U, { enabled: true, phoneNumber: '+13175550199' }, 'replace')).toEqual({
      enabled: true,
      phoneNumber: '+13175550199',
    });
    expect(V.callForwardingBody(U, { enabled: false }, 'replace')).toEqual({ enabled: false });
    expect(problemsOf(() => V.callForwardingBody(U, { enabled: true }, 'replace'))).toEqual([
      { field: 'input.calls', message: 'must hold at least one call route when call forwarding is enabled.' },
    ]);
    expect(
      problemsOf(() =>
        V.callForwardingBody(
          U,
          {
            phoneNumber: '555',
            calls: [
              { targets: [] },
              {
                targets: [
                  { type: 'STATION', value: '+13175550100' },
                  { type: 'PHONENUMBER', value: U },
                ],
              },
            ],
          },
          'merge',
        ),
      ),
    ).toEqual([
      { field: 'input.phoneNumber', message: 'must be an E.164 phone number such as +13175550100.' },
      { field: 'input.calls[0].targets', message: 'must hold at least one target.' },
      { field: 'input.calls[1].targets[0].value', message: 'must be a UUID (8-4-4-4-12 hexadecimal digits).' },
      { field: 'input.calls[1].targets[1].value', message: 'must be an E.164 phone number such as +13175550100.' },
    ]);
  });

  it('geolocation: latitude −90…90 and longitude −180…180 together, a client id, something to change', () => {
    const edges = [
      [-90, -180],
      [90, 180],
      [0, 0],
    ];
    for (const [latitude, longitude] of edges) {
      expect(V.geolocationBody(U, 'web-1', { latitude, longitude })).toEqual({ latitude, longitude });
    }
    expect(
      V.geolocationBody(U, chars(100), {
        type: chars(50),
        primary: true,
        latitude: 1,
        longitude: 2,
        city: 'C',
        region: 'R',
        country: 'N',
      }),
    ).toEqual({ type: chars(50), primary: true, latitude: 1, longitude: 2, city: 'C', region: 'R', country: 'N' });
    expect(V.geolocationBody(U, 'web-1', { primary: false, city: null })).toEqual({ primary: false });
    expect(problemsOf(() => V.geolocationBody(U, 'web-1', { latitude: -90.5, longitude: 180.5 }))).toEqual([
      { field: 'input.latitude', message: 'must be between -90 and 90.' },
      { field: 'input.longitude', message: 'must be between -180 and 180.' },
    ]);
    expect(fieldsOf(() => V.geolocationBody(U, 'web-1', { latitude: 90.5, longitude: -180.5 }))).toEqual([
      'input.latitude',
      'input.longitude',
    ]);
    expect(problemsOf(() => V.geolocationBody(U, 'web-1', { latitude: 1 }))).toEqual([
      { field: 'input.longitude', message: 'is required with the other coordinate.' },
    ]);
    expect(fieldsOf(() => V.geolocationBody(U, 'web-1', { longitude: 1 }))).toEqual(['input.latitude']);
    expect(problemsOf(() => V.geolocationBody(U, 'web-1', { city: null }))).toEqual([
      {
        field: 'input',
        message: 'has nothing to change: give primary, latitude and longitude, or city, region and country.',
      },
    ]);
    expect(fieldsOf(() => V.geolocationBody(U, chars(101), { type: chars(51), primary: true }))).toEqual([
      'clientId',
      'input.type',
    ]);
    expect(fieldsOf(() => V.geolocationBody(U, ' ', { primary: true }))).toEqual(['clientId']);
  });

  it('profile skills: each not blank and at most 100 characters', () => {
    expect(V.profileSkillsBody(U, ['Go', chars(100)])).toEqual(['Go', chars(100)]);
    expect(V.profileSkillsBody(U, [])).toEqual([]);
    expect(fieldsOf(() => V.profileSkillsBody(U, ['', chars(101)]))).toEqual(['skills[0]', 'skills[1]']);
  });
});
