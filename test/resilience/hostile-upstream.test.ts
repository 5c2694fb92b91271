/**
 * A hostile upstream, through the real gateway over HTTP, made by the emulator's `hostile` knob: broken 2xx
 * bodies (D4), absurd rate-limit headers (D3, passthrough and client credentials), answers over the size cap
 * (cut off while they stream), huge error text (capped; generic in production, the text in the log), and
 * redirects (never followed, a write never sent twice). Each test asserts the GraphQL result and the exact
 * upstream calls the emulator saw.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type HostileRule, type RunningEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_MAX_RESPONSE_BYTES, Transport } from '../../src/genesys/client.js';
import { operations } from '../../src/genesys/operations.js';
import { createLogger } from '../../src/observability/logging.js';
import { listenGateway, type RunningGateway } from '../../src/server.js';
import type { GraphQLResult } from '../helpers/harness.js';

interface Rig {
  emulator: RunningEmulator;
  gateway: RunningGateway;
  logs: () => string;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  hostile(...rules: HostileRule[]): void;
  /** `[method, route, status]` of each upstream call since the last hostile(). */
  calls(): Array<[string, string, number]>;
  close(): Promise<void>;
}

async function startRig(env: Record<string, string> = {}): Promise<Rig> {
  const emulator = await startEmulator({ port: 0, users: 60 });
  const chunks: string[] = [];
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    GENESYSCLOUD_API_URL: emulator.url,
    UPSTREAM_RETRY_BASE_MS: '5',
    ...env,
  });
  const gateway = await listenGateway({
    config,
    upstreamUrl: emulator.url,
    logger: createLogger('debug', { write: (chunk: string) => void chunks.push(chunk) }),
  });
  return {
    emulator,
    gateway,
    logs: () => chunks.join(''),
    async execute<T>(query: string, variables?: Record<string, unknown>, token = 'hostile-rig') {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
    },
    hostile(...rules) {
      emulator.setKnobs({ hostile: rules });
      emulator.requests.reset();
    },
    calls: () => emulator.requests.log().map((c) => [c.method, c.route, c.status]),
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}

const ME = '{ me { id name } }';
type Extensions = { code: string; upstream: Record<string, unknown> };
const extensionsOf = (result: GraphQLResult<unknown>): Extensions => {
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0].extensions as Extensions;
};

describe('broken 2xx bodies are UPSTREAM_BAD_RESPONSE (D4)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it.each<[string, HostileRule, RegExp]>([
    ['malformed JSON', { kind: 'malformedJson' }, /not JSON/],
    ['an empty body', { kind: 'malformedJson', text: '' }, /empty/],
    ['a body cut in half', { kind: 'truncatedBody', contentLength: false }, /not JSON/],
    ['null', { kind: 'body', body: null }, /null, not an object/],
    ['an array for an object', { kind: 'body', body: [] }, /an array, not an object/],
    ['an object without its id', { kind: 'body', body: { name: 'Nobody' } }, /has no id/],
  ])(
    '%s: the field is null with UPSTREAM_BAD_RESPONSE, the status and the correlation id; no retry',
    async (_, rule, problem) => {
      rig.hostile(rule);
      const result = await rig.execute(ME);
      expect(result.data).toEqual({ me: null });
      const [call] = rig.emulator.requests.log();
      expect(extensionsOf(result)).toEqual({
        code: 'UPSTREAM_BAD_RESPONSE',
        upstream: {
          status: 200,
          code: 'upstream.bad.response',
          correlationId: call.correlationId,
          method: 'GET',
          route: '/api/v2/users/me',
        },
      });
      expect(result.errors?.[0].message).toMatch(problem);
      expect(rig.calls()).toEqual([['GET', '/api/v2/users/me', 200]]);
    },
  );

  it('a listing whose entities lack ids, or are not a list', async () => {
    for (const body of [{ entities: [{ name: 'no id' }] }, { entities: { id: 'x' } }, { entities: ['x'] }]) {
      rig.hostile({ kind: 'body', body });
      const result = await rig.execute('{ users(pageSize: 2) { entities { id } } }');
      expect(result.data?.users ?? null).toBeNull();
      expect(extensionsOf(result)).toMatchObject({
        code: 'UPSTREAM_BAD_RESPONSE',
        upstream: { status: 200, route: '/api/v2/users' },
      });
    }
  });

  it('a write whose answer cannot be read reports applied: "unknown", never success — and it was applied', async () => {
    const store = rig.emulator.store;
    const user = store.userList.find(
      (u) => u.agent && u.state === 'active' && store.sub(u).skills.size < store.skills.size,
    );
    if (!user) throw new Error('no agent');
    const skillId = [...store.skills.keys()].find((id) => !store.sub(user).skills.has(id)) as string;
    rig.hostile({ kind: 'body', body: null, methods: ['POST'], routes: ['/api/v2/users/{userId}/routingskills'] });
    const result = await rig.execute(
      'mutation($u: ID!, $s: ID!) { addUserRoutingSkill(userId: $u, input: { id: $s, proficiency: 2 }) { userId skill { id } } }',
      { u: user.id, s: skillId },
    );
    expect(result.data).toEqual({ addUserRoutingSkill: null });
    expect(extensionsOf(result)).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: { status: 200, code: 'upstream.bad.response', method: 'POST', applied: 'unknown' },
    });
    expect(result.errors?.[0].message).toMatch(/cannot tell whether the write was applied/);
    expect(rig.calls()).toEqual([['POST', '/api/v2/users/{userId}/routingskills', 200]]);
    expect(store.sub(user).skills.get(skillId)).toMatchObject({ proficiency: 2 });
  });

  it('a write answered with a truncated body (connection cut) is not a success either', async () => {
    const user = rig.emulator.store.userList.find((u) => u.agent && u.state === 'active') as { id: string };
    rig.hostile({ kind: 'truncatedBody', methods: ['PUT'] });
    const result = await rig.execute(
      'mutation($u: ID!) { setUserRoutingStatus(userId: $u, input: { status: OFF_QUEUE }) { userId } }',
      { u: user.id },
    );
    expect(result.data).toEqual({ setUserRoutingStatus: null });
    expect(extensionsOf(result).upstream).toMatchObject({ method: 'PUT', applied: 'unknown' });
  });
});

describe('rate-limit headers are hints with a ceiling (D3)', () => {
  describe.each([
    ['passthrough', {}],
    [
      'client credentials',
      {
        AUTH_MODE: 'client-credentials',
        GENESYSCLOUD_OAUTHCLIENT_ID: 'rig',
        GENESYSCLOUD_OAUTHCLIENT_SECRET: 'rig-secret',
      },
    ],
  ])('%s', (_, authEnv) => {
    let rig: Rig;
    let query: string;
    // `me` is not valid with a client-credentials token: a user by id works in both modes.
    const ROUTE = '/api/v2/users/{userId}';
    beforeAll(async () => {
      rig = await startRig({ UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS: '1', ...authEnv });
      query = `{ user(id: "${rig.emulator.store.fixtures().headOfOrg}") { id name } }`;
    });
    afterAll(() => rig?.close());
    const userCalls = () => rig.calls().filter(([, route]) => route !== '/oauth/token');

    it('a 429 with Retry-After: 999999 fails that field (clamped hint) but holds the token no longer than the ceiling', async () => {
      rig.hostile({ kind: 'retryAfter', retryAfter: '999999', routes: [ROUTE], times: 1 });
      const refused = await rig.execute(query, undefined, 'caller-1');
      expect(extensionsOf(refused)).toMatchObject({
        code: 'RATE_LIMITED',
        upstream: { status: 429, retryAfterSeconds: 1 },
      });
      // The next call waits out the (clamped) hold, goes upstream and succeeds; so does another caller's.
      const next = await rig.execute(query, undefined, 'caller-1');
      expect(next.errors).toBeUndefined();
      const other = await rig.execute(query, undefined, 'caller-2');
      expect(other.errors).toBeUndefined();
      expect(userCalls()).toEqual([
        ['GET', ROUTE, 429],
        ['GET', ROUTE, 200],
        ['GET', ROUTE, 200],
      ]);
    });

    it('the first success after a 429 ends the hold at once', async () => {
      // A 60 s ceiling: past the 30 s deadline, so a held token's calls would be refused without being sent.
      const held = await startRig({ UPSTREAM_RATE_LIMIT_MAX_WAIT_SECONDS: '60', ...authEnv });
      try {
        const head = held.emulator.store.fixtures().headOfOrg;
        const byId = `{ user(id: "${head}") { id } }`;
        held.hostile(
          { kind: 'hang', routes: ['/api/v2/users'], times: 1 },
          { kind: 'retryAfter', retryAfter: '999999', routes: [ROUTE], times: 1 },
        );
        // A call in flight (held at the emulator), then a 429 for the same token.
        const inFlight = held.execute('{ users(pageSize: 1) { entities { id } } }', undefined, 'caller-1');
        while (held.emulator.hostile.holding === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        expect(extensionsOf(await held.execute(byId, undefined, 'caller-1'))).toMatchObject({ code: 'RATE_LIMITED' });
        // The call in flight comes back 200: the upstream has recovered, and the next call goes at once.
        held.emulator.setKnobs({ hostile: [] });
        expect((await inFlight).errors).toBeUndefined();
        expect((await held.execute(byId, undefined, 'caller-1')).errors).toBeUndefined();
        expect(held.calls().filter(([, route]) => route !== '/oauth/token')).toEqual([
          ['GET', '/api/v2/users', 200],
          ['GET', ROUTE, 429],
          ['GET', ROUTE, 200],
        ]);
      } finally {
        await held.close();
      }
    });

    it('a 200 saying no calls are left for 999999 s holds the token no longer than the ceiling', async () => {
      rig.hostile({ kind: 'rateLimitHeaders', count: 300, allowed: 300, reset: 999_999, routes: [ROUTE], times: 1 });
      expect((await rig.execute(query, undefined, 'caller-1')).errors).toBeUndefined();
      expect((await rig.execute(query, undefined, 'caller-1')).errors).toBeUndefined();
      expect(userCalls()).toEqual([
        ['GET', ROUTE, 200],
        ['GET', ROUTE, 200],
      ]);
    });
  });
});

describe('answers over the size cap are cut off while they stream (R1)', () => {
  let rig: Rig;
  const CAP = 1024 * 1024;
  beforeAll(async () => {
    rig = await startRig({ UPSTREAM_MAX_RESPONSE_BYTES: String(CAP) });
  });
  afterAll(() => rig?.close());

  it.each([
    ['with a Content-Length over the cap: refused before the body is read', true],
    ['without a length: cut off once the bytes read pass the cap', false],
  ])('%s', async (_, contentLength) => {
    const bytes = 50 * 1024 * 1024;
    rig.hostile({ kind: 'hugeBody', bytes, contentLength, routes: ['/api/v2/users'] });
    const result = await rig.execute('{ users(pageSize: 5) { entities { id } } }');
    expect(result.data?.users ?? null).toBeNull();
    expect(extensionsOf(result)).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: { status: 200, code: 'response.too.large' },
    });
    expect(rig.calls()).toEqual([['GET', '/api/v2/users', 200]]);
    // The emulator could not write the 50 MB: the gateway stopped reading near the cap (socket buffers aside).
    const [event] = rig.emulator.hostile.log().slice(-1);
    expect(event.completed).toBe(false);
    expect(event.bytesWritten).toBeLessThan(bytes / 4);
  });

  it('the default cap fits a 500-user page with every expand (6.7 MB from the default organisation)', async () => {
    const emulator = await startEmulator({ port: 0 });
    const transport = new Transport({ baseUrl: emulator.url, timeoutMs: 30_000 });
    try {
      const expand = operations.getUsers.query.find((q) => q.name === 'expand')?.values ?? [];
      const response = await transport.request(
        `${emulator.url}/api/v2/users?pageSize=500&${expand.map((e) => `expand=${e}`).join('&')}`,
        {
          method: 'GET',
          headers: { authorization: 'Bearer page-size' },
        },
      );
      expect(response.statusCode).toBe(200);
      expect((JSON.parse(response.body) as { entities: unknown[] }).entities).toHaveLength(500);
      expect(Buffer.byteLength(response.body)).toBeGreaterThan(4_000_000);
      expect(Buffer.byteLength(response.body)).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES / 2);
    } finally {
      transport.close();
      await emulator.close();
    }
  });

  it('an answer under the cap is read as usual', async () => {
    rig.hostile({ kind: 'hugeBody', bytes: CAP - 1024, contentLength: false, routes: ['/api/v2/users'] });
    const result = await rig.execute('{ users(pageSize: 5) { entities { id } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ users: { entities: Array.from({ length: 5 }, () => ({ id: expect.any(String) })) } });
  });
});

describe('upstream error text is capped, and generic when asked (R2)', () => {
  it('full (development): the message capped at 500 characters, at most 10 details', async () => {
    const rig = await startRig();
    try {
      rig.hostile({ kind: 'errorText', bytes: 5 * 1024 * 1024 });
      const result = await rig.execute(ME);
      const message = result.errors?.[0].message ?? '';
      expect(message.length).toBeLessThan(600);
      expect(message).toMatch(/^Internal failure/);
      const upstream = extensionsOf(result).upstream as { details: unknown[]; status: number };
      expect(upstream.status).toBe(500);
      expect(upstream.details).toHaveLength(10);
      expect(JSON.stringify(result).length).toBeLessThan(5_000);
    } finally {
      await rig.close();
    }
  });

  it('generic (production): code, status, correlation id and a generic message; the text, truncated, in the log', async () => {
    const rig = await startRig({ NODE_ENV: 'production', LOG_LEVEL: 'info' });
    try {
      rig.hostile({ kind: 'errorText', bytes: 5 * 1024 * 1024 });
      const result = await rig.execute(ME);
      const [call] = rig.emulator.requests.log();
      expect(result.errors?.[0].message).toBe('The upstream answered 500 (internal.server.error)');
      expect(extensionsOf(result)).toEqual({
        code: 'UPSTREAM_ERROR',
        upstream: {
          status: 500,
          code: 'internal.server.error',
          correlationId: call.correlationId,
          method: 'GET',
          route: '/api/v2/users/me',
        },
      });
      const line =
        rig
          .logs()
          .split('\n')
          .find((l) => l.includes('"msg":"upstream error"')) ?? '';
      expect(line).toContain('Internal failure at com.example.internal.Service');
      expect(line).toContain(call.correlationId);
      expect(line.length).toBeLessThan(3_000);
    } finally {
      await rig.close();
    }
  });
});

describe('hangs and slow drips are bounded by the attempt timeout', () => {
  it('an answer dripping 16 bytes a second is UPSTREAM_TIMEOUT, not a stall', async () => {
    const rig = await startRig({ UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_MAX_RETRIES: '0' });
    try {
      rig.hostile({ kind: 'slowDrip', chunkBytes: 16, intervalMs: 1000 });
      const result = await rig.execute(ME);
      expect(extensionsOf(result)).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: { code: 'timeout' } });
      const [event] = rig.emulator.hostile.log();
      expect(event).toMatchObject({ kind: 'slowDrip', completed: false });
    } finally {
      await rig.close();
    }
  });
});

describe('redirects are never followed (R4)', () => {
  let rig: Rig;
  let elsewhere: http.Server;
  let elsewhereUrl: string;
  const received: string[] = [];
  beforeAll(async () => {
    rig = await startRig();
    elsewhere = http.createServer((req, res) => {
      received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await rig?.close();
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  it('a 302 answering changeUserPassword: one POST, nothing sent to the Location, applied unknown', async () => {
    const user = rig.emulator.store.userList.find((u) => u.state === 'active') as { id: string };
    rig.hostile({ kind: 'redirect', location: `${elsewhereUrl}/steal`, routes: ['/api/v2/users/{userId}/password'] });
    const result = await rig.execute(
      'mutation($u: ID!) { changeUserPassword(userId: $u, input: { newPassword: "Str0ng-and-long!" }) { userId } }',
      { u: user.id },
    );
    expect(result.data).toEqual({ changeUserPassword: null });
    expect(extensionsOf(result)).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: { status: 302, code: 'upstream.redirect', applied: 'unknown' },
    });
    expect(rig.calls()).toEqual([['POST', '/api/v2/users/{userId}/password', 302]]);
    expect(received).toEqual([]);
  });

  it('a 307 to the same path answering a PUT: sent once, never re-sent by a redirect or a retry', async () => {
    const user = rig.emulator.store.userList.find((u) => u.agent && u.state === 'active') as { id: string };
    rig.hostile({ kind: 'redirect', status: 307, methods: ['PUT'], times: 1 });
    const result = await rig.execute(
      'mutation($u: ID!) { setUserRoutingStatus(userId: $u, input: { status: IDLE }) { userId } }',
      { u: user.id },
    );
    expect(extensionsOf(result)).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: { status: 307, method: 'PUT' },
    });
    expect(rig.calls()).toEqual([['PUT', '/api/v2/users/{userId}/routingstatus', 307]]);
  });

  it('a read redirected elsewhere is an error, and the other host sees nothing', async () => {
    rig.hostile({ kind: 'redirect', location: `${elsewhereUrl}/me` });
    const result = await rig.execute(ME);
    expect(extensionsOf(result)).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: { status: 302, code: 'upstream.redirect' },
    });
    expect(rig.calls()).toEqual([['GET', '/api/v2/users/me', 302]]);
    expect(received).toEqual([]);
  });
});
