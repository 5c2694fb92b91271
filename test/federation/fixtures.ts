/** Shared bits of the federation tests: user ids from the emulator, User representations, bulk-call id lists. */
import type { Harness, UpstreamCall } from '../helpers/harness.js';

/** The first `n` active users of the emulator's organisation, in generation order. */
export function activeUserIds(h: Harness, n: number): string[] {
  const ids = h.emulator.store.userList.filter((u) => u.state === 'active').map((u) => u.id);
  if (ids.length < n) throw new Error(`the emulator has ${ids.length} active users, the test needs ${n}`);
  return ids.slice(0, n);
}

/** `_Any` representations of users, as a router sends them to `_entities`. */
export const userReps = (ids: readonly string[]) => ids.map((id) => ({ __typename: 'User', id }));

/** The id list of each bulk GET /api/v2/users, sorted, after checking each asks for as many users as it names. */
export function bulkIdLists(calls: UpstreamCall[]): string[][] {
  return calls.map((c) => {
    expect(c.query.pageSize).toEqual([String(c.query.id.length)]);
    return [...c.query.id].sort();
  });
}
