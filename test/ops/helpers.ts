/**
 * Helpers of the operational tests: an emulator and a gateway on loopback ports like test/helpers/harness,
 * with the gateway options these tests need (logger, tracing, credentials), several gateways on one
 * emulator, the raw HTTP of /metrics, /readyz and persisted queries, and a parser for Prometheus text.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { listenGateway, type GatewayOptions, type RunningGateway } from '../../src/server.js';
import type { GraphQLResult, UpstreamCall } from '../helpers/harness.js';

export interface OpsGateway {
  gateway: RunningGateway;
  /** http://127.0.0.1:<port> */
  base: string;
  /** POST /graphql with a JSON body; `token: null` sends no Authorization header. */
  post<TData = Record<string, unknown>>(
    body: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResult<TData> & { headers: Headers }>;
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResult<TData> & { headers: Headers }>;
  metrics(): Promise<Sample[]>;
  close(): Promise<void>;
}

type ExtraOptions = Partial<Omit<GatewayOptions, 'config' | 'upstreamUrl'>>;

export async function startGateway(
  upstreamUrl: string,
  env: Record<string, string> = {},
  extra: ExtraOptions = {},
): Promise<OpsGateway> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', GENESYSCLOUD_API_URL: upstreamUrl, ...env });
  const gateway = await listenGateway({ config, upstreamUrl, defaultMetrics: false, ...extra });
  const base = `http://127.0.0.1:${gateway.port}`;
  const post: OpsGateway['post'] = async (body, options = {}) => {
    const token = options.token === undefined ? 'test-token' : options.token;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(body),
    });
    const parsed = (await response.json()) as Omit<GraphQLResult<never>, 'status'>;
    return { status: response.status, headers: response.headers, ...parsed };
  };
  return {
    gateway,
    base,
    post,
    execute: (query, variables, options) => post({ query, variables }, options),
    async metrics() {
      return parseMetrics(await (await fetch(`${base}/metrics`)).text());
    },
    close: () => gateway.close(),
  };
}

export interface Ops extends OpsGateway {
  emulator: RunningEmulator;
  /** The emulator's request log since the last reset. */
  calls(): Promise<Array<UpstreamCall & { correlationId?: string; token?: string }>>;
}

export async function startOps(
  options: { emulator?: Partial<EmulatorOptions>; env?: Record<string, string> } & ExtraOptions = {},
): Promise<Ops> {
  const { emulator: emulatorOptions, env, ...extra } = options;
  const emulator = await startEmulator({ port: 0, users: 300, ...emulatorOptions });
  const gw = await startGateway(emulator.url, env, extra);
  return {
    ...gw,
    emulator,
    async calls() {
      const body = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as {
        log: Array<UpstreamCall & { correlationId?: string; token?: string }>;
      };
      return body.log;
    },
    async close() {
      await gw.close();
      await emulator.close();
    },
  };
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format → samples (comments skipped). */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** Sum of the samples of one metric whose labels include `where`. */
export function total(samples: Sample[], name: string, where: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/**
 * A login host in front of the emulator's /oauth/token that records the tokens it hands out, so a test
 * can search its logs for them. `target` is set once the emulator is up (the gateway needs this URL first).
 */
export interface LoginProxy {
  url: string;
  issued: string[];
  target: { emulatorUrl: string };
  close(): Promise<void>;
}

export async function startLoginProxy(): Promise<LoginProxy> {
  const issued: string[] = [];
  const target = { emulatorUrl: '' };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const upstream = await fetch(`${target.emulatorUrl}${req.url}`, {
          method: req.method,
          headers: {
            authorization: req.headers.authorization ?? '',
            'content-type': req.headers['content-type'] ?? '',
          },
          body: Buffer.concat(chunks),
        });
        const body = await upstream.text();
        issued.push((JSON.parse(body) as { access_token: string }).access_token);
        res.writeHead(upstream.status, {
          'content-type': 'application/json',
          'inin-correlation-id': upstream.headers.get('inin-correlation-id') ?? '',
        });
        res.end(body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    issued,
    target,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
