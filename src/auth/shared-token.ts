/**
 * The client-credentials token shared by every replica through Redis: one token request per expiry for the
 * whole cluster, under a lock, instead of one per replica (Genesys Cloud also limits token requests per client).
 *
 * - The key is a hash of the login URL and the client id; the token is only ever a value. That value is
 *   encrypted (AES-256-GCM) when REDIS_TOKEN_ENCRYPTION_KEY is set, and always expires with the token (PX), so
 *   Redis never holds a dead token. Without a key, anyone who can read this Redis can use the token until it
 *   expires: keep Redis private (README "Running several replicas").
 * - Getting a token: a shared one that is not due for refresh is taken; otherwise the replica that gets the
 *   lock (SET NX PX) fetches and publishes, and the others wait for it (polling, at most
 *   CLUSTER_TOKEN_LOCK_WAIT_MS) then take its token — or fetch their own when it does not come.
 * - Redis unreachable or slow: the replica fetches its own token, as a single replica would.
 * - A token the upstream rejected (401) is removed from Redis too, unless a newer one replaced it already.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionKey } from '../shared/config.js';
import { hashKey, RedisScript, type SharedStore } from '../shared/redis.js';

/** A token with its times on the wall clock (replicas share no monotonic clock). */
export interface SharedToken {
  authorization: string;
  refreshAtWall: number;
  expiresAtWall: number;
}

export interface SharedTokenOptions {
  store: SharedStore;
  /** Names the OAuth client (login URL + client id); hashed into the key. */
  identity: string;
  encryptionKey?: EncryptionKey;
  lockWaitMs: number;
  /** Poll interval while another replica fetches. */
  pollMs?: number;
  wallNow?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A replica just started waits this long at most for its first connection before fetching its own token. */
const STARTUP_WAIT_MS = 2_000;
/**
 * The token's Redis calls may take longer than the limiter's (REDIS_TIMEOUT_MS, per upstream call): they happen
 * once per token lifetime, and giving up early costs a token request of our own, which the upstream also limits.
 */
const TOKEN_CALL_TIMEOUT_MS = 1_000;

const RELEASE = new RedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

const FORGET = new RedisScript(`
local v = redis.call('GET', KEYS[1])
if v and string.find(v, ARGV[1], 1, true) then return redis.call('DEL', KEYS[1]) end
return 0
`);

interface Stored {
  /** hashKey(authorization): lets a 401 remove exactly this token. */
  h: string;
  r: number;
  e: number;
  /** `enc:` AES-256-GCM (iv | tag | ciphertext, base64) or `plain:` the Authorization value. */
  t: string;
}

export class SharedTokenSource {
  private readonly key: string;
  private readonly lockKey: string;
  private readonly wallNow: () => number;

  constructor(private readonly options: SharedTokenOptions) {
    const id = hashKey(options.identity);
    this.key = options.store.key('token', id);
    this.lockKey = options.store.key('token', id, 'lock');
    this.wallNow = options.wallNow ?? Date.now;
  }

  /**
   * A token that is not due for refresh: the cluster's, or one `fetch` obtains (and publishes). `fetch` runs at
   * most once per call, and only on this replica when it holds the lock, waited in vain, or Redis is away.
   */
  async obtain(fetch: () => Promise<SharedToken>): Promise<SharedToken> {
    const { store } = this.options;
    await store.settled(STARTUP_WAIT_MS);
    // Not gated on the store's state: a limiter call that missed its 50 ms marks the store degraded for a moment,
    // and a token request of our own would cost more than trying Redis (which fails at once when disconnected).
    try {
      const shared = await this.read();
      if (shared) return shared;
      const locked = await store.command(
        ['SET', this.lockKey, store.instanceId, 'NX', 'PX', String(this.lockTtlMs())],
        TOKEN_CALL_TIMEOUT_MS,
      );
      if (locked === 'OK') {
        try {
          // Someone may have published between our read and our lock.
          const again = await this.read();
          if (again) return again;
          const token = await fetch();
          await this.publish(token).catch(() => {});
          return token;
        } finally {
          store.run(RELEASE, [this.lockKey], [store.instanceId], TOKEN_CALL_TIMEOUT_MS).catch(() => {});
        }
      }
      const waited = await this.waitForOther();
      if (waited) return waited;
    } catch {
      // Redis failed us mid-way (the store logs it): this replica fetches its own.
    }
    return fetch();
  }

  /** The upstream rejected this token: no replica should take it from Redis any more. */
  async forget(authorization: string): Promise<void> {
    await this.options.store
      .run(FORGET, [this.key], [`"h":"${hashKey(authorization)}"`], TOKEN_CALL_TIMEOUT_MS)
      .catch(() => {});
  }

  private lockTtlMs(): number {
    // Long enough for one token request; a replica that dies holding it frees it by expiry.
    return Math.max(1_000, this.options.lockWaitMs);
  }

  private async waitForOther(): Promise<SharedToken | undefined> {
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const until = this.wallNow() + this.options.lockWaitMs;
    while (this.wallNow() < until) {
      await sleep(this.options.pollMs ?? 50);
      const shared = await this.read();
      if (shared) return shared;
      // The fetching replica gave up (its fetch failed): no point waiting for the lock to expire.
      if ((await this.options.store.command(['EXISTS', this.lockKey], TOKEN_CALL_TIMEOUT_MS)) === 0) return undefined;
    }
    return undefined;
  }

  private async read(): Promise<SharedToken | undefined> {
    const raw = await this.options.store.command(['GET', this.key], TOKEN_CALL_TIMEOUT_MS);
    if (typeof raw !== 'string') return undefined;
    let stored: Stored;
    try {
      stored = JSON.parse(raw) as Stored;
    } catch {
      return undefined;
    }
    if (!(stored.r > this.wallNow()) || typeof stored.t !== 'string') return undefined;
    const authorization = this.decrypt(stored.t);
    if (authorization === undefined) return undefined;
    return { authorization, refreshAtWall: stored.r, expiresAtWall: stored.e };
  }

  private async publish(token: SharedToken): Promise<void> {
    const ttl = Math.floor(token.expiresAtWall - this.wallNow());
    if (ttl <= 0) return;
    const stored: Stored = {
      h: hashKey(token.authorization),
      r: token.refreshAtWall,
      e: token.expiresAtWall,
      t: this.encrypt(token.authorization),
    };
    await this.options.store.command(
      ['SET', this.key, JSON.stringify(stored), 'PX', String(ttl)],
      TOKEN_CALL_TIMEOUT_MS,
    );
  }

  private encrypt(authorization: string): string {
    const key = this.options.encryptionKey;
    if (!key) return `plain:${authorization}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key.reveal(), iv);
    // The Redis key is the additional data: a value copied under another key does not decrypt.
    cipher.setAAD(Buffer.from(this.key));
    const body = Buffer.concat([cipher.update(authorization, 'utf8'), cipher.final()]);
    return `enc:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** Undefined when the value cannot be read with our key (another key, tampered, or plain while we encrypt). */
  private decrypt(value: string): string | undefined {
    const key = this.options.encryptionKey;
    if (value.startsWith('plain:')) return key ? undefined : value.slice('plain:'.length);
    if (!key || !value.startsWith('enc:')) return undefined;
    try {
      const bytes = Buffer.from(value.slice('enc:'.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key.reveal(), bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(this.key));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
