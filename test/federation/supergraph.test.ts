/**
 * usergraph composed with a second subgraph (test/federation/badges-subgraph.ts) by @apollo/composition and
 * served by @apollo/gateway over loopback: cross-subgraph queries in both directions, with their data, the
 * upstream calls (counted at the emulator) and what the router sent to the other subgraph; and the same
 * queries sent to usergraph directly return the same data as through the gateway.
 */
import { parse } from 'graphql';
import { routesOf, startHarness, type Harness } from '../helpers/harness.js';
import { dataOf, expectData, present } from '../helpers/operations.js';
import { activeUserIds, bulkIdLists, ENTITY_USERS, entityUser, SERVICE_SDL, userReps } from './fixtures.js';
import {
  badgeCountOf,
  badgesFor,
  badgesTypeDefs,
  startBadgesSubgraph,
  type BadgesSubgraph,
} from './badges-subgraph.js';
import { compose, startSupergraph, type Composition, type RunningSupergraph } from './supergraph.js';

let h: Harness;
let badges: BadgesSubgraph;
let composition: Composition;
let router: RunningSupergraph;
let holders: string[];

beforeAll(async () => {
  h = await startHarness({ emulator: { users: 300 } });
  holders = activeUserIds(h, 250);
  badges = await startBadgesSubgraph(holders);
  // usergraph's SDL as a router or `rover subgraph introspect` reads it: `_service { sdl }` over HTTP.
  const { _service: service } = await expectData(h, SERVICE_SDL);
  composition = compose([
    { name: 'usergraph', url: h.gateway.url, typeDefs: parse(present(service.sdl, '_service.sdl')) },
    { name: 'badges', url: badges.url, typeDefs: badgesTypeDefs },
  ]);
  router = await startSupergraph(composition.supergraphSdl);
});
afterAll(async () => {
  await router?.stop();
  await badges?.stop();
  await h?.close();
});
beforeEach(async () => {
  await h.resetCalls();
  badges.reset();
});

const storeUser = (id: string) => {
  const user = h.emulator.store.user(id);
  if (!user) throw new Error(`no user ${id} in the emulator`);
  return user;
};

describe('composition', () => {
  it('composes with no errors and no hints', () => {
    expect(composition.hints).toEqual([]);
  });

  it('joins User on id in both subgraphs, the stubs as resolvable: false, and badges @requires email', () => {
    const sdl = composition.supergraphSdl;
    expect(sdl).toMatch(
      /type User implements Node\s+@join__implements\(graph: USERGRAPH, interface: "Node"\)\s+@join__type\(graph: BADGES, key: "id"\)\s+@join__type\(graph: USERGRAPH, key: "id"\)/,
    );
    expect(sdl).toMatch(
      /type Division\s+@join__type\(graph: BADGES, key: "id"\)\s+@join__type\(graph: USERGRAPH, key: "id", resolvable: false\)/,
    );
    expect(sdl).toContain('badges: [Badge!]! @join__field(graph: BADGES, requires: "email")');
    for (const stub of ['Group', 'LocationDefinition', 'UserStation', 'RoutingSkill', 'QueueFullReference']) {
      expect(sdl).toMatch(
        new RegExp(`type ${stub}\\s+@join__type\\(graph: USERGRAPH, key: "id", resolvable: false\\)`),
      );
    }
    // Per-user assignments: keyed by the upstream id of what they assign (their own id is per user).
    for (const [stub, key] of [
      ['UserQueue', 'queueId'],
      ['UserRoutingSkill', 'skillId'],
      ['UserRoutingLanguage', 'languageId'],
    ]) {
      expect(sdl).toMatch(
        new RegExp(`type ${stub}\\s+@join__type\\(graph: USERGRAPH, key: "${key}", resolvable: false\\)`),
      );
    }
  });
});

// The router's documents below select fields of the badges subgraph too: they are documents of the composed
// supergraph, which codegen (usergraph's schema) does not know, so their result types are written here.
interface BadgedUser {
  id: string;
  name: string;
  email: string;
  badges: Array<{ name: string; evidence: string }>;
  division: { id: string; name: string; badgeCount: number };
}

describe('cross-subgraph queries through the gateway', () => {
  it('a user with fields of both subgraphs: one upstream call, then badges gets the email it @requires', async () => {
    const id = h.emulator.store.fixtures().richUser;
    const result = await router.execute<{ user: BadgedUser }>(
      'query($id: ID!) { user(id: $id) { id name email badges { name evidence } division { id name badgeCount } } }',
      { id },
    );
    const expected = storeUser(id);
    expect(dataOf(result).user).toEqual({
      id,
      name: expected.name,
      email: expected.email,
      badges: badgesFor(expected.email),
      division: {
        id: expected.divisionId,
        name: present(h.emulator.store.divisions.get(expected.divisionId), 'division').name,
        badgeCount: badgeCountOf(expected.divisionId),
      },
    });
    expect(routesOf(await h.calls())).toEqual(['GET /api/v2/users/{userId}']);
    expect(badges.users).toEqual([{ __typename: 'User', id, email: expected.email }]);
    expect(badges.divisions).toEqual([{ __typename: 'Division', id: expected.divisionId }]);
  });

  it('a page of 40 users with their badges and divisions: still one upstream call (the listing)', async () => {
    const result = await router.execute<{ users: { entities: BadgedUser[] } }>(
      '{ users(pageSize: 40) { entities { id email badges { evidence } division { id badgeCount } } } }',
    );
    const users = dataOf(result).users.entities;
    expect(users).toHaveLength(40);
    for (const u of users) {
      expect(u.badges).toEqual(badgesFor(storeUser(u.id).email).map(({ evidence }) => ({ evidence })));
      expect(u.division.badgeCount).toBe(badgeCountOf(u.division.id));
    }
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(calls[0].query.pageSize).toEqual(['40']);
    // The router sent badges every user of the page once, with the email read from usergraph.
    expect(badges.users.map((r) => r.id).sort()).toEqual(users.map((u) => u.id).sort());
    for (const r of badges.users) expect(r.email).toBe(storeUser(r.id).email);
  });

  it('250 users that badges returns as references cost usergraph 3 bulk calls (100, 100, 50 ids)', async () => {
    const result = await router.execute<{ badgeHolders: BadgedUser[] }>(
      '{ badgeHolders(first: 250) { id name title badges { evidence } } }',
    );
    const users = dataOf(result).badgeHolders;
    expect(users.map((u) => u.id)).toEqual(holders);
    for (const u of users) {
      const expected = storeUser(u.id);
      expect(u).toEqual({
        id: u.id,
        name: expected.name,
        title: expected.title,
        badges: [{ evidence: expected.email }],
      });
    }
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users', 'GET /api/v2/users']);
    const lists = bulkIdLists(calls);
    expect(lists.map((l) => l.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(lists.flat().sort()).toEqual([...holders].sort());
    // Then badges was asked once per user, with the email usergraph had loaded in those 3 calls.
    expect(badges.users).toHaveLength(250);
  });
});

describe('the same data directly and through the gateway', () => {
  /** Runs a query on usergraph directly and through the gateway; returns both results and both call lists. */
  async function both(query: string, variables?: Record<string, unknown>) {
    await h.resetCalls();
    const direct = await h.execute(query, variables);
    const directCalls = routesOf(await h.calls()).sort();
    await h.resetCalls();
    const viaGateway = await router.execute(query, variables);
    const gatewayCalls = routesOf(await h.calls()).sort();
    expect(direct.errors).toBeUndefined();
    expect(viaGateway.errors).toBeUndefined();
    return { direct: direct.data, viaGateway: viaGateway.data, directCalls, gatewayCalls };
  }

  const nonEmpty = expect.arrayContaining([expect.anything()]);
  /** Each query, with a shape its direct answer must have (so that equal answers are not equally empty). */
  const cases: Array<[string, string, Record<string, unknown>]> = [
    [
      'a page of users with managers and divisions',
      '{ users(pageSize: 30) { total entities { id name email title division { id name } manager { id name } } } }',
      {
        users: {
          entities: expect.arrayContaining([
            expect.objectContaining({ division: expect.anything(), manager: expect.anything() }),
          ]),
        },
      },
    ],
    [
      'a rich user with skills, languages, queues and station',
      'query($id: ID!) { user(id: $id) { name skills { id name proficiency } languages { id name proficiency } queues { id name joined division { name } } station { associatedStation { id name type } } } }',
      {
        user: {
          skills: nonEmpty,
          languages: nonEmpty,
          queues: nonEmpty,
          station: { associatedStation: { id: expect.any(String) } },
        },
      },
    ],
    [
      'the caller, with direct reports',
      '{ me { id name directReports { id name email } } }',
      { me: { directReports: nonEmpty } },
    ],
  ];

  it.each(cases)('%s', async (_label, query, shape) => {
    const variables = query.includes('$id') ? { id: h.emulator.store.fixtures().richUser } : undefined;
    const { direct, viaGateway, directCalls, gatewayCalls } = await both(query, variables);
    expect(direct).toMatchObject(shape);
    expect(viaGateway).toEqual(direct);
    expect(gatewayCalls).toEqual(directCalls);
  });

  it('250 users: _entities sent directly equals the users the gateway resolves for badges, at the same cost', async () => {
    const direct = await expectData(h, ENTITY_USERS, { reps: userReps(holders) });
    const directCalls = await h.calls();
    await h.resetCalls();
    const viaGateway = await router.execute<{ badgeHolders: Array<{ id: string; name: string; email: string }> }>(
      '{ badgeHolders(first: 250) { id name email } }',
    );
    const gatewayCalls = await h.calls();
    expect(dataOf(viaGateway).badgeHolders).toEqual(direct._entities.map(entityUser));
    expect(bulkIdLists(gatewayCalls).sort()).toEqual(bulkIdLists(directCalls).sort());
  });
});
