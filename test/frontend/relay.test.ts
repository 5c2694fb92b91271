/**
 * Relay conventions through the real server against the emulator: Node refetching batched through the
 * by-id loader, cursor connections that cost exactly one upstream page each (no extra calls), exact
 * pageInfo, per-user assignment ids, and the cost model's estimate equal to the calls made.
 */
import { describe, expect, it } from '@jest/globals';
import { getNamedType, isObjectType } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EmulatorFixtures } from '../../emulator/store.js';
import type { UserSearchRequestInput } from '../__generated__/graphql.js';
import { listSizeOf } from '../../src/graph/demand-control.js';
import { decodeCursor, encodeCursor, planPage } from '../../src/relay/connection.js';
import { routesOf, startHarness, type Harness, type UpstreamCall } from '../helpers/harness.js';
import {
  dataOf,
  executeTyped,
  executeUntyped,
  expectData,
  firstError,
  graphql,
  present,
  textOf,
} from '../helpers/operations.js';
import { estimate, schema } from '../protection/helpers.js';

let h: Harness;
let fx: EmulatorFixtures;

beforeAll(async () => {
  h = await startHarness();
  fx = h.emulator.store.fixtures();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());

/** Runs an operation expecting no errors; returns its data and upstream calls, and checks the estimate covers them. */
async function run<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<{ data: TData; calls: UpstreamCall[]; estimate: number }> {
  await h.resetCalls();
  const data = await expectData(h, document, variables);
  const calls = await h.calls();
  const estimated = estimate(textOf(document), variables);
  expect(calls.length).toBeLessThanOrEqual(estimated);
  return { data, calls, estimate: estimated };
}

describe('cursor planning (unit)', () => {
  it('maps first/after onto one upstream page: a steady first pages by first; another first finds the page that holds the window', () => {
    expect(planPage(0, 10, 500)).toEqual({ pageSize: 10, pageNumber: 1, skip: 0, take: 10 });
    expect(planPage(20, 10, 500)).toEqual({ pageSize: 10, pageNumber: 3, skip: 0, take: 10 });
    // [10, 25) is in no page of 15..24; page 1 of 25 holds it.
    expect(planPage(10, 15, 500)).toEqual({ pageSize: 25, pageNumber: 1, skip: 10, take: 15 });
    // [450, 550) fits in no page up to 100 (max 100): cut at the end of page 5 of 100.
    expect(planPage(450, 100, 100)).toEqual({ pageSize: 100, pageNumber: 5, skip: 50, take: 50 });
  });

  it('cursors round-trip to absolute offsets; anything else is BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor(25, 3, 4))).toBe(54);
    for (const bad of [
      '',
      'abc',
      encodeCursor(10, 1, 0).slice(2),
      Buffer.from('v1:10:0:0').toString('base64url'),
      Buffer.from('v1:10:1:10').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(/is not a cursor/);
    }
  });
});

describe('Node', () => {
  it('node(id:) refetches a user through the by-id loader; unknown and foreign ids are null', async () => {
    const { data, calls } = await run(
      graphql(`
        query RelayNode($id: ID!) {
          node(id: $id) {
            __typename
            id
            ... on User {
              name
            }
          }
          missing: node(id: "00000000-0000-4000-8000-000000000000") {
            id
          }
          foreign: node(id: "UserQueue:x:y") {
            id
          }
        }
      `),
      { id: fx.richUser },
    );
    expect(data.node).toMatchObject({ __typename: 'User', id: fx.richUser, name: expect.any(String) });
    expect(data.missing).toBeNull();
    expect(data.foreign).toBeNull();
    // Both user ids in one bulk call (the same loader as user(id:)); the foreign id costs nothing.
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect([...calls[0].query.id].sort()).toEqual([fx.richUser, '00000000-0000-4000-8000-000000000000'].sort());
  });

  it('nodes(ids:) keeps the order and costs ceil(n/100) bulk calls: 150 ids are 2', async () => {
    const listing = await expectData(
      h,
      graphql(`
        query RelayUserIds150 {
          users(pageSize: 150) {
            entities {
              id
            }
          }
        }
      `),
    );
    const ids = present(listing.users?.entities, 'users.entities')
      .map((u) => u.id)
      .reverse();
    expect(ids).toHaveLength(150);
    const {
      data,
      calls,
      estimate: estimated,
    } = await run(
      graphql(`
        query RelayNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
            ... on User {
              name
            }
          }
        }
      `),
      { ids },
    );
    expect(data.nodes.map((n) => n?.id)).toEqual(ids);
    expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users']);
    expect(calls.map((c) => c.query.id.length).sort((a, b) => a - b)).toEqual([50, 100]);
    expect(estimated).toBe(2);
  });

  it('nodes(ids:) refuses more than 500 ids before any call', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const result = await executeTyped(
      h,
      graphql(`
        query RelayNodeIds($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
          }
        }
      `),
      { ids },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls()).toEqual([]);
  });
});

/** The ids of the offset listing's page (pageSize 10 or 25, pageNumber 1 or 2) and the total. */
const OFFSET_PAGE = graphql(`
  query RelayOffsetPage($pageSize: Int!, $pageNumber: Int!) {
    users(pageSize: $pageSize, pageNumber: $pageNumber) {
      entities {
        id
      }
      total
    }
  }
`);

describe('usersConnection', () => {
  const query = graphql(`
    query RelayUsersConnection($first: Int, $after: String) {
      usersConnection(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            name
          }
        }
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        totalCount
      }
    }
  `);

  it('pages with first/after, one upstream page per request, the same users as the offset listing', async () => {
    const first = await run(query, { first: 10 });
    expect(first.calls).toHaveLength(1);
    expect(first.calls[0]).toMatchObject({ route: '/api/v2/users', query: { pageSize: ['10'], pageNumber: ['1'] } });
    const c1 = first.data.usersConnection;
    expect(c1.edges).toHaveLength(10);
    expect(c1.nodes.map((n) => n.id)).toEqual(c1.edges.map((e) => e.node.id));
    expect(c1.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: c1.edges[0].cursor,
      endCursor: c1.edges[9].cursor,
    });

    const second = await run(query, {
      first: 10,
      after: c1.pageInfo.endCursor,
    });
    expect(second.calls).toHaveLength(1);
    expect(second.calls[0].query).toMatchObject({ pageSize: ['10'], pageNumber: ['2'] });
    const offset = present((await expectData(h, OFFSET_PAGE, { pageSize: 10, pageNumber: 2 })).users, 'users');
    expect(second.data.usersConnection.nodes.map((n) => n.id)).toEqual(offset.entities?.map((u) => u.id));
    expect(second.data.usersConnection.pageInfo.hasPreviousPage).toBe(true);
    expect(c1.totalCount).toBe(offset.total);
  });

  it('a different first after a cursor still costs one call, and the window is exact', async () => {
    const total = present(
      (
        await expectData(
          h,
          graphql(`
            query RelayUsersTotal {
              users(pageSize: 1) {
                total
              }
            }
          `),
        )
      ).users?.total,
      'users.total',
    );
    const head = await run(query, { first: 10 });
    const next = await run(query, {
      first: 15,
      after: head.data.usersConnection.pageInfo.endCursor,
    });
    expect(next.calls).toHaveLength(1);
    expect(next.calls[0].query).toMatchObject({ pageSize: ['25'], pageNumber: ['1'] });
    const all = await expectData(h, OFFSET_PAGE, { pageSize: 25, pageNumber: 1 });
    expect(next.data.usersConnection.nodes.map((n) => n.id)).toEqual(
      all.users?.entities?.slice(10, 25).map((u) => u.id),
    );

    // The last page: hasNextPage false, exactly.
    const lastCursor = encodeCursor(1, total - 5, 0); // offset total-6
    const last = await run(query, { first: 5, after: lastCursor });
    expect(last.data.usersConnection.edges).toHaveLength(5);
    expect(last.data.usersConnection.pageInfo.hasNextPage).toBe(false);
    const beyond = await run(query, {
      first: 5,
      after: last.data.usersConnection.pageInfo.endCursor,
    });
    expect(beyond.data.usersConnection).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('the users of a connection carry the expands their selection needs (one call for routing status)', async () => {
    const { data, calls } = await run(
      graphql(`
        query RelayConnectionExpands {
          usersConnection(first: 20) {
            nodes {
              routingStatus {
                status
              }
            }
            edges {
              node {
                presence {
                  presenceDefinition {
                    systemPresence
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(data.usersConnection.nodes).toHaveLength(20);
    expect(calls).toHaveLength(1);
    expect(calls[0].query.expand?.sort()).toEqual(['presence', 'routingStatus']);
  });

  it('refuses a bad first or a foreign cursor with BAD_USER_INPUT and no call', async () => {
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 501 }, 'first'],
      [{ first: 5, after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const result = await executeTyped(h, query, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await h.calls()).toEqual([]);
  });
});

describe('connections of a user, and search', () => {
  it('skills, languages, queues, favorites and trustors: one page call each, with per-user assignment ids', async () => {
    const {
      data,
      calls,
      estimate: estimated,
    } = await run(
      graphql(`
        query RelayUserConnections($id: ID!) {
          user(id: $id) {
            skillsConnection(first: 2) {
              nodes {
                id
                skillId
              }
              pageInfo {
                hasNextPage
              }
              totalCount
            }
            languagesConnection(first: 1) {
              nodes {
                id
                languageId
              }
              totalCount
            }
            queuesConnection(first: 1) {
              nodes {
                id
                queueId
              }
              pageInfo {
                hasNextPage
              }
            }
            favoritesConnection(first: 3) {
              nodes {
                id
              }
            }
            trustorsConnection(first: 3) {
              nodes {
                id
              }
            }
          }
        }
      `),
      { id: fx.richUser },
    );
    const u = present(data.user, 'user');
    const skills = present(u.skillsConnection, 'skillsConnection');
    expect(skills.nodes.length).toBeGreaterThan(0);
    for (const s of skills.nodes) expect(s.id).toBe(`UserRoutingSkill:${fx.richUser}:${s.skillId}`);
    for (const l of present(u.languagesConnection, 'languagesConnection').nodes)
      expect(l.id).toBe(`UserRoutingLanguage:${fx.richUser}:${l.languageId}`);
    for (const q of present(u.queuesConnection, 'queuesConnection').nodes)
      expect(q.id).toBe(`UserQueue:${fx.richUser}:${q.queueId}`);
    expect(skills.pageInfo.hasNextPage).toBe((skills.totalCount ?? 0) > 2);
    expect(routesOf(calls).sort()).toEqual(
      [
        'GET /api/v2/users/{userId}',
        'GET /api/v2/users/{userId}/routingskills',
        'GET /api/v2/users/{userId}/routinglanguages',
        'GET /api/v2/users/{userId}/queues',
        'GET /api/v2/users/{userId}/favorites',
        'GET /api/v2/users/{userId}/trustors',
      ].sort(),
    );
    expect(calls.find((c) => c.route.endsWith('/routingskills'))?.query).toMatchObject({
      pageSize: ['2'],
      pageNumber: ['1'],
    });
    expect(estimated).toBe(6);
  });

  it('directReportsConnection windows the one directreports call, and its cursors continue it', async () => {
    const query = graphql(`
      query RelayDirectReports($id: ID!, $after: String) {
        user(id: $id) {
          directReports {
            id
          }
          directReportsConnection(first: 2, after: $after) {
            nodes {
              id
            }
            pageInfo {
              hasNextPage
              hasPreviousPage
              endCursor
            }
            totalCount
          }
        }
      }
    `);
    const first = await run(query, { id: fx.managerOfManagers });
    const all = present(first.data.user?.directReports, 'directReports').map((u) => u.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const c1 = present(first.data.user?.directReportsConnection, 'directReportsConnection');
    expect(c1.nodes.map((n) => n.id)).toEqual(all.slice(0, 2));
    expect(c1).toMatchObject({ totalCount: all.length, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    // The offset field and the connection share the one call.
    expect(routesOf(first.calls).filter((r) => r.endsWith('/directreports'))).toHaveLength(1);
    const second = await run(query, {
      id: fx.managerOfManagers,
      after: c1.pageInfo.endCursor,
    });
    const c2 = present(second.data.user?.directReportsConnection, 'directReportsConnection');
    expect(c2.nodes.map((n) => n.id)).toEqual(all.slice(2, 4));
    expect(c2.pageInfo.hasNextPage).toBe(all.length > 4);
  });

  it('searchUsersConnection: one search call per page; paging inside the request is refused', async () => {
    const request: UserSearchRequestInput = { query: [{ type: 'EXACT', fields: ['state'], value: 'active' }] };
    const q = graphql(`
      query RelaySearchConnection($r: UserSearchRequestInput!, $after: String) {
        searchUsersConnection(first: 3, after: $after, request: $r) {
          nodes {
            id
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
        }
      }
    `);
    const first = await run(q, { r: request });
    expect(routesOf(first.calls)).toEqual(['POST /api/v2/users/search']);
    expect(first.data.searchUsersConnection.nodes).toHaveLength(3);
    const second = await run(q, {
      r: request,
      after: first.data.searchUsersConnection.pageInfo.endCursor,
    });
    const offset = await expectData(
      h,
      graphql(`
        query RelaySearchOffset($r: UserSearchRequestInput!) {
          searchUsers(request: $r) {
            results {
              id
            }
          }
        }
      `),
      { r: { ...request, pageSize: 3, pageNumber: 2 } },
    );
    expect(second.data.searchUsersConnection.nodes).toEqual(offset.searchUsers?.results);

    await h.resetCalls();
    const refused = await executeTyped(h, q, { r: { ...request, pageSize: 3 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request.pageSize' });
    expect(await h.calls()).toEqual([]);
  });
});

describe('per-user assignment ids', () => {
  it('two members of one queue get different ids, the same queueId, and their own joined', async () => {
    const queueId = fx.queues.joined[0];
    const members = [...h.emulator.store.queueMembers.entries()]
      .filter(([, m]) => m.get(queueId) === true)
      .map(([userId]) => userId);
    expect(members.length).toBeGreaterThanOrEqual(2);
    const [a, b] = members;
    const { data } = await run(
      graphql(`
        query RelayQueueMembers($a: ID!, $b: ID!) {
          a: user(id: $a) {
            queues {
              id
              queueId
              joined
            }
          }
          b: user(id: $b) {
            queues {
              id
              queueId
              joined
            }
          }
        }
      `),
      { a, b },
    );
    const qa = data.a?.queues?.find((q) => q.queueId === queueId);
    const qb = data.b?.queues?.find((q) => q.queueId === queueId);
    expect(qa).toEqual({ id: `UserQueue:${a}:${queueId}`, queueId, joined: true });
    expect(qb).toEqual({ id: `UserQueue:${b}:${queueId}`, queueId, joined: true });
  });

  it('skills embedded by the user fetch, listed, paged or written all carry the user in their id', async () => {
    const { data } = await run(
      graphql(`
        query RelaySkillIds($id: ID!) {
          user(id: $id) {
            skills {
              id
              skillId
            }
            skillsPage(pageSize: 3) {
              entities {
                id
                skillId
              }
            }
            geolocation {
              id
              clientId
            }
          }
        }
      `),
      { id: fx.richUser },
    );
    const user = present(data.user, 'user');
    const skills = present(user.skills, 'skills');
    expect(skills.length).toBeGreaterThan(0);
    for (const s of [...skills, ...present(user.skillsPage?.entities, 'skillsPage.entities')])
      expect(s.id).toBe(`UserRoutingSkill:${fx.richUser}:${s.skillId}`);
    const geolocation = present(user.geolocation, 'geolocation');
    expect(geolocation.id).toBe(`Geolocation:${fx.richUser}:${geolocation.clientId}`);
  });
});

describe('page caps', () => {
  it('every connection takes first up to its @listSize(assumedSize:), the cap the cost model counts, and refuses one more', async () => {
    const connections = (['Query', 'User'] as const).flatMap((typeName) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      return Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
        .map((field) => ({ typeName, field }));
    });
    expect(connections.map(({ typeName, field }) => `${typeName}.${field.name}`)).toEqual([
      'Query.usersConnection',
      'Query.searchUsersConnection',
      'User.directReportsConnection',
      'User.skillsConnection',
      'User.languagesConnection',
      'User.queuesConnection',
      'User.favoritesConnection',
      'User.trustorsConnection',
    ]);
    for (const { typeName, field } of connections) {
      const cap = present(listSizeOf(field)?.assumedSize, `${field.name}'s assumedSize`);
      // Built at run time, one per connection and first: untyped.
      const text = (first: number) => {
        const args = field.name === 'searchUsersConnection' ? `first: ${first}, request: {}` : `first: ${first}`;
        const selection = `${field.name}(${args}) { totalCount }`;
        return typeName === 'Query' ? `{ ${selection} }` : `query($id: ID!) { user(id: $id) { ${selection} } }`;
      };
      const variables = typeName === 'Query' ? undefined : { id: fx.headOfOrg };
      dataOf(await executeUntyped(h, text(cap), variables));
      await h.resetCalls();
      const refused = await executeUntyped(h, text(cap + 1), variables);
      expect([field.name, firstError(refused).message]).toEqual([
        field.name,
        `Invalid input: first must be 1 to ${cap} (the upstream's largest page).`,
      ]);
      const calls = await h.calls();
      expect([field.name, routesOf(calls)]).toEqual([
        field.name,
        typeName === 'Query' ? [] : ['GET /api/v2/users/{userId}'],
      ]);
    }
  });
});

describe('cost model of the Relay fields', () => {
  it('connections cost one call and multiply their nodes by first; node/nodes are batched by id', () => {
    expect(estimate('{ usersConnection(first: 100) { edges { node { manager { name } } } } }')).toBe(1 + 1);
    expect(estimate('{ usersConnection(first: 500) { nodes { manager { name } } } }')).toBe(1 + 5);
    expect(
      estimate(
        '{ me { directReportsConnection(first: 10) { nodes { directReportsConnection { nodes { name } } } } } }',
      ),
    ).toBe(1 + 1 + 10);
    expect(
      estimate(
        'query($r: UserSearchRequestInput!) { searchUsersConnection(request: $r) { nodes { callForwarding { enabled } } } }',
        { r: {} },
      ),
    ).toBe(1 + 25);
    expect(estimate('{ node(id: "x") { id } }')).toBe(1);
    expect(
      estimate('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 250 }, (_, i) => String(i)),
      }),
    ).toBe(3);
  });
});
