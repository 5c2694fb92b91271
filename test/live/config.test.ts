/** The live graph's settings: defaults, validation, and every variable documented in the README. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config.js';
import { LIVE_ENV } from '../../src/live/config.js';

describe('live configuration', () => {
  test('defaults', () => {
    expect(loadConfig({}).live).toEqual({
      enabled: true,
      maxSubscriptionsPerConnection: 50,
      maxUsersPerSubscription: 500,
      maxTopicsPerIdentity: 10_000,
      maxMessageBytes: 65_536,
      connectionInitTimeoutMs: 10_000,
      upstreamHeartbeatTimeoutMs: 75_000,
      upstreamPingIntervalMs: 30_000,
      reconnectBaseMs: 500,
      reconnectMaxMs: 30_000,
      idleChannelMs: 60_000,
    });
  });

  test('a bad value names the variable; more topics than 20 channels can carry is refused', () => {
    expect(() => loadConfig({ LIVE_MAX_TOPICS_PER_IDENTITY: '20001' })).toThrow(ConfigError);
    expect(() => loadConfig({ LIVE_SUBSCRIPTIONS: 'maybe' })).toThrow(/LIVE_SUBSCRIPTIONS/);
  });

  test('every variable is in the README "Live updates" table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('## Live updates');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const name of LIVE_ENV) expect(section).toContain(`\`${name}\``);
  });
});
