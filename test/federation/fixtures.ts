/** Shared bits of the federation tests: user ids from the emulator, User representations, bulk-call id lists. */
import type { Harness, UpstreamCall } from '../helpers/harness.js';
import { graphql } from '../helpers/operations.js';

/** User representations resolved as a router asks for them (the schema is test/federation/subgraph-fields.graphql). */
export const ENTITY_USERS = graphql(`
  query EntityUsers($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on User {
        id
        name
        email
      }
    }
  }
`);

/** usergraph's SDL as a router or `rover subgraph introspect` reads it. */
export const SERVICE_SDL = graphql(`
  query ServiceSdl {
    _service {
      sdl
    }
  }
`);

/**
 * The User of an `_entities` item (the documents select `... on User` only), or null for an unresolved
 * representation; an entity of another type fails the test.
 */
export function entityUser<T extends object>(entity: T | null): Extract<T, { id: string }> | null {
  if (entity === null) return null;
  if (!isUser(entity)) throw new Error(`expected a User entity, got ${JSON.stringify(entity)}`);
  return entity;
}

const isUser = <T extends object>(entity: T): entity is Extract<T, { id: string }> => 'id' in entity;

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
