/**
 * Trusted documents at the HTTP edge: turns a persisted-document request (GraphQL-over-HTTP appendix:
 * `documentId` in a POST body or a GET query string; Relay's `doc_id`; Apollo Client's persisted-query link,
 * which sends the hash alone as `extensions.persistedQuery.sha256Hash`) into a plain GraphQL request with
 * the document's text, before Apollo sees it, and applies the mode:
 * - `off`: free-form operations run; persisted documents are served when known;
 * - `log-unknown`: free-form operations run, and those that are no trusted document are logged with their hash;
 * - `enforce`: only trusted documents run (by id, or free-form text whose SHA-256 is a trusted id);
 *   anything else is refused with PERSISTED_DOCUMENT_REQUIRED, and APQ registration is off (server.ts).
 */
import type { Logger } from '../observability/logging.js';
import { InvalidDocumentId, parseDocumentId, sha256KeyOf } from './manifest.js';
import { DocumentStoreUnavailable, type DocumentSource } from './store.js';

export const TRUSTED_DOCUMENTS_MODES = ['off', 'log-unknown', 'enforce'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** Manifest files read at start (client preset, relay-compiler or Apollo format). */
  manifests: string[];
}

/** A request refused before GraphQL: its HTTP status and `extensions.code`. */
export class DocumentRefusal extends Error {
  override readonly name = 'DocumentRefusal';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request fields that carry a document id: the appendix's, then Relay's (its docs' network layer sends `doc_id`). */
const ID_FIELDS = ['documentId', 'doc_id'] as const;

type Params = Record<string, unknown>;

export class TrustedDocuments {
  constructor(
    readonly mode: TrustedDocumentsMode,
    private readonly store: DocumentSource,
    /** Called for each untrusted free-form operation that runs (log-unknown): the metric. */
    private readonly onUntrusted: () => void = () => {},
  ) {}

  /** A POST body (one request or a batch) with every document id replaced by its text. */
  async resolveBody(body: unknown, log: Logger): Promise<unknown> {
    if (Array.isArray(body)) return Promise.all(body.map((one: unknown) => this.resolveBody(one, log)));
    if (typeof body !== 'object' || body === null) return body; // Apollo answers the malformed request
    return this.resolveParams(body as Params, log);
  }

  /** A GET query string with its document id replaced by the document's text. */
  async resolveSearch(search: string, log: Logger): Promise<string> {
    const params = new URLSearchParams(search);
    const idField = ID_FIELDS.find((f) => params.has(f));
    const query = params.get('query') ?? undefined;
    const extensions = parseJsonObject(params.get('extensions'));
    if (!idField && query === undefined && !hashOnly({ extensions })) return search;
    const resolved = await this.resolveParams(
      {
        ...(idField ? { [idField]: params.get(idField) } : {}),
        ...(query !== undefined ? { query } : {}),
        ...(extensions ? { extensions } : {}),
        operationName: params.get('operationName'),
      },
      log,
    );
    for (const f of ID_FIELDS) params.delete(f);
    if (typeof resolved.query === 'string') params.set('query', resolved.query);
    if (resolved.extensions !== extensions) params.set('extensions', JSON.stringify(resolved.extensions));
    const out = params.toString();
    return out ? `?${out}` : '';
  }

  private async resolveParams(params: Params, log: Logger): Promise<Params> {
    const idField = ID_FIELDS.find((f) => params[f] !== undefined && params[f] !== null);
    const query = params.query;
    if (idField) {
      if (query !== undefined && query !== null && query !== '') {
        throw new DocumentRefusal(400, 'BAD_REQUEST', `Send either ${idField} or query, not both.`);
      }
      let key: string;
      try {
        key = parseDocumentId(params[idField]).key;
      } catch (err) {
        if (err instanceof InvalidDocumentId) throw new DocumentRefusal(400, 'INVALID_DOCUMENT_ID', err.message);
        throw err;
      }
      const text = await this.lookup(key);
      if (text === undefined) {
        throw new DocumentRefusal(
          404,
          'PERSISTED_DOCUMENT_NOT_FOUND',
          `No trusted document has the id ${key}. Publish the frontend's manifest (npm run documents:publish) first.`,
        );
      }
      const rest = { ...params };
      for (const f of ID_FIELDS) delete rest[f];
      return { ...rest, query: text };
    }
    const hash = hashOnly(params);
    if (hash !== undefined) return this.resolveHashOnly(params, hash);
    if (this.mode === 'off' || typeof query !== 'string') return params;
    const key = sha256KeyOf(query);
    let known: boolean;
    try {
      known = (await this.store.lookup(key)) === query;
    } catch (err) {
      if (this.mode === 'enforce') throw unavailable(err);
      known = false;
    }
    if (known) return params;
    if (this.mode === 'enforce') {
      throw new DocumentRefusal(
        400,
        'PERSISTED_DOCUMENT_REQUIRED',
        'This gateway runs trusted documents only: send the documentId of a published document instead of a free-form query.',
      );
    }
    const operationName = typeof params.operationName === 'string' ? params.operationName.slice(0, 100) : undefined;
    this.onUntrusted();
    log.warn({ documentHash: key, operationName }, 'operation is not a trusted document');
    return params;
  }

  /**
   * A hash without a query: Apollo Client's persisted-query link. A trusted document's hash runs that
   * document (and leaves APQ out of it); any other hash is APQ's to answer, except under `enforce`.
   */
  private async resolveHashOnly(params: Params, hash: string): Promise<Params> {
    let key: string | undefined;
    try {
      key = parseDocumentId(hash).key;
    } catch (err) {
      if (!(err instanceof InvalidDocumentId)) throw err;
      if (this.mode === 'enforce') throw new DocumentRefusal(400, 'INVALID_DOCUMENT_ID', err.message);
      return params;
    }
    let text: string | undefined;
    try {
      text = await this.lookup(key);
    } catch (err) {
      // Outside enforce, a hash the store cannot answer for is APQ's, as any unknown hash.
      if (this.mode === 'enforce' || !(err instanceof DocumentRefusal)) throw err;
    }
    if (text === undefined) {
      if (this.mode !== 'enforce') return params;
      throw new DocumentRefusal(
        404,
        'PERSISTED_DOCUMENT_NOT_FOUND',
        `No trusted document has the id ${key}. Publish the frontend's manifest (npm run documents:publish) first.`,
      );
    }
    const { persistedQuery: _apq, ...otherExtensions } = params.extensions as Record<string, unknown>;
    return { ...params, query: text, extensions: otherExtensions };
  }

  private async lookup(key: string): Promise<string | undefined> {
    try {
      return await this.store.lookup(key);
    } catch (err) {
      throw unavailable(err);
    }
  }
}

/** The `extensions.persistedQuery.sha256Hash` of a request that has no query, if any. */
function hashOnly(params: Params): string | undefined {
  if (params.query !== undefined && params.query !== null && params.query !== '') return undefined;
  const extensions = params.extensions;
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as Record<string, unknown>).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const hash = (persisted as Record<string, unknown>).sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

function parseJsonObject(text: string | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined; // Apollo answers the malformed parameter
  }
}

function unavailable(err: unknown): DocumentRefusal {
  if (!(err instanceof DocumentStoreUnavailable)) throw err;
  return new DocumentRefusal(
    503,
    'PERSISTED_DOCUMENT_STORE_UNAVAILABLE',
    'The store of published documents (Redis) cannot be reached; try again.',
  );
}
