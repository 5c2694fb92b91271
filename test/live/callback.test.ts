/**
 * The subscription callback protocol (Apollo Router's way to run a subgraph's subscriptions): this test plays
 * the Router, with an HTTP server on a loopback port that receives the gateway's `check`, `next` and
 * `complete` callbacks, and the subscription request carrying `extensions.subscription`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Harness } from '../helpers/harness.js';
import { startLiveHarness, until } from './helpers.js';

interface Callback {
  kind: string;
  action: 'check' | 'next' | 'complete' | 'heartbeat';
  id: string;
  verifier: string;
  payload?: { data?: Record<string, unknown>; errors?: unknown[] };
  errors?: unknown[];
  protocolHeader?: string;
}

let h: Harness;
let router: http.Server;
let routerUrl: string;
const received: Callback[] = [];
/** Ids the router has forgotten: it answers their callbacks with 404, which ends the subscription. */
const gone = new Set<string>();

beforeAll(async () => {
  h = await startLiveHarness();
  router = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += String(c)));
    req.on('end', () => {
      const callback = JSON.parse(body) as Callback;
      received.push({ ...callback, protocolHeader: String(req.headers['subscription-protocol'] ?? '') });
      res.writeHead(gone.has(callback.id) ? 404 : 204, { 'subscription-protocol': 'callback/1.0' });
      res.end();
    });
  });
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}/callback`;
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => router?.close(resolve));
});

async function subscribeViaRouter(
  id: string,
  query: string,
  variables: Record<string, unknown>,
  token = 'router-forwarded-token',
) {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query,
      variables,
      extensions: {
        subscription: {
          callbackUrl: `${routerUrl}/${id}`,
          subscriptionId: id,
          verifier: `verifier-${id}`,
          heartbeatIntervalMs: 50,
        },
      },
    }),
  });
  return { status: response.status, body: (await response.json()) as { data: unknown; errors?: unknown[] } };
}

test('check first, then a `next` per event with `user` resolved, heartbeats; a 404 from the router ends it and frees the topic', async () => {
  const ids = h.emulator.store
    .sortedUsers()
    .slice(0, 3)
    .map((u) => u.id);
  const answer = await subscribeViaRouter(
    'sub-1',
    'subscription($ids: [ID!]!) { userRoutingStatusChanged(userIds: $ids) { userId routingStatus { status } user { name } } }',
    { ids },
  );
  expect(answer).toEqual({ status: 200, body: { data: null } });
  expect(received[0]).toMatchObject({
    kind: 'subscription',
    action: 'check',
    id: 'sub-1',
    verifier: 'verifier-sub-1',
    protocolHeader: 'callback/1.0',
  });
  await until('3 topics upstream', () => h.emulator.notifications.snapshot().topics === 3);

  h.emulator.notifications.simulator.step(12, ids);
  await until('next callbacks', () => received.filter((c) => c.action === 'next').length >= 2);
  for (const next of received.filter((c) => c.action === 'next')) {
    expect(next.verifier).toBe('verifier-sub-1');
    const event = next.payload?.data?.userRoutingStatusChanged as {
      userId: string;
      routingStatus: { status: string };
      user: { name: string };
    };
    expect(ids).toContain(event.userId);
    expect(event.user.name).toBe(h.emulator.store.user(event.userId)?.name);
  }
  // Heartbeats are `check` callbacks while the subscription lives.
  await until('a heartbeat', () => received.filter((c) => c.action === 'check').length >= 2);

  // The router forgets the subscription: its next callback gets a 404 and the gateway lets the topics go.
  gone.add('sub-1');
  h.emulator.notifications.simulator.step(6, ids);
  await until('topics released', () => h.emulator.notifications.snapshot().topics === 0);
});

test('bad input is reported in a `complete` callback with the error; nothing is followed upstream', async () => {
  await h.resetCalls();
  const answer = await subscribeViaRouter(
    'sub-2',
    'subscription { userPresenceChanged(userIds: ["nope"]) { userId } }',
    {},
  );
  expect(answer.status).toBe(200);
  await until('complete', () => received.some((c) => c.id === 'sub-2' && c.action === 'complete'));
  const complete = received.find((c) => c.id === 'sub-2' && c.action === 'complete');
  expect(JSON.stringify(complete?.errors)).toContain('BAD_USER_INPUT');
  expect((await h.calls()).filter((c) => c.route.startsWith('/api/v2/notifications'))).toEqual([]);
});

test('a subscription over plain HTTP (no callback extension) is refused with a clear error', async () => {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({
      query: 'subscription { userPresenceChanged(userIds: ["00000000-0000-0000-0000-000000000000"]) { userId } }',
    }),
  });
  const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
  expect(response.status).toBe(400);
  expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(body.errors[0].message).toMatch(/WebSocket|callback/);
});
