/**
 * Where trusted documents live: the manifest files read at start, and, with REDIS_URL, the Redis hash
 * `<prefix>::documents` (canonical id → text) that `npm run documents:publish` fills, so a frontend deploy
 * publishes its documents without restarting any gateway. A document that is not local is looked up in
 * Redis when first asked for (checked against its hash again, then kept), so a published document is
 * known from its first request on.
 */
import { readFileSync } from 'node:fs';
import { createClient } from '@keyv/redis';
import type { Logger } from '../observability/logging.js';
import { checkEntry, ManifestError, parseManifest } from './manifest.js';

/** The Redis hash of published documents, beside the APQ keys (`<prefix>::apq:<sha256>`). */
export const documentsKey = (prefix: string): string => `${prefix}::documents`;

/** The document store was asked and could not answer (Redis away). */
export class DocumentStoreUnavailable extends Error {
  override readonly name = 'DocumentStoreUnavailable';
}

export interface DocumentSource {
  /** The text of a canonical id, or undefined when it is unknown. */
  lookup(key: string): Promise<string | undefined>;
  readonly size: number;
  close(): Promise<void>;
}

/** Reads every manifest file; any bad one throws ManifestError and nothing is loaded. */
export function loadManifestFiles(paths: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const path of paths) {
    let json: string;
    try {
      json = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ManifestError(path, [
        `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      ]);
    }
    for (const [key, text] of parseManifest(json, path)) documents.set(key, text);
  }
  return documents;
}

type RedisClient = ReturnType<typeof createClient>;

const CONNECT_TIMEOUT_MS = 2_000;

export class DocumentStore implements DocumentSource {
  private readonly local: Map<string, string>;
  private readonly client?: RedisClient;
  /**
   * The first connection attempt: lookups right after start wait for it (bounded) rather than fail. Once
   * waited for, it is dropped: later lookups with Redis away fail at once.
   */
  private firstConnect?: Promise<unknown>;
  private readonly hashKey: string;

  constructor(options: { documents: Map<string, string>; redisUrl?: string; keyPrefix: string; log: Logger }) {
    this.local = new Map(options.documents);
    this.hashKey = documentsKey(options.keyPrefix);
    if (!options.redisUrl) return;
    let lastLogged = -Infinity;
    this.client = createClient({
      url: options.redisUrl,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
      },
    });
    this.client.on('error', (err: unknown) => {
      const now = performance.now();
      if (now - lastLogged < 30_000) return;
      lastLogged = now;
      // The message only: a node-redis error can carry the connection options, and so the URL's password.
      options.log.warn(
        { store: 'documents', error: err instanceof Error ? err.message : String(err) },
        'Redis unavailable: published documents cannot be looked up',
      );
    });
    // Settles on the first outcome: connected, or the first error (a refused connection fails in ms,
    // while connect() itself stays pending through the reconnect attempts).
    const client = this.client;
    this.firstConnect = new Promise<void>((resolve) => {
      client.once('ready', () => resolve());
      client.once('error', () => resolve());
    });
    this.client.connect().catch(() => undefined);
  }

  get size(): number {
    return this.local.size;
  }

  async lookup(key: string): Promise<string | undefined> {
    const known = this.local.get(key);
    if (known !== undefined || !this.client) return known;
    let text: string | null | undefined;
    try {
      if (!this.client.isReady && this.firstConnect) {
        await within(this.firstConnect, CONNECT_TIMEOUT_MS);
        this.firstConnect = undefined;
      }
      text = await this.client.hGet(this.hashKey, key);
    } catch (err) {
      throw new DocumentStoreUnavailable(err instanceof Error ? err.message : String(err));
    }
    if (text === null || text === undefined) return undefined;
    // Whoever wrote the key, the text must still be the one the id names.
    const checked = checkEntry(key, text);
    if ('problem' in checked) return undefined;
    this.local.set(key, text);
    return text;
  }

  async close(): Promise<void> {
    if (!this.client) return;
    try {
      if (this.client.isOpen) await this.client.close();
      else this.client.destroy();
    } catch {
      this.client.destroy();
    }
  }
}

function within(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * Publishes manifests to Redis in one transaction: every manifest is parsed and checked first, so a bad
 * one publishes nothing. Returns how many documents the hash holds afterwards.
 */
export async function publishDocuments(options: {
  redisUrl: string;
  keyPrefix: string;
  manifests: ReadonlyArray<{ source: string; json: string }>;
}): Promise<{ published: number; total: number }> {
  const documents = new Map<string, string>();
  for (const { source, json } of options.manifests) {
    for (const [key, text] of parseManifest(json, source)) documents.set(key, text);
  }
  const client = createClient({
    url: options.redisUrl,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: false },
  });
  client.on('error', () => undefined); // the failed command reports it
  await client.connect();
  try {
    const key = documentsKey(options.keyPrefix);
    const [, total] = await client.multi().hSet(key, Object.fromEntries(documents)).hLen(key).exec();
    return { published: documents.size, total: Number(total) };
  } finally {
    await client.close();
  }
}
