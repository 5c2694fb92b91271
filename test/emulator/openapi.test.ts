/**
 * The emulator's OpenAPI 3 description (emulator/openapi.json, written by `npm run openapi`): fresh against the
 * operation table and the models, complete (every operation, every reference resolves), and served by the
 * emulator at GET /api/v2/docs/openapi.json without a token and without being counted as an API call.
 */
import { readFileSync } from 'node:fs';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { OPENAPI_PATH } from '../../emulator/docs.js';
import { operations } from '../../src/genesys/operations.js';
import { OPENAPI_FILE, openApiText } from '../../scripts/gen-openapi.js';

interface Document {
  paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string; in: string }> }>>;
  components: { schemas: Record<string, unknown> };
}

const committed = readFileSync(OPENAPI_FILE, 'utf8');
const document = JSON.parse(committed) as Document;

it('is what scripts/gen-openapi.ts makes of the operation table and the models now (run `npm run openapi`)', () => {
  expect(committed === openApiText()).toBe(true);
});

it('describes every operation of the table once, with its route, method and path parameters', () => {
  const described = Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      id: op.operationId,
      route,
      method: method.toUpperCase(),
      pathParams: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    })),
  );
  const expected = Object.entries(operations).map(([id, spec]) => ({
    id,
    route: spec.route,
    method: spec.method,
    pathParams: [...spec.route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
  }));
  expect(described).toHaveLength(53);
  expect(described.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
});

it('has a component schema for every reference in it', () => {
  const refs = [...committed.matchAll(/"\$ref": "#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(100);
  expect([...new Set(refs)].filter((name) => !(name in document.components.schemas))).toEqual([]);
});

describe('served by the emulator', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: 20 });
  });
  afterAll(() => emulator.close());

  it('answers GET /api/v2/docs/openapi.json with the document, without a token, uncounted', async () => {
    const response = await fetch(`${emulator.url}${OPENAPI_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(document);
    expect(emulator.requests.total()).toBe(0);
  });
});
