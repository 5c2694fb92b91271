/**
 * The emulator's hostile knob (emulator/hostile.ts) on the wire: each kind as a raw HTTP client sees it, the
 * scoping by route, method, token and count, holds released by a knob change, and the knob set through
 * PATCH /__emulator/knobs, the environment and the CLI.
 */
import { startEmulator, emulatorOptionsFromEnv, type RunningEmulator } from '../../emulator/index.js';
import type { HostileRule } from '../../emulator/hostile.js';

let emu: RunningEmulator;
let me: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, users: 30 });
  me = emu.store.fixtures().headOfOrg;
});
afterAll(() => emu?.close());
afterEach(() => emu.setKnobs({ hostile: [] }));

const get = (path: string, token = 'hostile-test', init: RequestInit = {}) =>
  fetch(`${emu.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
  });

const hostile = (...rules: HostileRule[]) => emu.setKnobs({ hostile: rules });

describe('kinds', () => {
  it('malformedJson: a 200 whose text is not JSON', async () => {
    hostile({ kind: 'malformedJson' });
    const res = await get('/api/v2/users/me');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('body: another JSON value in place of the answer (a wrong shape, null)', async () => {
    hostile({ kind: 'body', body: { unexpected: true }, times: 1 }, { kind: 'body' });
    expect(await (await get('/api/v2/users/me')).json()).toEqual({ unexpected: true });
    expect(await (await get('/api/v2/users/me')).json()).toBeNull();
  });

  it('truncatedBody: half the answer, cleanly ended or cut with the full length declared', async () => {
    const whole = await (await get(`/api/v2/users/${me}`)).text();
    hostile({ kind: 'truncatedBody', contentLength: false, times: 1 }, { kind: 'truncatedBody' });
    const half = await (await get(`/api/v2/users/${me}`)).text();
    expect(half).toBe(whole.slice(0, Math.floor(Buffer.byteLength(whole) / 2)));
    const cut = await get(`/api/v2/users/${me}`);
    expect(cut.headers.get('content-length')).toBe(String(Buffer.byteLength(whole)));
    await expect(cut.text()).rejects.toThrow();
  });

  it('hugeBody: the answer padded to the size asked, still valid JSON of the same shape, with or without a length', async () => {
    hostile(
      { kind: 'hugeBody', bytes: 3_000_000, times: 1 },
      { kind: 'hugeBody', bytes: 2_000_000, contentLength: false, times: 1 },
    );
    const declared = await get('/api/v2/users?pageSize=2');
    expect(declared.headers.get('content-length')).toBe('3000000');
    const body = (await declared.json()) as { entities: unknown[]; padding: string };
    expect(body.entities).toHaveLength(2);
    expect(body.padding.length).toBeGreaterThan(2_900_000);
    const chunked = await get('/api/v2/users?pageSize=2');
    expect(chunked.headers.get('content-length')).toBeNull();
    expect((await chunked.arrayBuffer()).byteLength).toBe(2_000_000);
    expect(
      emu.hostile
        .log()
        .slice(-2)
        .map((e) => [e.kind, e.completed]),
    ).toEqual([
      ['hugeBody', true],
      ['hugeBody', true],
    ]);
  });

  it('slowDrip: the whole answer, a few bytes at a time', async () => {
    const whole = await (await get('/api/v2/users/me')).text();
    hostile({ kind: 'slowDrip', chunkBytes: Math.ceil(Buffer.byteLength(whole) / 4), intervalMs: 1 });
    expect(await (await get('/api/v2/users/me')).text()).toBe(whole);
    expect(emu.hostile.log().at(-1)).toMatchObject({
      kind: 'slowDrip',
      completed: true,
      bytesWritten: Buffer.byteLength(whole),
    });
  });

  it('redirect: a 3xx to the same path by default, or to the Location given; nothing applied', async () => {
    hostile(
      { kind: 'redirect', methods: ['GET'], times: 1 },
      { kind: 'redirect', status: 307, location: 'http://127.0.0.1:9/elsewhere' },
    );
    const same = await get('/api/v2/users/me?expand=presence', undefined, { redirect: 'manual' });
    expect([same.status, same.headers.get('location')]).toEqual([302, '/api/v2/users/me?expand=presence']);
    const other = await get('/api/v2/users/me', undefined, { redirect: 'manual' });
    expect([other.status, other.headers.get('location')]).toEqual([307, 'http://127.0.0.1:9/elsewhere']);
  });

  it('retryAfter: a 429 (or 503) with an absurd Retry-After', async () => {
    hostile(
      { kind: 'retryAfter', times: 1 },
      { kind: 'retryAfter', status: 503, retryAfter: 'Fri, 31 Dec 2100 23:59:59 GMT', times: 1 },
    );
    const first = await get('/api/v2/users/me');
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '999999']);
    const second = await get('/api/v2/users/me');
    expect([second.status, second.headers.get('retry-after')]).toEqual([503, 'Fri, 31 Dec 2100 23:59:59 GMT']);
    expect((await get('/api/v2/users/me')).status).toBe(200);
  });

  it('rateLimitHeaders: the answer as usual, with no calls left for 11.6 days', async () => {
    hostile({ kind: 'rateLimitHeaders' });
    const res = await get('/api/v2/users/me');
    expect(res.status).toBe(200);
    expect(['count', 'allowed', 'reset'].map((k) => res.headers.get(`inin-ratelimit-${k}`))).toEqual([
      '300',
      '300',
      '999999',
    ]);
  });

  it('errorText: an error whose message and details are huge', async () => {
    hostile({ kind: 'errorText', bytes: 100_000 });
    const res = await get('/api/v2/users/me');
    const body = (await res.json()) as { message: string; details: unknown[]; code: string };
    expect(res.status).toBe(500);
    expect(body.message.length).toBeGreaterThanOrEqual(100_000 - 100);
    expect(body.details).toHaveLength(1000);
  });

  it('hang: no answer until the rule list changes; then the request is served as usual', async () => {
    hostile({ kind: 'hang', routes: ['/api/v2/users/me'] });
    const held = get('/api/v2/users/me');
    while (emu.hostile.holding < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    // Another route is not held.
    expect((await get(`/api/v2/users/${me}`)).status).toBe(200);
    expect(emu.hostile.holding).toBe(1);
    emu.setKnobs({ hostile: [] });
    expect((await held).status).toBe(200);
    expect(emu.hostile.holding).toBe(0);
  });
});

describe('scoping', () => {
  it('by route (template or path), method, token and count', async () => {
    hostile({
      kind: 'body',
      body: { scoped: true },
      routes: ['/api/v2/users/{userId}'],
      methods: ['GET'],
      tokens: ['victim'],
      times: 2,
    });
    const scoped = async (path: string, token: string) =>
      JSON.stringify(await (await get(path, token)).json()).includes('"scoped":true');
    expect(await scoped('/api/v2/users/me', 'victim')).toBe(false);
    expect(await scoped(`/api/v2/users/${me}`, 'bystander')).toBe(false);
    expect(await scoped(`/api/v2/users/${me}`, 'victim')).toBe(true);
    expect(await scoped(`/api/v2/users/${me}`, 'victim')).toBe(true);
    // Spent: `times` counts down in place, as GET /__emulator/knobs shows.
    expect(await scoped(`/api/v2/users/${me}`, 'victim')).toBe(false);
    const knobs = (await (await fetch(`${emu.url}/__emulator/knobs`)).json()) as { hostile: HostileRule[] };
    expect(knobs.hostile[0].times).toBe(0);
  });

  it('body kinds leave error answers alone', async () => {
    hostile({ kind: 'malformedJson' });
    const res = await get('/api/v2/users/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('not.found');
  });
});

describe('setting the knob', () => {
  const patch = (body: unknown) =>
    fetch(`${emu.url}/__emulator/knobs`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('PATCH /__emulator/knobs takes a rule or a list, null clears it, a bad rule is a 400 naming the field', async () => {
    const set = await patch({ hostile: { kind: 'retryAfter', retryAfter: '86400', routes: ['/api/v2/users/me'] } });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { hostile: unknown }).hostile).toEqual([
      { kind: 'retryAfter', retryAfter: '86400', routes: ['/api/v2/users/me'] },
    ]);
    expect((await get('/api/v2/users/me')).headers.get('retry-after')).toBe('86400');
    expect(((await (await patch({ hostile: null })).json()) as { hostile: unknown }).hostile).toEqual([]);
    expect((await get('/api/v2/users/me')).status).toBe(200);

    const bad = await patch({ hostile: [{ kind: 'explode' }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/hostile\[0\]\.kind/);
    expect((await patch({ hostile: { kind: 'redirect', status: 200 } })).status).toBe(400);
    expect((await patch({ hostile: { kind: 'hang', colour: 'red' } })).status).toBe(400);
  });

  it('EMULATOR_HOSTILE and --hostile take the same JSON; the flag wins', () => {
    expect(emulatorOptionsFromEnv({ EMULATOR_HOSTILE: '{"kind":"malformedJson"}' }, []).hostile).toEqual([
      { kind: 'malformedJson' },
    ]);
    expect(
      emulatorOptionsFromEnv({ EMULATOR_HOSTILE: '{"kind":"malformedJson"}' }, [
        '--hostile',
        '[{"kind":"hang","ms":5}]',
      ]).hostile,
    ).toEqual([{ kind: 'hang', ms: 5 }]);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_HOSTILE: '{"kind":' }, [])).toThrow(/EMULATOR_HOSTILE/);
  });
});
