/**
 * Input safety through the gateway: no argument can change the upstream path or query. A malformed id in a UUID
 * path position is BAD_USER_INPUT with no upstream call; any other value arrives as exactly one encoded path
 * segment, or one query value, as the emulator's request log shows.
 */
import { GraphQLError } from 'graphql';
import { requireUuids } from '../../src/validation/ids.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const UUID = '8d0c2b1a-3f4e-4a5b-9c6d-7e8f90a1b2c3';

describe('requireUuids (the check resolvers apply to id arguments)', () => {
  it('passes UUIDs in any case, and skips null and undefined', () => {
    expect(() =>
      requireUuids({ id: UUID, ids: [UUID, UUID.toUpperCase()], divisionIds: null, other: undefined }),
    ).not.toThrow();
  });

  it('names every bad argument (never its value) in one BAD_USER_INPUT error', () => {
    let error: unknown;
    try {
      requireUuids({ id: '../me', ids: [UUID, 'x%2Fy', `${UUID}#`] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      problems: [{ field: 'id' }, { field: 'ids[1]' }, { field: 'ids[2]' }],
    });
    expect(message).not.toContain('../me');
  });
});

describe('through the gateway', () => {
  let h: Harness;
  let rich: string;

  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 50 } });
    rich = h.emulator.store.fixtures().richUser;
  });
  afterAll(() => h?.close());
  beforeEach(() => h.resetCalls());

  it.each(['../../users/me', '..%2F..%2Fusers', 'everyone', `${UUID}/roles`, `${UUID}?state=deleted`, `${UUID}#x`])(
    'a user id of %j is BAD_USER_INPUT, with no upstream call',
    async (id) => {
      for (const state of ['active', 'deleted']) {
        const result = await h.execute(
          'query($id: ID!, $s: UserLookupState) { user(id: $id, state: $s) { id manager { id } } }',
          { id, s: state },
        );
        expect(result.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual([
          [['user'], 'BAD_USER_INPUT', 'id'],
        ]);
        expect(result.errors?.[0].message).not.toContain(id);
      }
      for (const field of ['users', 'userProfiles']) {
        const listed = await h.execute(`query($ids: [ID!]) { ${field}(ids: $ids) { total } }`, { ids: [rich, id] });
        expect(listed.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual([
          [[field], 'BAD_USER_INPUT', 'ids[1]'],
        ]);
      }
      expect(await h.calls()).toEqual([]);
    },
  );

  it.each(['../../me', '..%2F..%2Fme', '%2F', 'a/b', 'a?expand=token', 'a#frag', '.'.repeat(3)])(
    'a geolocation clientId of %j is one encoded segment of the intended route',
    async (clientId) => {
      const result = await h.execute(
        'query($id: ID!, $c: String!) { user(id: $id) { id geolocation(clientId: $c) { id } } }',
        { id: rich, c: clientId },
      );
      expect(result.data).toMatchObject({ user: { id: rich } });
      const geo = (await h.calls()).filter((c) => c.route.includes('geolocations'));
      expect(geo.map((c) => ({ route: c.route, path: c.path, query: c.query }))).toEqual([
        {
          route: '/api/v2/users/{userId}/geolocations/{clientId}',
          path: `/api/v2/users/${rich}/geolocations/${encodeURIComponent(clientId)}`,
          query: {},
        },
      ]);
    },
  );

  it('list values stay query values: `&`, `=` and `#` cannot add parameters', async () => {
    await h.execute('query($jids: [String!]) { userProfiles(jids: $jids) { total } }', {
      jids: ['x&state=deleted', 'y#z', 'pageSize=500'],
    });
    const [call] = await h.calls();
    expect(call.route).toBe('/api/v2/profiles/users');
    expect(call.query.jid).toEqual(['x&state=deleted', 'y#z', 'pageSize=500']);
    expect(call.query.state ?? []).not.toContain('deleted');
    expect(call.query.pageSize ?? []).not.toContain('500');
  });

  it('a write with a malformed id in a path sends nothing (mutations check their ids first)', async () => {
    const result = await h.execute(
      'mutation { setUserAssociatedStation(userId: "../me", stationId: "a/b") { userId } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls()).toEqual([]);
  });
});
