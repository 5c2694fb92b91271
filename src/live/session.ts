/**
 * Everything live for one upstream identity (a token, or the gateway's OAuth client): the topics its clients
 * follow, reference-counted, spread over as few notification channels as the 1,000-topic rule allows (a
 * second channel only past 1,000 topics, never more than 20), and the dispatch of upstream events to the
 * streams that follow them. Events of one identity only ever reach streams of that identity: sessions share
 * nothing.
 *
 * After a gap (reconnect) every topic of the channel is read again from the API, in bulk (`GET /api/v2/users`
 * with the kind's expand, 100 ids a call), and delivered as `resynced` events.
 */
import { GraphQLError } from 'graphql';
import type { RequestScope } from '../request-scope.js';
import type { GenesysClient } from '../genesys/client.js';
import type { UpstreamError } from '../genesys/errors.js';
import type { Logger } from '../observability/logging.js';
import { ChannelLink, MAX_TOPICS_PER_CHANNEL, type ChannelLinkDeps } from './channel.js';
import type { LiveConfig } from './config.js';
import {
  eventFromBody,
  eventFromUser,
  KIND_EXPAND,
  parseTopic,
  topicOf,
  type LiveEvent,
  type LiveKind,
  type TickScope,
} from './events.js';
import type { LiveListener } from './stream.js';

/** The platform's limit of channels per user and app. */
const MAX_CHANNELS_PER_IDENTITY = 20;
const BULK_IDS = 100;

export interface SessionDeps {
  /** The identity's long-lived client for channel management and resync reads. */
  client: GenesysClient;
  /** A fresh request-like context (client with budget and deadline, loaders) for the events of one dispatch. */
  makeContext(): RequestScope;
  config: LiveConfig;
  log: Logger;
  /** The session has had no topic for LIVE_IDLE_CHANNEL_MS and closed its channels. */
  onIdle(): void;
  random?: ChannelLinkDeps['random'];
}

export const liveError = (message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export class IdentitySession {
  private readonly refs = new Map<string, number>();
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly links: ChannelLink[] = [];
  private readonly linkOf = new Map<string, ChannelLink>();
  private tick?: TickScope;
  private idleTimer?: NodeJS.Timeout;
  private closed = false;
  /** Events delivered to streams (one per stream per event). */
  delivered = 0;
  /** Counts upstream events; `pushedAt` keeps, per topic, the count at its last event (see `resync`). */
  private sequence = 0;
  private readonly pushedAt = new Map<string, number>();

  constructor(private readonly deps: SessionDeps) {}

  /** Follows `kind` for these users with `listener`; the returned function stops. Throws past the topic limit. */
  follow(kind: LiveKind, userIds: readonly string[], listener: LiveListener): () => void {
    if (this.closed)
      throw liveError('The live session of these credentials has ended; subscribe again.', 'LIVE_UNAVAILABLE');
    const topics = [...new Set(userIds.map((id) => topicOf(kind, id.toLowerCase())))];
    const fresh = topics.filter((t) => !this.refs.has(t)).length;
    const limit = this.deps.config.maxTopicsPerIdentity;
    if (this.refs.size + fresh > limit) {
      throw liveError(
        `These credentials would follow ${this.refs.size + fresh} upstream topics at once; the limit is ${limit} (LIVE_MAX_TOPICS_PER_IDENTITY).`,
        'LIVE_TOO_MANY_TOPICS',
        { topics: { actual: this.refs.size + fresh, limit } },
      );
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const touched = new Set<ChannelLink>();
    for (const topic of topics) {
      let set = this.listeners.get(topic);
      if (!set) this.listeners.set(topic, (set = new Set()));
      set.add(listener);
      const count = this.refs.get(topic) ?? 0;
      this.refs.set(topic, count + 1);
      if (count === 0) {
        const link = this.linkWithRoom();
        link.desired.add(topic);
        this.linkOf.set(topic, link);
        touched.add(link);
      }
    }
    for (const link of touched) link.changed();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      this.unfollow(topics, listener);
    };
  }

  private unfollow(topics: readonly string[], listener: LiveListener): void {
    const touched = new Set<ChannelLink>();
    for (const topic of topics) {
      this.listeners.get(topic)?.delete(listener);
      if (this.listeners.get(topic)?.size === 0) this.listeners.delete(topic);
      const count = (this.refs.get(topic) ?? 1) - 1;
      if (count > 0) {
        this.refs.set(topic, count);
        continue;
      }
      // The last follower left: the topic goes upstream too.
      this.refs.delete(topic);
      this.pushedAt.delete(topic);
      const link = this.linkOf.get(topic);
      this.linkOf.delete(topic);
      if (link) {
        link.desired.delete(topic);
        touched.add(link);
      }
    }
    for (const link of touched) link.changed();
    if (this.refs.size === 0 && !this.closed) {
      this.idleTimer = setTimeout(() => this.close(), this.deps.config.idleChannelMs);
      this.idleTimer.unref();
    }
  }

  private linkWithRoom(): ChannelLink {
    const link = this.links.find((l) => l.desired.size < MAX_TOPICS_PER_CHANNEL);
    if (link) return link;
    if (this.links.length >= MAX_CHANNELS_PER_IDENTITY) {
      // Unreachable with LIVE_MAX_TOPICS_PER_IDENTITY ≤ 20,000; kept as a guard.
      throw liveError('No room for another notification channel for these credentials.', 'LIVE_TOO_MANY_TOPICS');
    }
    const created = new ChannelLink({
      client: this.deps.client,
      config: this.deps.config,
      log: this.deps.log,
      random: this.deps.random,
      onEvent: (topic, body) => this.upstreamEvent(topic, body),
      onGap: (topics) => void this.resync(topics),
      onFatal: (error) => this.fatal(error),
    });
    this.links.push(created);
    return created;
  }

  /** The scope shared by the events dispatched in this turn of the event loop. */
  private currentTick(): TickScope {
    if (!this.tick) {
      let context: RequestScope | undefined;
      const scope: TickScope = { context: () => (context ??= this.deps.makeContext()) };
      this.tick = scope;
      setImmediate(() => {
        if (this.tick === scope) this.tick = undefined;
      });
    }
    return this.tick;
  }

  private upstreamEvent(topic: string, body: unknown): void {
    this.pushedAt.set(topic, ++this.sequence);
    const parsed = parseTopic(topic);
    if (!parsed) return;
    const event = eventFromBody(parsed.kind, parsed.userId, body, this.currentTick());
    if (!event) {
      this.deps.log.warn(
        { topic: topic.replace(/\.[0-9a-f-]{36}\./i, '.{id}.') },
        'live: an upstream event body was not of the documented shape; ignored',
      );
      return;
    }
    this.dispatch(topic, event);
  }

  private dispatch(topic: string, event: LiveEvent): void {
    for (const listener of this.listeners.get(topic) ?? []) {
      listener.push(event);
      this.delivered += 1;
    }
  }

  /** A fresh value for every topic after a gap, read in bulk; a failed read is logged (the next change heals it). */
  private async resync(topics: readonly string[]): Promise<void> {
    const byKind = new Map<LiveKind, string[]>();
    for (const topic of topics) {
      const parsed = parseTopic(topic);
      if (!parsed || !this.refs.has(topic)) continue;
      const ids = byKind.get(parsed.kind) ?? [];
      ids.push(parsed.userId);
      byKind.set(parsed.kind, ids);
    }
    // A value pushed while the read is in flight is newer than what the read returns: the read yields to it.
    const readStarted = this.sequence;
    const reads: Array<Promise<void>> = [];
    for (const [kind, ids] of byKind) {
      for (let i = 0; i < ids.length; i += BULK_IDS) {
        const chunk = ids.slice(i, i + BULK_IDS);
        reads.push(
          this.deps.client.getUsers({ id: chunk, pageSize: chunk.length, expand: [KIND_EXPAND[kind]] }).then(
            (listing) => {
              const tick = this.currentTick();
              for (const user of listing.entities ?? []) {
                const event = user.id ? eventFromUser(kind, user, tick) : undefined;
                if (!event) continue;
                const topic = topicOf(kind, event.userId);
                if ((this.pushedAt.get(topic) ?? 0) > readStarted) continue;
                this.dispatch(topic, event);
              }
            },
            (err: unknown) => {
              this.deps.log.warn(
                { kind, users: chunk.length, error: err instanceof Error ? err.message : String(err) },
                'live: resync read failed; values stay as last delivered until the next change',
              );
            },
          ),
        );
      }
    }
    await Promise.all(reads);
  }

  private fatal(error: UpstreamError): void {
    const graphQLError = liveError(
      `The upstream refused these credentials for live updates (HTTP ${error.status}); subscribe again with a valid token.`,
      error.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      { upstream: { status: error.status, code: error.code } },
    );
    const everyone = new Set<LiveListener>();
    for (const set of this.listeners.values()) for (const l of set) everyone.add(l);
    this.close();
    for (const l of everyone) l.fail(graphQLError);
  }

  get topicCount(): number {
    return this.refs.size;
  }

  get channelCount(): number {
    return this.links.length;
  }

  get reconnects(): number {
    return this.links.reduce((n, l) => n + l.reconnects, 0);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const link of this.links) link.close();
    this.links.length = 0;
    this.deps.onIdle();
  }
}
