import type { EmulatorFixtures, RequestLogSnapshot } from '../../emulator/index.js';
import { tokenHash } from '../../emulator/identity.js';
import type { User } from '../../src/genesys/models.js';
import { AUTH, expectError, harness, request, TOKEN, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());
beforeEach(() => h.emu.requests.reset());

const control = <T>(method: string, path: string, body?: unknown) =>
  request<T>(`${h.emu.url}/__emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('request counter', () => {
  it('counts requests per seed route template, logs them in order, and never counts control endpoints', async () => {
    await h.get(`/api/v2/users/${h.f.richUser}/roles`);
    await h.get(`/api/v2/users/${h.f.headOfOrg}/roles?x=1&x=2`);
    await h.get('/api/v2/users/me');
    await h.send('POST', `/api/v2/users/${h.f.richUser}/password`, { newPassword: 'super-secret-pw' });
    await h.get('/api/v2/nope');
    await control('GET', 'health');
    await control('GET', 'fixtures');
    const snap = (await control<RequestLogSnapshot>('GET', 'requests')).body;
    expect(snap.total).toBe(5);
    expect(snap.counts).toEqual({
      'GET /api/v2/users/{userId}/roles': 2,
      'GET /api/v2/users/me': 1,
      'POST /api/v2/users/{userId}/password': 1,
      'GET /api/v2/nope': 1,
    });
    expect(snap.log.map((e) => e.route)).toEqual([
      '/api/v2/users/{userId}/roles',
      '/api/v2/users/{userId}/roles',
      '/api/v2/users/me',
      '/api/v2/users/{userId}/password',
      '/api/v2/nope',
    ]);
    expect(snap.log[1]).toEqual(
      expect.objectContaining({
        method: 'GET',
        path: `/api/v2/users/${h.f.headOfOrg}/roles`,
        query: { x: ['1', '2'] },
        status: 200,
      }),
    );
    expect(snap.log[3].status).toBe(204);
    expect(snap.log[3].body).toEqual({ newPassword: '[redacted]' });
    expect(snap.log[4].status).toBe(404);
    expect(snap.log[0].token).toBe(tokenHash(TOKEN));
    expect(JSON.stringify(snap)).not.toContain(TOKEN);
    expect(JSON.stringify(snap)).not.toContain('super-secret-pw');
    expect(h.emu.requests.total()).toBe(5);
    expect(h.emu.requests.count('GET', '/api/v2/users/{userId}/roles')).toBe(2);
  });

  it('does not count requests rejected by authentication, counts /oauth/token, and resets', async () => {
    await h.get('/api/v2/users', {});
    await request(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=a&client_secret=b',
    });
    expect(h.emu.requests.counts()).toEqual({ 'POST /oauth/token': 1 });
    expect(h.emu.requests.log()[0].body).toEqual({
      grant_type: 'client_credentials',
      client_id: 'a',
      client_secret: '[redacted]',
    });
    expect((await control('DELETE', 'requests')).status).toBe(204);
    expect((await control<RequestLogSnapshot>('GET', 'requests')).body).toEqual({
      total: 0,
      counts: {},
      log: [],
      dropped: 0,
    });
    await h.get('/api/v2/users/me');
    h.emu.requests.reset();
    expect(h.emu.requests.total()).toBe(0);
  });
});

describe('control endpoints', () => {
  it('reports health and fixtures', async () => {
    expect((await control('GET', 'health')).body).toEqual({ ok: true, users: 300 });
    const f = (await control<EmulatorFixtures>('GET', 'fixtures')).body;
    expect(f).toEqual(h.f);
    expect(f.queues.joined.length).toBeGreaterThan(0);
    expect(f.queues.unjoined.length).toBeGreaterThan(0);
    expect(f.skillIds).toHaveLength(40);
    expect(f.languageIds).toHaveLength(12);
    expect(f.roles.all).toHaveLength(10);
    expectError(await control('GET', 'nothing'), 404, 'not.found');
  });

  it('reads and patches knobs, rejecting unknown or invalid ones', async () => {
    const patched = await control<Record<string, unknown>>('PATCH', 'knobs', { latencyMs: 5, fault5xxRate: 0 });
    expect(patched.body).toEqual(expect.objectContaining({ latencyMs: 5, fault5xxRate: 0, rateLimitPerMinute: 0 }));
    expect((await control<Record<string, unknown>>('GET', 'knobs')).body.latencyMs).toBe(5);
    expectError(await control('PATCH', 'knobs', { users: 5 }), 400, 'invalid.property');
    expectError(await control('PATCH', 'knobs', { fault5xxRate: 2 }), 400, 'invalid.value');
    await control('PATCH', 'knobs', { latencyMs: 0 });
  });
});

describe('latency and faults', () => {
  it('injects latency (with jitter)', async () => {
    h.emu.setKnobs({ latencyMs: 60, jitterMs: 20 });
    const t = Date.now();
    await h.get('/api/v2/users/me');
    const took = Date.now() - t;
    h.emu.setKnobs({ latencyMs: 0, jitterMs: 0 });
    // Only the lower bound, which a busy machine cannot break: the answer waited for the injected latency.
    expect(took).toBeGreaterThanOrEqual(55);
  });

  it('injects 503 service.unavailable, counted', async () => {
    h.emu.setKnobs({ fault5xxRate: 1 });
    const res = await h.get('/api/v2/users/me');
    h.emu.setKnobs({ fault5xxRate: 0 });
    expectError(res, 503, 'service.unavailable');
    expect(h.emu.requests.log()[0].status).toBe(503);
  });

  it('injects 429 with Retry-After and the normalised body', async () => {
    h.emu.setKnobs({ fault429Rate: 1, retryAfterSeconds: 3 });
    const res = await h.get('/api/v2/users/me');
    h.emu.setKnobs({ fault429Rate: 0 });
    const body = expectError(res, 429, 'too.many.requests.retry.after');
    expect(res.headers.get('retry-after')).toBe('3');
    expect(body.message).toBe('Rate limit exceeded the maximum. Retry the request in [3] seconds');
  });

  it('resets connections, and applies faults only to the configured methods', async () => {
    h.emu.setKnobs({ faultResetRate: 1, faultMethods: ['POST'] });
    const get = await h.get<User>('/api/v2/users/me');
    expect(get.status).toBe(200);
    await expect(
      fetch(`${h.emu.url}/api/v2/users/search`, {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        body: '{}',
      }),
    ).rejects.toThrow();
    h.emu.setKnobs({ faultResetRate: 0, faultMethods: undefined });
    expect(h.emu.options.faultMethods).toBeUndefined();
    expect(h.emu.requests.log().map((e) => e.status)).toEqual([200, 0]);
  });

  it('draws faults at the configured rate', async () => {
    h.emu.setKnobs({ fault5xxRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await h.get('/api/v2/users/me')).status);
    h.emu.setKnobs({ fault5xxRate: 0 });
    const failures = statuses.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(50);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  });
});

describe('rate limiting', () => {
  it('sends inin-ratelimit headers and answers 429 past the per-token limit', async () => {
    h.emu.setKnobs({ rateLimitPerMinute: 3 });
    try {
      const seen: Array<{
        status: number;
        count: string | null;
        allowed: string | null;
        reset: string | null;
        retry: string | null;
      }> = [];
      for (let i = 0; i < 4; i++) {
        const r = await h.get('/api/v2/users/me', { Authorization: 'Bearer rl-token' });
        seen.push({
          status: r.status,
          count: r.headers.get('inin-ratelimit-count'),
          allowed: r.headers.get('inin-ratelimit-allowed'),
          reset: r.headers.get('inin-ratelimit-reset'),
          retry: r.headers.get('retry-after'),
        });
        if (r.status === 429) expectError(r, 429, 'too.many.requests.retry.after');
      }
      expect(seen.map((s) => s.status)).toEqual([200, 200, 200, 429]);
      expect(seen.map((s) => s.count)).toEqual(['1', '2', '3', '3']);
      expect(seen.every((s) => s.allowed === '3')).toBe(true);
      expect(Number(seen[3].reset)).toBeGreaterThanOrEqual(59);
      expect(seen[3].retry).toBe(seen[3].reset);
      // Per token: another token still has its own window.
      expect((await h.get('/api/v2/users/me', { Authorization: 'Bearer other-token' })).status).toBe(200);
    } finally {
      h.emu.setKnobs({ rateLimitPerMinute: 0 });
    }
    const off = await h.get('/api/v2/users/me');
    expect(off.headers.get('inin-ratelimit-count')).toBeNull();
  });
});
