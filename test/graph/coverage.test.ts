/** Every seed read is reachable: its route appears in a `Wraps …` description, read by introspection. */
import { operationList } from '../../src/genesys/operations.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { users: 50 } });
});
afterAll(() => h.close());

interface IntrospectedField {
  name: string;
  description: string | null;
}

it('introspection shows all 26 seed read routes in Wraps descriptions', async () => {
  const result = await h.execute<{ __schema: { types: Array<{ name: string; fields: IntrospectedField[] | null }> } }>(
    '{ __schema { types { name fields { name description } } } }',
  );
  const wrapped = new Set<string>();
  for (const type of result.data!.__schema.types) {
    for (const field of type.fields ?? []) {
      for (const match of (field.description ?? '').matchAll(/Wraps (GET|POST|PUT|PATCH|DELETE) (\/[\w/{}]+)/g)) {
        wrapped.add(`${match[1]} ${match[2]}`);
      }
    }
  }
  const reads = operationList.filter((op) => op.readOnly).map((op) => `${op.method} ${op.route}`);
  expect(reads).toHaveLength(26);
  expect(reads.filter((r) => !wrapped.has(r))).toEqual([]);
});
