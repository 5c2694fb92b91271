/**
 * The gateway's own access token (client-credentials mode), shared by every request of the process:
 * fetched once however many operations wait for it (single flight), refreshed in the background a
 * margin before it expires (the Go SDK uses 60 s) while the current one keeps being used, and dropped
 * when the upstream rejects it with a 401. A failed fetch is not cached: the next caller tries again.
 */
import type { UpstreamCredentials } from '../genesys/client.js';
import type { AccessToken } from '../genesys/oauth.js';
import type { SharedToken, SharedTokenSource } from './shared-token.js';

export interface TokenCacheOptions {
  /** One token request (`fetchClientCredentialsToken` bound to the transport and the credentials). */
  fetch: () => Promise<AccessToken>;
  /** Refresh this long before expiry; capped at half a token's lifetime, so a short-lived token is not refetched on every call. */
  refreshMarginMs: number;
  /** A background refresh failed; the current token is still used until it expires. */
  onRefreshError?: (error: unknown) => void;
  /** Milliseconds on a monotonic clock; tests pass their own. */
  now?: () => number;
  /** Several replicas: the token comes from (and goes to) Redis, one fetch per expiry for all (shared-token.ts). */
  shared?: SharedTokenSource;
}

interface CachedToken {
  authorization: string;
  refreshAt: number;
  expiresAt: number;
}

export class ClientCredentialsTokenCache implements UpstreamCredentials {
  private current: CachedToken | undefined;
  private inflight: Promise<CachedToken> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: TokenCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** `Bearer <token>`: the cached one while it is valid, else the one being fetched. */
  async authorization(): Promise<string> {
    const current = this.current;
    const now = this.now();
    if (current && now < current.expiresAt) {
      if (now >= current.refreshAt) this.refresh().catch((err: unknown) => this.options.onRefreshError?.(err));
      return current.authorization;
    }
    return (await this.refresh()).authorization;
  }

  /** The upstream answered 401 to this header: forget it, unless a newer token replaced it already. */
  rejected(authorization: string): void {
    if (this.current?.authorization === authorization) this.current = undefined;
    void this.options.shared?.forget(authorization);
  }

  /** Whether a token that has not expired is cached (readiness). */
  hasValidToken(): boolean {
    return this.current !== undefined && this.now() < this.current.expiresAt;
  }

  private refresh(): Promise<CachedToken> {
    this.inflight ??= this.fetchOnce().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchOnce(): Promise<CachedToken> {
    const { shared } = this.options;
    if (!shared) return (this.current = await this.fetchOwn());
    const token = await shared.obtain(async (): Promise<SharedToken> => {
      const wallSent = Date.now();
      const own = await this.fetchOwn();
      const sentAt = own.expiresAt - own.lifetimeMs;
      return {
        authorization: own.authorization,
        refreshAtWall: wallSent + (own.refreshAt - sentAt),
        expiresAtWall: wallSent + own.lifetimeMs,
      };
    });
    // Replicas share the wall clock only; this one's cache keeps monotonic times.
    const offset = this.now() - Date.now();
    const cached: CachedToken = {
      authorization: token.authorization,
      refreshAt: token.refreshAtWall + offset,
      expiresAt: token.expiresAtWall + offset,
    };
    this.current = cached;
    return cached;
  }

  private async fetchOwn(): Promise<CachedToken & { lifetimeMs: number }> {
    // The lifetime counts from when the request was sent, so the cache never outlives the token.
    const sentAt = this.now();
    const token = await this.options.fetch();
    const lifetimeMs = token.expiresInSeconds * 1000;
    const marginMs = Math.min(this.options.refreshMarginMs, lifetimeMs / 2);
    return {
      authorization: `Bearer ${token.accessToken}`,
      refreshAt: sentAt + lifetimeMs - marginMs,
      expiresAt: sentAt + lifetimeMs,
      lifetimeMs,
    };
  }
}
