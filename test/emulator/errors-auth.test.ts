import type { ErrorBody, User, UserMe } from '../../src/genesys/models.js';
import { AUTH, expectError, harness, request, UUID_RE, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

describe('correlation id and error bodies', () => {
  it('puts a uuid ININ-Correlation-Id on every response, successful or not', async () => {
    const ok = await h.get<User>(`/api/v2/users/${h.f.headOfOrg}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('inin-correlation-id')).toMatch(UUID_RE);
    const bad = await h.get<ErrorBody>('/api/v2/users/not-a-user');
    expect(bad.headers.get('inin-correlation-id')).toMatch(UUID_RE);
    expect(bad.headers.get('inin-correlation-id')).not.toBe(ok.headers.get('inin-correlation-id'));
    const health = await request<unknown>(`${h.emu.url}/__emulator/health`, {});
    expect(health.headers.get('inin-correlation-id')).toMatch(UUID_RE);
  });

  it('answers 404 not.found for unknown ids and unknown routes, with contextId = correlation id', async () => {
    const user = expectError(await h.get('/api/v2/users/00000000-0000-4000-8000-000000000000'), 404, 'not.found');
    expect(user.message).toBe('The requested resource was not found.');
    expectError(await h.get('/api/v2/nothing/here'), 404, 'not.found');
    expectError(await h.send('POST', `/api/v2/users/${h.f.headOfOrg}/roles`, []), 404, 'not.found');
  });

  it('answers 400 invalid.query.param.value for bad query parameters', async () => {
    const cases = [
      '/api/v2/users?expand=nonsense',
      '/api/v2/users?pageSize=ten',
      '/api/v2/users?pageSize=501',
      '/api/v2/users?pageNumber=0',
      '/api/v2/users?state=sleeping',
      '/api/v2/users?sortOrder=sideways',
      `/api/v2/users/${h.f.richUser}/routingskills?pageSize=101`,
      `/api/v2/users/${h.f.richUser}/queues?joined=maybe`,
      `/api/v2/users/${h.f.richUser}?state=inactive`,
    ];
    for (const path of cases) {
      const body = expectError(await h.get(path), 400, 'invalid.query.param.value');
      expect(body.messageParams?.paramName).toBeDefined();
      expect(body.details?.[0]?.errorCode).toBe('invalid.query.param.value');
    }
  });

  it('answers 415 for a non-JSON body on a write, 400 for malformed JSON and for a missing body', async () => {
    const path = `/api/v2/users/${h.f.richUser}/routingstatus`;
    const r415 = await request<ErrorBody>(`${h.emu.url}${path}`, {
      method: 'PUT',
      headers: { ...AUTH, 'Content-Type': 'text/plain' },
      body: 'status=IDLE',
    });
    expectError(r415, 415, 'unsupported.media.type');
    const r400 = await request<ErrorBody>(`${h.emu.url}${path}`, {
      method: 'PUT',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: '{"status":',
    });
    expectError(r400, 400, 'bad.request');
    const empty = await request<ErrorBody>(`${h.emu.url}${path}`, {
      method: 'PUT',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
    });
    expect(expectError(empty, 400, 'bad.request').details).toEqual([{ errorCode: 'required', fieldName: 'body' }]);
  });
});

describe('authentication', () => {
  it('requires a non-empty bearer token', async () => {
    const none = expectError(await h.get('/api/v2/users', {}), 401, 'authentication.required');
    expect(none.message).toMatch(/bearer token/);
    expectError(await h.get('/api/v2/users', { Authorization: 'Bearer ' }), 401, 'authentication.required');
    expectError(await h.get('/api/v2/users', { Authorization: 'Basic abc' }), 401, 'authentication.required');
  });

  it('serves me for any token when no permissions map is set', async () => {
    const me = await h.get<UserMe>('/api/v2/users/me', { Authorization: 'Bearer whatever' });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(h.f.headOfOrg);
  });
});

describe('permissions map', () => {
  let p: Harness;
  beforeAll(async () => {
    p = await harness({
      users: 50,
      permissions: {
        reader: { permissions: ['directory:user:view'] },
        router: { permissions: ['routing:*:*'] },
        nobody: { permissions: [] },
      },
    });
    p.emu.setKnobs({
      permissions: {
        reader: { permissions: ['directory:user:view'] },
        router: { userId: p.f.richUser, permissions: ['routing:*:*'] },
        nobody: { permissions: [] },
        'svc-client': { permissions: ['directory:user:view'] },
      },
    });
  });
  afterAll(() => p.close());

  it('rejects unknown tokens with 401 bad.credentials', async () => {
    expectError(await p.get('/api/v2/users', { Authorization: 'Bearer stranger' }), 401, 'bad.credentials');
  });

  it('lets a listed token do what its permissions allow, and me is its user', async () => {
    const list = await p.get('/api/v2/users', { Authorization: 'Bearer nobody' });
    expect(list.status).toBe(200);
    const me = await p.get<UserMe>('/api/v2/users/me', { Authorization: 'Bearer router' });
    expect(me.body.id).toBe(p.f.richUser);
    const skills = await p.send('DELETE', `/api/v2/users/${p.f.richUser}/routingskills/${p.f.skillIds[0]}`, undefined, {
      Authorization: 'Bearer router',
    });
    expect(skills.status).toBe(204);
  });

  it('answers 403 missing.any.permissions listing the operation permissions (ANY mode)', async () => {
    const res = await p.send(
      'PATCH',
      `/api/v2/users/${p.f.richUser}`,
      { version: 1 },
      { Authorization: 'Bearer reader' },
    );
    const body = expectError(res, 403, 'missing.any.permissions');
    expect(body.message).toContain('admin, directory:user:edit, directory:organization:admin');
    expect(body.messageParams?.permissions).toBe('[admin, directory:user:edit, directory:organization:admin]');
  });

  it('answers 403 missing.permissions in ALL mode', async () => {
    const res = await p.get(`/api/v2/users/${p.f.richUser}/trustors`, { Authorization: 'Bearer reader' });
    expect(expectError(res, 403, 'missing.permissions').message).toContain('authorization:orgTrustor:view');
  });

  it('applies a map entry keyed by client id to tokens issued to that client', async () => {
    const tok = await request<{ access_token: string }>(`${p.emu.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from('svc-client:s3cret').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const bearer = { Authorization: `Bearer ${tok.body.access_token}` };
    expect((await p.get('/api/v2/users/search?q64=x', bearer)).status).toBe(400); // allowed (directory:user:view), bad q64
    expectError(await p.get(`/api/v2/users/${p.f.richUser}/roles`, bearer), 403, 'missing.any.permissions');
  });
});

describe('POST /oauth/token', () => {
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

  it('issues a bearer token for client credentials (Basic auth or form fields)', async () => {
    const a = await request<{ access_token: string; token_type: string; expires_in: number }>(
      `${h.emu.url}/oauth/token`,
      {
        method: 'POST',
        headers: { ...form, Authorization: basic('client-a', 'secret-a') },
        body: 'grant_type=client_credentials',
      },
    );
    expect(a.status).toBe(200);
    expect(a.body.token_type).toBe('bearer');
    expect(a.body.expires_in).toBe(86400);
    expect(a.body.access_token.length).toBeGreaterThan(20);
    const b = await request<{ access_token: string }>(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: form,
      body: 'grant_type=client_credentials&client_id=client-b&client_secret=secret-b',
    });
    expect(b.status).toBe(200);
    const users = await h.get('/api/v2/users?pageSize=1', { Authorization: `Bearer ${b.body.access_token}` });
    expect(users.status).toBe(200);
  });

  it('answers OAuth-style errors', async () => {
    const noGrant = await request<{ error: string; error_description: string }>(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: { ...form, Authorization: basic('a', 'b') },
      body: '',
    });
    expect(noGrant.status).toBe(400);
    expect(noGrant.body.error).toBe('invalid_request');
    expect(typeof noGrant.body.error_description).toBe('string');
    const badGrant = await request<{ error: string }>(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: { ...form, Authorization: basic('a', 'b') },
      body: 'grant_type=password',
    });
    expect(badGrant.body.error).toBe('unsupported_grant_type');
    const noCreds = await request<{ error: string }>(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: form,
      body: 'grant_type=client_credentials',
    });
    expect(noCreds.status).toBe(401);
    expect(noCreds.body.error).toBe('invalid_client');
    const json = await request<{ error: string }>(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basic('a', 'b') },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it('checks configured clients, rejects /users/me for client tokens, and expires tokens', async () => {
    const o = await harness({ users: 20, oauthClients: { gateway: 'right' } });
    try {
      const wrong = await request<{ error: string }>(`${o.emu.url}/oauth/token`, {
        method: 'POST',
        headers: { ...form, Authorization: basic('gateway', 'wrong') },
        body: 'grant_type=client_credentials',
      });
      expect(wrong.status).toBe(401);
      const right = await request<{ access_token: string; expires_in: number }>(`${o.emu.url}/oauth/token`, {
        method: 'POST',
        headers: { ...form, Authorization: basic('gateway', 'right') },
        body: 'grant_type=client_credentials',
      });
      expect(right.status).toBe(200);
      const bearer = { Authorization: `Bearer ${right.body.access_token}` };
      const me = expectError(await o.get('/api/v2/users/me', bearer), 400, 'bad.request');
      expect(me.message).toMatch(/Client Credentials/);
      expectError(
        await o.send('POST', '/api/v2/users/me/password', { oldPassword: 'x', newPassword: 'yyyyyyyyyy' }, bearer),
        400,
        'bad.request',
      );
      expect((await o.get('/api/v2/users', bearer)).status).toBe(200);
      // A token that lives 1 ms is expired after any wait of more: no race with a lifetime, only a lower bound.
      o.emu.setKnobs({ tokenTtlSeconds: 0.001 });
      const brief = await request<{ access_token: string }>(`${o.emu.url}/oauth/token`, {
        method: 'POST',
        headers: { ...form, Authorization: basic('gateway', 'right') },
        body: 'grant_type=client_credentials',
      });
      await new Promise((r) => setTimeout(r, 5));
      expectError(
        await o.get('/api/v2/users', { Authorization: `Bearer ${brief.body.access_token}` }),
        401,
        'credentials.expired',
      );
    } finally {
      await o.close();
    }
  });
});
