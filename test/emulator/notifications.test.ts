/**
 * The emulator's Notifications API: channels, subscriptions, the WebSocket (heartbeats, ping/pong,
 * socket_closing, expiry), the 20-channel and 1,000-topic rules, and events on every change made through the
 * API or the activity simulator.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import WebSocket from 'ws';
import type { Channel, NotificationMessage } from '../../src/genesys/notification-operations.js';
import { harness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness({ notificationHeartbeatSeconds: 0.05 });
});
afterAll(async () => h?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A connected socket that records every message. */
async function connect(
  channel: Channel,
): Promise<{ ws: WebSocket; messages: NotificationMessage[]; closed: Promise<number> }> {
  const ws = new WebSocket(channel.connectUri);
  const messages: NotificationMessage[] = [];
  ws.on('message', (data) => messages.push(JSON.parse((data as Buffer).toString('utf8')) as NotificationMessage));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, messages, closed };
}

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const events = (messages: NotificationMessage[], topic: string) => messages.filter((m) => m.topicName === topic);

describe('channels and subscriptions', () => {
  test("POST creates a channel with a WebSocket connectUri and a 24-hour expiry; GET lists the token's channels", async () => {
    const created = await h.send<Channel>('POST', '/api/v2/notifications/channels', undefined, bearer('chan-list'));
    expect(created.status).toBe(200);
    expect(created.body.connectUri).toBe(`${h.emu.url.replace('http', 'ws')}/channels/${created.body.id}`);
    const hours = (Date.parse(created.body.expires) - Date.now()) / 3_600_000;
    expect(Math.round(hours)).toBe(24);
    const listed = await h.get<{ entities: Channel[] }>('/api/v2/notifications/channels', bearer('chan-list'));
    expect(listed.body.entities.map((c) => c.id)).toEqual([created.body.id]);
    const head = await fetch(`${h.emu.url}/api/v2/notifications/channels/${created.body.id}`, {
      method: 'HEAD',
      headers: bearer('chan-list'),
    });
    expect(head.status).toBe(200);
    const missing = await fetch(`${h.emu.url}/api/v2/notifications/channels/streaming-0-nope`, {
      method: 'HEAD',
      headers: bearer('chan-list'),
    });
    expect(missing.status).toBe(404);
  });

  test('PUT replaces, POST adds, GET lists, DELETE clears; bad topics are 400 unless ignoreErrors', async () => {
    const [a, b, c] = h.emu.store
      .sortedUsers()
      .slice(0, 3)
      .map((u) => u.id);
    const { body: ch } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
    const path = `/api/v2/notifications/channels/${ch.id}/subscriptions`;
    const put = await h.send<{ entities: Array<{ id: string }> }>('PUT', path, [
      { id: `v2.users.${a}.presence` },
      { id: `v2.users.${b}.routingStatus` },
    ]);
    expect(put.status).toBe(200);
    expect(put.body.entities.map((e) => e.id)).toEqual([`v2.users.${a}.presence`, `v2.users.${b}.routingStatus`]);
    await h.send('POST', path, [{ id: `v2.users.${c}.outofoffice` }]);
    const got = await h.get<{ entities: Array<{ id: string }> }>(path);
    expect(got.body.entities.map((e) => e.id).sort()).toEqual(
      [`v2.users.${a}.presence`, `v2.users.${b}.routingStatus`, `v2.users.${c}.outofoffice`].sort(),
    );

    const bad = await h.send<{ code: string; details: Array<{ fieldName: string }> }>('POST', path, [
      { id: 'v2.users.nobody.presence' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].fieldName).toBe('[0].id');
    const ignored = await h.send<{ entities: unknown[] }>('POST', `${path}?ignoreErrors=true`, [
      { id: 'v2.users.nobody.presence' },
    ]);
    expect(ignored.status).toBe(200);
    expect(ignored.body.entities).toHaveLength(3);

    expect((await h.send('DELETE', path)).status).toBe(204);
    expect((await h.get<{ entities: unknown[] }>(path)).body.entities).toEqual([]);
  });

  test("a channel holds at most 1,000 topics (documented error), and another user's channel is not found", async () => {
    const users = h.emu.store.sortedUsers();
    const { body: ch } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
    const topics = users.slice(0, 167).flatMap((u) =>
      ['presence', 'routingStatus', 'outofoffice', 'station', 'geolocation', 'activity'].map((s) => ({
        id: `v2.users.${u.id}.${s}`,
      })),
    );
    expect(topics).toHaveLength(1002);
    const over = await h.send<{ message: string; details: Array<{ errorCode: string }> }>(
      'PUT',
      `/api/v2/notifications/channels/${ch.id}/subscriptions`,
      topics,
    );
    expect(over.status).toBe(400);
    expect(over.body.details[0].errorCode).toBe('notification.channel.topic.limit');
    const exactly = await h.send('PUT', `/api/v2/notifications/channels/${ch.id}/subscriptions`, topics.slice(0, 1000));
    expect(exactly.status).toBe(200);

    const token = await fetch(`${h.emu.url}/oauth/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('someone:else').toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const foreign = await h.get(`/api/v2/notifications/channels/${ch.id}/subscriptions`, bearer(token.access_token));
    expect(foreign.status).toBe(404);
  });

  test('a 21st channel of one user and app removes the least recently used, unconnected ones first', async () => {
    const token = 'lru-user';
    const me = h.emu.store.sortedUsers()[5].id;
    h.emu.setKnobs({
      permissions: { [token]: { userId: me, permissions: ['*:*:*'] }, 'test-token': { permissions: ['*:*:*'] } },
    });
    try {
      const first = (await h.send<Channel>('POST', '/api/v2/notifications/channels', undefined, bearer(token))).body;
      const connected = await connect(first);
      const created: Channel[] = [first];
      for (let i = 1; i < 20; i++)
        created.push((await h.send<Channel>('POST', '/api/v2/notifications/channels', undefined, bearer(token))).body);
      expect(h.emu.notifications.snapshot().channelsByOwner[`user:${me}`]).toBe(20);
      await h.send<Channel>('POST', '/api/v2/notifications/channels', undefined, bearer(token));
      expect(h.emu.notifications.snapshot().channelsByOwner[`user:${me}`]).toBe(20);
      // The oldest unconnected one went (the 2nd created), not the connected first one.
      const ids = (
        await h.get<{ entities: Channel[] }>(
          '/api/v2/notifications/channels?includechannels=oauthclient',
          bearer(token),
        )
      ).body.entities.map((c) => c.id);
      expect(ids).toContain(first.id);
      expect(ids).not.toContain(created[1].id);
      connected.ws.close();
    } finally {
      h.emu.setKnobs({ permissions: undefined });
    }
  });

  test('GET availabletopics lists the user topics', async () => {
    const res = await h.get<{ entities: Array<{ id: string; description?: string }> }>(
      '/api/v2/notifications/availabletopics?expand=description',
    );
    expect(res.body.entities.map((t) => t.id)).toEqual(
      ['presence', 'routingStatus', 'outofoffice', 'station', 'geolocation', 'activity'].map(
        (s) => `v2.users.{id}.${s}`,
      ),
    );
    expect(res.body.entities.every((t) => typeof t.description === 'string')).toBe(true);
  });
});

describe('the channel WebSocket', () => {
  test('heartbeats, ping → pong, and an event for every change made through the API', async () => {
    const user = h.emu.store.sortedUsers()[10];
    const { body: ch } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
    const { ws, messages } = await connect(ch);
    await h.send(
      'PUT',
      `/api/v2/notifications/channels/${ch.id}/subscriptions`,
      ['routingStatus', 'outofoffice', 'presence'].map((s) => ({ id: `v2.users.${user.id}.${s}` })),
    );
    await until('a heartbeat', () =>
      messages.some(
        (m) =>
          m.topicName === 'channel.metadata' && (m.eventBody as { message: string }).message === 'WebSocket Heartbeat',
      ),
    );
    ws.send(JSON.stringify({ message: 'ping' }));
    await until('a pong', () => messages.some((m) => (m.eventBody as { message?: string }).message === 'pong'));

    const current = h.emu.store.sub(user).routingStatus.status;
    const next = current === 'IDLE' ? 'OFF_QUEUE' : 'IDLE';
    expect((await h.send('PUT', `/api/v2/users/${user.id}/routingstatus`, { status: next })).status).toBe(200);
    await until('the routing status event', () => events(messages, `v2.users.${user.id}.routingStatus`).length === 1);
    const [rs] = events(messages, `v2.users.${user.id}.routingStatus`);
    expect(rs).toMatchObject({ version: '2', eventBody: { routingStatus: { status: next } } });
    expect(typeof rs.metadata?.CorrelationId).toBe('string');
    // The same value again changes nothing: no event.
    await h.send('PUT', `/api/v2/users/${user.id}/routingstatus`, { status: next });
    expect(
      (await h.send('PUT', `/api/v2/users/${user.id}/outofoffice`, { active: true, indefinite: true })).status,
    ).toBe(200);
    await until('the out-of-office event', () => events(messages, `v2.users.${user.id}.outofoffice`).length === 1);
    expect(events(messages, `v2.users.${user.id}.outofoffice`)[0].eventBody).toMatchObject({
      user: { id: user.id },
      active: true,
      indefinite: true,
    });
    expect(events(messages, `v2.users.${user.id}.routingStatus`)).toHaveLength(1);

    // The simulator changes presence or routing status; enough steps change presence at least once.
    h.emu.notifications.simulator.step(20, [user.id]);
    await until('presence events', () => events(messages, `v2.users.${user.id}.presence`).length > 0);
    const presence = events(messages, `v2.users.${user.id}.presence`).at(-1)?.eventBody as {
      presenceDefinition: { id: string; systemPresence: string };
    };
    expect(presence.presenceDefinition.id).toBe(h.emu.store.sub(user).presence.definitionId);
    expect(presence.presenceDefinition.systemPresence).toBe(
      h.emu.store.presenceDefs.get(presence.presenceDefinition.id)?.systemPresence,
    );
    ws.close();
  });

  test('station association publishes to the user who took the station and the one who lost it', async () => {
    const [x, y] = h.emu.store.sortedUsers().slice(20, 22);
    const station = [...h.emu.store.stations.values()][0];
    const { body: ch } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
    const { ws, messages } = await connect(ch);
    await h.send(
      'PUT',
      `/api/v2/notifications/channels/${ch.id}/subscriptions`,
      [x, y].map((u) => ({ id: `v2.users.${u.id}.station` })),
    );
    await h.send('PUT', `/api/v2/users/${x.id}/station/associatedstation/${station.id}`);
    await until('x station event', () => events(messages, `v2.users.${x.id}.station`).length === 1);
    expect(events(messages, `v2.users.${x.id}.station`)[0].eventBody).toMatchObject({
      associatedStation: { id: station.id },
    });
    await h.send('PUT', `/api/v2/users/${y.id}/station/associatedstation/${station.id}`);
    await until(
      'both station events',
      () =>
        events(messages, `v2.users.${y.id}.station`).length === 1 &&
        events(messages, `v2.users.${x.id}.station`).length === 2,
    );
    expect(events(messages, `v2.users.${x.id}.station`)[1].eventBody).toMatchObject({
      lastAssociatedStation: { id: station.id },
    });
    ws.close();
  });

  test('a planned close sends v2.system.socket_closing first; expiry ends the channel', async () => {
    h.emu.setKnobs({ notificationClosingGraceSeconds: 0.05 });
    const { body: ch } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
    const { messages, closed } = await connect(ch);
    expect(h.emu.notifications.closeSockets({ planned: true, channelId: ch.id })).toBe(1);
    expect(await closed).toBe(1001);
    expect(messages.some((m) => m.topicName === 'v2.system.socket_closing')).toBe(true);

    h.emu.setKnobs({ notificationChannelTtlSeconds: 0.1 });
    try {
      const { body: short } = await h.send<Channel>('POST', '/api/v2/notifications/channels');
      const socket = await connect(short);
      await socket.closed;
      expect((await h.get(`/api/v2/notifications/channels/${short.id}/subscriptions`)).status).toBe(404);
    } finally {
      h.emu.setKnobs({ notificationChannelTtlSeconds: 86_400 });
    }
  });

  test('control endpoints: stats, forced close, simulated activity; knobs validated', async () => {
    const stats = await fetch(`${h.emu.url}/__emulator/notifications`).then(
      (r) => r.json() as Promise<{ channels: number; topicsByChannel: Record<string, string[]> }>,
    );
    expect(stats.channels).toBeGreaterThan(0);
    const step = await fetch(`${h.emu.url}/__emulator/activity`, {
      method: 'POST',
      body: JSON.stringify({ changes: 3 }),
    });
    expect(step.status).toBe(200);
    const bad = await fetch(`${h.emu.url}/__emulator/activity`, {
      method: 'POST',
      body: JSON.stringify({ changes: 0 }),
    });
    expect(bad.status).toBe(400);
    const knob = await fetch(`${h.emu.url}/__emulator/knobs`, {
      method: 'PATCH',
      body: JSON.stringify({ activityPerSecond: -1 }),
    });
    expect(knob.status).toBe(400);
    const ok = await fetch(`${h.emu.url}/__emulator/knobs`, {
      method: 'PATCH',
      body: JSON.stringify({ activityPerSecond: 0, notificationsMuted: false }),
    });
    expect(ok.status).toBe(200);
  });
});
