/** The live graph's settings (GraphQL subscriptions fed by Genesys Cloud notifications); README "Live updates". */
import { readBool, readInt, type Env } from '../env.js';

export interface LiveConfig {
  /** LIVE_SUBSCRIPTIONS: serve graphql-ws on /graphql and the Router callback protocol. */
  enabled: boolean;
  /** Active subscriptions one WebSocket connection may hold. */
  maxSubscriptionsPerConnection: number;
  /** `userIds` of one subscription field. */
  maxUsersPerSubscription: number;
  /** Distinct upstream topics one identity (token or OAuth client) may need at once (1,000 per channel, 20 channels). */
  maxTopicsPerIdentity: number;
  /** Largest WebSocket message accepted from a client. */
  maxMessageBytes: number;
  /** A connection must send `connection_init` within this. */
  connectionInitTimeoutMs: number;
  /** No message at all from an upstream channel for this long (heartbeats come every 30 s): reconnect. */
  upstreamHeartbeatTimeoutMs: number;
  /** A `{"message":"ping"}` goes upstream this often, so a quiet channel still proves it is alive. */
  upstreamPingIntervalMs: number;
  /** Reconnect backoff: a random delay up to min(max, base · 2^attempt). */
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  /** An identity's channel stays connected this long after its last subscription ends, for the next one. */
  idleChannelMs: number;
}

export const LIVE_ENV = [
  'LIVE_SUBSCRIPTIONS',
  'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION',
  'LIVE_MAX_USERS_PER_SUBSCRIPTION',
  'LIVE_MAX_TOPICS_PER_IDENTITY',
  'LIVE_MAX_MESSAGE_BYTES',
  'LIVE_CONNECTION_INIT_TIMEOUT_MS',
  'LIVE_UPSTREAM_HEARTBEAT_TIMEOUT_MS',
  'LIVE_UPSTREAM_PING_INTERVAL_MS',
  'LIVE_RECONNECT_BASE_MS',
  'LIVE_RECONNECT_MAX_MS',
  'LIVE_IDLE_CHANNEL_MS',
] as const;

export function liveConfigFromEnv(env: Env): { config: LiveConfig; problems: string[] } {
  const problems: string[] = [];
  const config: LiveConfig = {
    enabled: readBool(env, 'LIVE_SUBSCRIPTIONS', true, problems),
    maxSubscriptionsPerConnection: readInt(env, 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', 50, 1, 10_000, problems),
    maxUsersPerSubscription: readInt(env, 'LIVE_MAX_USERS_PER_SUBSCRIPTION', 500, 1, 20_000, problems),
    maxTopicsPerIdentity: readInt(env, 'LIVE_MAX_TOPICS_PER_IDENTITY', 10_000, 1, 20_000, problems),
    maxMessageBytes: readInt(env, 'LIVE_MAX_MESSAGE_BYTES', 65_536, 1_024, 16 * 1024 * 1024, problems),
    connectionInitTimeoutMs: readInt(env, 'LIVE_CONNECTION_INIT_TIMEOUT_MS', 10_000, 10, 600_000, problems),
    upstreamHeartbeatTimeoutMs: readInt(env, 'LIVE_UPSTREAM_HEARTBEAT_TIMEOUT_MS', 75_000, 10, 3_600_000, problems),
    upstreamPingIntervalMs: readInt(env, 'LIVE_UPSTREAM_PING_INTERVAL_MS', 30_000, 10, 3_600_000, problems),
    reconnectBaseMs: readInt(env, 'LIVE_RECONNECT_BASE_MS', 500, 1, 600_000, problems),
    reconnectMaxMs: readInt(env, 'LIVE_RECONNECT_MAX_MS', 30_000, 1, 3_600_000, problems),
    idleChannelMs: readInt(env, 'LIVE_IDLE_CHANNEL_MS', 60_000, 0, 86_400_000, problems),
  };
  return { config, problems };
}
