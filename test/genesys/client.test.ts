/**
 * The upstream client against the emulator: path values that cannot change the path (checked in the request the
 * emulator received), retries by method and outcome, timeouts, the deadline, the per-operation cap and the
 * per-token limiter — each asserted in the exact attempts made.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index.js';
import {
  buildPath,
  buildQuery,
  GenesysClient,
  Transport,
  type ClientOptions,
  type UpstreamCallEvent,
  type UpstreamRetryEvent,
} from '../../src/genesys/client.js';
import { UpstreamError } from '../../src/genesys/errors.js';
import { TokenRateLimiter } from '../../src/resilience/rate-limiter.js';
import type { RetryPolicyOptions } from '../../src/resilience/retry-policy.js';

const USER = '0f1e2d3c-4b5a-4697-8877-665544332211';
const FAST_RETRIES: RetryPolicyOptions = { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20, retryAfterMaxMs: 10_000 };

describe('URL building', () => {
  it('percent-encodes values that are not UUIDs, so none can change the path', () => {
    expect(buildPath('/api/v2/users/{userId}/geolocations/{clientId}', { userId: USER, clientId: 'a/b?c#d' })).toBe(
      `/api/v2/users/${USER}/geolocations/a%2Fb%3Fc%23d`,
    );
    expect(buildPath('/api/v2/users/{userId}/geolocations/{clientId}', { userId: USER, clientId: '%2F..' })).toBe(
      `/api/v2/users/${USER}/geolocations/%252F..`,
    );
  });

  it.each(['', '.', '..', 'x'.repeat(257)])('rejects the path value %j', (value) => {
    expect(() =>
      buildPath('/api/v2/users/{userId}/geolocations/{clientId}', { userId: USER, clientId: value }),
    ).toThrow(UpstreamError);
  });

  it.each(['userId', 'skillId', 'languageId', 'queueId', 'stationId'])('requires a UUID for %s', (name) => {
    for (const value of ['bob', '../users', `${USER}/roles`, `${USER}?x=1`, `${USER}#`, '%2F', ` ${USER}`]) {
      expect(() => buildPath(`/x/{${name}}`, { [name]: value })).toThrow(/must be a UUID/);
    }
    // Any case is accepted and sent in one spelling, lower case.
    expect(buildPath(`/x/{${name}}`, { [name]: USER.toUpperCase() })).toBe(`/x/${USER.toLowerCase()}`);
  });

  it('sends arrays as repeated keys and skips undefined values', () => {
    expect(buildQuery({ id: ['a', 'b'], expand: ['presence'], state: undefined, pageSize: 2, joined: false })).toBe(
      '?id=a&id=b&expand=presence&pageSize=2&joined=false',
    );
    expect(buildQuery({ id: ['a&state=deleted'] })).toBe('?id=a%26state%3Ddeleted');
    expect(buildQuery({})).toBe('');
  });
});

describe('against the emulator', () => {
  let emulator: RunningEmulator;
  let transport: Transport;
  let user: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: 50 });
    transport = new Transport({ baseUrl: emulator.url, timeoutMs: 2_000, connectTimeoutMs: 1_000 });
    user = emulator.store.fixtures().richUser;
  });
  afterAll(async () => {
    transport.close();
    await emulator.close();
  });
  beforeEach(() => emulator.requests.reset());
  afterEach(() =>
    emulator.setKnobs({
      fault5xxRate: 0,
      fault429Rate: 0,
      faultResetRate: 0,
      latencyMs: 0,
      rateLimitPerMinute: 0,
      retryAfterSeconds: 1,
    }),
  );

  function client(options: Partial<ClientOptions> = {}) {
    const calls: UpstreamCallEvent[] = [];
    const retries: UpstreamRetryEvent[] = [];
    const c = new GenesysClient(transport, {
      authorization: 'Bearer client-test',
      onCall: (e) => calls.push(e),
      onRetry: (e) => retries.push(e),
      ...options,
    });
    return { c, calls, retries };
  }

  const knobs = (k: Partial<EmulatorOptions>) => emulator.setKnobs(k);
  const logged = () =>
    emulator.requests.log().map((e) => ({ method: e.method, route: e.route, path: e.path, status: e.status }));

  describe('path values', () => {
    it.each(['../../me', '..%2F..%2Fme', '%2F', 'a/b', 'a?expand=token', 'a#frag', './x', 'x/../../../users'])(
      'a clientId of %j reaches the emulator as one encoded segment of the geolocation route',
      async (clientId) => {
        const { c } = client();
        await c.getUserGeolocation(user, clientId).catch((err: unknown) => {
          if (!(err instanceof UpstreamError) || err.status !== 404) throw err;
        });
        expect(logged()).toEqual([
          {
            method: 'GET',
            route: '/api/v2/users/{userId}/geolocations/{clientId}',
            path: `/api/v2/users/${user}/geolocations/${encodeURIComponent(clientId)}`,
            status: 404,
          },
        ]);
        expect(emulator.requests.log()[0].query).toEqual({});
      },
    );

    it.each(['../me', 'me', `${USER}/roles`, `${USER}?expand=token`, '%2e%2e'])(
      'a userId of %j is refused with no request',
      async (userId) => {
        const { c, calls } = client();
        await expect(c.getUserRoles(userId)).rejects.toMatchObject({
          status: 400,
          code: 'invalid.path.param',
          outcome: { attempts: 0 },
        });
        await expect(c.putUserRoutingskill(user, userId, { proficiency: 1 })).rejects.toMatchObject({
          code: 'invalid.path.param',
        });
        expect(calls).toEqual([]);
        expect(logged()).toEqual([]);
      },
    );
  });

  describe('retries', () => {
    it('repeats a GET answered 503, reporting each retry, and gives up after maxRetries with the attempts counted', async () => {
      knobs({ fault5xxRate: 1 });
      const { c, calls, retries } = client({ retry: FAST_RETRIES });
      const error = await c.getUserRoles(user).catch((err: unknown) => err);
      expect(error).toMatchObject({ status: 503, outcome: { attempts: 3 } });
      expect((error as Error).message).toMatch(/gave up after 3 attempts/);
      expect(calls.map((e) => e.status)).toEqual([503, 503, 503]);
      expect(retries.map((r) => r.reason)).toEqual(['status_503', 'status_503']);
      expect(retries.every((r) => r.delayMs !== undefined && r.delayMs <= 20)).toBe(true);
    });

    it('a GET that fails once then succeeds returns the answer', async () => {
      const { c, calls } = client({ retry: FAST_RETRIES, sleep: async () => knobs({ fault5xxRate: 0 }) });
      knobs({ fault5xxRate: 1 });
      await expect(c.getUserRoles(user)).resolves.toMatchObject({ roles: expect.any(Array) });
      expect(calls.map((e) => e.status)).toEqual([503, 200]);
    });

    it('repeats a GET whose connection was reset', async () => {
      knobs({ faultResetRate: 1 });
      const { c, calls, retries } = client({ retry: FAST_RETRIES });
      await expect(c.getUserRoles(user)).rejects.toMatchObject({
        status: 0,
        code: 'network.error',
        outcome: { attempts: 3 },
      });
      expect(calls.map((e) => e.status)).toEqual([0, 0, 0]);
      expect(retries.map((r) => r.reason)).toEqual(['network_econnreset', 'network_econnreset']);
    });

    it('never repeats a POST, not even a read-only search, nor a PATCH', async () => {
      knobs({ fault5xxRate: 1 });
      const { c, calls, retries } = client({ retry: FAST_RETRIES });
      await expect(
        c.postUsersSearch({ query: [{ type: 'EXACT', fields: ['email'], value: 'x@example.test' }] }),
      ).rejects.toMatchObject({ status: 503 });
      await expect(c.patchUserCallforwarding(user, { enabled: false })).rejects.toMatchObject({ status: 503 });
      knobs({ fault5xxRate: 0, faultResetRate: 1 });
      await expect(
        c.postUserRoutingskills(user, { id: emulator.store.fixtures().skillIds[0], proficiency: 1 }),
      ).rejects.toMatchObject({
        status: 0,
        outcome: { attempts: 1, applied: 'unknown' },
      });
      expect(calls.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 503', 'PATCH 503', 'POST 0']);
      expect(retries).toEqual([]);
    });

    it('repeats an idempotent PUT and DELETE; after a reset the outcome of the write is unknown', async () => {
      knobs({ fault5xxRate: 1, faultMethods: ['PUT', 'DELETE'] });
      const { c, calls } = client({ retry: FAST_RETRIES });
      const answered = await c.putUserRoutingstatus(user, { status: 'IDLE' }).catch((err: unknown) => err);
      expect(answered).toMatchObject({ status: 503, outcome: { attempts: 3 } });
      expect((answered as UpstreamError).outcome.applied).toBeUndefined();
      knobs({ fault5xxRate: 0, faultResetRate: 1 });
      const reset = await c.deleteUserStationDefaultstation(user).catch((err: unknown) => err);
      expect(reset).toMatchObject({ status: 0, outcome: { attempts: 3, applied: 'unknown' } });
      expect((reset as Error).message).toMatch(/cannot tell whether the write was applied/);
      expect(calls.map((e) => `${e.method} ${e.status}`)).toEqual([
        'PUT 503',
        'PUT 503',
        'PUT 503',
        'DELETE 0',
        'DELETE 0',
        'DELETE 0',
      ]);
      knobs({ faultMethods: undefined });
    });

    it('honours Retry-After on a 429, and gives up at once when it is past the ceiling', async () => {
      knobs({ fault429Rate: 1, retryAfterSeconds: 1 });
      const slept: number[] = [];
      const { c, calls } = client({
        retry: { ...FAST_RETRIES, maxRetries: 1 },
        sleep: async (ms) => void slept.push(ms),
      });
      await expect(c.getUserRoles(user)).rejects.toMatchObject({
        status: 429,
        retryAfterSeconds: 1,
        outcome: { attempts: 2 },
      });
      expect(slept).toEqual([1_000]);
      expect(calls.map((e) => e.status)).toEqual([429, 429]);

      knobs({ retryAfterSeconds: 30 });
      const ceiling = client({ retry: FAST_RETRIES });
      const error = await ceiling.c.getUserRoles(user).catch((err: unknown) => err);
      expect(error).toMatchObject({ status: 429, retryAfterSeconds: 30 });
      expect(ceiling.calls).toHaveLength(1);
      expect((error as UpstreamError).outcome.attempts).toBeUndefined();
    });

    it('a 429 on a write: not repeated, and known not applied', async () => {
      knobs({ fault429Rate: 1 });
      const { c, calls } = client({ retry: FAST_RETRIES });
      await expect(c.patchUserCallforwarding(user, { enabled: false })).rejects.toMatchObject({
        status: 429,
        outcome: { attempts: 1, applied: false },
      });
      expect(calls).toHaveLength(1);
    });
  });

  describe('timeouts and the deadline', () => {
    it('times out an attempt after UPSTREAM_TIMEOUT_MS, and repeats a GET', async () => {
      knobs({ latencyMs: 400 });
      const slow = new Transport({ baseUrl: emulator.url, timeoutMs: 100 });
      try {
        const retries: UpstreamRetryEvent[] = [];
        const timed = new GenesysClient(slow, {
          authorization: 'Bearer t',
          retry: { ...FAST_RETRIES, maxRetries: 1 },
          onRetry: (e) => retries.push(e),
        });
        // Two attempts, each cut by the timeout (the emulator answers after 400 ms): `timeout`, not an answer.
        await expect(timed.getUserRoles(user)).rejects.toMatchObject({
          status: 0,
          code: 'timeout',
          outcome: { attempts: 2 },
        });
        expect(retries.map((r) => r.reason)).toEqual(['network_etimedout']);
      } finally {
        slow.close();
      }
    });

    it('stops everything at the operation deadline: UPSTREAM_TIMEOUT with deadline.exceeded, no retry past it', async () => {
      knobs({ latencyMs: 500 });
      const { c, calls } = client({ retry: FAST_RETRIES, deadlineAt: performance.now() + 250 });
      await expect(c.getUserRoles(user)).rejects.toMatchObject({ status: 0, code: 'deadline.exceeded' });
      expect(calls).toHaveLength(1);
      // Once past it, nothing more is sent.
      await expect(c.getUserRoles(user)).rejects.toMatchObject({ code: 'deadline.exceeded', outcome: { attempts: 0 } });
      expect(calls).toHaveLength(1);
    });

    it('does not start a retry whose Retry-After would end past the deadline', async () => {
      knobs({ fault429Rate: 1, retryAfterSeconds: 2 });
      const { c, calls } = client({ retry: FAST_RETRIES, deadlineAt: performance.now() + 1_000 });
      const error = await c.getUserRoles(user).catch((err: unknown) => err);
      expect(error).toMatchObject({ status: 429 });
      expect(calls).toHaveLength(1);
    });
  });

  describe('the per-operation cap', () => {
    it('keeps at most `concurrency` calls of one client in flight', async () => {
      knobs({ latencyMs: 40 });
      const ends: Array<{ start: number; end: number }> = [];
      const c = new GenesysClient(transport, {
        authorization: 'Bearer cap',
        concurrency: 3,
        onCall: (e) => ends.push({ start: performance.now() - e.durationMs, end: performance.now() }),
      });
      await Promise.all(Array.from({ length: 12 }, () => c.getUserRoles(user)));
      // The most calls in flight at any one time: sweep the starts (+1) and ends (-1).
      const edges = ends
        .flatMap(
          ({ start, end }) =>
            [
              [start, 1],
              [end, -1],
            ] as const,
        )
        .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      let inFlight = 0;
      let overlap = 0;
      for (const [, step] of edges) overlap = Math.max(overlap, (inFlight += step));
      expect(ends).toHaveLength(12);
      expect(overlap).toBe(3);
      // The cap is per client (per operation): another client is not held up by this one's queue.
      // Order, not time: its one call ends before the first client's queue of 12 (four rounds of 3) drains.
      const other = new GenesysClient(transport, { authorization: 'Bearer cap', concurrency: 3 });
      const finished: string[] = [];
      await Promise.all([
        Promise.all(Array.from({ length: 12 }, () => c.getUserRoles(user))).then(() => finished.push('queue of 12')),
        other.getUserRoles(user).then(() => finished.push('other client')),
      ]);
      expect(finished).toEqual(['other client', 'queue of 12']);
    });
  });

  describe('the per-token limiter', () => {
    it('reads inin-ratelimit-*, holds calls back before the 429, and refuses one whose slot is past the deadline', async () => {
      knobs({ rateLimitPerMinute: 10 });
      const limiter = new TokenRateLimiter({ headroom: 0.2 });
      const { c, calls } = client({ limiter, authorization: 'Bearer limited' });
      for (let i = 0; i < 8; i++) await c.getUserRoles(user);
      // 2 left of 10 (20 %): the first spaced slot is now, the next one a full half-window later.
      await c.getUserRoles(user);
      const held = new GenesysClient(transport, {
        authorization: 'Bearer limited',
        limiter,
        deadlineAt: performance.now() + 2_000,
      });
      const error = await held.getUserRoles(user).catch((err: unknown) => err);
      expect(error).toMatchObject({ status: 429, code: 'gateway.rate.limited', outcome: { attempts: 0 } });
      expect((error as UpstreamError).retryAfterSeconds).toBeGreaterThan(2);
      expect(calls).toHaveLength(9);
      expect(emulator.requests.log().filter((e) => e.status === 429)).toEqual([]);
      // Another token's budget is its own.
      const other = client({ limiter, authorization: 'Bearer other' });
      await expect(other.c.getUserRoles(user)).resolves.toBeDefined();
      expect(limiter.inspect(TokenRateLimiter.keyOf('Bearer other'))).toMatchObject({ allowed: 10, remaining: 9 });
    });
  });
});

/** A listening socket that never accepts: the first connection fills its backlog, the next hang in connect. */
function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

(hasPython() ? describe : describe.skip)('the connect timeout', () => {
  let listener: ChildProcess;
  let filler: net.Socket;
  let port: number;

  beforeAll(async () => {
    listener = spawn('python3', [
      '-c',
      'import socket,sys,time\ns=socket.socket();s.bind(("127.0.0.1",0));s.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)',
    ]);
    port = await new Promise<number>((resolve) =>
      listener.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
    );
    filler = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => filler.once('connect', resolve));
  });
  afterAll(() => {
    filler.destroy();
    listener.kill();
  });

  it('gives up connecting after UPSTREAM_CONNECT_TIMEOUT_MS; a write that never connected is known not applied', async () => {
    const transport = new Transport({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 5_000, connectTimeoutMs: 150 });
    try {
      const calls: UpstreamCallEvent[] = [];
      const c = new GenesysClient(transport, {
        authorization: 'Bearer t',
        retry: { ...FAST_RETRIES, maxRetries: 1 },
        onCall: (e) => calls.push(e),
      });
      // The transport's timeout is 5 s; `timeout` with status 0 on every attempt means the connect timeout cut them.
      await expect(c.getUserRoles(USER)).rejects.toMatchObject({
        status: 0,
        code: 'timeout',
        outcome: { attempts: 2 },
      });
      await expect(c.patchUserCallforwarding(USER, { enabled: true })).rejects.toMatchObject({
        code: 'timeout',
        outcome: { attempts: 1, applied: false },
      });
      expect(calls.map((e) => `${e.method} ${e.status}`)).toEqual(['GET 0', 'GET 0', 'PATCH 0']);
    } finally {
      transport.close();
    }
  });
});

describe('Retry-After as an HTTP date', () => {
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': new Date(Date.now() + 30_000).toUTCString(),
      });
      res.end(JSON.stringify({ message: 'Rate limit exceeded', code: 'too.many.requests' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is reported in seconds on the error, as a Retry-After in seconds is', async () => {
    const transport = new Transport({ baseUrl, timeoutMs: 2_000 });
    try {
      const c = new GenesysClient(transport, { authorization: 'Bearer t' });
      const error = await c.getUserRoles(USER).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ status: 429 });
      // An HTTP date has whole-second precision: 29 to 30 s from now.
      expect((error as UpstreamError).retryAfterSeconds).toBeGreaterThanOrEqual(29);
      expect((error as UpstreamError).retryAfterSeconds).toBeLessThanOrEqual(30);
    } finally {
      transport.close();
    }
  });
});
