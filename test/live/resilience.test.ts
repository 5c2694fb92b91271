/**
 * The upstream link under trouble: a cut socket, a planned close (socket_closing), lost heartbeats and
 * channel expiry all end in a reconnect, the same topics re-subscribed, and a fresh value read from the API
 * for every topic (`resynced: true`), so no client stays stale silently.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { Harness } from '../helpers/harness.js';
import { graphql, present } from '../helpers/operations.js';
import { liveClient, record, startLiveHarness, until } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startLiveHarness({ emulator: { notificationClosingGraceSeconds: 0.05 } });
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await until('no upstream topics left', () => h.emulator.notifications.snapshot().topics === 0);
});

const RS = graphql(`
  subscription LiveResynced($ids: [ID!]!) {
    userRoutingStatusChanged(userIds: $ids) {
      userId
      resynced
      routingStatus {
        status
      }
    }
  }
`);
const users = (from: number, n: number): string[] =>
  h.emulator.store
    .sortedUsers()
    .slice(from, from + n)
    .map((u) => u.id);
const reconnects = () => h.gateway.gateway.live?.hub.stats().reconnects ?? 0;
const subscribedTopics = () => Object.values(h.emulator.notifications.topicsByChannel()).flat().sort();

async function followed(ids: string[]) {
  const client = liveClient(h, 'resilience-token');
  const rec = record(client, RS, { ids });
  await until('topics upstream', () => h.emulator.notifications.snapshot().topics === ids.length);
  return { client, rec };
}

/** After a gap: every followed user once more, resynced, with the emulator's current value; same topics upstream. */
async function expectResynced(rec: Awaited<ReturnType<typeof followed>>['rec'], ids: string[], before: number) {
  await until(
    'a resynced value for every user',
    () => rec.results.filter((r) => r.data?.userRoutingStatusChanged.resynced).length >= ids.length,
  );
  const resynced = rec.results
    .slice(before)
    .filter((r) => r.data?.userRoutingStatusChanged.resynced)
    .map((r) => present(r.data, 'event data').userRoutingStatusChanged);
  expect(resynced.map((e) => e.userId).sort()).toEqual([...ids].sort());
  for (const e of resynced) expect(e.routingStatus.status).toBe(h.emulator.store.sub(e.userId).routingStatus.status);
  expect(subscribedTopics()).toEqual(ids.map((id) => `v2.users.${id}.routingStatus`).sort());
}

describe('reconnect and resync', () => {
  test('a cut socket: reconnect to the same channel, re-subscribe, a fresh value per topic; changes made in the gap are not lost', async () => {
    const ids = users(0, 5);
    const { client, rec } = await followed(ids);
    const channelsBefore = h.emulator.notifications.snapshot().channelsCreated;
    const before = reconnects();
    h.emulator.setKnobs({ notificationsMuted: true });
    expect(h.emulator.notifications.closeSockets({ planned: false })).toBeGreaterThan(0);
    // A change while the gateway is away: no event can carry it.
    const next = h.emulator.store.sub(ids[0]).routingStatus.status === 'IDLE' ? 'OFF_QUEUE' : 'IDLE';
    await fetch(`${h.emulator.url}/api/v2/users/${ids[0]}/routingstatus`, {
      method: 'PUT',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ status: next }),
    });
    h.emulator.setKnobs({ notificationsMuted: false });
    await until('a reconnect', () => reconnects() > before);
    await expectResynced(rec, ids, 0);
    expect(
      rec.results.find((r) => r.data?.userRoutingStatusChanged.userId === ids[0])?.data?.userRoutingStatusChanged
        .routingStatus.status,
    ).toBe(next);
    // The channel was reused: none created.
    expect(h.emulator.notifications.snapshot().channelsCreated).toBe(channelsBefore);
    await client.dispose();
  });

  test('v2.system.socket_closing: the gateway moves at once and resyncs', async () => {
    const ids = users(10, 3);
    const { client, rec } = await followed(ids);
    const before = reconnects();
    expect(h.emulator.notifications.closeSockets({ planned: true })).toBeGreaterThan(0);
    await until('a reconnect', () => reconnects() > before);
    await expectResynced(rec, ids, 0);
    await client.dispose();
  });

  test('lost heartbeats (a half-dead socket): the watchdog reconnects; events flow again', async () => {
    const ids = users(20, 2);
    const { client, rec } = await followed(ids);
    const before = reconnects();
    h.emulator.setKnobs({ notificationsMuted: true });
    await until('a reconnect attempt', () => reconnects() > before);
    h.emulator.setKnobs({ notificationsMuted: false });
    await expectResynced(rec, ids, 0);
    const count = rec.results.length;
    h.emulator.notifications.simulator.step(10, ids);
    await until('live events again', () =>
      rec.results.slice(count).some((r) => r.data?.userRoutingStatusChanged.resynced === false),
    );
    await client.dispose();
  });

  test('an expired channel (removed upstream) is replaced by a new one with the same topics', async () => {
    const ids = users(30, 2);
    const { client, rec } = await followed(ids);
    const created = h.emulator.notifications.snapshot().channelsCreated;
    expect(h.emulator.notifications.expireChannels()).toBeGreaterThan(0);
    await until('a new channel', () => h.emulator.notifications.snapshot().channelsCreated > created);
    await expectResynced(rec, ids, 0);
    await client.dispose();
  });

  test('a short-lived channel is renewed before it expires: no reconnect, same channel', async () => {
    h.emulator.setKnobs({ notificationChannelTtlSeconds: 0.3 });
    try {
      const ids = users(40, 2);
      const { client } = await followed(ids);
      const before = reconnects();
      const { channelsCreated, channelsRemoved } = h.emulator.notifications.snapshot();
      // Three lifetimes pass; each renewal (a PUT of the same topics) moves expiry forward.
      await new Promise((r) => setTimeout(r, 1_000));
      const after = h.emulator.notifications.snapshot();
      expect(after.channelsCreated).toBe(channelsCreated);
      expect(after.channelsRemoved).toBe(channelsRemoved);
      expect(reconnects()).toBe(before);
      expect(subscribedTopics()).toEqual(ids.map((id) => `v2.users.${id}.routingStatus`).sort());
      await client.dispose();
    } finally {
      h.emulator.setKnobs({ notificationChannelTtlSeconds: 86_400 });
    }
  });
});
