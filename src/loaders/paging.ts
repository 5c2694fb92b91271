/** Reading a whole upstream listing: the first page, then every other page at once (one more round). */

export interface Listing<T> {
  entities?: T[];
  pageCount?: number;
  total?: number;
}

/** The largest page the Users API sub-listings accept (docs/upstream-api.md#paging). */
export const SUB_LISTING_MAX_PAGE_SIZE = 100;

export async function fetchAllPages<T>(
  fetchPage: (pageNumber: number, pageSize: number) => Promise<Listing<T>>,
  pageSize = SUB_LISTING_MAX_PAGE_SIZE,
): Promise<T[]> {
  const first = await fetchPage(1, pageSize);
  const entities = [...(first.entities ?? [])];
  const pageCount = first.pageCount ?? (first.total !== undefined ? Math.ceil(first.total / pageSize) : 1);
  if (pageCount > 1) {
    const rest = await Promise.all(Array.from({ length: pageCount - 1 }, (_, i) => fetchPage(i + 2, pageSize)));
    for (const page of rest) entities.push(...(page.entities ?? []));
  }
  return entities;
}
