/**
 * Helpers for the mutation tests: run an operation through the gateway over HTTP and return its data (or its
 * errors) with the exact upstream calls it made, bodies included (the emulator's request log redacts passwords).
 */
import { afterAll, beforeAll, expect } from '@jest/globals';
import type { EmulatorFixtures, EmulatorStore, UserRecord } from '../../emulator/store.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { routesOf, startHarness, type GraphQLResult, type Harness, type UpstreamCall } from '../helpers/harness.js';
import { dataOf, executeUntyped, present, textOf } from '../helpers/operations.js';

export { routesOf };

/** An upstream call as the emulator logged it, with the JSON body it received. */
export type LoggedCall = UpstreamCall & { body?: unknown };

export interface Outcome<T> {
  result: GraphQLResult<T>;
  calls: LoggedCall[];
}

/** A typed document (`graphql(`…`)`), or the text of one sent untyped (see `send`). */
export type Operation = string | TypedDocumentNode<unknown, never>;
type Options = { token?: string | null };

/** Runs one typed operation from a clean request log; the calls are exactly the ones this operation made. */
export async function send<TData, TVariables extends Record<string, unknown>>(
  h: Harness,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: Options,
): Promise<Outcome<TData>>;
/**
 * The same with a document untyped on purpose: the validation and refusal tests send variables or literals that
 * break their declared types (or documents built at run time), and read the errors.
 */
export async function send(
  h: Harness,
  text: string,
  variables?: Record<string, unknown>,
  options?: Options,
): Promise<Outcome<unknown>>;
export async function send(
  h: Harness,
  operation: Operation,
  variables?: Record<string, unknown>,
  options?: Options,
): Promise<Outcome<unknown>> {
  await h.resetCalls();
  const text = typeof operation === 'string' ? operation : textOf(operation);
  const result = await executeUntyped(h, text, variables, options);
  return { result, calls: await h.calls() };
}

/** Runs a typed operation that must succeed (no errors, data present); its data, typed, and calls. */
export async function ok<TData, TVariables extends Record<string, unknown>>(
  h: Harness,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: Options,
): Promise<{ data: TData; calls: LoggedCall[] }> {
  const { result, calls } = await send(h, document, variables, options);
  return { data: dataOf(result), calls };
}

/** The single error of an operation that must fail, and the calls it made. */
export async function fails(
  h: Harness,
  operation: Operation,
  variables?: Record<string, unknown>,
  options?: Options,
): Promise<{ error: NonNullable<GraphQLResult<unknown>['errors']>[number]; data: unknown; calls: LoggedCall[] }> {
  const { result, calls } = await send(
    h,
    typeof operation === 'string' ? operation : textOf(operation),
    variables,
    options,
  );
  expect(result.errors).toHaveLength(1);
  return { error: present(result.errors?.[0], 'the error'), data: result.data, calls };
}

/** A user record of the emulator, asserting it exists. */
export function userRecord(store: EmulatorStore, id: string): UserRecord {
  const user = store.user(id);
  if (!user) throw new Error(`the emulator has no user ${id}`);
  return user;
}

/** Active agents of the emulator's org other than the fixtures, one per test, so tests never share a user. */
function agentPicker(store: EmulatorStore): () => UserRecord {
  const f = store.fixtures();
  const reserved = new Set([
    f.headOfOrg,
    f.richUser,
    f.deepUser,
    f.leafUser,
    f.deletedUser,
    f.inactiveUser,
    f.managerOfManagers,
  ]);
  const agents = store.userList.filter((u) => u.agent && u.state === 'active' && !reserved.has(u.id));
  let next = 0;
  return () => {
    const user = agents[next++];
    if (!user) throw new Error('the emulator org has run out of agents for the tests');
    return user;
  };
}

/** A test file's emulator and gateway, with handy access to the emulator's state. */
export interface TestOrg {
  h: Harness;
  store: EmulatorStore;
  fx: EmulatorFixtures;
  /** A different active agent on every call (see agentPicker). */
  nextAgent: () => UserRecord;
}

/** Starts an emulator and a gateway before the file's tests and stops them after; the fields are set in beforeAll. */
export function useOrg(options?: Parameters<typeof startHarness>[0]): TestOrg {
  const org = {} as TestOrg;
  beforeAll(async () => {
    org.h = await startHarness(options);
    org.store = org.h.emulator.store;
    org.fx = org.store.fixtures();
    org.nextAgent = agentPicker(org.store);
  });
  afterAll(() => org.h.close());
  return org;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
