/**
 * Isolation: two callers with different identities and permissions (and a third with a token the upstream does
 * not know) query the same gateway concurrently, many times over; each gets exactly its own data and its own
 * errors, and each upstream call carries the token of the caller it was made for.
 */
import { tokenHash } from '../../emulator/identity.js';
import type { EmulatorFixtures } from '../../emulator/store.js';
import { startHarness, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { executeTyped, graphql } from '../helpers/operations.js';

const ME = graphql(`
  query IsolationMe {
    me {
      id
    }
  }
`);

const QUERY = `query Isolation($id: ID!) {
  me { id name }
  user(id: $id) { id name authorization { roles { id name } } }
}`;

type Result = GraphQLResult<Record<string, unknown>>;
const TOKENS = { alice: 'alice-token-Iso1', bob: 'bob-token-Iso2', mallory: 'unknown-token-Iso3' } as const;
type Caller = keyof typeof TOKENS;

/** A result without what legitimately varies between runs (nothing here should). */
const shape = (r: Result) => ({
  status: r.status,
  data: r.data,
  errors: r.errors?.map((e) => ({ path: e.path, code: e.extensions?.code })),
});

describe('two tokens of different permissions, concurrently', () => {
  let h: Harness;
  let fx: EmulatorFixtures;

  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 60 } });
    fx = h.emulator.store.fixtures();
    h.emulator.setKnobs({
      permissions: {
        [TOKENS.alice]: { userId: fx.richUser, permissions: ['directory:user:view', 'authorization:grant:view'] },
        [TOKENS.bob]: { userId: fx.leafUser, permissions: ['directory:user:view'] },
      },
      // The roles then come from their own route, which Bob may not read.
      dropExpands: ['authorization'],
    });
  });
  afterAll(() => h?.close());

  it('each caller gets exactly its own data and errors, 3 × 40 operations interleaved', async () => {
    const run = (caller: Caller) => h.execute(QUERY, { id: fx.deepUser }, { token: TOKENS[caller] });
    // What each caller gets alone, and the upstream calls that took.
    const alone = {} as Record<Caller, Result>;
    const callsAlone = {} as Record<Caller, number>;
    for (const caller of Object.keys(TOKENS) as Caller[]) {
      h.emulator.requests.reset();
      alone[caller] = await run(caller);
      callsAlone[caller] = h.emulator.requests.log().length;
    }
    expect(callsAlone.alice).toBeGreaterThan(0);
    expect(callsAlone.bob).toBeGreaterThan(0);
    expect(alone.alice.errors).toBeUndefined();
    expect(alone.alice.data).toMatchObject({
      me: { id: fx.richUser },
      user: { id: fx.deepUser, authorization: { roles: expect.any(Array) } },
    });
    expect(alone.bob.data).toMatchObject({ me: { id: fx.leafUser }, user: { id: fx.deepUser, authorization: null } });
    expect(alone.bob.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['user', 'authorization'], 'FORBIDDEN'],
    ]);
    expect(alone.mallory.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    h.emulator.requests.reset();
    const order: Caller[] = Array.from({ length: 120 }, (_, i) => (['alice', 'bob', 'mallory'] as const)[(i * 7) % 3]);
    const results = await Promise.all(order.map(async (caller) => ({ caller, result: await run(caller) })));
    for (const { caller, result } of results) {
      expect({ caller, ...shape(result) }).toEqual({ caller, ...shape(alone[caller]) });
    }
    // What the server did: for each caller, 40 times the calls it makes alone, each with that caller's token
    // (the emulator logs no call of an unknown token: it refuses them first).
    const byToken: Record<string, number> = {};
    for (const call of h.emulator.requests.log()) byToken[String(call.token)] = (byToken[String(call.token)] ?? 0) + 1;
    expect(callsAlone.mallory).toBe(0);
    expect(byToken).toEqual({
      [tokenHash(TOKENS.alice)]: 40 * callsAlone.alice,
      [tokenHash(TOKENS.bob)]: 40 * callsAlone.bob,
    });
  }, 120_000); // 123 operations: minutes on a loaded machine

  it('the upstream sees each caller’s own token on each of its calls', async () => {
    h.emulator.requests.reset();
    const order = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 'alice' : 'bob'));
    const counts = { alice: 0, bob: 0 };
    await Promise.all(
      order.map(async (caller) => {
        const result = await executeTyped(h, ME, undefined, { token: TOKENS[caller] });
        expect(result.data?.me?.id).toBe(caller === 'alice' ? fx.richUser : fx.leafUser);
        counts[caller] += 1;
      }),
    );
    const byToken = new Map<string | undefined, number>();
    for (const call of h.emulator.requests.log()) byToken.set(call.token, (byToken.get(call.token) ?? 0) + 1);
    expect(Object.fromEntries(byToken)).toEqual({
      [tokenHash(TOKENS.alice)]: counts.alice,
      [tokenHash(TOKENS.bob)]: counts.bob,
    });
  });
});
