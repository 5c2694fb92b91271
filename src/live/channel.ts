/**
 * One upstream notification channel and its WebSocket, kept in step with the topics it should carry.
 *
 * - `desired` is what the identity's clients need on this channel; `confirmed` what the upstream has accepted.
 *   Changes are coalesced: one REST call per burst (POST for additions, PUT of the whole list when a topic
 *   goes, DELETE when none is left). Every subscription change also renews the channel's 24 hours; a renewal
 *   PUT runs at 80 % of the lifetime when nothing changed.
 * - Liveness: a `{"message":"ping"}` goes up every LIVE_UPSTREAM_PING_INTERVAL_MS; no message at all (event,
 *   heartbeat or pong) for LIVE_UPSTREAM_HEARTBEAT_TIMEOUT_MS means the link is dead.
 * - On a dead link, a close, an error, expiry or `v2.system.socket_closing`: reconnect (the same channel when
 *   the upstream still has it, else a new one), re-subscribe, and report the gap (`onGap`) so every topic gets a
 *   fresh value read from the API. Waits between failed attempts are jittered exponential backoff;
 *   socket_closing reconnects at once. A 401 or 403 ends the link (`onFatal`): the credentials are no good.
 */
import { WebSocket } from 'ws';
import type { GenesysClient } from '../genesys/client.js';
import { UpstreamError } from '../genesys/errors.js';
import type { Channel, NotificationMessage } from '../genesys/notification-operations.js';
import type { Logger } from '../observability/logging.js';
import type { LiveConfig } from './config.js';

export const MAX_TOPICS_PER_CHANNEL = 1000;

export interface ChannelLinkDeps {
  client: GenesysClient;
  config: Pick<
    LiveConfig,
    'upstreamHeartbeatTimeoutMs' | 'upstreamPingIntervalMs' | 'reconnectBaseMs' | 'reconnectMaxMs'
  >;
  log: Logger;
  onEvent(topic: string, body: unknown): void;
  /** The link was down and is back: these topics may have missed changes. */
  onGap(topics: string[]): void;
  /** The upstream refused the credentials: the link is closed for good. */
  onFatal(error: UpstreamError): void;
  random?: () => number;
}

type State = 'idle' | 'connecting' | 'open' | 'waiting' | 'closed';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class ChannelLink {
  readonly desired = new Set<string>();
  private confirmed = new Set<string>();
  private state: State = 'idle';
  private channel?: Channel;
  private ws?: WebSocket;
  private running = false;
  private again = false;
  private renewDue = false;
  private attempt = 0;
  private everConnected = false;
  private timers: { watchdog?: NodeJS.Timeout; ping?: NodeJS.Timeout; renew?: NodeJS.Timeout; retry?: NodeJS.Timeout } =
    {};
  /** Reconnections after the first connection (for metrics and tests). */
  reconnects = 0;

  constructor(private readonly deps: ChannelLinkDeps) {}

  get channelId(): string | undefined {
    return this.channel?.id;
  }

  get connected(): boolean {
    return this.state === 'open';
  }

  /** Topics added or removed: reconcile soon (changes of one tick travel in one call). */
  changed(): void {
    if (this.state === 'closed' || this.state === 'waiting') return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    queueMicrotask(() => void this.run());
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        if (this.state === 'closed' || this.state === 'waiting') return;
        if (this.state !== 'open') await this.connect();
        else await this.reconcile();
      } while (this.again);
    } catch (err) {
      this.down(messageOf(err), err);
    } finally {
      this.running = false;
    }
  }

  private async connect(): Promise<void> {
    this.state = 'connecting';
    const { client } = this.deps;
    if (this.channel) {
      // Reuse the channel when the upstream still has it (its 20-per-user quota is precious); a 404: gone.
      const alive = await client.call('getNotificationsChannelSubscriptions', { channelId: this.channel.id }).then(
        () => true,
        (err: unknown) => {
          if (err instanceof UpstreamError && err.status === 404) return false;
          throw err;
        },
      );
      if (!alive) this.channel = undefined;
    }
    if (!this.channel) {
      const created = await client.call<Channel>('postNotificationsChannels');
      this.lifetimeMs = Math.max(50, Date.parse(created.expires) - Date.now() || 86_400_000);
      this.channel = created;
    }
    const ws = await this.open(this.channel.connectUri);
    if (this.state !== 'connecting') {
      ws.terminate();
      return;
    }
    this.ws = ws;
    const topics = [...this.desired];
    // Events may arrive as soon as the upstream has the topics; the socket is already listening.
    this.confirmed = new Set(topics);
    if (topics.length > 0) await this.putAll(topics);
    if (this.state !== 'connecting') return;
    this.state = 'open';
    this.attempt = 0;
    this.armPing();
    this.watch();
    if (this.everConnected) {
      this.reconnects += 1;
      this.deps.log.info(
        { channelId: this.channel.id, topics: topics.length, reconnects: this.reconnects },
        'live: upstream channel reconnected',
      );
      if (topics.length > 0) this.deps.onGap(topics);
    }
    this.everConnected = true;
    // Changes made while connecting.
    if (!sameSet(this.desired, this.confirmed)) this.again = true;
  }

  private open(url: string): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { handshakeTimeout: this.deps.config.upstreamHeartbeatTimeoutMs });
      const fail = (err: Error): void => {
        ws.removeAllListeners();
        ws.on('error', () => undefined);
        ws.terminate();
        reject(err);
      };
      ws.once('error', fail);
      ws.once('unexpected-response', (_req, res) =>
        fail(new Error(`the channel's WebSocket answered HTTP ${res.statusCode}`)),
      );
      ws.once('open', () => {
        ws.removeAllListeners();
        ws.on('message', (data) => this.message(ws, (data as Buffer).toString('utf8'))); // default binaryType
        ws.on('close', (code) => {
          if (this.ws === ws) this.down(`socket closed (${code})`);
        });
        ws.on('error', (err) => {
          if (this.ws === ws) this.down(`socket error: ${err.message}`);
        });
        resolve(ws);
      });
    });
  }

  private message(ws: WebSocket, text: string): void {
    if (this.ws !== ws) return;
    this.watch();
    let message: NotificationMessage;
    try {
      message = JSON.parse(text) as NotificationMessage;
    } catch {
      this.deps.log.warn('live: an upstream notification was not JSON; ignored');
      return;
    }
    if (typeof message !== 'object' || message === null || typeof message.topicName !== 'string') return;
    if (message.topicName === 'channel.metadata') return;
    if (message.topicName === 'v2.system.socket_closing') {
      // Maintenance: the old socket closes within a minute; move now, with no backoff.
      this.down('socket_closing', undefined, 0);
      return;
    }
    if (this.confirmed.has(message.topicName) || this.desired.has(message.topicName))
      this.deps.onEvent(message.topicName, message.eventBody);
  }

  private async reconcile(): Promise<void> {
    const channelId = this.channel?.id;
    if (!channelId) return;
    const desired = [...this.desired];
    const removed = [...this.confirmed].some((t) => !this.desired.has(t));
    const added = desired.filter((t) => !this.confirmed.has(t));
    const renew = this.renewDue;
    if (!removed && added.length === 0 && !renew) return;
    this.confirmed = new Set(desired);
    this.renewDue = false;
    if (desired.length === 0) {
      await this.deps.client.call('deleteNotificationsChannelSubscriptions', { channelId });
      return;
    }
    if (removed || renew) await this.putAll(desired);
    else
      await this.deps.client.call(
        'postNotificationsChannelSubscriptions',
        { channelId },
        undefined,
        added.map((id) => ({ id })),
      );
    this.armRenewal();
  }

  private async putAll(topics: string[]): Promise<void> {
    const channelId = this.channel?.id;
    if (!channelId) return;
    await this.deps.client.call(
      'putNotificationsChannelSubscriptions',
      { channelId },
      undefined,
      topics.map((id) => ({ id })),
    );
    this.armRenewal();
  }

  /** Renew (PUT the same list) at 80 % of the channel's lifetime after the last subscription change. */
  private armRenewal(): void {
    clearTimeout(this.timers.renew);
    this.timers.renew = setTimeout(
      () => {
        this.renewDue = true;
        this.changed();
      },
      Math.min(this.lifetimeMs * 0.8, 2 ** 31 - 1),
    );
    this.timers.renew.unref();
  }

  /** The channel's lifetime (each subscription change renews it), from `expires` at creation. */
  private lifetimeMs = 86_400_000;

  private armPing(): void {
    clearInterval(this.timers.ping);
    this.timers.ping = setInterval(() => {
      if (this.ws?.readyState === WebSocket.OPEN) this.ws.send('{"message":"ping"}');
    }, this.deps.config.upstreamPingIntervalMs);
    this.timers.ping.unref();
  }

  private watch(): void {
    clearTimeout(this.timers.watchdog);
    this.timers.watchdog = setTimeout(() => this.down('no heartbeat'), this.deps.config.upstreamHeartbeatTimeoutMs);
    this.timers.watchdog.unref();
  }

  /** The link is down: drop the socket and try again after a jittered backoff (or `delayMs`). */
  private down(reason: string, err?: unknown, delayMs?: number): void {
    if (this.state === 'closed') return;
    this.dropSocket();
    if (err instanceof UpstreamError && (err.status === 401 || err.status === 403)) {
      this.deps.log.warn(
        { status: err.status },
        'live: the upstream refused the credentials of a notification channel',
      );
      this.close();
      this.deps.onFatal(err);
      return;
    }
    const { reconnectBaseMs, reconnectMaxMs } = this.deps.config;
    const wait =
      delayMs ?? (this.deps.random ?? Math.random)() * Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    this.deps.log.warn(
      { reason, channelId: this.channel?.id, retryInMs: Math.round(wait) },
      'live: upstream channel down',
    );
    this.state = 'waiting';
    clearTimeout(this.timers.retry);
    this.timers.retry = setTimeout(() => {
      if (this.state !== 'waiting') return;
      this.state = 'idle';
      this.changed();
    }, wait);
    this.timers.retry.unref();
  }

  private dropSocket(): void {
    clearTimeout(this.timers.watchdog);
    clearInterval(this.timers.ping);
    clearTimeout(this.timers.renew);
    const ws = this.ws;
    this.ws = undefined;
    if (ws) {
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      ws.terminate();
    }
  }

  /** Ends the link; topics still subscribed upstream are dropped (best effort: the channel expires anyway). */
  close(): void {
    const channelId = this.channel?.id;
    const subscribed = this.state === 'open' && this.confirmed.size > 0;
    this.state = 'closed';
    clearTimeout(this.timers.retry);
    this.dropSocket();
    if (channelId && subscribed) {
      this.confirmed.clear();
      this.deps.client.call('deleteNotificationsChannelSubscriptions', { channelId }).catch((err: unknown) => {
        this.deps.log.debug({ error: messageOf(err) }, 'live: dropping the topics of a closed channel failed');
      });
    }
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
