/**
 * Body validation with field-level `details`. A checker collects every problem in a body, then `done()`
 * throws one 400 whose `code` reflects the first problem:
 *   missing required field      -> bad.request            (detail errorCode `required`)
 *   wrong type / unknown enum   -> invalid.value          (detail errorCode `invalid.value`)
 *   out of range / too long ... -> constraint.validation  (detail errorCode `constraint.validation`)
 *   property the model lacks    -> invalid.property       (detail errorCode `invalid.property`)
 * Passwords are never echoed in messages.
 */
import type { Detail } from '../src/genesys/models.js';
import { ApiError } from './errors.js';

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTime(v: string): boolean {
  return ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
}

type Kind = 'required' | 'invalid.value' | 'constraint.validation' | 'invalid.property';
const CODE: Record<Kind, string> = {
  required: 'bad.request',
  'invalid.value': 'invalid.value',
  'constraint.validation': 'constraint.validation',
  'invalid.property': 'invalid.property',
};

export interface Problem {
  kind: Kind;
  field: string;
  message: string;
}

export class Checker {
  constructor(
    readonly body: Record<string, unknown>,
    readonly prefix = '',
    readonly entity = 'body',
    readonly problems: Problem[] = [],
  ) {}

  path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  add(kind: Kind, field: string, message: string): void {
    this.problems.push({ kind, field, message });
  }

  required(field: string): void {
    this.add('required', this.path(field), `The field [${this.path(field)}] is required.`);
  }

  invalid(field: string, value: unknown, expected: string, secret = false): void {
    const shown = secret ? '***' : typeof value === 'string' ? value : JSON.stringify(value);
    this.add(
      'invalid.value',
      this.path(field),
      `Value [${shown}] is not valid for field type [${this.path(field)}]. Allowable values are: ${expected}`,
    );
  }

  constraint(field: string, message: string): void {
    this.add('constraint.validation', this.path(field), message);
  }

  present(field: string): boolean {
    return this.body[field] !== undefined;
  }

  string(
    field: string,
    opts: { required?: boolean; nonEmpty?: boolean; max?: number; nullable?: boolean } = {},
  ): string | undefined {
    const v = this.body[field];
    if (v === undefined || (v === null && opts.nullable)) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.invalid(field, v, 'a string');
      return undefined;
    }
    if ((opts.nonEmpty || opts.required) && v.trim() === '') {
      if (opts.required) this.required(field);
      else this.constraint(field, `The field [${this.path(field)}] must not be empty.`);
      return undefined;
    }
    if (opts.max !== undefined && v.length > opts.max) {
      this.constraint(field, `The field [${this.path(field)}] must be at most ${opts.max} characters.`);
      return undefined;
    }
    return v;
  }

  bool(field: string, opts: { required?: boolean } = {}): boolean | undefined {
    const v = this.body[field];
    if (v === undefined) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (typeof v !== 'boolean') {
      this.invalid(field, v, 'true, false');
      return undefined;
    }
    return v;
  }

  number(
    field: string,
    opts: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    const v = this.body[field];
    if (v === undefined) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) {
      this.invalid(field, v, opts.integer ? 'an integer' : 'a number');
      return undefined;
    }
    if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
      this.constraint(
        field,
        `The field [${this.path(field)}] must be between ${opts.min ?? '-inf'} and ${opts.max ?? 'inf'}.`,
      );
      return undefined;
    }
    return v;
  }

  enumOf<T extends string>(field: string, allowed: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const v = this.body[field];
    if (v === undefined) {
      if (opts.required) this.required(field);
      return undefined;
    }
    const hit = allowed.find((a) => a === v);
    if (hit === undefined) {
      this.invalid(field, v, allowed.join(', '));
      return undefined;
    }
    return hit;
  }

  dateTime(field: string, opts: { required?: boolean } = {}): string | undefined {
    const v = this.body[field];
    if (v === undefined || v === null) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (typeof v !== 'string' || !isIsoDateTime(v)) {
      this.invalid(field, v, 'an ISO-8601 date-time, e.g. yyyy-MM-ddTHH:mm:ss.SSSZ');
      return undefined;
    }
    return new Date(v).toISOString();
  }

  array(field: string, opts: { required?: boolean } = {}): unknown[] | undefined {
    const v = this.body[field];
    if (v === undefined) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.invalid(field, v, 'an array');
      return undefined;
    }
    return v as unknown[];
  }

  stringArray(field: string, opts: { required?: boolean } = {}): string[] | undefined {
    const arr = this.array(field, opts);
    if (!arr) return undefined;
    if (!arr.every((x) => typeof x === 'string')) {
      this.invalid(field, arr, 'an array of strings');
      return undefined;
    }
    return arr;
  }

  object(field: string, opts: { required?: boolean } = {}): Record<string, unknown> | undefined {
    const v = this.body[field];
    if (v === undefined) {
      if (opts.required) this.required(field);
      return undefined;
    }
    if (!isObject(v)) {
      this.invalid(field, v, 'an object');
      return undefined;
    }
    return v;
  }

  /** Flags properties the model does not define; read-only ones are accepted and ignored. */
  onlyFields(known: readonly string[]): void {
    for (const k of Object.keys(this.body)) {
      if (!known.includes(k)) {
        this.add(
          'invalid.property',
          this.path(k),
          `Value [${this.path(k)}] is not a valid property for object [${this.entity}]`,
        );
      }
    }
  }

  /** A nested checker whose problems land in this one. */
  child(body: Record<string, unknown>, prefix: string, entity: string): Checker {
    return new Checker(body, this.path(prefix), entity, this.problems);
  }

  done(): void {
    if (this.problems.length === 0) return;
    throw toError(this.problems);
  }
}

function toError(problems: ReadonlyArray<Problem>): ApiError {
  const first = problems[0];
  const details: Detail[] = problems.map((p) => ({ errorCode: p.kind, fieldName: p.field }));
  const message =
    problems.length === 1
      ? first.message
      : `${first.message} (and ${problems.length - 1} more problem(s); see details)`;
  return new ApiError(400, CODE[first.kind], message, { details });
}

/** The body must be a JSON object. */
export function objectBody(body: unknown, entity: string): Record<string, unknown> {
  if (!isObject(body)) {
    throw new ApiError(400, 'bad.request', `The request body must be a JSON object (${entity}).`, {
      details: [{ errorCode: 'invalid.value', fieldName: 'body' }],
    });
  }
  return body;
}

/** The body must be a JSON array. */
export function arrayBody(body: unknown, entity: string): unknown[] {
  if (!Array.isArray(body)) {
    throw new ApiError(400, 'bad.request', `The request body must be a JSON array (${entity}).`, {
      details: [{ errorCode: 'invalid.value', fieldName: 'body' }],
    });
  }
  return body;
}
