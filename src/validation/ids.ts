/**
 * Ids that Genesys Cloud defines as UUIDs (users, skills, languages, queues, stations, divisions, roles), checked
 * before any upstream call, with the one pattern and message the mutations' checks use too. Two uses:
 * - resolvers check the id arguments of reads (`user(id:)`, `users(ids:)`, …) with `requireUuids`, giving
 *   BAD_USER_INPUT like the mutations' checks (src/mutations/validate.ts), with no upstream call;
 * - the upstream client checks every UUID path parameter (`UUID_PATH_PARAMS`) whatever called it, so no value in
 *   those positions can change the upstream path. Other path values (a geolocation's clientId) are encoded.
 */
import { badUserInput, type InputProblem } from './bad-input.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

/** The Users API's path parameters whose values are UUIDs (every one but a geolocation's `clientId`). */
export const UUID_PATH_PARAMS: ReadonlySet<string> = new Set([
  'userId',
  'skillId',
  'languageId',
  'queueId',
  'stationId',
]);

export const UUID_MESSAGE = 'must be a UUID (8-4-4-4-12 hexadecimal digits).';

/** UUIDs in one spelling (lower case), so `ABC…` and `abc…` are one cache key and one upstream id. */
export function lowerCaseIds<T extends string | readonly string[] | null | undefined>(ids: T): T {
  if (typeof ids === 'string') return (isUuid(ids) ? ids.toLowerCase() : ids) as T;
  if (ids === null || ids === undefined) return ids;
  return ids.map((id) => (isUuid(id) ? id.toLowerCase() : id)) as unknown as T;
}

/**
 * Throws one BAD_USER_INPUT error (`extensions.field`, `extensions.problems`) when any given value is not a UUID,
 * or a list holds more than `maxItems` values; null and undefined are skipped. The message names the argument,
 * never the value.
 */
export function requireUuids(
  args: Record<string, string | readonly string[] | null | undefined>,
  options: { maxItems?: number } = {},
): void {
  const problems: InputProblem[] = [];
  for (const [field, value] of Object.entries(args)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      if (!isUuid(value)) problems.push({ field, message: UUID_MESSAGE });
      continue;
    }
    if (options.maxItems !== undefined && value.length > options.maxItems) {
      // Checked before the values: 10,000 ids get one problem, not 10,000.
      problems.push({
        field,
        message: `holds ${value.length} ids; at most ${options.maxItems} are allowed (the upstream's limit per call).`,
      });
      continue;
    }
    value.forEach((v, i) => {
      if (!isUuid(v)) problems.push({ field: `${field}[${i}]`, message: UUID_MESSAGE });
    });
  }
  if (problems.length) throw badUserInput(problems);
}
