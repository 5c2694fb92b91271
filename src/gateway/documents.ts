/**
 * The documents a caller may send by reference: automatic persisted queries (APQ, src/persisted-queries.ts) and
 * trusted documents (TRUSTED_DOCUMENTS, src/documents/). With REDIS_URL both share the one Redis.
 */
import type { Config } from '../config.js';
import { DocumentStore, loadManifestFiles } from '../documents/store.js';
import { TrustedDocuments } from '../documents/trusted.js';
import type { Logger } from '../observability/logging.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { createPersistedQueryStore, type PersistedQueryStore } from '../persisted-queries.js';

export interface PersistedDocuments {
  /** Apollo's `persistedQueries` option: off while trusted documents are enforced. */
  apolloOption: PersistedQueryStore['options'] | false;
  trustedDocuments: TrustedDocuments;
  close(): Promise<void>;
}

export function createPersistedDocuments(
  config: Readonly<Config>,
  deps: { log: Logger; metrics: GatewayMetrics },
): PersistedDocuments {
  const { log, metrics } = deps;
  const persistedQueries = createPersistedQueryStore(config.persistedQueries, {
    log,
    onError: () => metrics.cacheError('apq'),
  });
  // Manifests are read now: a bad one stops the gateway before it serves anything (ManifestError).
  const documentStore = new DocumentStore({
    documents: loadManifestFiles(config.trustedDocuments.manifests),
    redisUrl: config.persistedQueries.redisUrl?.reveal(),
    keyPrefix: config.persistedQueries.redisKeyPrefix,
    log,
  });
  const trustedDocuments = new TrustedDocuments(config.trustedDocuments.mode, documentStore, () =>
    metrics.untrustedOperation(),
  );
  return {
    // Enforcing trusted documents: APQ would let any caller register any operation, so it is off.
    apolloOption: config.trustedDocuments.mode === 'enforce' ? false : persistedQueries.options,
    trustedDocuments,
    async close() {
      await persistedQueries.close();
      await documentStore.close();
    },
  };
}
