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
function textOf(document: TypedDocumentNode<unknown, never>): string {
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
