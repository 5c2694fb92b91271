/**
 * Fair sharing (R3), by counts and states: while one token's 300 calls hang at the emulator, that token holds at
 * most UPSTREAM_CONCURRENCY_PER_TOKEN of them upstream (the rest queue behind its own), so another token's query
 * goes through the shared keep-alive pool at once. The latency figure is in `npm run bench:fairness`.
 */
import { startHarness, type Harness } from '../helpers/harness.js';
import { executeTyped, graphql } from '../helpers/operations.js';
import { tokenHash } from '../../emulator/identity.js';

const ME = graphql(`
  query FairnessMe {
    me {
      id
    }
  }
`);
const PER_TOKEN = 8;
const HANGING = 300;

describe('one token with 300 hanging calls', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 30 }, env: { UPSTREAM_CONCURRENCY_PER_TOKEN: String(PER_TOKEN) } });
  });
  afterAll(() => h?.close());

  const holdingOf = (token: string) =>
    h.emulator.requests.log().filter((c) => c.token === tokenHash(token) && c.status === 0).length;
  /** A gauge of the gateway's per-token slots, as /metrics would show it. */
  const gauge = async (name: string): Promise<number> =>
    (await h.gateway.gateway.metrics.registry.getSingleMetric(name)!.get()).values[0]?.value ?? NaN;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('holds at most its cap upstream; another token is served meanwhile, and the hung calls complete once released', async () => {
    h.emulator.setKnobs({ hostile: [{ kind: 'hang', tokens: ['token-a'] }] });
    h.emulator.requests.reset();
    const hung = Array.from({ length: HANGING }, () => executeTyped(h, ME, undefined, { token: 'token-a' }));
    // Wait until every one of A's 300 calls is either held upstream or queued behind A's own cap, as the
    // gateway's gauges count them (states, not time: a slow machine only makes this take longer).
    while (
      (await gauge('usergraph_upstream_calls_in_flight')) + (await gauge('usergraph_upstream_calls_queued')) <
      HANGING
    )
      await tick();
    while (h.emulator.hostile.holding < PER_TOKEN) await tick();
    expect(await gauge('usergraph_upstream_calls_in_flight')).toBe(PER_TOKEN);
    expect(await gauge('usergraph_upstream_calls_queued')).toBe(HANGING - PER_TOKEN);
    expect(h.emulator.hostile.holding).toBe(PER_TOKEN);

    const head = h.emulator.store.fixtures().headOfOrg;
    const other = await executeTyped(
      h,
      graphql(`
        query FairnessOtherUser($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `),
      { id: head },
      { token: 'token-b' },
    );
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ user: { id: head } });
    // A's calls still hang, and the emulator never saw more than the cap of them.
    expect(h.emulator.hostile.holding).toBe(PER_TOKEN);
    expect(holdingOf('token-a')).toBe(PER_TOKEN);
    expect(h.emulator.requests.log().filter((c) => c.token === tokenHash('token-b'))).toHaveLength(1);

    h.emulator.setKnobs({ hostile: [] });
    const results = await Promise.all(hung);
    expect(await gauge('usergraph_upstream_calls_queued')).toBe(0);
    expect(await gauge('usergraph_upstream_calls_in_flight')).toBe(0);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(HANGING);
    expect(h.emulator.requests.log().filter((c) => c.token === tokenHash('token-a'))).toHaveLength(HANGING);
  }, 60_000);
});
