/**
 * Fair sharing (R3), by counts and states: while one token's 300 calls hang at the emulator, that token holds at
 * most UPSTREAM_CONCURRENCY_PER_TOKEN of them upstream (the rest queue behind its own), so another token's query
 * goes through the shared keep-alive pool at once. The latency figure is in `npm run bench:fairness`.
 */
import { startHarness, type Harness } from '../helpers/harness.js';
import { tokenHash } from '../../emulator/identity.js';

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
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('holds at most its cap upstream; another token is served meanwhile, and the hung calls complete once released', async () => {
    h.emulator.setKnobs({ hostile: [{ kind: 'hang', tokens: ['token-a'] }] });
    h.emulator.requests.reset();
    const hung = Array.from({ length: HANGING }, () =>
      h.execute<{ me: { id: string } }>('{ me { id } }', undefined, { token: 'token-a' }),
    );
    // Wait until the emulator holds A's calls and no more arrive (every one of A's 300 operations has reached the
    // gateway's queue well before this: each is one call).
    let last = -1;
    while (h.emulator.hostile.holding === 0 || h.emulator.hostile.holding !== last) {
      last = h.emulator.hostile.holding;
      await settle();
      await settle();
    }
    expect(h.emulator.hostile.holding).toBe(PER_TOKEN);

    const head = h.emulator.store.fixtures().headOfOrg;
    const other = await h.execute<{ user: { id: string } }>(
      'query($id: ID!) { user(id: $id) { id } }',
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
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(HANGING);
    expect(h.emulator.requests.log().filter((c) => c.token === tokenHash('token-a'))).toHaveLength(HANGING);
  }, 60_000);
});
