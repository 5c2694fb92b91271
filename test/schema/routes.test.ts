import { describe, expect, it } from '@jest/globals';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { operations } from '../../src/genesys/operations.js';
import { plainSchema } from './sdl.js';

/** Every description in the schema that says `Wraps`: fields and root fields, with their coordinates. */
function wrapsDescriptions(): Array<{ coordinate: string; description: string }> {
  const schema = plainSchema();
  const out: Array<{ coordinate: string; description: string }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.description?.includes('Wraps '))
        out.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `METHOD /route` as a whole token: not followed by more route characters (so /users does not match /users/me). */
const routeToken = (method: string, route: string) =>
  new RegExp(`(^|[^A-Za-z])${method} ${escape(route)}(?![A-Za-z0-9_/{}?-])`);

const reads = Object.values(operations).filter((op) => op.readOnly);

describe('Wraps METHOD /route descriptions', () => {
  it('the seed has 26 read operations (22 GETs, 4 read-only POSTs)', () => {
    expect(reads).toHaveLength(26);
    expect(reads.filter((op) => op.method === 'GET')).toHaveLength(22);
    expect(reads.filter((op) => op.method === 'POST')).toHaveLength(4);
  });

  it.each(reads.map((op) => [`${op.method} ${op.route}`, op] as const))('%s is wrapped by some field', (_label, op) => {
    const token = routeToken(op.method, op.route);
    const wrappers = wrapsDescriptions().filter((d) => token.test(d.description));
    expect(wrappers.map((w) => w.coordinate)).not.toEqual([]);
  });

  it('names only routes that exist in operations.ts', () => {
    const known = Object.values(operations).map((op) => `${op.method} ${op.route}`);
    const named = wrapsDescriptions().flatMap((d) =>
      [...d.description.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) (\/api\/v2\/[A-Za-z0-9_/{}-]*)/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      ),
    );
    expect(named.length).toBeGreaterThanOrEqual(26);
    expect(named.filter((n) => !known.includes(n))).toEqual([]);
  });

  it('matches the route token exactly, not as a prefix of a longer route', () => {
    const users = routeToken('GET', '/api/v2/users');
    expect(users.test('Wraps GET /api/v2/users')).toBe(true);
    expect(users.test('Wraps GET /api/v2/users (ids batched).')).toBe(true);
    expect(users.test('Wraps GET /api/v2/users/me')).toBe(false);
    expect(users.test('Wraps GET /api/v2/users/{userId}')).toBe(false);
  });

  it('wraps the read routes only with query fields, never with input types', () => {
    const schema = plainSchema();
    const inputsWithWraps = Object.values(schema.getTypeMap()).filter(
      (t) => isInputObjectType(t) && Object.values(t.getFields()).some((f) => f.description?.includes('Wraps ')),
    );
    expect(inputsWithWraps.map((t) => getNamedType(t).name)).toEqual([]);
  });
});
