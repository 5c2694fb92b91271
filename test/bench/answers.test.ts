/**
 * The benchmark operations' answers, pinned: the `data` of each, serialised as the gateway sends it, must
 * keep its length and SHA-256 (test/bench/answers.json), so a cut in the hot path that changed a single
 * byte of an answer fails here. After a deliberate change of the data (the emulator's seed data, the
 * schema), rewrite the file with UPDATE_BENCH_ANSWERS=1 and say why in the commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ORG } from '../../bench/settings.js';
import { httpApi, prepareOperations, type BenchOperation } from '../../bench/operations.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'answers.json');
type Pinned = Record<string, { bytes: number; sha256: string }>;

let h: Harness;
let operations: BenchOperation[];

beforeAll(async () => {
  h = await startHarness({ emulator: { users: BENCH_ORG.users, seed: BENCH_ORG.seed } });
  operations = await prepareOperations(httpApi(h.emulator.url));
}, 60_000);
afterAll(() => h.close());

/** The answer's `data` as bytes: the body's own text of it (the gateway serialises with JSON.stringify). */
async function answerOf(op: BenchOperation): Promise<string> {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return JSON.stringify(body.data);
}

it('answers every benchmark operation with exactly the pinned data', async () => {
  const actual: Pinned = {};
  for (const op of operations) {
    const text = await answerOf(op);
    actual[op.key] = { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
  }
  if (process.env.UPDATE_BENCH_ANSWERS === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  const pinned = JSON.parse(readFileSync(file, 'utf8')) as Pinned;
  expect(actual).toEqual(pinned);
}, 60_000);
