/**
 * Relay cursor connections over the upstream's page-size/page-number listings, with no extra calls.
 *
 * A cursor encodes where its item came from: the upstream page size, page number and index in that page
 * (`base64url("v1:<pageSize>:<pageNumber>:<index>")`), so its absolute offset is known. `first`/`after`
 * then ask for the window [offset + 1, offset + 1 + first); `planPage` picks the one upstream page that
 * holds it — the page size `first` when the window is on a page boundary of it (a client paging with a
 * steady `first` always is), else the smallest larger page size that holds the whole window. When no page
 * size up to the route's maximum does, the window is cut at the end of its page (fewer edges than `first`,
 * `hasNextPage` still true): one call per connection either way. `pageInfo` is exact: it comes from the
 * upstream's `total` (or `nextUri`) and the offset.
 */
import type * as M from '../genesys/models.js';
import { badUserInput } from '../validation/bad-input.js';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a connection resolver returns (the mapper of every *Connection type). */
export interface Connection<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** One upstream page request. */
export interface PagePlan {
  pageSize: number;
  pageNumber: number;
  /** Index of the first wanted item in that page. */
  skip: number;
  /** How many items are wanted. */
  take: number;
}

/** What an upstream listing answers (the fields connections use). */
export interface UpstreamPage<T> {
  entities?: T[];
  results?: T[];
  total?: number;
  nextUri?: string;
  nextPage?: string;
}

const CURSOR_VERSION = 'v1';

export function encodeCursor(pageSize: number, pageNumber: number, index: number): string {
  return Buffer.from(`${CURSOR_VERSION}:${pageSize}:${pageNumber}:${index}`, 'utf8').toString('base64url');
}

/** The absolute offset of the item a cursor points at; BAD_USER_INPUT for anything that is not one of ours. */
export function decodeCursor(cursor: string, argument = 'after'): number {
  const problem = () =>
    badUserInput([
      {
        field: argument,
        message: 'is not a cursor of this connection (take it from edges.cursor or pageInfo.endCursor).',
      },
    ]);
  if (cursor.length > 64) throw problem();
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts.length !== 4 || parts[0] !== CURSOR_VERSION) throw problem();
  const [pageSize, pageNumber, index] = parts.slice(1).map((p) => (/^\d{1,9}$/.test(p) ? Number(p) : NaN));
  if (!(pageSize >= 1 && pageNumber >= 1 && index >= 0 && index < pageSize)) throw problem();
  return (pageNumber - 1) * pageSize + index;
}

/** Reads `first` and `after` into the wanted window; `first` must be 1..maxPageSize. */
export function windowOf(
  args: { first?: number | null; after?: string | null },
  maxPageSize: number,
  defaultFirst = 25,
): { offset: number; first: number } {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badUserInput([{ field: 'first', message: `must be 1 to ${maxPageSize} (the upstream's largest page).` }]);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, first };
}

/** The one upstream page that serves [offset, offset + first): see the module comment. */
export function planPage(offset: number, first: number, maxPageSize: number): PagePlan {
  const last = offset + first - 1;
  for (let pageSize = first; pageSize <= maxPageSize; pageSize++) {
    const page = Math.floor(offset / pageSize);
    if (Math.floor(last / pageSize) === page) {
      return { pageSize, pageNumber: page + 1, skip: offset - page * pageSize, take: first };
    }
  }
  const page = Math.floor(offset / first);
  const skip = offset - page * first;
  return { pageSize: first, pageNumber: page + 1, skip, take: first - skip };
}

/** Builds the connection of one planned page from the upstream's answer. */
export function connectionOf<T>(plan: PagePlan, page: UpstreamPage<T> | undefined | null): Connection<T> {
  const items = page?.entities ?? page?.results ?? [];
  const chosen = items.slice(plan.skip, plan.skip + plan.take);
  const edges = chosen.map((node, i) => ({
    cursor: encodeCursor(plan.pageSize, plan.pageNumber, plan.skip + i),
    node,
  }));
  const offset = (plan.pageNumber - 1) * plan.pageSize + plan.skip;
  const total = typeof page?.total === 'number' ? page.total : null;
  const moreInPage = plan.skip + chosen.length < items.length;
  const hasNextPage =
    moreInPage || (total !== null ? offset + chosen.length < total : Boolean(page?.nextUri ?? page?.nextPage));
  return {
    edges,
    nodes: chosen,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** A connection over a list the upstream returns whole (direct reports): one "page" holding everything. */
export function connectionOfList<T>(list: readonly T[], window: { offset: number; first: number }): Connection<T> {
  const pageSize = Math.max(list.length, window.offset + 1);
  return connectionOf(
    { pageSize, pageNumber: 1, skip: window.offset, take: window.first },
    { entities: [...list], total: list.length },
  );
}

// The mappers of the connection types (codegen.yml): a connection of upstream objects.

export type UserConnection = Connection<M.User>;
export type UserEdge = Edge<M.User>;
export type UserRoutingSkillConnection = Connection<M.UserRoutingSkill>;
export type UserRoutingSkillEdge = Edge<M.UserRoutingSkill>;
export type UserRoutingLanguageConnection = Connection<M.UserRoutingLanguage>;
export type UserRoutingLanguageEdge = Edge<M.UserRoutingLanguage>;
export type UserQueueConnection = Connection<M.UserQueue>;
export type UserQueueEdge = Edge<M.UserQueue>;
export type TrustorConnection = Connection<M.Trustor>;
export type TrustorEdge = Edge<M.Trustor>;
