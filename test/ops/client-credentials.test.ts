/**
 * AUTH_MODE=client-credentials against the emulator's POST /oauth/token: one token for a burst of
 * operations, a refresh before expiry, a 401 that drops the token (a read is retried once, a write
 * never), and a refused client reported as the gateway's problem without its secret. No test sleeps:
 * the gateway's token clock is a hand-moved one, and the upstream's 401 is the emulator's hostile knob.
 */
import { tokenHash } from '../../emulator/identity.js';
import { GenesysClient, Transport, type UpstreamCallEvent, type UpstreamRetryEvent } from '../../src/genesys/client.js';
import { startEmulator } from '../../emulator/index.js';
import { executeTyped, graphql } from '../helpers/operations.js';
import { startOps, total, type Ops } from './helpers.js';

const CLIENT_ID = 'usergraph-gateway';
const SECRET = 'cc-secret-Zq81';
const USER = graphql(`
  query CcUser($id: ID!) {
    user(id: $id) {
      id
      name
    }
  }
`);

function ccEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AUTH_MODE: 'client-credentials',
    GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: SECRET,
    ...extra,
  };
}

/** Emulator and gateway in client-credentials mode; `secret` is what the emulator accepts; `now` the gateway's clock. */
function startCc(options: { secret?: string; env?: Record<string, string>; now?: () => number } = {}): Promise<Ops> {
  return startOps({
    emulator: { oauthClients: { [CLIENT_ID]: options.secret ?? SECRET } },
    env: ccEnv(options.env),
    now: options.now,
  });
}

async function tokenRequests(ops: Ops): Promise<number> {
  return (await ops.calls()).filter((c) => c.method === 'POST' && c.route === '/oauth/token').length;
}

/** Waits for a state (the jest timeout bounds it), yielding to the servers in between. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
}

describe('client-credentials mode', () => {
  let ops: Ops;
  afterEach(async () => {
    await ops?.close();
  });

  it('fetches one token for 100 concurrent operations, and ignores the callers’ own tokens', async () => {
    ops = await startCc();
    const id = ops.emulator.store.fixtures().headOfOrg;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => executeTyped(ops, USER, { id }, { token: `caller-${i}` })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(100).fill(undefined));
    expect(results.every((r) => r.data?.user?.id === id)).toBe(true);

    const calls = await ops.calls();
    const tokenCalls = calls.filter((c) => c.route === '/oauth/token');
    expect(tokenCalls).toEqual([expect.objectContaining({ method: 'POST', status: 200 })]);
    const apiTokens = new Set(calls.filter((c) => c.route !== '/oauth/token').map((c) => c.token));
    expect(apiTokens.size).toBe(1);
    expect(apiTokens.has(tokenHash('caller-0'))).toBe(false);

    const metrics = await ops.metrics();
    expect(
      total(metrics, 'usergraph_upstream_requests_total', { method: 'POST', route: '/oauth/token', status: '200' }),
    ).toBe(1);
  });

  it('refreshes the token before it expires, so no call meets an expired one', async () => {
    let clock = 0;
    ops = await startCc({ env: { OAUTH_TOKEN_REFRESH_MARGIN_SECONDS: '60' }, now: () => clock });
    const id = ops.emulator.store.fixtures().headOfOrg;
    expect((await executeTyped(ops, USER, { id })).errors).toBeUndefined();
    expect(await tokenRequests(ops)).toBe(1);

    // The emulator's token lives 86,400 s. One second before the margin nothing happens...
    clock = (86_400 - 61) * 1000;
    expect((await executeTyped(ops, USER, { id })).errors).toBeUndefined();
    expect(await tokenRequests(ops)).toBe(1);
    // ...inside it, before expiry, the current token serves the operation while a new one is fetched.
    clock = (86_400 - 30) * 1000;
    expect((await executeTyped(ops, USER, { id })).errors).toBeUndefined();
    await until(async () => (await tokenRequests(ops)) === 2);
    expect((await executeTyped(ops, USER, { id })).errors).toBeUndefined();

    const calls = await ops.calls();
    const api = calls.filter((c) => c.route !== '/oauth/token');
    expect(api.map((c) => c.status)).toEqual([200, 200, 200, 200]);
    // The second and third operations still used the first token; the fourth the refreshed one.
    expect(new Set(api.slice(0, 3).map((c) => c.token)).size).toBe(1);
    expect(api[3].token).not.toBe(api[2].token);
    expect(await tokenRequests(ops)).toBe(2);
  });

  it('a 401 drops the cached token and a read is tried once more with a fresh one', async () => {
    ops = await startCc();
    const id = ops.emulator.store.fixtures().headOfOrg;
    expect((await executeTyped(ops, USER, { id })).errors).toBeUndefined();
    // The upstream rejects the cached (unexpired) token once, as it would a revoked or early-expired one.
    ops.emulator.setKnobs({
      hostile: [{ kind: 'errorText', status: 401, bytes: 64, times: 1, routes: ['/api/v2/users/{userId}'] }],
    });
    const second = await executeTyped(ops, USER, { id });
    expect(second.errors).toBeUndefined();
    expect(await tokenRequests(ops)).toBe(2);
    const api = (await ops.calls()).filter((c) => c.route !== '/oauth/token');
    expect(api.map((c) => c.status)).toEqual([200, 401, 200]);
    expect(api[1].token).toBe(api[0].token);
    expect(api[2].token).not.toBe(api[1].token);
    const metrics = await ops.metrics();
    expect(total(metrics, 'usergraph_upstream_retries_total', { reason: 'unauthorized' })).toBe(1);
    expect(
      total(metrics, 'usergraph_upstream_requests_total', { route: '/api/v2/users/{userId}', status: '401' }),
    ).toBe(1);
  });

  it('a refused OAuth client is the gateway’s error (not the caller’s), without the secret, and /readyz fails', async () => {
    ops = await startCc({ secret: 'the-right-secret', env: { READINESS_CACHE_MS: '0' } });
    const id = ops.emulator.store.fixtures().headOfOrg;
    const result = await executeTyped(ops, USER, { id });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstream: { code: 'oauth.invalid_client', route: '/oauth/token' },
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);

    const ready = await fetch(`${ops.base}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: Array<{ name: string; ok: boolean; detail: string }> };
    expect(body.checks.find((c) => c.name === 'oauth')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('401 invalid_client'),
    });
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });

  it('the login host defaults to the upstream’s own (here the emulator), and GENESYSCLOUD_LOGIN_URL overrides it', async () => {
    const login = await startEmulator({ port: 0, users: 30 });
    try {
      // With a permissions map the emulator accepts only its own tokens (and the listed ones).
      ops = await startOps({ emulator: { permissions: {} }, env: ccEnv({ GENESYSCLOUD_LOGIN_URL: login.url }) });
      const result = await executeTyped(ops, USER, { id: ops.emulator.store.fixtures().headOfOrg });
      // A token from another "region" is unknown upstream: 401, retried once, still 401.
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(login.requests.count('POST', '/oauth/token')).toBe(2);
      expect(await tokenRequests(ops)).toBe(0);
    } finally {
      await login.close();
    }
  });
});

describe('the client with credentials of its own', () => {
  it('retries a read once after a 401, never a write; drops the rejected token either way', async () => {
    const emulator = await startEmulator({
      port: 0,
      users: 30,
      permissions: { 'good-token': { permissions: [] } },
    });
    const transport = new Transport({ baseUrl: emulator.url, timeoutMs: 5_000 });
    try {
      let current = 'Bearer stale-token';
      const rejected: string[] = [];
      const events: UpstreamCallEvent[] = [];
      const retries: UpstreamRetryEvent[] = [];
      const client = new GenesysClient(transport, {
        authorization: {
          authorization: async () => current,
          rejected: (header) => {
            rejected.push(header);
            current = 'Bearer good-token';
          },
        },
        onCall: (e) => events.push(e),
        onRetry: (e) => retries.push(e),
      });
      const id = emulator.store.fixtures().headOfOrg;
      await expect(client.getUser(id)).resolves.toMatchObject({ id });
      expect(events.map((e) => e.status)).toEqual([401, 200]);
      expect(retries).toEqual([
        { operation: 'getUser', method: 'GET', route: '/api/v2/users/{userId}', reason: 'unauthorized' },
      ]);
      expect(rejected).toEqual(['Bearer stale-token']);

      current = 'Bearer stale-token';
      events.length = 0;
      await expect(client.putUserRoutingstatus(id, { status: 'IDLE' })).rejects.toMatchObject({ status: 401 });
      expect(events.map((e) => e.status)).toEqual([401]);
      expect(retries).toHaveLength(1);
      expect(rejected).toEqual(['Bearer stale-token', 'Bearer stale-token']);
    } finally {
      transport.close();
      await emulator.close();
    }
  });
});
