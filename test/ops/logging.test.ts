/**
 * Logs of real runs, captured from a pino destination: JSON lines with the request id, the operation and
 * the ININ-Correlation-Id of every upstream call; and no caller token, OAuth token, client secret or
 * query literal anywhere in them.
 */
import { createLogger } from '../../src/observability/logging.js';
import { startLoginProxy, startOps } from './helpers.js';

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  operationName?: string | null;
  outcome?: string;
  upstream?: {
    calls?: number;
    list?: Array<{ route: string; correlationId?: string }>;
    correlationId?: string;
    route?: string;
  };
  [key: string]: unknown;
}

function capture() {
  const chunks: string[] = [];
  const logger = createLogger('debug', { write: (chunk: string) => void chunks.push(chunk) });
  return {
    logger,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogLine),
  };
}

const TEAM = `query Team($id: ID!) { user(id: $id) { name manager { name directReports { name } } routingStatus { status } } }`;

it('a passthrough run: request id, operation, correlation ids; never the caller’s token or a query literal', async () => {
  const logs = capture();
  const callerToken = 'caller-token-Kx93-do-not-log';
  const ops = await startOps({ logger: logs.logger });
  try {
    const id = ops.emulator.store.fixtures().richUser;
    const result = await ops.execute(
      TEAM,
      { id },
      { token: callerToken, headers: { 'x-request-id': 'req-from-router-1' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.headers.get('x-request-id')).toBe('req-from-router-1');
    const generated = await ops.execute('{ me { id } }', undefined, { token: callerToken });
    const generatedId = generated.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    // A literal in the query (a password in a mutation, say) is echoed by a validation message: not by the logs.
    await ops.execute('{ users(pageSize: "hunter2-literal") { total } }', undefined, { token: callerToken });

    const lines = logs.lines();
    const access = lines.find((l) => l.msg === 'graphql operation' && l.requestId === 'req-from-router-1');
    expect(access).toMatchObject({ level: 'info', operationName: 'Team', outcome: 'success' });
    const correlationIds = (await ops.calls()).map((c) => c.correlationId);
    const teamCalls = access?.upstream?.list ?? [];
    expect(teamCalls.length).toBe(access?.upstream?.calls);
    expect(teamCalls.length).toBeGreaterThan(1);
    for (const call of teamCalls) expect(correlationIds).toContain(call.correlationId);
    // Each upstream call has its own debug line, under the same request id.
    const debugIds = lines
      .filter((l) => l.msg === 'upstream call' && l.requestId === 'req-from-router-1')
      .map((l) => l.upstream?.correlationId);
    expect(debugIds.sort()).toEqual(teamCalls.map((c) => c.correlationId).sort());
    expect(lines.some((l) => l.msg === 'graphql operation' && l.requestId === generatedId)).toBe(true);
    expect(lines.find((l) => l.outcome === 'rejected')).toMatchObject({ errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });

    const text = logs.text();
    expect(text).not.toContain(callerToken);
    expect(text).not.toContain('hunter2-literal');
    expect(text).not.toMatch(/bearer/i);
  } finally {
    await ops.close();
  }
});

it('a client-credentials run: the token request is logged with its correlation id, never the secret or the token', async () => {
  const logs = capture();
  const secret = 'client-secret-Pq55-do-not-log';
  const login = await startLoginProxy();
  const issued = login.issued;
  const ops = await startOps({
    logger: logs.logger,
    emulator: { oauthClients: { 'gateway-client': secret } },
    env: {
      AUTH_MODE: 'client-credentials',
      GENESYSCLOUD_OAUTHCLIENT_ID: 'gateway-client',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
      GENESYSCLOUD_LOGIN_URL: login.url,
    },
  });
  login.target.emulatorUrl = ops.emulator.url;
  try {
    const id = ops.emulator.store.fixtures().richUser;
    expect((await ops.execute(TEAM, { id })).errors).toBeUndefined();
    expect(issued).toHaveLength(1);

    const lines = logs.lines();
    const tokenLine = lines.find((l) => l.msg === 'oauth token request');
    const tokenCall = (await ops.calls()).find((c) => c.route === '/oauth/token');
    expect(tokenLine?.upstream).toMatchObject({
      method: 'POST',
      route: '/oauth/token',
      status: 200,
      correlationId: tokenCall?.correlationId,
    });

    const text = logs.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(issued[0]);
    expect(text).not.toContain(Buffer.from(`gateway-client:${secret}`).toString('base64'));
  } finally {
    await ops.close();
    await login.close();
  }
});

it('redacts secrets that reach a log call anyway', () => {
  const logs = capture();
  logs.logger.info(
    {
      authorization: 'Bearer leak-1',
      headers: { authorization: 'Bearer leak-2', cookie: 'leak-3' },
      body: { password: 'leak-4', newPassword: 'leak-5' },
      token: 'leak-6',
      clientSecret: 'leak-7',
      oauth: { access_token: 'leak-8', client_secret: 'leak-9' },
    },
    'careless',
  );
  const text = logs.text();
  for (let i = 1; i <= 9; i++) expect(text).not.toContain(`leak-${i}`);
  expect(text).toContain('[redacted]');
});
