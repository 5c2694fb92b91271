/**
 * A read that carries `expand` values must not lose its whole answer to one value the upstream refuses
 * (a 400 naming an expand the route does not know, on an older or newer API): the fields that value
 * embeds fail, nothing else. On a 400 with expands, the read is made again without them; if that
 * succeeds, the 400 was the expands', and each value is tried alone (all at once, one more round) so the
 * good ones still embed their fields and the refused ones are known by name. A 400 without expands, or
 * one the plain read repeats, is the caller's error as it is.
 */
import { UpstreamError } from '../genesys/errors.js';

export interface ExpandedRead<T> {
  value: T;
  /** The expand values the value was asked with (the refused ones included: their fields are absent). */
  expand: readonly string[];
  /** The values the upstream refused, each with its error; empty when the first read succeeded. */
  rejected: ReadonlyMap<string, Error>;
}

const NONE: ReadonlyMap<string, Error> = new Map();

/** The expand values the upstream refused when an object (a user, a profile's `expands`) was read. */
const refusals = new WeakMap<object, ReadonlyMap<string, Error>>();

/** Records the values the upstream refused for an object read with them (nothing when none was). */
export function markRefused(target: object, rejected: ReadonlyMap<string, Error>): void {
  if (rejected.size) refusals.set(target, rejected);
}

/** The error of the first of `expand` the upstream refused when it read `target`; undefined when none. */
export function refusalOf(target: object, expand: readonly string[]): Error | undefined {
  const rejected = refusals.get(target);
  for (const e of rejected ? expand : []) {
    const error = rejected!.get(e);
    if (error) return error;
  }
  return undefined;
}

/** A 400: the upstream refused the request's parameters (with expands, possibly one of them). */
function isRejection(err: unknown): err is UpstreamError {
  return err instanceof UpstreamError && err.status === 400;
}

/** Reads with `expand`; on a 400 falls back as described above, `merge` adding each single value's answer. */
export async function readWithExpands<T>(
  expand: readonly string[],
  read: (expand: readonly string[]) => Promise<T>,
  merge: (into: T, from: T) => void,
): Promise<ExpandedRead<T>> {
  try {
    return { value: await read(expand), expand, rejected: NONE };
  } catch (err) {
    if (!isRejection(err) || expand.length === 0) throw err;
    const value = await read([]);
    const rejected = new Map<string, Error>();
    if (expand.length === 1) {
      rejected.set(expand[0], err);
      return { value, expand, rejected };
    }
    const singles = await Promise.all(
      expand.map((e) =>
        read([e]).then(
          (one) => ({ e, one }),
          (error: unknown) => ({ e, error: error instanceof Error ? error : new Error(String(error)) }),
        ),
      ),
    );
    for (const single of singles) {
      if ('one' in single) merge(value, single.one);
      else rejected.set(single.e, single.error);
    }
    return { value, expand, rejected };
  }
}

/**
 * Copies the properties one expand added (`from`) onto `into`: absent ones, and objects both carry
 * merged one level down (`authorization` from expand=authorization and from authorization.unusedRoles).
 */
export function mergeExpanded(into: object, from: object): void {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    const have = target[key];
    if (have === undefined || have === null) target[key] = value;
    else if (isPlainObject(have) && isPlainObject(value)) target[key] = { ...value, ...have };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges users by id: every user of `from` onto the user of `into` with the same id. */
export function mergeUsersById(into: ReadonlyArray<{ id?: string }>, from: ReadonlyArray<{ id?: string }>): void {
  const byId = new Map(into.filter((u) => u.id).map((u) => [u.id, u]));
  for (const user of from) {
    const target = user.id ? byId.get(user.id) : undefined;
    if (target) mergeExpanded(target, user);
  }
}

/** Merges the users of two pages of one listing. */
export function mergeListings(
  into: { entities?: Array<{ id?: string }> },
  from: { entities?: Array<{ id?: string }> },
): void {
  mergeUsersById(into.entities ?? [], from.entities ?? []);
}

type AdjacentLists = Partial<Record<'superiors' | 'siblings' | 'directReports', Array<{ id?: string }>>>;

/** Merges the three lists of two adjacents answers. */
export function mergeAdjacents(into: AdjacentLists, from: AdjacentLists): void {
  for (const list of ['superiors', 'siblings', 'directReports'] as const)
    mergeUsersById(into[list] ?? [], from[list] ?? []);
}

interface Profile {
  id?: string;
  expands?: object;
}

/** A profile read with one more expand adds its part of `expands`. */
export function mergeProfile(into: Profile, from: Profile): void {
  if (from.expands) into.expands = { ...from.expands, ...into.expands };
}

/** Merges the profiles of two pages of the profiles listing, by id. */
export function mergeProfileListings(into: { entities?: Profile[] }, from: { entities?: Profile[] }): void {
  const byId = new Map((into.entities ?? []).filter((p) => p.id).map((p) => [p.id, p]));
  for (const profile of from.entities ?? []) {
    const target = profile.id ? byId.get(profile.id) : undefined;
    if (target) mergeProfile(target, profile);
  }
}

/**
 * A profile read with refused values: its `expands` (created if none came) remembers them, so the
 * UserExpands fields they fill fail alone.
 */
export function markProfileRefused(profile: Profile, rejected: ReadonlyMap<string, Error>): void {
  if (!rejected.size) return;
  profile.expands ??= {};
  markRefused(profile.expands, rejected);
}
