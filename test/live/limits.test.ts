/**
 * Limits and safety of the live graph: authentication in connection_init, the connection_init timeout,
 * subscriptions per connection, users per subscription, topics per identity, message size, query limits and
 * the cost model on subscriptions, bad input, and shutdown closing sockets with 1001.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import WebSocket from 'ws';
import type { Harness } from '../helpers/harness.js';
import { liveClient, record, startLiveHarness, until, wsUrl } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startLiveHarness({
    env: {
      LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
      LIVE_MAX_USERS_PER_SUBSCRIPTION: '5',
      LIVE_MAX_TOPICS_PER_IDENTITY: '6',
      LIVE_MAX_MESSAGE_BYTES: '2048',
      LIVE_CONNECTION_INIT_TIMEOUT_MS: '200',
      MAX_QUERY_DEPTH: '4',
    },
  });
});
afterAll(async () => h?.close());

const users = (from: number, n: number): string[] =>
  h.emulator.store
    .sortedUsers()
    .slice(from, from + n)
    .map((u) => u.id);
const PRESENCE = 'subscription($ids: [ID!]!) { userPresenceChanged(userIds: $ids) { userId } }';

/** A raw graphql-transport-ws socket that records the close code and every message. */
async function rawSocket(): Promise<{
  ws: WebSocket;
  messages: Array<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
}> {
  const ws = new WebSocket(wsUrl(h), 'graphql-transport-ws');
  const messages: Array<Record<string, unknown>> = [];
  ws.on('message', (d) => messages.push(JSON.parse((d as Buffer).toString('utf8')) as Record<string, unknown>));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, messages, closed };
}

async function firstError(query: string, variables: Record<string, unknown>, token = 'limits-token') {
  const client = liveClient(h, token);
  const rec = record(client, query, variables);
  await until('an error', () => rec.errors.length > 0 || rec.results.some((r) => r.errors));
  await client.dispose();
  const err = rec.errors[0] as ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  return (Array.isArray(err) ? err[0] : rec.results.find((r) => r.errors)?.errors?.[0]) as {
    message: string;
    extensions?: Record<string, unknown>;
  };
}

describe('connection', () => {
  test('no token in connection_init (passthrough): refused with 4403; a token in the payload is accepted', async () => {
    const { ws, closed } = await rawSocket();
    ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    expect((await closed).code).toBe(4403);
    const ok = await rawSocket();
    ok.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer abc' } }));
    await until('ack', () => ok.messages.some((m) => m.type === 'connection_ack'));
    ok.ws.close();
  });

  test("a browser page of a foreign origin cannot open the socket (403); the gateway's own origin can", async () => {
    const foreign = new WebSocket(wsUrl(h), 'graphql-transport-ws', { origin: 'https://evil.example' });
    const status = await new Promise<number>((resolve) => {
      foreign.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      foreign.on('open', () => resolve(101));
      foreign.on('error', () => undefined);
    });
    expect(status).toBe(403);
    const own = new WebSocket(wsUrl(h), 'graphql-transport-ws', { origin: new URL(h.gateway.url).origin });
    await new Promise((resolve, reject) => {
      own.once('open', resolve);
      own.once('error', reject);
    });
    own.close();
  });

  test('no connection_init in time: 4408', async () => {
    const { closed } = await rawSocket();
    expect((await closed).code).toBe(4408);
  });

  test('a message over LIVE_MAX_MESSAGE_BYTES closes the socket with 1009', async () => {
    const { ws, closed } = await rawSocket();
    ws.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer abc', pad: 'x'.repeat(4096) } }),
    );
    expect((await closed).code).toBe(1009);
  });
});

describe('subscribe', () => {
  test('more users than LIVE_MAX_USERS_PER_SUBSCRIPTION, none, or a non-UUID: BAD_USER_INPUT, nothing upstream', async () => {
    await h.resetCalls();
    const tooMany = await firstError(PRESENCE, { ids: users(0, 6) });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', userIds: { actual: 6, limit: 5 } });
    expect((await firstError(PRESENCE, { ids: [] })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await firstError(PRESENCE, { ids: ['not-a-uuid'] })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls()).toEqual([]);
  });

  test('past LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: LIVE_TOO_MANY_SUBSCRIPTIONS; the others keep running', async () => {
    const client = liveClient(h, 'per-connection');
    const a = record(client, PRESENCE, { ids: users(0, 1) });
    const b = record(client, PRESENCE, { ids: users(1, 1) });
    const c = record(client, PRESENCE, { ids: users(2, 1) });
    await until('the third refused', () => c.errors.length > 0);
    expect((c.errors[0] as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe(
      'LIVE_TOO_MANY_SUBSCRIPTIONS',
    );
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await client.dispose();
  });

  test('past LIVE_MAX_TOPICS_PER_IDENTITY across connections: LIVE_TOO_MANY_TOPICS with the numbers', async () => {
    const one = liveClient(h, 'topic-limit');
    const two = liveClient(h, 'topic-limit');
    const a = record(one, PRESENCE, { ids: users(0, 5) });
    await until('5 topics', () => (h.gateway.gateway.live?.hub.stats().topics ?? 0) >= 5);
    const b = record(two, 'subscription($ids: [ID!]!) { userRoutingStatusChanged(userIds: $ids) { userId } }', {
      ids: users(0, 2),
    });
    await until('refused', () => b.errors.length > 0 || b.results.some((r) => r.errors));
    const error = (b.results.find((r) => r.errors)?.errors ??
      (b.errors[0] as Array<{ extensions: Record<string, unknown> }>))[0];
    expect(error.extensions).toMatchObject({ code: 'LIVE_TOO_MANY_TOPICS', topics: { actual: 7, limit: 6 } });
    expect(a.errors).toEqual([]);
    await one.dispose();
    await two.dispose();
  });

  test('query limits and validation apply; queries and mutations are refused over the socket', async () => {
    const deep = await firstError(
      'subscription($ids: [ID!]!) { userPresenceChanged(userIds: $ids) { user { manager { manager { name } } } } }',
      { ids: users(0, 1) },
    );
    expect(deep.extensions?.code).toBe('QUERY_TOO_DEEP');
    const invalid = await firstError('subscription { userPresenceChanged(userIds: ["x"]) { nope } }', {});
    expect(invalid.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const query = await firstError('{ me { name } }', {});
    expect(query.extensions?.code).toBe('BAD_REQUEST');
    expect(query.message).toMatch(/HTTP/);
  });

  test('the HTTP gate holds on the socket too: operation-name length before validation, and bounded variables', async () => {
    const longName = await firstError(
      `subscription ${'N'.repeat(300)}($ids: [ID!]!) { userPresenceChanged(userIds: $ids) { userId } }`,
      { ids: users(0, 1) },
    );
    expect(longName.extensions?.code).toBe('OPERATION_NAME_TOO_LONG');
    let nested: unknown = 'x';
    for (let i = 0; i < 40; i++) nested = [nested];
    const deepInput = await firstError(PRESENCE, { ids: nested });
    expect(deepInput.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'MAX_INPUT_DEPTH' } });
  });

  test('the cost model costs one event: `user` is one batched load', async () => {
    const { CostModel } = await import('../../src/protection/cost.js');
    const { buildSchema } = await import('../../resolvers/index.js');
    const { parse, getOperationAST } = await import('graphql');
    const model = new CostModel(buildSchema(), { assumedListSize: 10 });
    const cost = (q: string) => {
      const doc = parse(q);
      return model.estimate(doc, getOperationAST(doc)!, {});
    };
    expect(cost('subscription { userPresenceChanged(userIds: ["a"]) { userId presence { message } } }')).toBe(0);
    expect(cost('subscription { userPresenceChanged(userIds: ["a"]) { user { name } } }')).toBe(1);
    expect(cost('subscription { userPresenceChanged(userIds: ["a"]) { user { directReports { name } } } }')).toBe(2);
  });
});

describe('shutdown', () => {
  test('stopping the gateway closes live sockets with 1001 Going Away', async () => {
    const local = await startLiveHarness();
    const client = liveClient(local, 'shutdown');
    const rec = record(client, PRESENCE, {
      ids: local.emulator.store
        .sortedUsers()
        .slice(0, 1)
        .map((u) => u.id),
    });
    await until('subscribed upstream', () => local.emulator.notifications.snapshot().topics === 1);
    await local.gateway.close();
    await until('closed', () => client.closes.length > 0);
    expect(client.closes[0].code).toBe(1001);
    expect(rec.results).toEqual([]);
    await client.dispose();
    await local.emulator.close();
  });
});
