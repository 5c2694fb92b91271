/**
 * Ids of per-user assignments that are unique across users. The Users API gives a user's queue, skill,
 * language and geolocation the id of the queue, skill, language or client — shared by every user who has
 * it — so a cache that normalises by id would merge one user's `proficiency` or `joined` into another's.
 * Their GraphQL `id` is `<Type>:<userId>:<upstream id>` instead, and the upstream id keeps its own field
 * (`queueId`, `skillId`, `languageId`, `clientId`).
 *
 * The upstream objects do not carry their user, so the resolvers that return them (User's listings, the
 * write payloads, UserFullReference) record it here first, keyed by the object itself (weakly: nothing
 * outlives the request's objects).
 */
const owners = new WeakMap<object, string>();

function mark(userId: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) mark(userId, item);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const listing = value as { entities?: unknown; edges?: unknown; nodes?: unknown };
  if (Array.isArray(listing.entities)) return mark(userId, listing.entities);
  if (Array.isArray(listing.nodes)) return mark(userId, listing.nodes);
  owners.set(value, userId);
}

/**
 * Records `userId` as the owner of the assignments in `value` (one, a list, a listing's entities or a
 * connection's nodes), resolved or still a promise; returns `value` unchanged.
 */
export function owned<T>(userId: string | undefined | null, value: T): T {
  if (!userId) return value;
  if (value instanceof Promise) {
    return value.then((resolved: unknown) => {
      mark(userId, resolved);
      return resolved;
    }) as T;
  }
  mark(userId, value);
  return value;
}

export type AssignmentType = 'UserQueue' | 'UserRoutingSkill' | 'UserRoutingLanguage' | 'Geolocation';

/** The per-user id of an assignment; the upstream id alone when its user is unknown (never on a path of ours). */
function assignmentId(type: AssignmentType, assignment: { id?: string }): string | null {
  if (!assignment.id) return null;
  const owner = owners.get(assignment);
  return owner ? `${type}:${owner}:${assignment.id}` : assignment.id;
}

/** The resolvers of one assignment type: the per-user `id` and the upstream id under its own name. */
export function assignmentResolvers<K extends string>(type: AssignmentType, upstreamIdField: K) {
  return {
    id: (assignment: { id?: string }) => assignmentId(type, assignment),
    [upstreamIdField]: (assignment: { id?: string }) => assignment.id ?? null,
  } as { id: (a: { id?: string }) => string | null } & Record<K, (a: { id?: string }) => string | null>;
}
