/**
 * The errors of query protection. A rejected operation is answered with HTTP 400 and one error whose
 * `extensions.code` names the limit and whose extensions carry the measured value and the limit, so a
 * frontend developer sees what to change. Apollo removes `extensions.http` from the response.
 */
import { GraphQLError } from 'graphql';

export const ProtectionErrorCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_ROOT_FIELDS: 'TOO_MANY_ROOT_FIELDS',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  OPERATION_NAME_TOO_LONG: 'OPERATION_NAME_TOO_LONG',
  TOO_MANY_INTROSPECTION_FIELDS: 'TOO_MANY_INTROSPECTION_FIELDS',
  TOO_MANY_SERVICE_FIELDS: 'TOO_MANY_SERVICE_FIELDS',
  TOO_MANY_ENTITIES: 'TOO_MANY_ENTITIES',
  UPSTREAM_CALL_BUDGET_EXCEEDED: 'UPSTREAM_CALL_BUDGET_EXCEEDED',
} as const;
export type ProtectionErrorCode = (typeof ProtectionErrorCode)[keyof typeof ProtectionErrorCode];

/** Which measure of the operation broke its limit, and by how much. */
export interface LimitDetail {
  actual: number;
  limit: number;
}

function rejection(code: ProtectionErrorCode, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

export function queryTooDeep(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.QUERY_TOO_DEEP,
    `The operation nests fields ${detail.actual} levels deep; the limit is ${detail.limit}.`,
    { depth: detail },
  );
}

export function tooManyAliases(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.TOO_MANY_ALIASES,
    `The operation uses ${detail.actual} aliases; the limit is ${detail.limit}.`,
    { aliases: detail },
  );
}

export function tooManyRootFields(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.TOO_MANY_ROOT_FIELDS,
    `The operation selects ${detail.actual} root fields; the limit is ${detail.limit}.`,
    { rootFields: detail },
  );
}

export function queryTooLarge(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.QUERY_TOO_LARGE,
    `The operation expands to ${detail.actual} field selections (fragments expanded); the limit is ${detail.limit}.`,
    { fields: detail },
  );
}

export function queryTooComplex(cost: { estimate: number; limit: number }): GraphQLError {
  return rejection(
    ProtectionErrorCode.QUERY_TOO_COMPLEX,
    `The operation could make an estimated ${cost.estimate} upstream calls; the limit is ${cost.limit}. ` +
      'Ask for smaller pages or fewer nested lists, or split the operation.',
    { cost },
  );
}

export function operationNameTooLong(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.OPERATION_NAME_TOO_LONG,
    `An operation name is ${detail.actual} characters long; the limit is ${detail.limit} (MAX_OPERATION_NAME_LENGTH).`,
    { operationName: detail },
  );
}

export function tooManyIntrospectionFields(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.TOO_MANY_INTROSPECTION_FIELDS,
    `The operation selects ${detail.actual} __schema/__type fields; the limit is ${detail.limit} (MAX_INTROSPECTION_FIELDS).`,
    { introspectionFields: detail },
  );
}

export function tooManyServiceFields(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.TOO_MANY_SERVICE_FIELDS,
    `The operation selects ${detail.actual} _service fields; the limit is ${detail.limit} (MAX_SERVICE_FIELDS).`,
    { serviceFields: detail },
  );
}

export function tooManyEntities(detail: LimitDetail): GraphQLError {
  return rejection(
    ProtectionErrorCode.TOO_MANY_ENTITIES,
    `The operation asks for ${detail.actual} _entities representations; the limit is ${detail.limit} (MAX_ENTITY_REPRESENTATIONS).`,
    { entities: detail },
  );
}

/** The input bounds (MAX_INPUT_DEPTH, MAX_INPUT_VALUES), checked before any value is coerced. */
export type InputLimit = 'MAX_INPUT_DEPTH' | 'MAX_INPUT_VALUES';

/** An input value over a bound: BAD_USER_INPUT naming the setting, its limit and what was found (at least). */
export function inputTooLarge(
  where: 'variables' | 'an argument literal',
  limit: InputLimit,
  detail: LimitDetail,
): GraphQLError {
  const what =
    limit === 'MAX_INPUT_DEPTH'
      ? `nests values more than ${detail.limit} levels deep`
      : `holds more than ${detail.limit} values`;
  return new GraphQLError(`Invalid input: ${where} ${what} (${limit}=${detail.limit}).`, {
    extensions: { code: 'BAD_USER_INPUT', limit: { name: limit, ...detail }, http: { status: 400 } },
  });
}

/**
 * Thrown by `CallBudget.take()` when an operation has made all the upstream calls it may make. It is a
 * GraphQLError, so a resolver that meets it fails its field (partial data), never the process.
 */
export class UpstreamCallBudgetExceeded extends GraphQLError {
  constructor(readonly limit: number) {
    super(`This operation reached its limit of ${limit} upstream calls; the remaining fields were not fetched.`, {
      extensions: { code: ProtectionErrorCode.UPSTREAM_CALL_BUDGET_EXCEEDED, budget: { limit } },
    });
    this.name = 'UpstreamCallBudgetExceeded';
  }
}
