/**
 * Helpers for the mutation tests: run an operation through the gateway over HTTP and return its data (or its
 * errors) with the exact upstream calls it made, bodies included (the emulator's request log redacts passwords).
 */
import { afterAll, beforeAll, expect } from '@jest/globals';
import type { EmulatorFixtures, EmulatorStore, UserRecord } from '../../emulator/store.js';
import { routesOf, startHarness, type GraphQLResult, type Harness, type UpstreamCall } from '../helpers/harness.js';

export { routesOf };

/** An upstream call as the emulator logged it, with the JSON body it received. */
export type LoggedCall = UpstreamCall & { body?: unknown };

export interface Outcome<T> {
  result: GraphQLResult<T>;
  calls: LoggedCall[];
}

/** Runs one operation from a clean request log; the calls are exactly the ones this operation made. */
export async function send<T = Record<string, unknown>>(
  h: Harness,
  query: string,
  variables?: Record<string, unknown>,
  options?: { token?: string | null },
): Promise<Outcome<T>> {
  await h.resetCalls();
  const result = await h.execute<T>(query, variables, options);
  return { result, calls: await h.calls() };
}

/** Runs an operation that must succeed; its data and calls. */
export async function ok<T = Record<string, unknown>>(
  h: Harness,
  query: string,
  variables?: Record<string, unknown>,
  options?: { token?: string | null },
): Promise<{ data: T; calls: LoggedCall[] }> {
  const { result, calls } = await send<T>(h, query, variables, options);
  expect(result.errors).toBeUndefined();
  return { data: result.data as T, calls };
}

/** The single error of an operation that must fail, and the calls it made. */
export async function fails(
  h: Harness,
  query: string,
  variables?: Record<string, unknown>,
  options?: { token?: string | null },
): Promise<{ error: NonNullable<GraphQLResult<unknown>['errors']>[number]; data: unknown; calls: LoggedCall[] }> {
  const { result, calls } = await send(h, query, variables, options);
  expect(result.errors).toHaveLength(1);
  return { error: result.errors![0], data: result.data, calls };
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
