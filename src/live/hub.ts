/**
 * The live graph's entry: one IdentitySession per upstream identity, found by a hash of the bearer token
 * (passthrough) or the single gateway identity (client credentials). A subscription resolver asks its
 * context's `live` access to follow users; the access knows the caller's credentials and nothing else.
 */
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { RequestScope } from '../request-scope.js';
import { GenesysClient, type ClientOptions, type Transport, type UpstreamCredentials } from '../genesys/client.js';
import type { Logger } from '../observability/logging.js';
import type { LiveConfig } from './config.js';
import type { LiveKind } from './events.js';
import { IdentitySession, liveError } from './session.js';
import { LiveStream } from './stream.js';

export interface LiveHubDeps {
  transport: Transport;
  /** Client-credentials mode: the gateway's own token; every caller is the same identity. */
  credentials?: UpstreamCredentials;
  config: LiveConfig;
  log: Logger;
  /** Options of the identity's long-lived REST client (retry policy, per-token limiter, call observer). */
  clientOptions: Omit<ClientOptions, 'authorization'>;
  /** A request-like context for the events of one dispatch, acting with these credentials. */
  makeContext(authorization: string | undefined): RequestScope;
}

/** What a request's context offers its subscription resolvers. */
export interface LiveAccess {
  /** Follows `kind` for these users: a stream of their changes (ends when the client leaves). */
  follow(kind: LiveKind, userIds: readonly string[]): LiveStream;
}

export interface LiveStats {
  identities: number;
  channels: number;
  topics: number;
  reconnects: number;
  delivered: number;
}

export class LiveHub {
  private readonly sessions = new Map<string, IdentitySession>();
  private closed = false;

  constructor(private readonly deps: LiveHubDeps) {}

  /** The access of a caller with this Authorization header value (`Bearer …`, already checked), or none. */
  access(authorization: string | undefined): LiveAccess {
    return {
      follow: (kind, userIds) => {
        const max = this.deps.config.maxUsersPerSubscription;
        if (userIds.length === 0 || userIds.length > max) {
          throw new GraphQLError(
            `userIds must name 1 to ${max} users (LIVE_MAX_USERS_PER_SUBSCRIPTION); it names ${userIds.length}.`,
            {
              extensions: { code: 'BAD_USER_INPUT', userIds: { actual: userIds.length, limit: max } },
            },
          );
        }
        const session = this.session(authorization);
        const stream = new LiveStream();
        stream.attach(session.follow(kind, userIds, stream));
        return stream;
      },
    };
  }

  private session(authorization: string | undefined): IdentitySession {
    if (this.closed) throw liveError('The gateway is shutting down.', 'LIVE_UNAVAILABLE');
    const { credentials } = this.deps;
    if (!credentials && !authorization) {
      throw liveError('A bearer token is required for live updates.', 'UNAUTHENTICATED');
    }
    // The token itself is never kept as a key; two tokens are two identities even for the same user.
    const key = credentials
      ? 'client-credentials'
      : createHash('sha256')
          .update(authorization ?? '')
          .digest('hex');
    let session = this.sessions.get(key);
    if (!session) {
      const created: IdentitySession = new IdentitySession({
        client: new GenesysClient(this.deps.transport, {
          ...this.deps.clientOptions,
          authorization: credentials ?? authorization ?? '',
        }),
        makeContext: () => this.deps.makeContext(authorization),
        config: this.deps.config,
        log: this.deps.log,
        onIdle: () => {
          if (this.sessions.get(key) === created) this.sessions.delete(key);
        },
      });
      this.sessions.set(key, created);
      session = created;
    }
    return session;
  }

  stats(): LiveStats {
    const all = [...this.sessions.values()];
    return {
      identities: all.length,
      channels: all.reduce((n, s) => n + s.channelCount, 0),
      topics: all.reduce((n, s) => n + s.topicCount, 0),
      reconnects: all.reduce((n, s) => n + s.reconnects, 0),
      delivered: all.reduce((n, s) => n + s.delivered, 0),
    };
  }

  close(): void {
    this.closed = true;
    for (const session of [...this.sessions.values()]) session.close();
    this.sessions.clear();
  }
}
