/**
 * /healthz (liveness) and /readyz (readiness): configuration, server state and an upstream probe that
 * is cheap (no token, short timeout), shared by concurrent checks and reused for READINESS_CACHE_MS.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { listenGateway } from '../../src/server.js';
import { startGateway, type OpsGateway } from './helpers.js';

interface Ready {
  status: string;
  checks: Array<{ name: string; ok: boolean; detail: string }>;
}

async function readyz(base: string): Promise<{ status: number; body: Ready }> {
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: (await response.json()) as Ready };
}

/** A stand-in upstream that counts requests and answers after `delayMs` (or never, with Infinity). */
async function fakeUpstream(delayMs = 0) {
  const seen: Array<{ path: string; authorization?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    if (delayMs === Infinity) return;
    setTimeout(() => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"code":"authentication.required"}');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('health endpoints', () => {
  let gw: OpsGateway | undefined;
  afterEach(async () => {
    await gw?.close();
    gw = undefined;
  });

  it('/healthz answers while the process serves; /readyz when the upstream answers, probing without a token', async () => {
    const upstream = await fakeUpstream();
    try {
      gw = await startGateway(upstream.url);
      expect((await fetch(`${gw.base}/healthz`)).status).toBe(200);
      const { status, body } = await readyz(gw.base);
      expect(status).toBe(200);
      expect(body.status).toBe('ready');
      expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
        ['configuration', true],
        ['server', true],
        ['upstream', true],
      ]);
      expect(upstream.seen).toEqual([{ path: '/api/v2/date', authorization: undefined }]);
    } finally {
      await upstream.close();
    }
  });

  it('probes once for concurrent checks and reuses the result for READINESS_CACHE_MS', async () => {
    const upstream = await fakeUpstream(50);
    try {
      gw = await startGateway(upstream.url, { READINESS_CACHE_MS: '60000' });
      const base = gw.base;
      const results = await Promise.all(Array.from({ length: 10 }, () => readyz(base)));
      expect(results.every((r) => r.status === 200)).toBe(true);
      await readyz(base);
      expect(upstream.seen).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  });

  it('is not ready when the upstream is unreachable, or does not answer within READINESS_TIMEOUT_MS', async () => {
    const closed = await fakeUpstream();
    await closed.close();
    gw = await startGateway(closed.url);
    const down = await readyz(gw.base);
    expect(down.status).toBe(503);
    expect(down.body.checks.find((c) => c.name === 'upstream')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('ECONNREFUSED'),
    });
    await gw.close();

    const silent = await fakeUpstream(Infinity);
    try {
      gw = await startGateway(silent.url, { READINESS_TIMEOUT_MS: '200' });
      const slow = await readyz(gw.base);
      expect(slow.status).toBe(503);
      expect(slow.body.checks.find((c) => c.name === 'upstream')?.detail).toContain('no answer within 200 ms');
    } finally {
      await gw.close();
      gw = undefined;
      await silent.close();
    }
  });

  it('fails readiness once shutdown begins, while still serving', async () => {
    const upstream = await fakeUpstream();
    try {
      gw = await startGateway(upstream.url);
      gw.gateway.gateway.beginShutdown();
      const { status, body } = await readyz(gw.base);
      expect(status).toBe(503);
      expect(body.checks.find((c) => c.name === 'server')).toEqual({
        name: 'server',
        ok: false,
        detail: 'shutting down',
      });
      expect((await fetch(`${gw.base}/healthz`)).status).toBe(200);
    } finally {
      await upstream.close();
    }
  });

  it('in emulator mode, asks the emulator itself', async () => {
    const emulator = await startEmulator({ port: 0, users: 30 });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' });
    const running = await listenGateway({ config, upstreamUrl: emulator.url, defaultMetrics: false });
    try {
      const { status, body } = await readyz(`http://127.0.0.1:${running.port}`);
      expect(status).toBe(200);
      expect(body.checks.find((c) => c.name === 'upstream')?.detail).toBe(`${emulator.url}: answered 200`);
    } finally {
      await running.close();
      await emulator.close();
    }
  });
});
