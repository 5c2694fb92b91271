/**
 * `npm run bench:live`: the live graph under a supervisor-wallboard load, written to bench/LIVE.md.
 *
 * The emulator runs in this process (so its emit time and the clients' receipt time share one clock); the
 * gateway runs as `npm start` would, in its own process, against it. 10 identities (tokens of 10 different
 * users) open 10 graphql-ws connections each, 10 subscriptions per connection: 1,000 subscriptions, each
 * following 50 of 500 users (presence or routing status, alternately), so every identity follows 1,000
 * topics. Then:
 *   1. upstream channels counted at the emulator (target: at most 10, one per identity) and REST calls by route
 *      while events flow (target: channel management only, no polling);
 *   2. the activity simulator at 100 changes/s for LIVE_BENCH_SECONDS (30) after LIVE_BENCH_WARMUP_SECONDS (10) at the
 *      same rate: delivery latency from the emulator's publish to the client's receipt (p50/p99 over every
 *      delivery), and deliveries missing (a slow subscription keeps only each user's newest value);
 *   3. memory per subscription: the gateway's V8 heap and RSS before and after the 1,000 subscriptions;
 *   4. a forced close of every upstream socket while changes go on: reconnects, the topics on the channels
 *      afterwards against the topics the clients follow (no stale topic, none missing), and every client's
 *      last value of every user against the emulator's state once things settle (none stale).
 * Not a timed test: run it again to refresh the figures. Exits 1 when a target is missed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startEmulator } from '../emulator/index.js';
import { memoryOf, spawnGateway } from './processes.js';

const IDENTITIES = 10;
const CONNECTIONS_PER_IDENTITY = 10;
const SUBSCRIPTIONS_PER_CONNECTION = 10;
const USERS = 500;
const USERS_PER_SUBSCRIPTION = 50;
const RATE = 100;
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS ?? 30);
/** Events flow this long before the measurement: the gateway's first seconds (JIT, heap sizing) are slower. */
const WARMUP_SECONDS = Number(process.env.LIVE_BENCH_WARMUP_SECONDS ?? 10);

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, capMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > capMs) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(20);
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

type Kind = 'presence' | 'routingStatus';
interface Sub {
  kind: Kind;
  users: string[];
  /** userId → the value's timestamp (presence modifiedDate / routing status startTime) last received. */
  last: Map<string, string>;
  resynced: number;
}

const QUERIES: Record<Kind, string> = {
  presence:
    'subscription($ids: [ID!]!) { userPresenceChanged(userIds: $ids) { userId resynced presence { presenceDefinition { id } modifiedDate } } }',
  routingStatus:
    'subscription($ids: [ID!]!) { userRoutingStatusChanged(userIds: $ids) { userId resynced routingStatus { status startTime } } }',
};

async function heapUsed(gatewayUrl: string): Promise<number> {
  // The lowest of a few samples: the heap right after a minor collection, not mid-allocation.
  let low = Infinity;
  for (let i = 0; i < 5; i++) {
    const text = await fetch(gatewayUrl.replace(/\/graphql$/, '/metrics')).then((r) => r.text());
    const m = /^nodejs_heap_size_used_bytes (\d+(\.\d+)?)/m.exec(text);
    if (m) low = Math.min(low, Number(m[1]));
    await sleep(200);
  }
  return low;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, users: 1000, seed: 42 });
  const org = emulator.store.sortedUsers();
  const tokens = Array.from({ length: IDENTITIES }, (_, i) => `live-bench-${i}`);
  emulator.setKnobs({
    permissions: Object.fromEntries(tokens.map((t, i) => [t, { userId: org[900 + i].id, permissions: ['*:*:*'] }])),
  });
  const followed = org.slice(0, USERS).map((u) => u.id);
  const gateway = await spawnGateway(emulator.url, {
    LOG_LEVEL: 'warn',
    ...(process.env.LIVE_BENCH_PROFILE
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.LIVE_BENCH_PROFILE}` }
      : {}),
  });
  const wsUrl = gateway.url.replace(/^http/, 'ws');
  const emitted = new Map<string, number>();
  let received = 0;
  let errors = 0;
  const latencies: number[] = [];
  let measuring = false;
  let expectedDeliveries = 0;
  // How many subscriptions follow each topic (to count the deliveries an emit should cause).
  const followers = new Map<string, number>();

  emulator.notifications.onPublish = (topic, body) => {
    if (!measuring) return;
    const b = body as { modifiedDate?: string; routingStatus?: { startTime?: string } };
    const stamp = b.modifiedDate ?? b.routingStatus?.startTime ?? '';
    emitted.set(`${topic}|${stamp}`, performance.now());
    expectedDeliveries += followers.get(topic) ?? 0;
  };

  /** Waits until nothing arrives at the clients and nothing reaches the emulator for a second. */
  const quiet = async (): Promise<void> => {
    let last = '';
    for (;;) {
      await sleep(1_000);
      const now = `${received}/${emulator.requests.snapshot().total}`;
      if (now === last) return;
      last = now;
    }
  };

  /** (subscription, user) pairs whose last value received differs from the emulator's (users that changed only). */
  const staleValuesOf = (subs: Sub[]): number => {
    let stale = 0;
    for (const sub of subs) {
      for (const userId of sub.users) {
        const last = sub.last.get(userId);
        if (last === undefined) continue;
        const state = emulator.store.sub(userId);
        if (last !== (sub.kind === 'presence' ? state.presence.modifiedDate : state.routingStatus.startTime))
          stale += 1;
      }
    }
    return stale;
  };

  try {
    const heapBefore = await heapUsed(gateway.url);
    const rssBefore = memoryOf(gateway.pid).rss;
    const clients: Client[] = [];
    const subs: Sub[] = [];
    for (let i = 0; i < IDENTITIES; i++) {
      for (let c = 0; c < CONNECTIONS_PER_IDENTITY; c++) {
        const client = createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${tokens[i]}` },
          retryAttempts: 0,
        });
        clients.push(client);
        for (let s = 0; s < SUBSCRIPTIONS_PER_CONNECTION; s++) {
          const j = c * SUBSCRIPTIONS_PER_CONNECTION + s;
          const kind: Kind = j % 2 === 0 ? 'presence' : 'routingStatus';
          const start = ((j >> 1) * USERS_PER_SUBSCRIPTION) % USERS;
          const users = followed.slice(start, start + USERS_PER_SUBSCRIPTION);
          const sub: Sub = { kind, users, last: new Map(), resynced: 0 };
          subs.push(sub);
          for (const u of users) {
            const topic = kind === 'presence' ? `v2.users.${u}.presence` : `v2.users.${u}.routingStatus`;
            followers.set(topic, (followers.get(topic) ?? 0) + 1);
          }
          client.subscribe<
            Record<
              string,
              {
                userId: string;
                resynced: boolean;
                presence?: { modifiedDate: string };
                routingStatus?: { startTime: string };
              }
            >
          >(
            { query: QUERIES[kind], variables: { ids: users } },
            {
              next: (result) => {
                const at = performance.now();
                received += 1;
                if (result.errors) errors += 1;
                const event = Object.values(result.data ?? {})[0];
                if (!event) return;
                const stamp = event.presence?.modifiedDate ?? event.routingStatus?.startTime ?? '';
                sub.last.set(event.userId, stamp);
                if (event.resynced) sub.resynced += 1;
                const topic = `v2.users.${event.userId}.${kind}`;
                const emittedAt = emitted.get(`${topic}|${stamp}`);
                if (measuring && emittedAt !== undefined && !event.resynced) latencies.push(at - emittedAt);
              },
              error: () => void (errors += 1),
              complete: () => undefined,
            },
          );
        }
      }
    }
    const topicsWanted = [...followers.keys()].sort();
    await until(
      'every topic subscribed upstream',
      () => emulator.notifications.snapshot().topics === topicsWanted.length,
    );
    await sleep(1_000);
    const heapAfter = await heapUsed(gateway.url);
    const rssAfter = memoryOf(gateway.pid).rss;
    const snapshot = emulator.notifications.snapshot();
    const topicsOnChannels = Object.values(emulator.notifications.topicsByChannel()).flat().length;
    const setupCalls = emulator.requests.snapshot();
    emulator.requests.reset();

    // 2. Delivery at RATE changes per second, after a warm-up at the same rate (its latency reported apart).
    const warmup: number[] = [];
    const warmupSink = latencies;
    measuring = true;
    emulator.setKnobs({ activityPerSecond: RATE });
    await sleep(WARMUP_SECONDS * 1000);
    emulator.setKnobs({ activityPerSecond: 0 });
    await quiet();
    measuring = false;
    warmup.push(...warmupSink.splice(0).sort((a, b) => a - b));
    emitted.clear();
    expectedDeliveries = 0;
    const changesBefore = emulator.notifications.simulator.changes;
    const cpuBefore = { bench: process.cpuUsage(), gateway: cpuOf(gateway.pid) };
    measuring = true;
    const measuredFrom = performance.now();
    emulator.setKnobs({ activityPerSecond: RATE });
    await sleep(SECONDS * 1000);
    emulator.setKnobs({ activityPerSecond: 0 });
    await quiet();
    measuring = false;
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const cpu = {
      bench: (benchCpu.user + benchCpu.system) / 1e6 / ((performance.now() - measuredFrom) / 1000),
      gateway: (cpuOf(gateway.pid) - cpuBefore.gateway) / ((performance.now() - measuredFrom) / 1000),
    };
    const changes = emulator.notifications.simulator.changes - changesBefore;
    const steadyCalls = emulator.requests.snapshot();
    const delivered = latencies.length;
    latencies.sort((a, b) => a - b);
    const load = os.loadavg()[0];

    const staleBeforeClose = staleValuesOf(subs);

    // 4. A forced close of every upstream socket while changes go on.
    emulator.requests.reset();
    emulator.setKnobs({ activityPerSecond: RATE });
    const resyncedBefore = subs.reduce((n, s) => n + s.resynced, 0);
    const cut = emulator.notifications.closeSockets({ planned: false });
    await until(
      'every channel connected again',
      () => emulator.notifications.snapshot().connectedSockets === snapshot.channels,
    );
    await sleep(2_000);
    emulator.setKnobs({ activityPerSecond: 0 });
    await quiet();
    const resynced = subs.reduce((n, s) => n + s.resynced, 0) - resyncedBefore;
    const recoveryCalls = emulator.requests.snapshot();
    const topicsAfter = Object.values(emulator.notifications.topicsByChannel()).flat().sort();
    const stale = topicsAfter.filter((t) => !followers.has(t)).length;
    const missing = topicsWanted.filter((t) => !topicsAfter.includes(t)).length;
    const staleValues = staleValuesOf(subs);

    for (const client of clients) await client.dispose();

    const subscriptions = subs.length;
    const routes = (calls: { counts: Record<string, number> }) =>
      Object.entries(calls.counts)
        .map(([route, n]) => `\`${route}\` ${n}`)
        .join(', ') || 'none';
    const polling = Object.entries(steadyCalls.counts)
      .filter(([route]) => !route.includes('/notifications/'))
      .reduce((n, [, c]) => n + c, 0);
    const targets = {
      channels: snapshot.channels <= IDENTITIES,
      noPolling: polling === 0,
      noStaleTopic: stale === 0 && missing === 0,
      noStaleValue: staleValues === 0,
      errors: errors === 0,
    };
    const lines = [
      '# Live updates: benchmark',
      '',
      '`npm run bench:live` (`bench/live.ts`): the emulator in the benchmark process (emit and receipt share one clock), the',
      'gateway as `npm start` runs it in its own process, graphql-ws clients in the benchmark process, all on loopback.',
      `${IDENTITIES} identities (tokens of ${IDENTITIES} users) × ${CONNECTIONS_PER_IDENTITY} connections × ${SUBSCRIPTIONS_PER_CONNECTION} subscriptions = ${subscriptions} subscriptions,`,
      `each following ${USERS_PER_SUBSCRIPTION} of ${USERS} users (presence or routing status, alternately): ${topicsWanted.length} topics per identity, each followed by ${(subscriptions * USERS_PER_SUBSCRIPTION) / IDENTITIES / topicsWanted.length} of its subscriptions.`,
      'Not a timed test: run it again to refresh these figures.',
      '',
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; load average ${load.toFixed(2)} at the end of the measured window`,
      "(the machine is shared: other processes' work shows up as latency spikes).",
      '',
      '## Results',
      '',
      '| | |',
      '|---|---|',
      `| **Upstream channels** (counted at the emulator) | **${snapshot.channels}** for ${IDENTITIES} identities (target ≤ ${IDENTITIES}); by owner: ${Object.values(snapshot.channelsByOwner).join(', ')} |`,
      `| Topics upstream | ${topicsOnChannels} subscriptions over the channels, ${snapshot.topics} distinct |`,
      `| REST calls to set up | ${routes(setupCalls)} |`,
      `| **REST calls while events flowed** | **${polling}** besides channel management (no polling); all: ${routes(steadyCalls)} |`,
      `| Changes | ${changes} in ${SECONDS} s (simulator set to ${RATE}/s) |`,
      `| CPU while events flowed | gateway ${(100 * cpu.gateway).toFixed(0)} % of a core; benchmark process (emulator + clients) ${(100 * cpu.bench).toFixed(0)} % |`,
      `| Deliveries measured | ${delivered} of ${expectedDeliveries} expected (${expectedDeliveries ? ((100 * delivered) / expectedDeliveries).toFixed(2) : '0'} %) |`,
      `| **Delivery latency** emit → receipt (ms) | **p50 ${percentile(latencies, 50).toFixed(2)}, p99 ${percentile(latencies, 99).toFixed(2)}**, max ${percentile(latencies, 100).toFixed(2)} |`,
      `| Latency during the ${WARMUP_SECONDS} s warm-up (ms) | p50 ${percentile(warmup, 50).toFixed(2)}, p99 ${percentile(warmup, 99).toFixed(2)}, max ${percentile(warmup, 100).toFixed(2)} (${warmup.length} deliveries; not in the figures above) |`,
      `| **Memory per subscription** | **V8 heap ${((heapAfter - heapBefore) / subscriptions / 1024).toFixed(1)} KiB**, RSS ${((rssAfter - rssBefore) / subscriptions / 1024).toFixed(1)} KiB (heap ${mib(heapBefore)} → ${mib(heapAfter)} MiB, RSS ${mib(rssBefore)} → ${mib(rssAfter)} MiB, ${clients.length} sockets included) |`,
      `| **Forced close** | ${cut} sockets cut while changes went on; reconnected, ${recoveryCalls.counts['POST /api/v2/notifications/channels'] ?? 0} channels created (the old ones reused); ${resynced} resynced deliveries; REST: ${routes(recoveryCalls)} |`,
      `| **Topics after recovery** | ${topicsAfter.length}: **${stale} stale** (followed by no client), **${missing} missing** |`,
      `| **Values after recovery** | **${staleValues} stale** of ${subs.reduce((n, s) => n + s.last.size, 0)} (subscription, user) pairs with a value, checked against the emulator (before the close: ${staleBeforeClose}) |`,
      `| Errors | ${errors} |`,
      '',
      '## Reading it',
      '',
      "- **One channel per identity**: every topic an identity's clients need rides on one notification channel",
      '  (a second only past 1,000 topics), whatever the number of clients and subscriptions.',
      '- **No polling**: while events flow, the gateway makes no REST call at all (these subscriptions select no',
      '  `user`; selecting it costs one bulk `GET /api/v2/users` per identity per dispatch).',
      "- **Latency** is the gateway's own path: socket read, parse, fan-out to the subscriptions, execution, graphql-ws",
      '  send, on 2 cores shared by the emulator, the gateway and 100 client sockets. A fresh gateway is slower for its',
      '  first seconds of traffic (JIT, heap growth): the warm-up row shows it; the measured window follows it.',
      '- **Deliveries measured** below 100 %: a subscription whose queue holds an older value of a user when a newer one',
      '  arrives keeps only the newer (never a backlog of stale values); a value is never lost, only superseded.',
      "- **Memory** is the growth of the gateway's heap and resident set with the 1,000 subscriptions (100 sockets, the",
      '  parsed operations, the streams, the topic tables), read without a forced collection: an upper bound.',
      '- **Recovery**: the cut sockets reconnect to the same channels, re-subscribe, and read every topic again in bulk',
      "  (`GET /api/v2/users?id=…&expand=…`, 100 ids a call); the values then equal the emulator's.",
      '',
      `Targets: ${Object.entries(targets)
        .map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`)
        .join(', ')}.`,
      '',
    ];
    const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'LIVE.md');
    writeFileSync(out, lines.join('\n'));
    console.log(lines.join('\n'));
    if (Object.values(targets).some((ok) => !ok)) process.exitCode = 1;
  } finally {
    await gateway.stop();
    await emulator.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
