/**
 * Typed operations for the tests. A test writes its document with `graphql(`…`)` (GraphQL Code Generator's
 * client preset, test/__generated__/: `npm run codegen` after adding or changing one), so the document is
 * checked against the schema and its data and variables are typed; these helpers send it through the harness.
 *
 *   const data = await expectData(h, graphql(`query User($id: ID!) { user(id: $id) { name } }`), { id });
 *   data.user?.name; // string | null | undefined, no hand-written type, no `data!`
 */
import { expect } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLResult, Harness } from './harness.js';

export { graphql } from '../__generated__/index.js';

export interface ExecuteOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

/** Anything with the harness's `execute` (the harness, or a test's own gateway runner). */
export type Executor = Pick<Harness, 'execute'>;

const printed = new WeakMap<object, string>();

/** The text of a document, printed once. */
export function textOf(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** Runs a typed document and returns the whole result (data and errors), typed. */
export function executeTyped<TData, TVariables extends Record<string, unknown>>(
  h: Executor,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: ExecuteOptions,
): Promise<GraphQLResult<TData>> {
  return h.execute<TData>(textOf(document), variables, options);
}

/**
 * Runs a document that is untyped on purpose, because codegen cannot type it: one the test builds at run time
 * (abuse and limit tests sizing it to break a limit; the differential test's generated documents) or one that must
 * fail to parse or validate, or variables that must break their declared types. Its data is `unknown`: such a test
 * reads the errors, or compares the data with what it built. Every other test document is a typed `graphql(`…`)`.
 */
export function executeUntyped(
  h: Executor,
  text: string,
  variables?: Record<string, unknown>,
  options?: ExecuteOptions,
): Promise<GraphQLResult<unknown>> {
  return h.execute<unknown>(text, variables, options);
}

/**
 * Asserts that a result has no errors and has data, and returns the data. The assertion shows the errors
 * themselves when it fails, which `data!` never does.
 */
export function dataOf<TData>(result: GraphQLResult<TData>): TData {
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual(expect.anything());
  return result.data as TData;
}

/** Runs a typed document that must succeed: no errors, data present; returns the data, typed. */
export async function expectData<TData, TVariables extends Record<string, unknown>>(
  h: Executor,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: ExecuteOptions,
): Promise<TData> {
  return dataOf(await executeTyped(h, document, variables, options));
}

/** Narrows a value the schema declares nullable but the test expects present; fails the test otherwise. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present, got ${String(value)}`);
  return value;
}

type ResultError = NonNullable<GraphQLResult<unknown>['errors']>[number];

/**
 * The errors of a result that must have failed. Fails the test with the data it got instead when there are none,
 * where `errors!` would only throw a TypeError about `undefined`.
 */
export function errorsOf(result: { errors?: ResultError[]; data?: unknown }): ResultError[] {
  if (result.errors?.length) return result.errors;
  const data = JSON.stringify(result.data) ?? String(result.data);
  throw new Error(`expected errors, got none; data: ${data.length > 500 ? `${data.slice(0, 500)}…` : data}`);
}

/** The first error of a result that must have failed (see `errorsOf`). */
export function firstError(result: { errors?: ResultError[]; data?: unknown }): ResultError {
  return errorsOf(result)[0];
}
