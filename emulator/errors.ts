/**
 * Errors as the Users API answers them: an `ErrorBody` (docs/upstream-api.md#errors) with the dotted code, the
 * HTTP status, the correlation id as `contextId`, and field-level `details`. Route handlers and the store
 * throw `ApiError`; the HTTP layer renders it.
 */
import type { Detail, ErrorBody } from '../src/genesys/models.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Detail[];
  readonly messageWithParams?: string;
  readonly messageParams?: Record<string, string>;
  readonly entityId?: string;
  readonly entityName?: string;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: {
      details?: Detail[];
      messageWithParams?: string;
      messageParams?: Record<string, string>;
      entityId?: string;
      entityName?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = extra.details ?? [];
    this.messageWithParams = extra.messageWithParams;
    this.messageParams = extra.messageParams;
    this.entityId = extra.entityId;
    this.entityName = extra.entityName;
    this.headers = extra.headers ?? {};
  }

  toBody(contextId: string): ErrorBody {
    const body: ErrorBody = { message: this.message, code: this.code, status: this.status };
    if (this.entityId !== undefined) body.entityId = this.entityId;
    if (this.entityName !== undefined) body.entityName = this.entityName;
    if (this.messageWithParams !== undefined) body.messageWithParams = this.messageWithParams;
    if (this.messageParams !== undefined) body.messageParams = this.messageParams;
    body.contextId = contextId;
    body.details = this.details;
    body.errors = [];
    return body;
  }
}

export function notFound(entityName?: string, entityId?: string): ApiError {
  return new ApiError(404, 'not.found', 'The requested resource was not found.', { entityId, entityName });
}

/** 400 invalid.query.param.value, with the catalogue's message template. */
export function badQueryParam(name: string, value: string, allowed?: string): ApiError {
  const allowable = allowed ?? '';
  return new ApiError(
    400,
    'invalid.query.param.value',
    `Value [${value}] is not valid for parameter [${name}]. Allowable values are: ${allowable}`,
    {
      messageWithParams:
        'Value [{value}] is not valid for parameter [{paramName}]. Allowable values are: {allowableValues}',
      messageParams: { value, paramName: name, allowableValues: allowable },
      details: [{ errorCode: 'invalid.query.param.value', fieldName: name }],
    },
  );
}

/** 400 for an invalid body: one `details` entry per offending field. */
export function badBody(message: string, details: Detail[], code = 'bad.request'): ApiError {
  return new ApiError(400, code, message, { details });
}

export function conflict(message: string, entityId?: string): ApiError {
  return new ApiError(409, 'general.conflict', message, { entityId });
}

export const VERSION_MISMATCH_MESSAGE =
  'The version number of the modified resource must match the version number in the database.';
