/** The 2xx body check (src/genesys/response-shape.ts): what each kind of `returns` in the operation table demands. */
import { checkResponseBody } from '../../src/genesys/response-shape.js';
import { operationList } from '../../src/genesys/operations.js';

const check = (returns: string | undefined, body: unknown) =>
  checkResponseBody({ returns }, typeof body === 'string' ? body : JSON.stringify(body));

describe('checkResponseBody', () => {
  it('an entity must be an object with a string id', () => {
    expect(check('User', { id: 'u1', name: 'A' })).toEqual({ ok: true, body: { id: 'u1', name: 'A' } });
    for (const bad of [null, [], 'text', 42, {}, { id: 7 }, { id: '' }]) expect(check('User', bad).ok).toBe(false);
  });

  it('a model the gateway does not key by id needs to be an object only', () => {
    expect(check('UserAuthorization', { roles: [] }).ok).toBe(true);
    expect(check('RoutingStatus', {}).ok).toBe(true);
    expect(check('RoutingStatus', null)).toEqual({
      ok: false,
      problem: 'the body is null, not an object (expected RoutingStatus)',
    });
  });

  it('a listing may leave out entities (an empty page), but what it lists must carry ids', () => {
    expect(check('UserEntityListing', { total: 0 }).ok).toBe(true);
    expect(check('UserEntityListing', { entities: [{ id: 'a' }] }).ok).toBe(true);
    expect(check('UserEntityListing', { entities: [{ id: 'a' }, { name: 'b' }] })).toEqual({
      ok: false,
      problem: 'the body.entities[1] has no id (expected UserEntityListing)',
    });
    expect(check('UserQueueEntityListing', { entities: {} }).ok).toBe(false);
    expect(check('UsersSearchResponse', { results: [{}] }).ok).toBe(false);
    expect(check('Adjacents', { superiors: [{ id: 's' }], directReports: [null] }).ok).toBe(false);
  });

  it('arrays: of entities with ids, of strings', () => {
    expect(check('Array<User>', [{ id: 'a' }]).ok).toBe(true);
    expect(check('Array<User>', {}).ok).toBe(false);
    expect(check('Array<User>', [{ name: 'x' }]).ok).toBe(false);
    expect(check('Array<String>', ['a', 'b']).ok).toBe(true);
    expect(check('Array<String>', ['a', 1]).ok).toBe(false);
  });

  it('text that is not JSON, or nothing, is not a model', () => {
    expect(check('User', '{"id": "a",')).toEqual({ ok: false, problem: 'the body is not JSON' });
    expect(check('User', '')).toEqual({ ok: false, problem: 'the body is empty' });
  });

  it('operations without a model (or Empty) take any body', () => {
    expect(check(undefined, '')).toEqual({ ok: true, body: undefined });
    expect(check(undefined, 'not json')).toEqual({ ok: true, body: undefined });
    expect(check('Empty', '{}')).toEqual({ ok: true, body: {} });
  });

  it('every model the operation table returns is one the check knows how to read', () => {
    const models = new Set(operationList.map((op) => op.returns).filter((r): r is string => r !== undefined));
    // Each returned model rejects null (no operation's answer may be null), except Empty.
    for (const model of models) expect([model, check(model, null).ok]).toEqual([model, model === 'Empty']);
  });
});
