/**
 * Trusted-document manifests and document identifiers.
 *
 * A manifest maps document identifiers to document text. Three shapes are read, the ones frontend
 * tooling writes:
 * - GraphQL Code Generator's client preset (`persistedDocuments: true` → persisted-documents.json) and
 *   relay-compiler's `persistConfig: { file }` (the query map): a JSON object `{ "<hash>": "<text>" }`;
 * - Apollo's persisted-query manifest: `{ "format": "apollo-persisted-query-manifest", "operations": [{ id, body }] }`.
 *
 * Identifiers are hashes of the text: `sha256:<hex>` (the GraphQL-over-HTTP persisted-documents appendix),
 * or a bare hex digest whose length names the algorithm (64: SHA-256, 40: SHA-1 — the client preset's
 * default —, 32: MD5 — relay-compiler's default). Every entry's hash is checked against its text, and its
 * text must parse: a manifest with one bad entry is refused whole, so nothing is half-loaded.
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';

export type HashAlgorithm = 'sha256' | 'sha1' | 'md5';

const HEX_LENGTH: Record<HashAlgorithm, number> = { sha256: 64, sha1: 40, md5: 32 };
const ALGORITHM_BY_LENGTH = new Map<number, HashAlgorithm>(
  Object.entries(HEX_LENGTH).map(([a, n]) => [n, a as HashAlgorithm]),
);
/** Identifiers longer than this are refused unread (a sha256 id is 71 characters). */
const MAX_ID_LENGTH = 128;

/** A parsed document identifier; `key` is its canonical form, `<algorithm>:<lower-case hex>`. */
export interface DocumentId {
  algorithm: HashAlgorithm;
  hex: string;
  key: string;
}

export class InvalidDocumentId extends Error {
  override readonly name = 'InvalidDocumentId';
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 10);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(
      `Trusted-document manifest ${source} is refused (nothing from it was loaded):\n${shown.map((p) => `  - ${p}`).join('\n')}${more}`,
    );
  }
}

/** Parses `sha256:<hex>`, `sha1:<hex>`, `md5:<hex>` or a bare hex digest of 64, 40 or 32 digits. */
export function parseDocumentId(raw: unknown): DocumentId {
  if (typeof raw !== 'string' || raw === '') throw new InvalidDocumentId('The document id must be a non-empty string.');
  if (raw.length > MAX_ID_LENGTH)
    throw new InvalidDocumentId(`The document id is longer than ${MAX_ID_LENGTH} characters.`);
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? undefined : raw.slice(0, colon);
  const hex = (colon < 0 ? raw : raw.slice(colon + 1)).toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex)) {
    throw new InvalidDocumentId(
      `The document id "${shorten(raw)}" is not a hex digest (expected sha256:<64 hex digits>).`,
    );
  }
  const algorithm =
    prefix === undefined ? ALGORITHM_BY_LENGTH.get(hex.length) : (prefix.toLowerCase() as HashAlgorithm);
  if (!algorithm || !(algorithm in HEX_LENGTH)) {
    throw new InvalidDocumentId(
      prefix === undefined
        ? `The document id "${shorten(raw)}" has ${hex.length} hex digits; expected sha256:<64>, or a bare SHA-256 (64), SHA-1 (40) or MD5 (32) digest.`
        : `The document id prefix "${shorten(prefix)}" is not supported; use sha256: (or sha1:, md5:).`,
    );
  }
  if (hex.length !== HEX_LENGTH[algorithm]) {
    throw new InvalidDocumentId(
      `The ${algorithm} document id must have ${HEX_LENGTH[algorithm]} hex digits (got ${hex.length}).`,
    );
  }
  return { algorithm, hex, key: `${algorithm}:${hex}` };
}

export function hashOf(text: string, algorithm: HashAlgorithm = 'sha256'): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

/** The canonical key of a text under SHA-256: how a free-form operation is recognised as a trusted one. */
export const sha256KeyOf = (text: string): string => `sha256:${hashOf(text)}`;

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Checks one entry: its id parses, its text hashes to it and parses as GraphQL. Returns the problem, if any. */
export function checkEntry(rawId: string, text: unknown): { key: string; text: string } | { problem: string } {
  let id: DocumentId;
  try {
    id = parseDocumentId(rawId);
  } catch (err) {
    return { problem: (err as Error).message };
  }
  if (typeof text !== 'string' || text.trim() === '')
    return { problem: `${rawId}: the document text must be a non-empty string` };
  const actual = hashOf(text, id.algorithm);
  if (actual !== id.hex)
    return { problem: `${rawId}: the ${id.algorithm} of the document text is ${actual}, not the id's hash` };
  try {
    parse(text, { noLocation: true });
  } catch (err) {
    return { problem: `${rawId}: the document text is not GraphQL: ${(err as Error).message}` };
  }
  return { key: id.key, text };
}

/** Reads a manifest's JSON into canonical key → text, or throws ManifestError listing every bad entry. */
export function parseManifest(json: string, source: string): Map<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ManifestError(source, [`not JSON: ${(err as Error).message}`]);
  }
  const entries = manifestEntries(value);
  if (!entries) {
    throw new ManifestError(source, [
      'not a manifest: expected an object of id → document text (client preset, relay-compiler) or an apollo-persisted-query-manifest',
    ]);
  }
  const documents = new Map<string, string>();
  const problems: string[] = [];
  for (const [rawId, text] of entries) {
    const checked = checkEntry(rawId, text);
    if ('problem' in checked) problems.push(checked.problem);
    else documents.set(checked.key, checked.text);
  }
  if (problems.length) throw new ManifestError(source, problems);
  if (documents.size === 0) throw new ManifestError(source, ['the manifest has no documents']);
  return documents;
}

function manifestEntries(value: unknown): Array<[string, unknown]> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (record.format === 'apollo-persisted-query-manifest') {
    if (!Array.isArray(record.operations)) return undefined;
    return record.operations.map((op: unknown, i) => {
      const o = (typeof op === 'object' && op !== null ? op : {}) as Record<string, unknown>;
      return [typeof o.id === 'string' ? o.id : `operations[${i}].id`, o.body];
    });
  }
  return Object.entries(record);
}
