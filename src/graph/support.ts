/** Small helpers the resolvers share: ids, user references, nulls and 404s, page URIs. */
import type { GatewayContext } from '../context.js';
import { UpstreamError } from '../genesys/errors.js';
import type { User } from '../genesys/models.js';
import { requireUuids } from '../validation/ids.js';

/** Every entity the gateway resolves came from the upstream with an id; a missing one is an upstream bug. */
export function idOf(entity: { id?: string }): string {
  if (!entity.id) throw new Error('The upstream returned an entity without an id');
  return entity.id;
}

/** Listings may omit `entities` when empty; GraphQL lists them as []. */
export function entitiesOf<T>(listing: { entities?: T[] }): T[] {
  return listing.entities ?? [];
}

const REFERENCE_KEYS = new Set(['id', 'selfUri', 'name']);

/**
 * A user embedded in another model is often only a reference ({id, selfUri}). Such a reference is
 * loaded through the by-id loader (batched with every other user of the request); a fuller embedded
 * user is returned as it is, and a reference to a user that no longer exists (deleted: 404) as the
 * reference the upstream gave, its id and nothing more.
 */
export function resolveUserRef(ref: User | undefined | null, ctx: GatewayContext): Promise<User> | User | null {
  if (!ref?.id) return null;
  const isReference = Object.keys(ref).every((key) => REFERENCE_KEYS.has(key));
  return isReference ? nullIfNotFound(ctx.loaders.users.load(ref.id)).then((user) => user ?? ref) : ref;
}

export function resolveUserRefs(refs: User[] | undefined, ctx: GatewayContext): Array<Promise<User> | User> | null {
  if (!refs) return null;
  return refs.filter((r) => r.id).map((r) => resolveUserRef(r, ctx) as Promise<User> | User);
}

/** The q64 token inside a search page URI (`/api/v2/users/search?q64=…`); the value itself if it is bare. */
export function q64Of(uri: string | undefined): string | null {
  if (!uri) return null;
  const query = uri.includes('?') ? uri.slice(uri.indexOf('?') + 1) : '';
  if (!query) return uri.includes('/') ? null : uri;
  return new URLSearchParams(query).get('q64');
}

/** Drops nulls from GraphQL input objects: the API treats an absent field and a null one differently. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutNulls(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    ) as T;
  }
  return value;
}

/** The divisionId filter of a queue listing: checked as UUIDs (no upstream call otherwise), in a canonical order. */
export function divisionFilter(divisionIds: readonly string[] | null | undefined): string[] | undefined {
  if (!divisionIds?.length) return undefined;
  requireUuids({ divisionIds });
  return [...divisionIds].sort();
}

/**
 * The contract of the "does not exist" lookups (`user(id:)`, `manager`, `_entities`, `geolocation(clientId:)`):
 * a 404 is null without an error, as their descriptions say; any other failure stays the field's error.
 */
export async function nullIfNotFound<T>(value: Promise<T>): Promise<T | null> {
  try {
    return await value;
  } catch (err) {
    if (err instanceof UpstreamError && err.status === 404) return null;
    throw err;
  }
}

/**
 * A listing's page URI (firstUri, nextUri, …) as the caller's own request would have it: without the
 * `expand` parameters, which only the gateway's lookahead adds (no listing field takes expand from the
 * caller), so the URI names the same page of the same request the caller made.
 */
function withoutExpand(uri: string | undefined): string | null {
  if (!uri) return null;
  const at = uri.indexOf('?');
  if (at < 0) return uri;
  const kept = uri
    .slice(at + 1)
    .split('&')
    .filter((pair) => decodeURIComponent(pair.split('=')[0]) !== 'expand');
  return kept.length ? `${uri.slice(0, at)}?${kept.join('&')}` : uri.slice(0, at);
}

type PageUris = Partial<Record<'firstUri' | 'nextUri' | 'previousUri' | 'lastUri' | 'selfUri', string>>;

/** The page URI fields of a listing of users or profiles, each without the gateway's expands. */
export const pageUriResolvers = {
  firstUri: (listing: PageUris) => withoutExpand(listing.firstUri),
  nextUri: (listing: PageUris) => withoutExpand(listing.nextUri),
  previousUri: (listing: PageUris) => withoutExpand(listing.previousUri),
  lastUri: (listing: PageUris) => withoutExpand(listing.lastUri),
  selfUri: (listing: PageUris) => withoutExpand(listing.selfUri),
};
