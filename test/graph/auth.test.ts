/** Credentials: passthrough, the emulator-mode development token, and permission failures kept local. */
import type { EmulatorFixtures } from '../../emulator/store.js';
import { tokenHash } from '../../emulator/identity.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { executeTyped, expectData, firstError, graphql } from '../helpers/operations.js';

describe('against a remote upstream', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { users: 50 } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetCalls());

  it('a request without a token is UNAUTHENTICATED (401) with no upstream call', async () => {
    const result = await h.execute('{ me { id } }', undefined, { token: null });
    expect(result.status).toBe(401);
    expect(firstError(result).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await h.calls()).toHaveLength(0);
  });

  it("the caller's bearer token is what the upstream sees", async () => {
    const data = await expectData(
      h,
      graphql(`
        query AuthMe {
          me {
            id
          }
        }
      `),
      undefined,
      { token: 'caller-token-1' },
    );
    expect(data.me?.id).toEqual(expect.any(String));
    const calls = await h.calls();
    expect(calls).toHaveLength(1);
    // The emulator logs a hash of the bearer token it received: this caller's, not another one.
    expect(h.emulator.requests.log().at(-1)?.token).toBe(tokenHash('caller-token-1'));
  });
});

describe('with a permissions map', () => {
  let h: Harness;
  let fx: EmulatorFixtures;
  beforeAll(async () => {
    const probe = await startHarness({ emulator: { users: 60 } });
    fx = probe.emulator.store.fixtures();
    await probe.close();
    h = await startHarness({
      emulator: {
        users: 60,
        permissions: {
          'limited-token': { userId: fx.leafUser, permissions: ['directory:user:view'] },
        },
      },
    });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetCalls());
  afterEach(() => h.emulator.setKnobs({ dropExpands: [] }));

  it("a 403 on one user's roles fails that field alone; the rest of the query answers", async () => {
    // The gateway asks for authorization as an expand of the user fetch; an upstream that leaves it out
    // (expand is best effort, e.g. for a caller without the permission) sends the gateway to /roles.
    h.emulator.setKnobs({ dropExpands: ['authorization'] });
    const result = await executeTyped(
      h,
      graphql(`
        query AuthRolesForbidden($id: ID!) {
          user(id: $id) {
            name
            authorization {
              roles {
                id
              }
            }
            manager {
              name
            }
          }
        }
      `),
      { id: fx.leafUser },
      { token: 'limited-token' },
    );
    expect(result.status).toBe(200);
    expect(result.data?.user?.name).toEqual(expect.any(String));
    expect(result.data?.user?.manager?.name).toEqual(expect.any(String));
    expect(result.data?.user).toHaveProperty('authorization', null);
    expect(result.errors).toHaveLength(1);
    expect(firstError(result)).toMatchObject({
      path: ['user', 'authorization'],
      extensions: { code: 'FORBIDDEN', upstream: { status: 403, code: 'missing.any.permissions' } },
    });
  });

  it('an unknown token is UNAUTHENTICATED from the upstream, with its correlation id', async () => {
    const result = await h.execute('{ me { id } }', undefined, { token: 'who-is-this' });
    expect(firstError(result).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      upstream: { status: 401, correlationId: expect.any(String) },
    });
  });
});

describe('in emulator mode', () => {
  it('a request without a token gets the development token, so the IDE works out of the box', async () => {
    const { startEmulator } = await import('../../emulator/index.js');
    const { loadConfig } = await import('../../src/config.js');
    const { listenGateway } = await import('../../src/server.js');
    const emulator = await startEmulator({ port: 0, users: 30 });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' });
    expect(config.upstream.kind).toBe('emulator');
    const gateway = await listenGateway({ config, upstreamUrl: emulator.url });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await response.json()) as { data: { me: { id: string } } };
      expect(body.data.me.id).toBe(emulator.store.fixtures().headOfOrg);
    } finally {
      await gateway.close();
      await emulator.close();
    }
  });
});
