/**
 * Browser access in a real browser (Debian's headless Chromium via playwright-core): a page served from
 * another port (another origin) calls the gateway with fetch, with a bearer token and a JSON body, so
 * Chromium sends a CORS preflight first. In emulator mode localhost origins are allowed by default: a query
 * and a mutation succeed and the page can read x-request-id. A gateway without CORS_ORIGINS is out of reach:
 * the browser refuses the call and nothing reaches the upstream.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { listenGateway, type RunningGateway } from '../../src/server.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT = 90_000;

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium).`);
}
if (!haveChromium) console.warn(`Skipping the CORS browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`);
const describeWithChromium = haveChromium ? describe : describe.skip;

/** The front end: one page whose script posts an operation to a given URL and reports what it could read. */
const PAGE = `<!doctype html>
<title>front end</title>
<script>
  window.runOperation = async (url, query, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer browser-app-token' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
  };
  window.tryOperation = (url, query) => window.runOperation(url, query).then(() => 'answered', (err) => err.name + ': ' + err.message);
</script>`;

interface Outcome {
  status: number;
  requestId: string | null;
  body: { data?: Record<string, unknown>; errors?: unknown[] };
}

describeWithChromium('a front end on another origin, in Chromium', () => {
  let emulator: RunningEmulator;
  let emulatorModeGateway: RunningGateway;
  let closedGateway: RunningGateway;
  let pageServer: http.Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: 100 });
    // No upstream configured: emulator mode, where localhost origins are allowed without CORS_ORIGINS.
    const emulatorMode = loadConfig({ PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' });
    expect(emulatorMode.upstream.kind).toBe('emulator');
    emulatorModeGateway = await listenGateway({ config: emulatorMode, upstreamUrl: emulator.url });
    closedGateway = await listenGateway({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1', GENESYSCLOUD_API_URL: emulator.url }),
      upstreamUrl: emulator.url,
    });
    pageServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage();
    await page.goto(`http://localhost:${(pageServer.address() as AddressInfo).port}/`);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => pageServer?.close(resolve));
    await emulatorModeGateway?.close();
    await closedGateway?.close();
    await emulator?.close();
  }, TIMEOUT);

  const run = (url: string, query: string, variables?: Record<string, unknown>) =>
    page.evaluate(
      ([u, q, v]) =>
        (globalThis as unknown as { runOperation: (...a: unknown[]) => Promise<Outcome> }).runOperation(u, q, v),
      [url, query, variables] as const,
    );

  it(
    'runs a query through fetch and reads the answer and x-request-id',
    async () => {
      const outcome = await run(emulatorModeGateway.url, '{ me { id name } }');
      expect(outcome.status).toBe(200);
      expect(outcome.body.errors).toBeUndefined();
      expect(outcome.body.data).toEqual({ me: { id: emulator.store.fixtures().headOfOrg, name: expect.any(String) } });
      expect(outcome.requestId).toMatch(/\S/);
    },
    TIMEOUT,
  );

  it(
    'runs a mutation through fetch',
    async () => {
      const id = emulator.store.fixtures().headOfOrg;
      emulator.requests.reset();
      const outcome = await run(
        emulatorModeGateway.url,
        'mutation Enable($id: ID!) { updateUsersAcdAutoAnswer(input: [{ id: $id, acdAutoAnswer: true }]) { id acdAutoAnswer } }',
        { id },
      );
      expect(outcome.status).toBe(200);
      expect(outcome.body.errors).toBeUndefined();
      expect(outcome.body.data).toEqual({ updateUsersAcdAutoAnswer: [{ id, acdAutoAnswer: true }] });
      expect(emulator.requests.log().filter((call) => call.method === 'PATCH')).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'cannot reach a gateway whose CORS_ORIGINS does not list the page, and sends nothing upstream',
    async () => {
      emulator.requests.reset();
      const result = await page.evaluate(
        (url) =>
          (globalThis as unknown as { tryOperation: (u: string, q: string) => Promise<string> }).tryOperation(
            url,
            '{ me { id } }',
          ),
        closedGateway.url,
      );
      expect(result).toMatch(/^TypeError: Failed to fetch/);
      expect(emulator.requests.total()).toBe(0);
    },
    TIMEOUT,
  );
});
