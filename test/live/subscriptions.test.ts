/**
 * GraphQL subscriptions over graphql-ws against the emulator's Notifications API: the four fields, `user`
 * batched across the events of one dispatch, one upstream channel per identity with reference-counted topics,
 * isolation between identities, and the exact REST calls made.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { Harness } from '../helpers/harness.js';
import { graphql, present } from '../helpers/operations.js';
import { liveClient, record, settle, startLiveHarness, until } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startLiveHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await until('no upstream topics left', () => h.emulator.notifications.snapshot().topics === 0);
  await h.resetCalls();
});

const users = (from: number, n: number): string[] =>
  h.emulator.store
    .sortedUsers()
    .slice(from, from + n)
    .map((u) => u.id);
const topics = () => h.emulator.notifications.snapshot().topics;

const PRESENCE = graphql(`
  subscription LiveBoard($ids: [ID!]!) {
    userPresenceChanged(userIds: $ids) {
      userId
      resynced
      presence {
        presenceDefinition {
          id
          systemPresence
        }
        modifiedDate
      }
      user {
        id
        name
        title
      }
    }
  }
`);

describe('the four subscription fields', () => {
  test('presence: pushed values equal the emulator state, and `user` resolves for every event', async () => {
    const ids = users(0, 20);
    const client = liveClient(h);
    const rec = record(client, PRESENCE, { ids });
    await until('20 topics upstream', () => topics() === 20);
    h.emulator.notifications.simulator.step(40, ids);
    const changed = await (async () => {
      await until('events', () => rec.results.length > 0);
      await settle();
      return rec.results;
    })();
    for (const result of changed) {
      expect(result.errors).toBeUndefined();
      const event = present(result.data, 'event data').userPresenceChanged;
      expect(ids).toContain(event.userId);
      expect(event.user.id).toBe(event.userId);
      expect(event.user.name).toBe(h.emulator.store.user(event.userId)?.name);
      expect(event.resynced).toBe(false);
    }
    // The last event of each user is that user's current presence.
    const events = changed.map((r) => present(r.data, 'event data').userPresenceChanged);
    const last = new Map(events.map((event) => [event.userId, event]));
    for (const [userId, event] of last)
      expect(event.presence.presenceDefinition?.id).toBe(h.emulator.store.sub(userId).presence.definitionId);
    await client.dispose();
  });

  test('routing status, out of office and station events follow writes made through the gateway', async () => {
    const [a, b] = users(30, 2);
    const station = [...h.emulator.store.stations.values()][3];
    const client = liveClient(h);
    const rs = record(
      client,
      graphql(`
        subscription LiveRoutingStatus($ids: [ID!]!) {
          userRoutingStatusChanged(userIds: $ids) {
            userId
            routingStatus {
              userId
              status
              startTime
            }
            user {
              name
            }
          }
        }
      `),
      { ids: [a] },
    );
    const ooo = record(
      client,
      graphql(`
        subscription LiveOutOfOffice($ids: [ID!]!) {
          userOutOfOfficeChanged(userIds: $ids) {
            userId
            outOfOffice {
              active
              indefinite
            }
          }
        }
      `),
      { ids: [a] },
    );
    const st = record(
      client,
      graphql(`
        subscription LiveStation($ids: [ID!]!) {
          userStationChanged(userIds: $ids) {
            userId
            station {
              associatedStation {
                id
              }
              lastAssociatedStation {
                id
              }
            }
          }
        }
      `),
      { ids: [a, b] },
    );
    await until('4 topics upstream', () => topics() === 4);
    const next = h.emulator.store.sub(a).routingStatus.status === 'IDLE' ? 'OFF_QUEUE' : 'IDLE';
    const write = await h.execute(
      `mutation { setUserRoutingStatus(userId: "${a}", input: { status: ${next} }) { userId } }`,
    );
    expect(write.errors).toBeUndefined();
    await until('routing status event', () => rs.results.length === 1);
    expect(rs.results[0].data?.userRoutingStatusChanged).toMatchObject({
      userId: a,
      routingStatus: { userId: a, status: next },
    });

    await h.execute(
      `mutation { setUserOutOfOffice(userId: "${a}", input: { active: true, indefinite: true }) { userId } }`,
    );
    await until('out-of-office event', () => ooo.results.length === 1);
    expect(ooo.results[0].data?.userOutOfOfficeChanged.outOfOffice).toEqual({ active: true, indefinite: true });

    await h.execute(`mutation { setUserAssociatedStation(userId: "${a}", stationId: "${station.id}") { userId } }`);
    await until('a station event', () => st.results.length === 1);
    await h.execute(`mutation { setUserAssociatedStation(userId: "${b}", stationId: "${station.id}") { userId } }`);
    await until('three station events', () => st.results.length === 3);
    const byUser = st.results.map((r) => present(r.data, 'event data').userStationChanged);
    expect(byUser[0]).toMatchObject({ userId: a, station: { associatedStation: { id: station.id } } });
    expect(byUser.slice(1).find((e) => e.userId === b)?.station.associatedStation?.id).toBe(station.id);
    expect(byUser.slice(1).find((e) => e.userId === a)?.station).toMatchObject({
      associatedStation: null,
      lastAssociatedStation: { id: station.id },
    });
    await client.dispose();
  });
});

describe('batching and multiplexing', () => {
  test('the users of events delivered together load in one bulk call, with the expands their selection needs', async () => {
    const ids = users(40, 30);
    const client = liveClient(h);
    const rec = record(
      client,
      graphql(`
        subscription LivePresenceUsers($ids: [ID!]!) {
          userPresenceChanged(userIds: $ids) {
            userId
            user {
              name
              routingStatus {
                status
              }
            }
          }
        }
      `),
      { ids },
    );
    await until('30 topics upstream', () => topics() === 30);
    await h.resetCalls();
    // Presence of every one of the 30 users changes at once (one emulator flush, one burst on the socket).
    const store = h.emulator.store;
    const defs = [...store.presenceDefs.values()].filter((d) => d.primary);
    for (const id of ids) {
      const sub = store.sub(id);
      sub.presence = {
        definitionId: defs.find((d) => d.id !== sub.presence.definitionId)!.id,
        modifiedDate: new Date().toISOString(),
      };
      store.touch(store.user(id)!);
    }
    await until('30 events', () => rec.results.length === 30);
    expect(rec.results.every((r) => r.errors === undefined)).toBe(true);
    const calls = (await h.calls()).filter((c) => c.route === '/api/v2/users');
    // 30 ids ride in one GET /api/v2/users (a burst split across socket reads may take one more).
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(calls.flatMap((c) => c.query.id ?? []).sort()).toEqual([...ids].sort());
    expect(calls.every((c) => (c.query.expand ?? []).join(',').includes('routingStatus'))).toBe(true);
    await client.dispose();
  });

  test('one channel per identity carries every topic its clients need; topics leave with their last client', async () => {
    const [x, y, z] = users(80, 3);
    const first = liveClient(h, 'mux-token');
    const second = liveClient(h, 'mux-token');
    const a = record(first, PRESENCE, { ids: [x, y] });
    const b = record(second, PRESENCE, { ids: [y, z] });
    await until('3 topics', () => topics() === 3);
    const snap = h.emulator.notifications.snapshot();
    expect(snap.channelsCreated).toBeGreaterThan(0);
    const channels = Object.values(h.emulator.notifications.topicsByChannel()).filter((t) => t.length > 0);
    expect(channels).toHaveLength(1);
    expect(channels[0].sort()).toEqual([x, y, z].map((id) => `v2.users.${id}.presence`).sort());
    const metrics = await fetch(h.gateway.url.replace(/\/graphql$/, '/metrics')).then((r) => r.text());
    expect(metrics).toMatch(/^usergraph_live_topics 3$/m);
    expect(metrics).toMatch(/^usergraph_live_channels 1$/m);
    expect(metrics).toMatch(/^usergraph_live_connections 2$/m);
    const channelCalls = (await h.calls()).filter(
      (c) => c.route === '/api/v2/notifications/channels' && c.method === 'POST',
    );
    expect(channelCalls.length).toBeLessThanOrEqual(1);

    a.stop();
    await until('x dropped, y kept', () => topics() === 2);
    expect(Object.values(h.emulator.notifications.topicsByChannel()).flat().sort()).toEqual(
      [y, z].map((id) => `v2.users.${id}.presence`).sort(),
    );
    b.stop();
    await until('no topics', () => topics() === 0);
    // No REST polling: besides channel management nothing was called.
    expect((await h.calls()).every((c) => c.route.startsWith('/api/v2/notifications/'))).toBe(true);
    await first.dispose();
    await second.dispose();
  });

  test("no client ever receives another identity's events", async () => {
    const [shared] = users(90, 1);
    h.emulator.setKnobs({
      permissions: {
        'token-a': { userId: users(0, 1)[0], permissions: ['*:*:*'] },
        'token-b': { userId: users(1, 1)[0], permissions: ['*:*:*'] },
        'test-token': { permissions: ['*:*:*'] },
      },
    });
    try {
      const ca = liveClient(h, 'token-a');
      const cb = liveClient(h, 'token-b');
      const [onlyA] = users(91, 1);
      const a = record(ca, PRESENCE, { ids: [shared, onlyA] });
      const b = record(cb, PRESENCE, { ids: [shared] });
      await until(
        'topics on two channels',
        () => Object.values(h.emulator.notifications.topicsByChannel()).filter((t) => t.length > 0).length === 2,
      );
      h.emulator.notifications.simulator.step(30, [onlyA]);
      h.emulator.notifications.simulator.step(30, [shared]);
      await until(
        'both saw the shared user',
        () =>
          a.results.some((r) => r.data?.userPresenceChanged.userId === shared) &&
          b.results.some((r) => r.data?.userPresenceChanged.userId === shared),
      );
      await settle();
      expect(a.results.some((r) => r.data?.userPresenceChanged.userId === onlyA)).toBe(true);
      expect(b.results.every((r) => r.data?.userPresenceChanged.userId === shared)).toBe(true);
      // Each identity's events travelled on its own channel, owned upstream by its own user.
      const owners = Object.keys(h.emulator.notifications.snapshot().channelsByOwner);
      expect(owners).toEqual(expect.arrayContaining([`user:${users(0, 1)[0]}`, `user:${users(1, 1)[0]}`]));
      await ca.dispose();
      await cb.dispose();
    } finally {
      h.emulator.setKnobs({ permissions: undefined });
    }
  });
});
