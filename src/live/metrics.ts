/**
 * The live graph's metrics, read from the hub and the WebSocket server when /metrics is scraped (gauges with a
 * collect callback: nothing to keep in step).
 */
import { Gauge, type Registry } from 'prom-client';
import type { LiveHub } from './hub.js';
import type { LiveServer } from './ws.js';

export function registerLiveMetrics(registry: Registry, hub: LiveHub, server: LiveServer): void {
  const gauge = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  };
  gauge('usergraph_live_connections', 'Open graphql-ws connections.', () => server.connections());
  gauge(
    'usergraph_live_identities',
    'Upstream identities (tokens or the OAuth client) with live topics.',
    () => hub.stats().identities,
  );
  gauge('usergraph_live_channels', 'Upstream notification channels.', () => hub.stats().channels);
  gauge('usergraph_live_topics', 'Upstream topics followed, all identities.', () => hub.stats().topics);
  gauge(
    'usergraph_live_reconnects',
    'Upstream channel reconnections since start (sessions alive now).',
    () => hub.stats().reconnects,
  );
  gauge(
    'usergraph_live_events_delivered',
    'Events handed to subscriptions since start (sessions alive now).',
    () => hub.stats().delivered,
  );
}
