/**
 * Live-update test helpers: a harness with fast heartbeat and reconnect knobs, graphql-ws clients that record
 * what they receive, and waits on counts (a wait has a generous cap; nothing asserts a duration).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { EmulatorOptions } from '../../emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { textOf } from '../helpers/operations.js';

/** Fast liveness settings: a dead link is noticed in a fraction of a second. */
const FAST_LIVE_ENV: Record<string, string> = {
  LIVE_UPSTREAM_HEARTBEAT_TIMEOUT_MS: '400',
  LIVE_UPSTREAM_PING_INTERVAL_MS: '100',
  LIVE_RECONNECT_BASE_MS: '20',
  LIVE_RECONNECT_MAX_MS: '100',
  LIVE_IDLE_CHANNEL_MS: '0',
};

export async function startLiveHarness(
  options: { emulator?: Partial<EmulatorOptions>; env?: Record<string, string> } = {},
): Promise<Harness> {
  return startHarness({
    emulator: { notificationHeartbeatSeconds: 0.1, ...options.emulator },
    env: { ...FAST_LIVE_ENV, ...options.env },
  });
}

export function wsUrl(h: Harness): string {
  return h.gateway.url.replace(/^http/, 'ws');
}

export interface Recorded<T> {
  results: Array<{
    data?: T | null;
    errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
  }>;
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

export function liveClient(
  h: Harness,
  token: string | null = 'test-token',
  extra: { connectionParams?: Record<string, unknown> } = {},
): Client & { closes: Array<{ code: number; reason: string }> } {
  const closes: Array<{ code: number; reason: string }> = [];
  const client = createClient({
    url: wsUrl(h),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: extra.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closes.push({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => undefined,
  });
  return Object.assign(client, { closes });
}

/** Subscribes with a typed document (`graphql(`…`)`) and records what arrives, typed. */
export function record<TData, TVariables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Recorded<TData>;
/**
 * Subscribes with a document untyped on purpose: the limit and refusal tests send documents (or variables) that
 * must be refused, and read the errors only.
 */
export function record(client: Client, text: string, variables?: Record<string, unknown>): Recorded<unknown>;
export function record(
  client: Client,
  document: string | TypedDocumentNode<unknown, never>,
  variables?: Record<string, unknown>,
): Recorded<unknown> {
  const query = typeof document === 'string' ? document : textOf(document);
  const rec: Recorded<unknown> = { results: [], errors: [], completed: false, stop: () => undefined };
  rec.stop = client.subscribe(
    { query, variables },
    {
      next: (value) => void rec.results.push(value),
      error: (err) => void rec.errors.push(err),
      complete: () => void (rec.completed = true),
    },
  );
  return rec;
}

/** Waits until `check` holds (polling); fails with `what` after a generous cap. */
export async function until(what: string, check: () => boolean | Promise<boolean>, capMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - started > capMs) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const settle = (ms = 150): Promise<void> => new Promise((r) => setTimeout(r, ms));
