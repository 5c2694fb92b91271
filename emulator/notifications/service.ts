/**
 * The Notifications API of the emulator: channels, their topic subscriptions, the WebSocket at each
 * channel's connectUri, heartbeats, `{"message":"ping"}` → pong, `v2.system.socket_closing` before a planned
 * close, channel expiry, and the platform's limits (20 channels per user and app: a 21st removes the least
 * recently used, unconnected ones first; 1,000 topics per channel).
 *
 * Events come from the store's change bus: every write through the API touches the user; the changed users
 * are collected and, once the writing handler has finished (a microtask later), each subscribed topic of
 * theirs whose event body differs from the last one published is published to every channel subscribed to it.
 * The activity simulator changes presence and routing status through the same bus.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Channel, NotificationMessage } from '../../src/genesys/notification-operations.js';
import type { Identity } from '../identity.js';
import { ApiError } from '../errors.js';
import type { EmulatorOptions } from '../options.js';
import type { Rng } from '../prng.js';
import type { EmulatorStore, UserRecord } from '../store.js';
import { ActivitySimulator } from './simulator.js';
import { eventBodyOf, parseUserTopic, USER_TOPIC_SUFFIXES } from './topics.js';

/** Documented limits of the platform. */
const MAX_CHANNELS_PER_OWNER = 20;
const MAX_TOPICS_PER_CHANNEL = 1000;

interface ChannelRecord {
  id: string;
  /** `user:<id>` or `client:<id>`: the "user and app" the 20-channel rule counts by. */
  owner: string;
  tokenHash: string;
  topics: Set<string>;
  expiresAt: number;
  lastUsed: number;
  socket?: WebSocket;
  expiryTimer?: NodeJS.Timeout;
}

export interface NotificationStats {
  channels: number;
  connectedSockets: number;
  /** Distinct topics subscribed by at least one channel. */
  topics: number;
  /** Channels by owner. */
  channelsByOwner: Record<string, number>;
  /** Messages sent on sockets: events (not heartbeats). */
  eventsSent: number;
  /** Topic events published (one per change, whatever the number of channels). */
  eventsPublished: number;
  channelsCreated: number;
  channelsRemoved: number;
}

const ownerOf = (identity: Identity): string =>
  identity.kind === 'client' ? `client:${identity.clientId ?? ''}` : `user:${identity.userId ?? ''}`;

const badRequest = (message: string, fieldName?: string): ApiError =>
  new ApiError(400, 'bad.request', message, fieldName ? { details: [{ errorCode: 'invalid.value', fieldName }] } : {});

export class NotificationService {
  private readonly channels = new Map<string, ChannelRecord>();
  /** topic → channels subscribed to it. */
  private readonly subscribers = new Map<string, Set<ChannelRecord>>();
  /** topic → the last event body published (JSON), so an unchanged topic is not republished. */
  private readonly lastBody = new Map<string, string>();
  private readonly dirty = new Set<UserRecord>();
  private flushScheduled = false;
  private heartbeatTimer?: NodeJS.Timeout;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly stats = { eventsSent: 0, eventsPublished: 0, channelsCreated: 0, channelsRemoved: 0 };
  readonly simulator: ActivitySimulator;
  /** Called for every published topic event (benchmarks stamp the emit time here). */
  onPublish?: (topic: string, body: unknown) => void;
  private stopChanges: () => void;

  constructor(
    private readonly store: EmulatorStore,
    private readonly options: EmulatorOptions,
    private readonly baseWsUrl: () => string,
    rng: Rng,
  ) {
    this.stopChanges = store.onChange((user) => this.changed(user));
    this.simulator = new ActivitySimulator(store, options, rng, () => this.subscribedUserIds());
    this.scheduleHeartbeat();
  }

  // ------------------------------------------------------------------------------------------ REST

  createChannel(identity: Identity, now = Date.now()): Channel {
    const owner = ownerOf(identity);
    const mine = [...this.channels.values()].filter((c) => c.owner === owner);
    if (mine.length >= MAX_CHANNELS_PER_OWNER) {
      // "Creating a 21st channel removes the channel with the oldest last used date; channels without an
      // active connection are removed first."
      mine.sort((a, b) => Number(Boolean(a.socket)) - Number(Boolean(b.socket)) || a.lastUsed - b.lastUsed);
      this.removeChannel(mine[0], 'channel removed: more than 20 channels for this user and app');
    }
    const record: ChannelRecord = {
      id: `streaming-0-${randomUUID().replace(/-/g, '').slice(0, 26)}`,
      owner,
      tokenHash: identity.tokenHash,
      topics: new Set(),
      expiresAt: now + this.ttlMs(),
      lastUsed: now,
    };
    this.channels.set(record.id, record);
    this.stats.channelsCreated += 1;
    this.armExpiry(record);
    return this.channelOf(record);
  }

  listChannels(identity: Identity, include: string): { entities: Channel[] } {
    if (include !== 'token' && include !== 'oauthclient')
      throw badRequest(`includechannels must be token or oauthclient, not ${include}.`, 'includechannels');
    const owner = ownerOf(identity);
    const entities = [...this.channels.values()]
      .filter((c) => (include === 'token' ? c.tokenHash === identity.tokenHash : c.owner === owner))
      .map((c) => this.channelOf(c));
    return { entities };
  }

  /** The caller's channel, or 404 (another owner's channel is not found either). */
  channel(identity: Identity, channelId: string, now = Date.now()): ChannelRecord {
    const c = this.channels.get(channelId);
    if (!c || c.owner !== ownerOf(identity)) {
      throw new ApiError(404, 'not.found', `Channel ${channelId} not found.`, {
        entityId: channelId,
        entityName: 'Channel',
      });
    }
    c.lastUsed = now;
    return c;
  }

  subscriptions(c: ChannelRecord): { entities: Array<{ id: string; selfUri: string }> } {
    return {
      entities: [...c.topics].map((id) => ({ id, selfUri: `/api/v2/notifications/channels/${c.id}/subscriptions` })),
    };
  }

  /** PUT (replace) or POST (add) subscriptions; renews the channel's 24 hours. */
  setSubscriptions(
    c: ChannelRecord,
    body: unknown,
    mode: 'replace' | 'add',
    ignoreErrors: boolean,
  ): { entities: Array<{ id: string; selfUri: string }> } {
    if (!Array.isArray(body))
      throw badRequest('The body must be a list of topics: [{"id": "v2.users.{id}.presence"}].', 'body');
    const wanted: string[] = [];
    body.forEach((item: unknown, i) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      const parsed = typeof id === 'string' ? parseUserTopic(id) : undefined;
      const valid = parsed !== undefined && this.store.user(parsed.userId) !== undefined;
      if (valid) return void wanted.push(`v2.users.${parsed.userId}.${parsed.suffix}`);
      if (!ignoreErrors) {
        throw badRequest(
          typeof id === 'string'
            ? `Topic ${id.slice(0, 200)} is not a valid topic or names an unknown entity.`
            : `Item ${i} has no topic id.`,
          `[${i}].id`,
        );
      }
    });
    const next = new Set(mode === 'replace' ? wanted : [...c.topics, ...wanted]);
    if (next.size > MAX_TOPICS_PER_CHANNEL) {
      throw new ApiError(
        400,
        'bad.request',
        `A channel may subscribe to at most ${MAX_TOPICS_PER_CHANNEL} topics; this request would make ${next.size}.`,
        {
          details: [{ errorCode: 'notification.channel.topic.limit', fieldName: 'body' }],
        },
      );
    }
    for (const topic of c.topics) if (!next.has(topic)) this.unindex(c, topic);
    for (const topic of next) if (!c.topics.has(topic)) this.index(c, topic);
    c.topics = next;
    c.expiresAt = Date.now() + this.ttlMs();
    this.armExpiry(c);
    return this.subscriptions(c);
  }

  clearSubscriptions(c: ChannelRecord): void {
    for (const topic of c.topics) this.unindex(c, topic);
    c.topics = new Set();
  }

  // ------------------------------------------------------------------------------------------ WebSocket

  /** Upgrades `GET /channels/{id}` to the channel's WebSocket; false when the path is not a channel's. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const m = /^\/channels\/([\w-]+)\/?$/.exec(new URL(req.url ?? '/', 'http://emulator.local').pathname);
    if (!m) return false;
    const c = this.channels.get(m[1]);
    if (!c) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(c, ws));
    return true;
  }

  private attach(c: ChannelRecord, ws: WebSocket): void {
    // One connection per channel: a new one replaces the old.
    if (c.socket && c.socket !== ws) c.socket.close(1000, 'replaced by a new connection');
    c.socket = ws;
    c.lastUsed = Date.now();
    ws.on('message', (data) => {
      if (this.options.notificationsMuted) return;
      let message: unknown;
      try {
        message = JSON.parse((data as Buffer).toString('utf8')); // ws's default binaryType: a Buffer
      } catch {
        return;
      }
      if (typeof message === 'object' && message !== null && (message as { message?: unknown }).message === 'ping') {
        this.send(ws, { topicName: 'channel.metadata', eventBody: { message: 'pong' } });
      }
    });
    ws.on('close', () => {
      if (c.socket === ws) c.socket = undefined;
    });
    ws.on('error', () => ws.terminate());
  }

  /**
   * Maintenance: `planned` sends v2.system.socket_closing and closes after the grace period (knob);
   * otherwise every socket (or one channel's) is cut at once, as a network failure would.
   */
  closeSockets(opts: { planned: boolean; channelId?: string }): number {
    let n = 0;
    for (const c of this.channels.values()) {
      if (!c.socket || (opts.channelId && c.id !== opts.channelId)) continue;
      const ws = c.socket;
      n += 1;
      if (!opts.planned) {
        ws.terminate();
        continue;
      }
      this.send(ws, {
        topicName: 'v2.system.socket_closing',
        eventBody: { message: 'The socket will close for maintenance; reconnect.' },
      });
      setTimeout(
        () => ws.close(1001, 'maintenance'),
        (this.options.notificationClosingGraceSeconds ?? 60) * 1000,
      ).unref();
    }
    return n;
  }

  /** Ends channels now as expiry would (all, or one): their sockets close and their topics go. */
  expireChannels(channelId?: string): number {
    const doomed = [...this.channels.values()].filter((c) => !channelId || c.id === channelId);
    for (const c of doomed) this.removeChannel(c, 'channel expired');
    return doomed.length;
  }

  // ------------------------------------------------------------------------------------------ events

  private changed(user: UserRecord): void {
    this.dirty.add(user);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // After the writing handler finishes its changes (touch may come before the last field is set).
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const users = [...this.dirty];
    this.dirty.clear();
    for (const user of users) {
      for (const suffix of USER_TOPIC_SUFFIXES) {
        const topic = `v2.users.${user.id}.${suffix}`;
        if (!this.subscribers.has(topic)) continue;
        const body = eventBodyOf(this.store, user, suffix);
        const text = JSON.stringify(body);
        if (this.lastBody.get(topic) === text) continue;
        this.lastBody.set(topic, text);
        this.publish(topic, body);
      }
    }
  }

  private publish(topic: string, body: unknown): void {
    this.stats.eventsPublished += 1;
    this.onPublish?.(topic, body);
    if (this.options.notificationsMuted) return;
    const message: NotificationMessage = {
      topicName: topic,
      version: '2',
      eventBody: body,
      metadata: { CorrelationId: randomUUID() },
    };
    const text = JSON.stringify(message);
    for (const c of this.subscribers.get(topic) ?? []) {
      if (c.socket && c.socket.readyState === WebSocket.OPEN) {
        c.socket.send(text);
        this.stats.eventsSent += 1;
      }
    }
  }

  private index(c: ChannelRecord, topic: string): void {
    let set = this.subscribers.get(topic);
    if (!set) {
      this.subscribers.set(topic, (set = new Set()));
      const parsed = parseUserTopic(topic);
      const user = parsed && this.store.user(parsed.userId);
      // The state at subscription time is the baseline: only later changes publish.
      if (parsed && user) this.lastBody.set(topic, JSON.stringify(eventBodyOf(this.store, user, parsed.suffix)));
    }
    set.add(c);
  }

  private unindex(c: ChannelRecord, topic: string): void {
    const set = this.subscribers.get(topic);
    if (!set) return;
    set.delete(c);
    if (set.size === 0) {
      this.subscribers.delete(topic);
      this.lastBody.delete(topic);
    }
  }

  subscribedUserIds(): string[] {
    const ids = new Set<string>();
    for (const topic of this.subscribers.keys()) {
      const parsed = parseUserTopic(topic);
      if (parsed) ids.add(parsed.userId);
    }
    return [...ids];
  }

  // ------------------------------------------------------------------------------------------ lifecycle

  private ttlMs(): number {
    return (this.options.notificationChannelTtlSeconds ?? 86_400) * 1000;
  }

  private armExpiry(c: ChannelRecord): void {
    if (c.expiryTimer) clearTimeout(c.expiryTimer);
    const ms = Math.max(0, c.expiresAt - Date.now());
    // Timers past ~24.8 days overflow; a 24 h channel never gets there.
    c.expiryTimer = setTimeout(() => this.removeChannel(c, 'channel expired'), Math.min(ms, 2 ** 31 - 1));
    c.expiryTimer.unref();
  }

  private removeChannel(c: ChannelRecord, reason: string): void {
    if (!this.channels.delete(c.id)) return;
    this.stats.channelsRemoved += 1;
    if (c.expiryTimer) clearTimeout(c.expiryTimer);
    this.clearSubscriptions(c);
    c.socket?.close(1000, reason);
  }

  private scheduleHeartbeat(): void {
    const seconds = this.options.notificationHeartbeatSeconds ?? 30;
    this.heartbeatTimer = setTimeout(() => {
      if (!this.options.notificationsMuted) {
        for (const c of this.channels.values()) {
          if (c.socket)
            this.send(c.socket, { topicName: 'channel.metadata', eventBody: { message: 'WebSocket Heartbeat' } });
        }
      }
      this.scheduleHeartbeat();
    }, seconds * 1000);
    this.heartbeatTimer.unref();
  }

  private send(ws: WebSocket, message: NotificationMessage): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  private channelOf(c: ChannelRecord): Channel {
    return {
      id: c.id,
      connectUri: `${this.baseWsUrl()}/channels/${c.id}`,
      expires: new Date(c.expiresAt).toISOString(),
    };
  }

  snapshot(): NotificationStats {
    const channelsByOwner: Record<string, number> = {};
    let connectedSockets = 0;
    for (const c of this.channels.values()) {
      channelsByOwner[c.owner] = (channelsByOwner[c.owner] ?? 0) + 1;
      if (c.socket) connectedSockets += 1;
    }
    return {
      channels: this.channels.size,
      connectedSockets,
      topics: this.subscribers.size,
      channelsByOwner,
      ...this.stats,
    };
  }

  /** The topics each channel subscribes to (tests check that none is left behind). */
  topicsByChannel(): Record<string, string[]> {
    return Object.fromEntries([...this.channels.values()].map((c) => [c.id, [...c.topics]]));
  }

  close(): void {
    this.stopChanges();
    this.simulator.stop();
    if (this.heartbeatTimer) clearTimeout(this.heartbeatTimer);
    for (const c of this.channels.values()) {
      if (c.expiryTimer) clearTimeout(c.expiryTimer);
      c.socket?.terminate();
    }
    this.channels.clear();
    this.wss.close();
  }
}
