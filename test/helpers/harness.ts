/**
 * The test harness: a real emulator and a real gateway on loopback ports, an `execute` helper that
 * posts operations over HTTP like any client, and the emulator's request log to assert the exact
 * upstream calls an operation made.
 */
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { listenGateway, type RunningGateway } from '../../src/server.js';

export interface GraphQLResult<TData> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface UpstreamCall {
  method: string;
  route: string;
  path: string;
  query: Record<string, string[]>;
  status: number;
}

export interface Harness {
  emulator: RunningEmulator;
  gateway: RunningGateway;
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResult<TData>>;
  /** The upstream calls since the last reset, in arrival order. */
  calls(): Promise<UpstreamCall[]>;
  resetCalls(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { emulator?: Partial<EmulatorOptions>; env?: Record<string, string> } = {},
): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, users: 300, ...options.emulator });
  // Operations run compiled from their first execution, so every test exercises the compiled path; the
  // interpreter (first runs in production, ftv1 traces, COMPILED_EXECUTION=false) is tested on its own.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    GENESYSCLOUD_API_URL: emulator.url,
    COMPILE_AFTER_EXECUTIONS: '0',
    ...options.env,
  });
  // The gateway runs in remote mode against the emulator's URL, so tests pass tokens explicitly;
  // the dev-token path of emulator mode is tested on its own.
  const gateway = await listenGateway({ config, upstreamUrl: emulator.url });

  const controlUrl = `${emulator.url}/__emulator/requests`;
  return {
    emulator,
    gateway,
    async execute<TData>(
      query: string,
      variables?: Record<string, unknown>,
      opts: { token?: string | null; headers?: Record<string, string> } = {},
    ): Promise<GraphQLResult<TData>> {
      const token = opts.token === undefined ? 'test-token' : opts.token;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResult<TData>, 'status'>;
      return { status: response.status, ...body };
    },
    async calls() {
      const response = await fetch(controlUrl);
      const body = (await response.json()) as { log: UpstreamCall[] };
      return body.log;
    },
    async resetCalls() {
      await fetch(controlUrl, { method: 'DELETE' });
    },
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}

/** `METHOD route` of each call, for compact exact assertions. */
export function routesOf(calls: UpstreamCall[]): string[] {
  return calls.map((c) => `${c.method} ${c.route}`);
}
