/**
 * Query protection and GraphQL over HTTP, end to end: the real gateway on the emulator. Every rejected
 * operation gets a 4xx with its code and makes no upstream call (the emulator's request log stays empty);
 * the examples pass and make no more calls than the cost model predicted; the graphql-http audit finds no
 * failed MUST; the runtime backstop cuts an operation at its call budget.
 */
import http from 'node:http';
import { serverAudits } from 'graphql-http';
import { DEFAULT_OPTIONS } from '../../emulator/index.js';
import { loadExamples } from '../../src/ide/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { errorsOf, executeTyped, expectData, firstError, graphql, present } from '../helpers/operations.js';
import { abusive, estimate } from './helpers.js';

const TOKEN = 'Bearer protection-test';

async function post(
  h: Harness,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: TOKEN, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
}

async function get(
  h: Harness,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = `${h.gateway.url}?${new URLSearchParams(params).toString()}`;
  return fetch(url, { headers: { authorization: TOKEN, 'apollo-require-preflight': 'true', ...headers } });
}

function codesOf(body: unknown): unknown[] {
  const errors = (body as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
  return errors.map((e) => e.extensions?.code);
}

describe('with the default limits', () => {
  let h: Harness;
  beforeAll(async () => {
    // The default organisation of `npm start`, which the examples' sidecar ids refer to.
    h = await startHarness({ emulator: { users: DEFAULT_OPTIONS.users, seed: DEFAULT_OPTIONS.seed } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetCalls());

  describe('the abusive set: 400 (413 for the body), its code, zero upstream calls', () => {
    it.each<[string, string, string]>([
      ['depth 30', 'QUERY_TOO_DEEP', abusive.depth30],
      ['500 aliases', 'TOO_MANY_ALIASES', abusive.aliases500],
      ['directReports nested 8 deep', 'QUERY_TOO_COMPLEX', abusive.directReports8],
      ['a fragment cycle', 'GRAPHQL_VALIDATION_FAILED', abusive.fragmentCycle],
      ['a fragment bomb', 'QUERY_TOO_LARGE', abusive.fragmentBomb],
      ['21 root fields', 'TOO_MANY_ROOT_FIELDS', abusive.rootFields21],
      ['a syntax error', 'GRAPHQL_PARSE_FAILED', '{ me { name }'],
      ['over 5000 tokens', 'GRAPHQL_PARSE_FAILED', `{ me { ${'__typename '.repeat(5001)}} }`],
    ])('%s → %s', async (_name, code, query) => {
      const result = await h.execute(query, undefined, { token: 'protection-test' });
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toHaveLength(1);
      expect(firstError(result).extensions).toMatchObject({ code });
      expect(firstError(result).extensions).not.toHaveProperty('http');
      expect(await h.calls()).toEqual([]);
    });

    it('the cost error states the estimate and the limit', async () => {
      const result = await h.execute(abusive.directReports8, undefined, { token: 'protection-test' });
      expect(firstError(result).extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        cost: { estimate: 11_111_112, limit: 200 },
      });
      expect(firstError(result).message).toMatch(/estimated 11111112 upstream calls; the limit is 200/);
    });

    it('a 5 MB body → 413 PAYLOAD_TOO_LARGE, never parsed; the gateway keeps serving', async () => {
      const body = JSON.stringify({ query: `{ me { name } } # ${'x'.repeat(5 * 1024 * 1024)}` });
      const result = await post(h, body);
      expect(result.status).toBe(413);
      expect(codesOf(result.body)).toEqual(['PAYLOAD_TOO_LARGE']);
      expect(await h.calls()).toEqual([]);
      const next = await expectData(
        h,
        graphql(`
          query ProtectionStillServing {
            me {
              name
            }
          }
        `),
        undefined,
        { token: 'protection-test' },
      );
      expect(next.me?.name).toEqual(expect.any(String));
    });
  });

  // Over HTTP: the subscription example runs over graphql-ws (test/ide/examples.test.ts, test/live/limits.test.ts).
  it.each(
    loadExamples()
      .filter((e) => e.operationType !== 'subscription')
      .map((e) => [e.name, e] as const),
  )('example %s runs, making no more upstream calls than estimated', async (_name, example) => {
    const result = await h.execute(example.document, example.variables, { token: 'protection-test' });
    expect(result.errors).toBeUndefined();
    const calls = await h.calls();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(estimate(example.document, example.variables));
  });

  describe('GraphQL over HTTP', () => {
    it('the graphql-http audit finds no failed MUST (and only the SHOULDs we chose not to follow)', async () => {
      const withToken = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', TOKEN);
        return fetch(input, { ...init, headers });
      };
      const failed: string[] = [];
      const warned: string[] = [];
      for (const audit of serverAudits({ url: h.gateway.url, fetchFn: withToken })) {
        const result = await audit.fn();
        if (result.status === 'error') failed.push(`${result.name}: ${result.reason}`);
        if (result.status === 'warn') warned.push(result.name);
      }
      expect(failed).toEqual([]);
      // Parse, validation and variable errors are a 400 under application/json too (never a 200).
      expect(warned.sort()).toEqual([
        'SHOULD use 200 status code on document parsing failure when accepting application/json',
        'SHOULD use 200 status code on document validation failure when accepting application/json',
        'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
      ]);
    });

    it('answers in the media type asked for', async () => {
      const modern = await post(h, JSON.stringify({ query: '{ __typename }' }), {
        accept: 'application/graphql-response+json',
      });
      expect(modern.status).toBe(200);
      expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const legacy = await post(h, JSON.stringify({ query: '{ __typename }' }), { accept: 'application/json' });
      expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
      const syntax = await post(h, JSON.stringify({ query: '{' }), { accept: 'application/graphql-response+json' });
      expect(syntax.status).toBe(400);
    });

    it('GET runs queries and refuses mutations with 405', async () => {
      const query = await get(h, { query: '{ __typename }' });
      expect(query.status).toBe(200);
      const mutation = await get(h, { query: 'mutation { __typename }' });
      expect(mutation.status).toBe(405);
      expect(mutation.headers.get('allow')).toBe('POST');
      expect(await h.calls()).toEqual([]);
    });

    it.each<[string, string]>([
      ['no query', JSON.stringify({ variables: {} })],
      ['a query that is not a string', JSON.stringify({ query: { me: true } })],
      ['variables that are a string', JSON.stringify({ query: '{ __typename }', variables: '{}' })],
      ['variables that are a list', JSON.stringify({ query: '{ __typename }', variables: [] })],
      ['a body that is not JSON', '{ "query": '],
      ['a batch, while batching is off', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
    ])('%s → 400', async (_name, body) => {
      const result = await post(h, body);
      expect(result.status).toBe(400);
      expect(await h.calls()).toEqual([]);
    });

    it('CSRF prevention: a simple GET without a preflight header is refused', async () => {
      const response = await fetch(`${h.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { authorization: TOKEN },
      });
      expect(response.status).toBe(400);
    });
  });
});

describe('with a tight runtime budget, batching on and the IDE off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: { MAX_UPSTREAM_CALLS_PER_OPERATION: '2', ALLOW_BATCHED_HTTP_REQUESTS: 'true', GRAPHQL_IDE: 'false' },
    });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetCalls());

  it('the backstop: calls past the budget fail their fields with UPSTREAM_CALL_BUDGET_EXCEEDED and are never made', async () => {
    // Estimated 1 + 5 (well within the estimate budget): the listing, then one call forwarding per user.
    const result = await executeTyped(
      h,
      graphql(`
        query ProtectionBackstop {
          users(pageSize: 5) {
            entities {
              name
              callForwarding {
                enabled
              }
            }
          }
        }
      `),
      undefined,
      { token: 'protection-test' },
    );
    expect(result.status).toBe(200);
    const entities = present(result.data?.users?.entities, 'users.entities');
    expect(entities).toHaveLength(5);
    for (const user of entities) expect(user.name).toEqual(expect.any(String));
    expect(entities.filter((u) => u.callForwarding !== null)).toHaveLength(1);
    expect(result.errors).toHaveLength(4);
    for (const error of errorsOf(result)) {
      expect(error.extensions).toEqual({ code: 'UPSTREAM_CALL_BUDGET_EXCEEDED', budget: { limit: 2 } });
      expect(error.path).toEqual(['users', 'entities', expect.any(Number), 'callForwarding']);
    }
    expect(await h.calls()).toHaveLength(2);
  });

  it('a batch of operations runs, each checked on its own, sharing one request context and its call budget', async () => {
    const ok = await post(h, JSON.stringify([{ query: '{ me { name } }' }, { query: '{ me { title } }' }]));
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual([
      { data: { me: { name: expect.any(String) } } },
      { data: { me: { title: expect.any(String) } } },
    ]);

    await h.resetCalls();
    // Three calls at least (/users/me, call forwarding, a queues page) for a budget of 2 shared by the batch.
    const cut = await post(
      h,
      JSON.stringify([
        { query: '{ me { callForwarding { enabled } } }' },
        { query: '{ me { queuesPage { total } } }' },
      ]),
    );
    expect(cut.status).toBe(200);
    const codes = (cut.body as unknown[]).flatMap(codesOf);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['UPSTREAM_CALL_BUDGET_EXCEEDED']));
    expect(await h.calls()).toHaveLength(2);

    const rejected = await post(h, JSON.stringify([{ query: '{ me { name } }' }, { query: abusive.depth30 }]));
    expect((rejected.body as unknown[]).map(codesOf)).toEqual([[], ['QUERY_TOO_DEEP']]);
  });

  it('no IDE page for a browser', async () => {
    const response = await fetch(h.gateway.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('with the smallest body limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_BODY_BYTES: '1024' } });
  });
  afterAll(() => h.close());

  it('a first chunk already over the limit → 413 at once, without waiting for the end of the body', async () => {
    const status = await new Promise<number | string>((resolve, reject) => {
      const req = http.request(h.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: TOKEN },
      });
      const timer = setTimeout(() => {
        req.destroy();
        resolve('no answer while the body is still coming');
      }, 2_000);
      req.on('response', (res) => {
        clearTimeout(timer);
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (err) => (/socket hang up|ECONNRESET/.test(err.message) ? undefined : reject(err)));
      // One write of 2 KiB, and the body never ends.
      req.write('x'.repeat(2048));
    });
    expect(status).toBe(413);
  });
});
