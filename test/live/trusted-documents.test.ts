/**
 * TRUSTED_DOCUMENTS=enforce covers subscriptions too: over graphql-ws only the text of a published document
 * runs; anything else is refused with PERSISTED_DOCUMENT_REQUIRED before anything is followed upstream.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { hashOf } from '../../src/documents/manifest.js';
import type { Harness } from '../helpers/harness.js';
import { graphql, textOf } from '../helpers/operations.js';
import { liveClient, record, startLiveHarness, until } from './helpers.js';

const TRUSTED = graphql(`
  subscription LiveTrusted($ids: [ID!]!) {
    userPresenceChanged(userIds: $ids) {
      userId
    }
  }
`);
let h: Harness;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'usergraph-live-manifest-'));
  const manifest = path.join(dir, 'manifest.json');
  // The published text is the one the client sends: the printed document.
  const text = textOf(TRUSTED);
  writeFileSync(manifest, JSON.stringify({ [`sha256:${hashOf(text)}`]: text }));
  h = await startLiveHarness({ env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_MANIFESTS: manifest } });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a published subscription runs; a free-form one is refused', async () => {
  const ids = h.emulator.store
    .sortedUsers()
    .slice(0, 2)
    .map((u) => u.id);
  const client = liveClient(h);
  const refused = record(
    client,
    'subscription { userPresenceChanged(userIds: ["00000000-0000-0000-0000-000000000000"]) { userId } }',
  );
  await until('refusal', () => refused.errors.length > 0);
  expect((refused.errors[0] as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe(
    'PERSISTED_DOCUMENT_REQUIRED',
  );
  expect(h.emulator.notifications.snapshot().topics).toBe(0);

  const trusted = record(client, TRUSTED, { ids });
  await until('2 topics', () => h.emulator.notifications.snapshot().topics === 2);
  h.emulator.notifications.simulator.step(10, ids);
  await until('an event', () => trusted.results.length > 0);
  expect(trusted.errors).toEqual([]);
  await client.dispose();
});
