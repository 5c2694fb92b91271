/**
 * Passwords are never logged and never echoed: every console method and both output streams are captured
 * while password writes succeed and fail (policy refusals upstream, a wrong old password, bad variables, bad
 * literals), and no password appears there, in the GraphQL response, or in the upstream request log.
 */
import { jest } from '@jest/globals';
import { SEED_USER_PASSWORD } from '../../emulator/store.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { routesOf, send, useOrg, userRecord, type Operation, type Outcome } from './helpers.js';
import { errorsOf, firstError, graphql, present, textOf } from '../helpers/operations.js';

const org = useOrg();

/** Everything written to the console or to stdout/stderr while `run` runs. */
async function captured<T>(run: () => Promise<T>): Promise<{ value: T; output: string }> {
  const chunks: string[] = [];
  const record = (...args: unknown[]) => {
    chunks.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
  };
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation(record),
  );
  const write = (chunk: unknown): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const streams = [
    jest.spyOn(process.stdout, 'write').mockImplementation(write),
    jest.spyOn(process.stderr, 'write').mockImplementation(write),
  ];
  try {
    return { value: await run(), output: chunks.join('\n') };
  } finally {
    for (const spy of [...spies, ...streams]) spy.mockRestore();
  }
}

/** Runs a password operation and asserts none of `secrets` shows up anywhere. */
async function withoutLeaks<TData, TVariables extends Record<string, unknown>>(
  secrets: string[],
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<Outcome<TData>>;
/** The same with variables that break their declared types on purpose (the refusals read the errors only). */
async function withoutLeaks(
  secrets: string[],
  text: string,
  variables?: Record<string, unknown>,
): Promise<Outcome<unknown>>;
async function withoutLeaks(
  secrets: string[],
  operation: Operation,
  variables?: Record<string, unknown>,
): Promise<Outcome<unknown>> {
  const text = typeof operation === 'string' ? operation : textOf(operation);
  const { value, output } = await captured(() => send(org.h, text, variables));
  const response = JSON.stringify(value.result);
  const upstreamLog = JSON.stringify(value.calls);
  for (const secret of secrets) {
    expect(output).not.toContain(secret);
    expect(response).not.toContain(secret);
    expect(upstreamLog).not.toContain(secret);
  }
  return value;
}

it('the capture sees console output and stream writes (so the checks below are not vacuous)', async () => {
  const { output } = await captured(async () => {
    console.error('probe-console');
    process.stdout.write('probe-stdout');
  });
  expect(output).toContain('probe-console');
  expect(output).toContain('probe-stdout');
});

const CHANGE_USER = graphql(`
  mutation PasswordsChangeUserPassword($u: ID!, $input: ChangePasswordRequestInput!) {
    changeUserPassword(userId: $u, input: $input) {
      userId
    }
  }
`);
const CHANGE_MINE = graphql(`
  mutation PasswordsChangeMyPassword($input: ChangeMyPasswordRequestInput!) {
    changeMyPassword(input: $input) {
      userId
      user {
        id
      }
    }
  }
`);

describe('changeUserPassword', () => {
  it('sets the password (one POST, no body back) and leaks it nowhere', async () => {
    const user = org.nextAgent();
    const secret = 'Tr0ub4dor&3-correct-horse';
    const { result, calls } = await withoutLeaks([secret], CHANGE_USER, {
      u: user.id,
      input: { newPassword: secret },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ changeUserPassword: { userId: user.id } });
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/{userId}/password']);
    expect(calls[0].body).toEqual({ newPassword: '[redacted]' });
    expect(org.store.checkPassword(user, secret)).toBe(true);
  });

  it('a password the policy refuses gives BAD_USER_INPUT without repeating it', async () => {
    const user = org.nextAgent();
    const secret = 'Sh0rt!x';
    const { result, calls } = await withoutLeaks([secret], CHANGE_USER, { u: user.id, input: { newPassword: secret } });
    expect(errorsOf(result).map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(result).extensions).toMatchObject({
      upstream: { status: 400, details: [{ fieldName: 'newPassword' }] },
    });
    expect(calls.map((c) => c.status)).toEqual([400]);
    expect(org.store.checkPassword(user, secret)).toBe(false);
  });

  it('a blank password is refused before the upstream', async () => {
    const user = org.nextAgent();
    const { result, calls } = await withoutLeaks([], CHANGE_USER, { u: user.id, input: { newPassword: '         ' } });
    expect(firstError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });
    expect(calls).toEqual([]);
  });
});

describe('changeMyPassword', () => {
  it('a wrong old password gives BAD_USER_INPUT, repeating neither password', async () => {
    const [oldSecret, newSecret] = ['Wrong-Old-Pass-9', 'Brand-New-Pass-7'];
    const { result, calls } = await withoutLeaks([oldSecret, newSecret], CHANGE_MINE, {
      input: { oldPassword: oldSecret, newPassword: newSecret },
    });
    expect(result.data).toEqual({ changeMyPassword: null });
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: { status: 400, route: '/api/v2/users/me/password' },
    });
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/me/password']);
  });

  it("changes the caller's password; userId and user are read through /users/me", async () => {
    const newSecret = 'Brand-New-Pass-8';
    const { result, calls } = await withoutLeaks([SEED_USER_PASSWORD, newSecret], CHANGE_MINE, {
      input: { oldPassword: SEED_USER_PASSWORD, newPassword: newSecret },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.changeMyPassword).toEqual({ userId: org.fx.headOfOrg, user: { id: org.fx.headOfOrg } });
    expect(routesOf(calls)).toEqual(['POST /api/v2/users/me/password', 'GET /api/v2/users/me']);
    expect(calls[0].body).toEqual({ oldPassword: '[redacted]', newPassword: '[redacted]' });
    expect(org.store.checkPassword(userRecord(org.store, org.fx.headOfOrg), newSecret)).toBe(true);
  });

  it('bad variables (wrong type, unknown field, missing field) are refused without quoting the input', async () => {
    const secret = 'Quoted-Secret-1';
    // Sent as text: these variables break the declared input type on purpose.
    const wrongType = await withoutLeaks([secret, '87654321'], textOf(CHANGE_MINE), {
      input: { oldPassword: secret, newPassword: 87654321 },
    });
    expect(wrongType.result.status).toBe(400);
    expect(firstError(wrongType.result).message).toBe(
      'Variable "$input" got an invalid value at "input.newPassword"; A password must be a string.',
    );
    const unknownField = await withoutLeaks([secret], textOf(CHANGE_MINE), {
      input: { oldPassword: secret, newPassword: 'Other-Secret-2', hint: 'x' },
    });
    expect(firstError(unknownField.result).message).toContain(
      'Field "hint" is not defined by type "ChangeMyPasswordRequestInput"',
    );
    const missing = await withoutLeaks([secret], textOf(CHANGE_MINE), { input: { oldPassword: secret } });
    expect(firstError(missing.result).message).toContain(
      'Field "newPassword" of required type "Password!" was not provided.',
    );
    for (const { result, calls } of [wrongType, unknownField, missing]) {
      expect(
        errorsOf(result).every((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.stacktrace === undefined),
      ).toBe(true);
      expect(calls).toEqual([]);
    }
  });

  it('a password literal of the wrong type is refused without quoting it', async () => {
    const { result, calls } = await withoutLeaks(
      ['98765432'],
      'mutation { changeMyPassword(input: { oldPassword: 98765432, newPassword: "Long-Enough-3" }) { userId } }',
    );
    expect(firstError(result).message).toBe('A password must be a string.');
    expect(calls).toEqual([]);
  });
});

describe('createUser with a password', () => {
  it('a password the policy refuses is not repeated; a good one is set', async () => {
    const bad = 'Abc-12';
    const refused = await withoutLeaks([bad], 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { name: 'Pat Secret', email: 'pat.secret@example.test', password: bad },
    });
    expect(firstError(refused.result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: { details: [{ fieldName: 'password' }] },
    });

    const good = 'Good-Enough-Pass-4';
    const created = await withoutLeaks(
      [good],
      graphql(`
        mutation PasswordsCreateUser($i: CreateUserInput!) {
          createUser(input: $i) {
            id
          }
        }
      `),
      {
        i: { name: 'Pat Secret', email: 'pat.secret@example.test', password: good },
      },
    );
    expect(created.calls[0].body).toMatchObject({ password: '[redacted]' });
    expect(
      org.store.checkPassword(userRecord(org.store, present(created.result.data?.createUser, 'createUser').id), good),
    ).toBe(true);
  });
});
