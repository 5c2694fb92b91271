/**
 * The shared state of a cluster of gateways (REDIS_URL): the per-token upstream budget, the client-credentials
 * token and the backoff after a 429 live in Redis, so replicas behind a load balancer spend one budget between
 * them, not one each.
 *
 * Redis is a coordinator here, never a dependency. Every call is bounded (REDIS_TIMEOUT_MS, default 50 ms) and
 * fails at once while the connection is away (no offline queue). The first failure turns the store `degraded`:
 * callers fall back to their local behaviour (the limiter to 1/N of the budget, the token cache to its own
 * fetch), one line is logged, and a probe every 250 ms brings the store back when Redis answers again (logged
 * once too). Keys never carry a token: callers pass hashes (`hashKey`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import type { Logger } from '../observability/logging.js';

export type SharedStoreState = 'connected' | 'degraded';

export interface SharedStoreOptions {
  url: string;
  /** Prefix of every key (REDIS_KEY_PREFIX), so several deployments can share one Redis. */
  keyPrefix: string;
  /** Longest any one Redis call may take before it counts as a failure (ms). */
  timeoutMs: number;
  log: Logger;
  /** Every transition (metrics). */
  onStateChange?: (state: SharedStoreState) => void;
}

export type RedisReply = string | number | null | RedisReply[];

/** A Redis call that did not answer in time, or not at all. */
class SharedStoreUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SharedStoreUnavailable';
  }
}

const CONNECT_TIMEOUT_MS = 2_000;
const PROBE_EVERY_MS = 250;

/** A Lua script run by EVALSHA, loaded again (EVAL) when Redis forgot it (after a restart). */
export class RedisScript {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }
}

/** The 32-hex key of a secret (a token, a client id): SHA-256, so Redis never holds the value as a key. */
export function hashKey(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

export class SharedStore {
  private readonly client: ReturnType<typeof createClient>;
  private current: SharedStoreState = 'degraded';
  private settleFirst: () => void = () => {};
  private readonly firstAttempt = new Promise<void>((resolve) => {
    this.settleFirst = resolve;
  });
  /** The state last logged: each transition is logged once, however many calls fail. */
  private announced: SharedStoreState | undefined;
  private lastError = 'not connected yet';
  private probe: NodeJS.Timeout | undefined;
  private closed = false;
  /** A unique name for this process (lock owners). */
  readonly instanceId = randomUUID();

  constructor(private readonly options: SharedStoreOptions) {
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 1_000),
      },
    });
    // Reported through call failures and the state; the error event itself must have a listener.
    this.client.on('error', (err: unknown) => this.fail(err));
    this.client.on('ready', () => this.recover());
    this.client.connect().catch((err: unknown) => this.fail(err));
  }

  get state(): SharedStoreState {
    return this.current;
  }

  /** Why the store is degraded (readiness); never carries the URL. */
  get detail(): string {
    return this.current === 'connected' ? 'connected' : `unavailable (${this.lastError})`;
  }

  key(...parts: string[]): string {
    return [this.options.keyPrefix, ...parts].join(':');
  }

  /**
   * Resolves once the first connection attempt has ended (connected or failed), at most `maxMs` from now: a
   * replica that just started does not take "not connected yet" for "Redis is away".
   */
  async settled(maxMs: number): Promise<void> {
    if (this.announced !== undefined || this.closed) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.firstAttempt,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, maxMs);
      }),
    ]);
    clearTimeout(timer);
  }

  /**
   * Runs one command, bounded by the store's timeout (or `timeoutMs`, for the rare calls that may wait longer);
   * throws SharedStoreUnavailable on any failure to answer.
   */
  async command(args: readonly string[], timeoutMs = this.options.timeoutMs): Promise<RedisReply> {
    if (this.closed) throw new SharedStoreUnavailable('closed');
    if (!this.client.isReady) {
      this.fail(new Error('not connected'));
      throw new SharedStoreUnavailable(this.lastError);
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        // After a stall of this process's event loop, timers run before the socket is read: one turn of the loop
        // lets a reply that did arrive in time win, so only Redis's slowness counts, not ours.
        () => setImmediate(() => reject(new SharedStoreUnavailable(`no answer within ${timeoutMs} ms`))),
        timeoutMs,
      );
    });
    try {
      const reply = await Promise.race([this.client.sendCommand<RedisReply>(args), timeout]);
      return reply;
    } catch (err) {
      // A script error is a bug of ours, not an outage: it propagates as is.
      if (err instanceof Error && /^(ERR|NOSCRIPT|WRONGTYPE)/.test(err.message)) throw err;
      this.fail(err);
      throw err instanceof SharedStoreUnavailable ? err : new SharedStoreUnavailable(messageOf(err));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a script (EVALSHA, or EVAL when Redis does not know it yet). */
  async run(
    script: RedisScript,
    keys: readonly string[],
    args: readonly (string | number)[],
    timeoutMs?: number,
  ): Promise<RedisReply> {
    const tail = [String(keys.length), ...keys, ...args.map(String)];
    try {
      return await this.command(['EVALSHA', script.sha, ...tail], timeoutMs);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('NOSCRIPT'))
        return this.command(['EVAL', script.source, ...tail], timeoutMs);
      throw err;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.probe);
    try {
      if (this.client.isOpen) await this.client.close();
      else this.client.destroy();
    } catch {
      this.client.destroy();
    }
  }

  private fail(err: unknown): void {
    this.lastError = messageOf(err);
    this.settleFirst();
    if (this.closed || this.announced === 'degraded') return;
    this.current = 'degraded';
    this.announced = 'degraded';
    this.options.log.warn(
      { sharedState: 'degraded', error: this.lastError },
      'Redis unavailable: limits, token and backoff are local to this replica until it returns',
    );
    this.options.onStateChange?.('degraded');
    this.startProbe();
  }

  private recover(): void {
    this.settleFirst();
    if (this.current === 'connected' || this.closed) return;
    this.current = 'connected';
    this.announced = 'connected';
    clearInterval(this.probe);
    this.probe = undefined;
    this.options.log.info({ sharedState: 'connected' }, 'Redis reachable: limits, token and backoff are shared');
    this.options.onStateChange?.('connected');
  }

  /** A slow Redis (timeouts, connection still up) gets no `ready` event when it answers again: ping it. */
  private startProbe(): void {
    if (this.probe) return;
    this.probe = setInterval(() => {
      if (!this.client.isReady) return;
      let timer: NodeJS.Timeout | undefined;
      Promise.race([
        this.client.sendCommand(['PING']),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), this.options.timeoutMs);
        }),
      ]).then(
        () => {
          clearTimeout(timer);
          this.recover();
        },
        () => clearTimeout(timer),
      );
    }, PROBE_EVERY_MS);
    this.probe.unref();
  }
}

function messageOf(err: unknown): string {
  // The message only: a node-redis error can carry the connection options, and so the URL's password.
  return err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
}
