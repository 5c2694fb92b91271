/**
 * The read-graph checks of the issue: the upstream calls of the classic nested queries, counted at
 * the emulator, and partial results when one part of a query fails.
 */
import type { EmulatorFixtures } from '../../emulator/store.js';
import { routesOf, startHarness, type Harness } from '../helpers/harness.js';
import { dataOf, executeTyped, expectData, graphql, present } from '../helpers/operations.js';

let h: Harness;
let fx: EmulatorFixtures;

beforeAll(async () => {
  h = await startHarness();
  fx = h.emulator.store.fixtures();
});
afterAll(() => h.close());
beforeEach(() => h.resetCalls());

describe('upstream calls of nested queries', () => {
  it('a page of 50 users with their managers costs at most 2 calls: the listing and one bulk fetch', async () => {
    const data = await expectData(
      h,
      graphql(`
        query CostsPageWithManagers {
          users(pageSize: 50) {
            entities {
              id
              name
              manager {
                id
                name
              }
            }
          }
        }
      `),
    );
    const entities = data.users.entities;
    expect(entities).toHaveLength(50);
    const managers = entities.flatMap((u) => (u.manager ? [u.manager] : []));
    expect(managers.length).toBeGreaterThan(40);
    for (const manager of managers) expect(manager.name).toEqual(expect.any(String));

    const calls = await h.calls();
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(calls[0]).toMatchObject({ method: 'GET', route: '/api/v2/users', query: { pageSize: ['50'] } });
    // Managers already on the page were primed; the rest come in one bulk call by id.
    const managerIds = new Set(managers.map((m) => m.id));
    const onPage = new Set(entities.map((u) => u.id));
    const missing = [...managerIds].filter((id) => !onPage.has(id));
    if (missing.length === 0) expect(calls).toHaveLength(1);
    else if (missing.length === 1) expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users/{userId}']);
    else {
      expect(routesOf(calls)).toEqual(['GET /api/v2/users', 'GET /api/v2/users']);
      expect([...calls[1].query.id].sort()).toEqual(missing.sort());
      expect(calls[1].query.pageSize).toEqual([String(missing.length)]);
    }
  });

  it('directReports of directReports costs 2 + (number of direct reports) calls, none repeated, in 2 rounds', async () => {
    const data = await expectData(
      h,
      graphql(`
        query CostsReportsOfReports($id: ID!) {
          user(id: $id) {
            name
            directReports {
              id
              name
              directReports {
                name
              }
            }
          }
        }
      `),
      { id: fx.managerOfManagers },
    );
    const reports = present(data.user?.directReports, 'user.directReports');
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.some((r) => (r.directReports?.length ?? 0) > 0)).toBe(true);

    const calls = await h.calls();
    expect(calls).toHaveLength(2 + reports.length);
    // The user's reports need only its id, so they are fetched alongside the user itself.
    expect(
      calls
        .slice(0, 2)
        .map((c) => c.path)
        .sort(),
    ).toEqual([`/api/v2/users/${fx.managerOfManagers}`, `/api/v2/users/${fx.managerOfManagers}/directreports`]);
    expect(
      calls
        .slice(2)
        .map((c) => c.path)
        .sort(),
    ).toEqual(reports.map((r) => `/api/v2/users/${r.id}/directreports`).sort());
  });

  it('manager of manager of manager costs at most 4 calls', async () => {
    const data = await expectData(
      h,
      graphql(`
        query CostsManagerChain($id: ID!) {
          user(id: $id) {
            name
            manager {
              name
              manager {
                name
                manager {
                  name
                }
              }
            }
          }
        }
      `),
      { id: fx.deepUser },
    );
    expect(data.user?.manager?.manager?.manager?.name).toEqual(expect.any(String));
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(Array(4).fill('GET /api/v2/users/{userId}'));
  });

  it('the same user asked for twice in one operation is fetched once', async () => {
    const data = await expectData(
      h,
      graphql(`
        query CostsSameUserTwice($id: ID!) {
          a: user(id: $id) {
            name
          }
          b: user(id: $id) {
            id
          }
        }
      `),
      { id: fx.richUser },
    );
    expect(data).toEqual({ a: { name: expect.any(String) }, b: { id: fx.richUser } });
    expect(await h.calls()).toHaveLength(1);
  });

  it('several user(id:) fields batch into one bulk call', async () => {
    const ids = [fx.headOfOrg, fx.deepUser, fx.managerOfManagers];
    // Built from the ids, so not a typed document.
    const data = dataOf(
      await h.execute<Record<string, { id: string }>>(
        `{ ${ids.map((id, i) => `u${i}: user(id: "${id}") { id name }`).join(' ')} }`,
      ),
    );
    expect(Object.values(data).map((u) => u.id)).toEqual(ids);
    const calls = await h.calls();
    expect(routesOf(calls)).toEqual(['GET /api/v2/users']);
    expect(calls[0].query.id).toEqual(ids);
    expect(calls[0].query.pageSize).toEqual(['3']);
  });
});

describe('"does not exist" is null without an error', () => {
  it('an unknown user id is null, no error; the rest still answers', async () => {
    const result = await executeTyped(
      h,
      graphql(`
        query CostsMissingUser {
          missing: user(id: "00000000-0000-4000-8000-000000000000") {
            id
            name
          }
          me {
            id
            name
          }
        }
      `),
    );
    expect(result.status).toBe(200);
    const data = dataOf(result);
    expect(data.missing).toBeNull();
    expect(data.me).toEqual({ id: fx.headOfOrg, name: expect.any(String) });
    const calls = await h.calls();
    expect(routesOf(calls).sort()).toEqual(['GET /api/v2/users/me', 'GET /api/v2/users/{userId}']);
  });

  it('an unknown id among several in a bulk fetch is null alone', async () => {
    const data = await expectData(
      h,
      graphql(`
        query CostsOneMissingInBulk($a: ID!) {
          a: user(id: $a) {
            id
          }
          b: user(id: "00000000-0000-4000-8000-000000000001") {
            id
          }
        }
      `),
      { a: fx.richUser },
    );
    expect(data).toEqual({ a: { id: fx.richUser }, b: null });
    expect(routesOf(await h.calls())).toEqual(['GET /api/v2/users']);
  });
});
