/**
 * Client-credentials mode: every caller acts as the gateway's OAuth client, so every live client is one
 * upstream identity: callers need no token in connection_init, and all their topics share one channel owned by
 * the OAuth client.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Harness } from '../helpers/harness.js';
import { graphql, present } from '../helpers/operations.js';
import { liveClient, record, startLiveHarness, until } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startLiveHarness({
    env: {
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_ID: 'live-client',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'live-secret',
    },
  });
});
afterAll(async () => h?.close());

test("callers without a token, or with different ones, share the OAuth client's one channel", async () => {
  const ids = h.emulator.store
    .sortedUsers()
    .slice(0, 4)
    .map((u) => u.id);
  const anonymous = liveClient(h, null);
  const other = liveClient(h, 'ignored-token');
  const a = record(
    anonymous,
    graphql(`
      subscription LiveAnonymousPresence($ids: [ID!]!) {
        userPresenceChanged(userIds: $ids) {
          userId
          user {
            name
          }
        }
      }
    `),
    { ids: ids.slice(0, 2) },
  );
  const b = record(
    other,
    graphql(`
      subscription LiveOtherPresence($ids: [ID!]!) {
        userPresenceChanged(userIds: $ids) {
          userId
        }
      }
    `),
    { ids: ids.slice(2) },
  );
  await until('4 topics', () => h.emulator.notifications.snapshot().topics === 4);
  expect(h.emulator.notifications.snapshot().channelsByOwner).toEqual({ 'client:live-client': 1 });
  h.emulator.notifications.simulator.step(20, ids);
  await until('events on both', () => a.results.length > 0 && b.results.length > 0);
  expect(
    a.results.every(
      (r) =>
        r.errors === undefined && ids.slice(0, 2).includes(present(r.data, 'event data').userPresenceChanged.userId),
    ),
  ).toBe(true);
  expect(b.results.every((r) => ids.slice(2).includes(present(r.data, 'event data').userPresenceChanged.userId))).toBe(
    true,
  );
  await anonymous.dispose();
  await other.dispose();
});
