/**
 * What a 2xx body must look like for the gateway to use it, derived from the operation table's `returns`
 * (src/genesys/operations.ts): JSON that parses; an object, an array or a listing; and the ids the gateway
 * keys on (DataLoader keys, primed caches, mutation payloads). A body that fails is not data — the client
 * reports it as `upstream.bad.response` (UPSTREAM_BAD_RESPONSE) instead of letting a resolver trip over it.
 *
 * Deliberately loose elsewhere: Genesys marks nearly every field optional and adds fields over time, so only
 * the container and the ids are checked; an empty listing may come without `entities` (as the API sends it).
 */
import type { OperationSpec } from './operations.js';

/** Models the gateway identifies by `id`: an object of these without a string id cannot be used. */
const MODELS_WITH_ID: ReadonlySet<string> = new Set([
  'User',
  'UserMe',
  'UserProfile',
  'UserRoutingSkill',
  'UserRoutingLanguage',
  'UserQueue',
  'Trustor',
]);

/** Fields of a model that list entities carrying ids: model → [field, element model]. */
const LISTS_IN: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  UserEntityListing: [['entities', 'User']],
  UserProfileEntityListing: [['entities', 'UserProfile']],
  UserSkillEntityListing: [['entities', 'UserRoutingSkill']],
  UserLanguageEntityListing: [['entities', 'UserRoutingLanguage']],
  UserQueueEntityListing: [['entities', 'UserQueue']],
  TrustorEntityListing: [['entities', 'Trustor']],
  UsersSearchResponse: [['results', 'User']],
  Adjacents: [
    ['superiors', 'User'],
    ['siblings', 'User'],
    ['directReports', 'User'],
  ],
};

/** Answers whose body the gateway never reads (`Empty`, or no model at all). */
const IGNORED = new Set(['Empty']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `value` is not a `model`, or undefined when it is (as far as the gateway cares). */
function problemOf(value: unknown, model: string, where: string): string | undefined {
  const array = /^Array<(\w+)>$/.exec(model);
  if (array) {
    if (!Array.isArray(value)) return `${where} is ${describe(value)}, not an array`;
    const element = array[1];
    for (let i = 0; i < value.length; i++) {
      const problem =
        element === 'String'
          ? typeof value[i] === 'string'
            ? undefined
            : `${where}[${i}] is ${describe(value[i])}, not a string`
          : problemOf(value[i], element, `${where}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isObject(value)) return `${where} is ${describe(value)}, not an object`;
  if (MODELS_WITH_ID.has(model) && (typeof value.id !== 'string' || value.id === '')) return `${where} has no id`;
  for (const [field, element] of LISTS_IN[model] ?? []) {
    if (value[field] === undefined) continue;
    const problem = problemOf(value[field], `Array<${element}>`, `${where}.${field}`);
    if (problem) return problem;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export type BodyCheck = { ok: true; body: unknown } | { ok: false; problem: string };

/**
 * Parses and checks a 2xx body against what the operation returns. An operation without a model (or `Empty`)
 * takes any body and yields what parses (undefined otherwise).
 */
export function checkResponseBody(spec: Pick<OperationSpec, 'returns'>, text: string): BodyCheck {
  const model = spec.returns;
  let body: unknown;
  let parsed = true;
  if (text.trim() === '') parsed = false;
  else {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      parsed = false;
    }
  }
  if (model === undefined || IGNORED.has(model)) return { ok: true, body: parsed ? body : undefined };
  if (!parsed) return { ok: false, problem: text.trim() === '' ? 'the body is empty' : 'the body is not JSON' };
  const problem = problemOf(body, model, 'the body');
  return problem ? { ok: false, problem: `${problem} (expected ${model})` } : { ok: true, body };
}
