/**
 * Each route accepts exactly the `expand` values its operation lists (src/genesys/operations.ts: the
 * seed's values and the current API's, e.g. integrationPresence) and answers any other with a 400
 * ErrorBody, as the API does: values of another route, a wrong case, dropped values too.
 */
import { expandValuesOf, operationList, SEARCH_EXPANDS, USER_EXPANDS } from '../../src/genesys/operations.js';
import { expectError, harness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness({ users: 50 });
});
afterAll(() => h.close());

const withExpand = operationList.filter((op) => op.method === 'GET' && op.query.some((q) => q.name === 'expand'));

/** A concrete path of a route: its user is the richest fixture user. */
const pathOf = (route: string): string => route.replace('{userId}', h.f.richUser);

async function searchToken(): Promise<string> {
  const res = await h.send<{ currentPage: string }>('POST', '/api/v2/users/search', {
    pageSize: 2,
    query: [{ type: 'EXACT', fields: ['state'], value: 'active' }],
  });
  return new URLSearchParams(res.body.currentPage.split('?')[1]).get('q64')!;
}

async function get(route: string, expand: string) {
  const extra = route === '/api/v2/users/search' ? `q64=${encodeURIComponent(await searchToken())}&` : '';
  return h.get<Record<string, unknown>>(`${pathOf(route)}?${extra}expand=${encodeURIComponent(expand)}`);
}

describe('the expand vocabulary of each route', () => {
  it('has every route that takes expand, with the current values where the reference lists them', () => {
    expect(withExpand.map((op) => op.route).sort()).toEqual([
      '/api/v2/profiles/users',
      '/api/v2/users',
      '/api/v2/users/me',
      '/api/v2/users/search',
      '/api/v2/users/{userId}',
      '/api/v2/users/{userId}/adjacents',
      '/api/v2/users/{userId}/directreports',
      '/api/v2/users/{userId}/favorites',
      '/api/v2/users/{userId}/profile',
      '/api/v2/users/{userId}/superiors',
    ]);
    for (const op of withExpand) {
      if (op.route === '/api/v2/users/search') expect(expandValuesOf(op)).toEqual(SEARCH_EXPANDS);
      else expect(expandValuesOf(op)).toContain('integrationPresence');
    }
    // /me accepts more than /users: the organisation-wide values.
    const me = expandValuesOf(operationList.find((op) => op.route === '/api/v2/users/me')!);
    expect(USER_EXPANDS.every((e) => me.includes(e))).toBe(true);
    expect(me).toEqual(expect.arrayContaining(['organization', 'logCapture', 'autoanswersettings', 'adjacents']));
  });

  it.each(withExpand.map((op) => [op.route, op] as const))(
    '%s accepts each of its values and refuses others with 400',
    async (route, op) => {
      for (const value of expandValuesOf(op)) {
        const res = await get(route, value);
        expect({ value, status: res.status }).toEqual({ value, status: 200 });
      }
      const others = ['notAnExpand', 'ROUTINGSTATUS', 'organization', 'skills'].filter(
        (v) => !expandValuesOf(op).includes(v),
      );
      for (const value of others) {
        const body = expectError(await get(route, value), 400, 'invalid.query.param.value');
        expect(body.message).toContain(`[${value}]`);
        expect(body.messageParams).toMatchObject({ paramName: 'expand', value });
      }
    },
  );

  it('embeds integrationPresence on users and profiles', async () => {
    const user = (await get('/api/v2/users/{userId}', 'integrationPresence')).body;
    expect(user.integrationPresence).toMatchObject({
      source: 'MicrosoftTeams',
      presenceDefinition: expect.any(Object),
    });
    const profile = (await get('/api/v2/users/{userId}/profile', 'integrationPresence,authorization.unusedRoles'))
      .body as {
      expands?: Record<string, Record<string, unknown>>;
    };
    expect(profile.expands?.integrationPresence).toMatchObject({ source: 'MicrosoftTeams' });
    expect(profile.expands?.authorization).toEqual({ unusedRoles: expect.any(Array) });
  });

  it('validates the search body expand against the search values', async () => {
    const body = { pageSize: 1, query: [{ type: 'EXACT', fields: ['state'], value: 'active' }] };
    expect((await h.send('POST', '/api/v2/users/search', { ...body, expand: [...SEARCH_EXPANDS] })).status).toBe(200);
    const refused = expectError(
      await h.send('POST', '/api/v2/users/search', { ...body, expand: ['skills'] }),
      400,
      'invalid.value',
    );
    expect(refused.details).toContainEqual({ errorCode: 'invalid.value', fieldName: 'expand' });
  });

  it("checks dropped values too, and refuses the rejectExpands knob's values", async () => {
    h.emu.setKnobs({ dropExpands: ['presence', 'notAnExpand'] });
    try {
      expectError(await get('/api/v2/users/{userId}', 'notAnExpand'), 400, 'invalid.query.param.value');
      const user = await get('/api/v2/users/{userId}', 'presence,station');
      expect(user.status).toBe(200);
      expect(user.body.presence).toBeUndefined();
      expect(user.body.station).toBeDefined();
    } finally {
      h.emu.setKnobs({ dropExpands: [] });
    }
    h.emu.setKnobs({ rejectExpands: ['integrationPresence'] });
    try {
      const body = expectError(
        await get('/api/v2/users', 'presence,integrationPresence'),
        400,
        'invalid.query.param.value',
      );
      expect(body.messageParams).toMatchObject({ value: 'integrationPresence' });
      expect((await get('/api/v2/users', 'presence')).status).toBe(200);
    } finally {
      h.emu.setKnobs({ rejectExpands: [] });
    }
  });
});
