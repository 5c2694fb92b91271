/**
 * The benchmark's check on call counts, as a test: for each benchmark operation the gateway makes
 * exactly the fewest upstream calls the Users API allows on the seeded data (bench/operations.ts derives
 * them), and no operation errs. Counts only; the timings are for `npm run bench`.
 */
import { BENCH_ORG } from '../../bench/settings.js';
import { httpApi, prepareOperations, type BenchOperation } from '../../bench/operations.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let operations: BenchOperation[];

beforeAll(async () => {
  h = await startHarness({ emulator: { users: BENCH_ORG.users, seed: BENCH_ORG.seed } });
  operations = await prepareOperations(httpApi(h.emulator.url));
}, 60_000);
afterAll(() => h.close());

it('covers the seven operations of the benchmark', () => {
  expect(operations.map((op) => op.key)).toEqual([
    'profile-card',
    'team-view',
    'org-chart',
    'directory',
    'entities',
    'search',
    'directory-500',
  ]);
  for (const op of operations) expect(op.lowerBound).toBeGreaterThanOrEqual(1);
});

it.each(['profile-card', 'team-view', 'org-chart', 'directory', 'entities', 'search', 'directory-500'])(
  '%s: the gateway makes exactly the lower bound of upstream calls',
  async (key) => {
    const op = operations.find((o) => o.key === key)!;
    await h.resetCalls();
    const result = await h.execute(op.query, op.variables);
    expect(result.errors).toBeUndefined();
    const calls = await h.calls();
    expect({ key, calls: calls.length }).toEqual({ key, calls: op.lowerBound });
  },
);
