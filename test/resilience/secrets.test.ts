/**
 * Secrets: the debug logs (a pino destination), the GraphQL responses, the spans and the metrics of runs with
 * mutations — password changes accepted and refused, a user created with a password, retried and reset calls —
 * in passthrough and in client-credentials mode, searched for every token, password and client secret used.
 */
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SEED_USER_PASSWORD } from '../../emulator/store.js';
import { createLogger } from '../../src/observability/logging.js';
import { startLoginProxy, startOps, type Ops } from '../ops/helpers.js';

function observers() {
  const chunks: string[] = [];
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const responses: string[] = [];
  return {
    logger: createLogger('debug', { write: (chunk: string) => void chunks.push(chunk) }),
    tracing: { tracer: provider.getTracer('secrets-test'), propagator: new W3CTraceContextPropagator() },
    responses,
    logs: () => chunks.join(''),
    spans: () =>
      JSON.stringify(
        exporter
          .getFinishedSpans()
          .map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
      ),
  };
}

type Observed = ReturnType<typeof observers>;

async function exec(ops: Ops, seen: Observed, query: string, variables?: Record<string, unknown>, token?: string) {
  const result = await ops.execute(query, variables, token === undefined ? {} : { token });
  seen.responses.push(JSON.stringify(result));
  return result;
}

/** Asserts that none of the secrets is anywhere the gateway writes, and that those places are not empty. */
async function expectNoSecrets(ops: Ops, seen: Observed, secrets: string[]) {
  const places = {
    logs: seen.logs(),
    responses: seen.responses.join('\n'),
    spans: seen.spans(),
    metrics: await (await fetch(`${ops.base}/metrics`)).text(),
  };
  expect(places.logs).toMatch(/"msg":"upstream call"/);
  expect(places.logs).toMatch(/"msg":"upstream retry"/);
  expect(places.spans).toContain('/api/v2/users/{userId}/password');
  for (const [place, text] of Object.entries(places)) {
    for (const secret of secrets)
      expect({ place, leaked: text.includes(secret) ? secret : null }).toEqual({ place, leaked: null });
    expect({ place, bearer: /bearer\s+\S/i.test(text) }).toEqual({ place, bearer: false });
  }
}

const CHANGE_USER =
  'mutation($u: ID!, $p: Password!) { changeUserPassword(userId: $u, input: { newPassword: $p }) { userId } }';
const CHANGE_MINE =
  'mutation($old: Password!, $new: Password!) { changeMyPassword(input: { oldPassword: $old, newPassword: $new }) { userId } }';
const CREATE =
  'mutation($e: String!, $p: Password!) { createUser(input: { name: "Secret Keeper", email: $e, password: $p }) { id } }';
const READ = 'query($id: ID!) { user(id: $id) { name manager { name } routingStatus { status } } }';

it('passthrough: caller tokens and passwords never reach the logs, responses, spans or metrics', async () => {
  const seen = observers();
  const callerToken = 'caller-token-Sx71-never-logged';
  const secrets = [
    callerToken,
    'NewPassw0rd-Sx71-accepted',
    'short1',
    'Another-Sx71-Passw0rd',
    'Wrong-Old-Sx71-Passw0rd',
    'Created-Sx71-Passw0rd',
    SEED_USER_PASSWORD,
  ];
  const ops = await startOps({
    logger: seen.logger,
    tracing: seen.tracing,
    env: { LOG_LEVEL: 'debug', UPSTREAM_RETRY_BASE_MS: '5' },
  });
  try {
    const fx = ops.emulator.store.fixtures();
    const target = ops.emulator.store.userList.find(
      (u) => u.agent && u.state === 'active' && u.id !== fx.headOfOrg,
    )?.id;
    expect(
      (await exec(ops, seen, CHANGE_USER, { u: target, p: 'NewPassw0rd-Sx71-accepted' }, callerToken)).errors,
    ).toBeUndefined();
    // Refused by the organisation's policy upstream (too short), and a wrong old password: BAD_USER_INPUT, unrepeated.
    expect(
      (await exec(ops, seen, CHANGE_USER, { u: target, p: 'short1' }, callerToken)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await exec(
          ops,
          seen,
          CHANGE_MINE,
          { old: 'Wrong-Old-Sx71-Passw0rd', new: 'Another-Sx71-Passw0rd' },
          callerToken,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await exec(ops, seen, CHANGE_MINE, { old: SEED_USER_PASSWORD, new: 'Another-Sx71-Passw0rd' }, callerToken))
        .errors,
    ).toBeUndefined();
    expect(
      (
        await exec(
          ops,
          seen,
          CREATE,
          { e: `keeper-${Date.now()}@example.test`, p: 'Created-Sx71-Passw0rd' },
          callerToken,
        )
      ).errors,
    ).toBeUndefined();
    // A password where the schema wants something else: the variable error must not quote it.
    await exec(ops, seen, CHANGE_USER, { u: target, p: { value: 'Wrong-Old-Sx71-Passw0rd' } }, callerToken);
    // A reset write (applied unknown) and retried reads (503s), so the error and retry paths are logged too.
    ops.emulator.setKnobs({ faultResetRate: 1, faultMethods: ['POST'] });
    expect(
      (await exec(ops, seen, CHANGE_USER, { u: target, p: 'NewPassw0rd-Sx71-accepted' }, callerToken)).errors?.[0]
        .extensions,
    ).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { applied: 'unknown' },
    });
    ops.emulator.setKnobs({ faultResetRate: 0, fault5xxRate: 0.5, faultMethods: ['GET'] });
    for (let i = 0; i < 4; i++) await exec(ops, seen, READ, { id: fx.richUser }, callerToken);
    ops.emulator.setKnobs({ fault5xxRate: 0 });
    await expectNoSecrets(ops, seen, secrets);
  } finally {
    await ops.close();
  }
});

it('client credentials: the client secret, its Basic header and the issued tokens appear nowhere', async () => {
  const seen = observers();
  const clientSecret = 'client-secret-Sx71-never-logged';
  const login = await startLoginProxy();
  const issued = login.issued;
  const ops = await startOps({
    logger: seen.logger,
    tracing: seen.tracing,
    emulator: { oauthClients: { 'gateway-client': clientSecret } },
    env: {
      LOG_LEVEL: 'debug',
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_ID: 'gateway-client',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
      GENESYSCLOUD_LOGIN_URL: login.url,
      UPSTREAM_RETRY_BASE_MS: '5',
    },
  });
  login.target.emulatorUrl = ops.emulator.url;
  try {
    const fx = ops.emulator.store.fixtures();
    ops.emulator.setKnobs({ fault5xxRate: 0.5, faultMethods: ['GET'] });
    for (let i = 0; i < 4; i++) await exec(ops, seen, READ, { id: fx.richUser }, 'ignored-caller-token-Sx71');
    ops.emulator.setKnobs({ fault5xxRate: 0 });
    expect((await exec(ops, seen, CHANGE_USER, { u: fx.leafUser, p: 'Cc-Mode-Sx71-Passw0rd' })).errors).toBeUndefined();
    expect(issued.length).toBeGreaterThan(0);
    await expectNoSecrets(ops, seen, [
      clientSecret,
      Buffer.from(`gateway-client:${clientSecret}`).toString('base64'),
      ...issued,
      'ignored-caller-token-Sx71',
      'Cc-Mode-Sx71-Passw0rd',
    ]);
  } finally {
    await ops.close();
    await login.close();
  }
});
