/** Shared helpers for the emulator tests: real HTTP over loopback with Node's fetch. */
import {
  startEmulator,
  type EmulatorFixtures,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../emulator/index.js';
import type { ErrorBody } from '../../src/genesys/models.js';

export const TOKEN = 'test-token';
export const AUTH = { Authorization: `Bearer ${TOKEN}` };

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface Harness {
  emu: RunningEmulator;
  f: EmulatorFixtures;
  get<T>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  send<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export async function request<T>(url: string, init: RequestInit): Promise<ApiResponse<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  const body = (text === '' ? undefined : JSON.parse(text)) as T;
  return { status: res.status, headers: res.headers, body, text };
}

export async function harness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const emu = await startEmulator({ port: 0, users: 300, ...options });
  const f = emu.store.fixtures();
  const send = <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = AUTH,
  ): Promise<ApiResponse<T>> =>
    request<T>(`${emu.url}${path}`, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    emu,
    f,
    get: <T>(path: string, headers: Record<string, string> = AUTH) => send<T>('GET', path, undefined, headers),
    send,
    close: () => emu.close(),
  };
}

/** Asserts the common ErrorBody shape and returns it. */
export function expectError(res: ApiResponse<unknown>, status: number, code: string): ErrorBody {
  const body = res.body as ErrorBody;
  expect(res.status).toBe(status);
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(typeof body.message).toBe('string');
  expect(body.contextId).toBe(res.headers.get('inin-correlation-id'));
  expect(Array.isArray(body.details)).toBe(true);
  expect(body.errors).toEqual([]);
  return body;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
