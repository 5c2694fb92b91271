/**
 * The IDE in a real browser: Debian's headless Chromium, driven by playwright-core (no browser download),
 * opens GET /graphql on a gateway in emulator mode (no token, as `npm start` runs it), opens an example
 * from the Examples panel, runs it and reads the result panel. Every request to a host other than the
 * gateway's is aborted and recorded: the page and everything it loads must come from the gateway.
 * The live example subscribes over the gateway's WebSocket and the result panel shows pushed events.
 * The screenshots land in test-artifacts/ide.png and test-artifacts/ide-live.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { loadConfig } from '../../src/config.js';
import { loadExamples } from '../../src/ide/index.js';
import { listenGateway, type RunningGateway } from '../../src/server.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium.js';

/** Per hook and test: a cold Chromium start plus GraphiQL's first render take a few seconds on 2 cores. */
const TIMEOUT = 90_000;

const describeWithChromium = haveChromium('the IDE browser test') ? describe : describe.skip;

interface TeamViewData {
  user: { manager: { directReports: Array<{ id: string; name: string }> } | null } | null;
}

describeWithChromium('the IDE in headless Chromium', () => {
  let emulator: RunningEmulator;
  let gateway: RunningGateway;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  let origin: string;
  const blocked: string[] = [];
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  /** Set by the first test; the others fail at once without it instead of waiting for their timeouts. */
  let ideServed = false;
  const requireIde = () => {
    if (!ideServed) throw new Error('the IDE page was not served (see the first test)');
  };

  beforeAll(async () => {
    // The activity simulator on, as in emulator mode: the live example sees presence changes arrive.
    emulator = await startEmulator({ port: 0, activityPerSecond: 20 });
    // No GENESYSCLOUD_API_URL/REGION: emulator mode, where the gateway substitutes a development token.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' });
    expect(config.upstream.kind).toBe('emulator');
    gateway = await listenGateway({ config, upstreamUrl: emulator.url });
    origin = new URL(gateway.url).origin;

    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'usergraph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1440, height: 900 },
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (new URL(url).origin !== origin) {
        blocked.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await gateway?.close();
    await emulator?.close();
  }, TIMEOUT);

  it(
    'serves the IDE for a browser GET /graphql',
    async () => {
      const response = await page.goto(`${origin}/graphql`);
      expect(response?.status()).toBe(200);
      const html = (await response?.text()) ?? '';
      if (!html.includes('id="ide-config"')) {
        throw new Error('GET /graphql did not serve the IDE page: is handleIdeRequest wired into src/server.ts?');
      }
      await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
      ideServed = true;
    },
    TIMEOUT,
  );

  it(
    'lists every example in the Examples panel',
    async () => {
      requireIde();
      const buttons = page.locator('button.ide-example');
      await buttons.first().waitFor({ timeout: 10_000 });
      const names = await buttons.evaluateAll((els: Array<{ getAttribute(name: string): string | null }>) =>
        els.map((el) => el.getAttribute('data-example')),
      );
      expect(names).toEqual(loadExamples().map((e) => e.name));
    },
    TIMEOUT,
  );

  it(
    'runs an example with no token and shows its data in the result panel',
    async () => {
      requireIde();
      await page.locator('button[data-example="02-team-view"]').click();
      await page.locator('.graphiql-tab-active', { hasText: 'TeamView' }).waitFor({ timeout: 10_000 });
      const answer = page.waitForResponse(
        (r) => r.url() === `${origin}/graphql` && (r.request().postData() ?? '').includes('"operationName":"TeamView"'),
      );
      await page.locator('.graphiql-execute-button').click();
      const response = await answer;
      expect(response.status()).toBe(200);
      expect(response.request().headers().authorization).toBeUndefined();
      const result = (await response.json()) as { data?: TeamViewData; errors?: unknown[] };
      expect(result.errors).toBeUndefined();
      const team = result.data?.user?.manager?.directReports ?? [];
      expect(team.length).toBeGreaterThan(1);
      // The result panel shows it to a person: the first team member's name is on screen.
      await page.locator('.graphiql-response', { hasText: team[0].name }).waitFor({ timeout: 10_000 });
      await expect(page.locator('.graphiql-response').innerText()).resolves.toContain('"directReports"');

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'ide.png') });
    },
    TIMEOUT,
  );

  it(
    'runs the live team board: events pushed over the WebSocket appear in the result panel',
    async () => {
      requireIde();
      const example = loadExamples().find((e) => e.operationName === 'LiveTeamBoard');
      const team = (example?.variables?.team ?? []) as string[];
      await page.locator('button[data-example="14-live-team-board"]').click();
      await page.locator('.graphiql-tab-active', { hasText: 'LiveTeamBoard' }).waitFor({ timeout: 10_000 });
      await page.locator('.graphiql-execute-button').click();
      // The simulator changes the followed users; each event replaces the result panel's content.
      const response = page.locator('.graphiql-response', { hasText: 'userPresenceChanged' });
      await response.waitFor({ timeout: 30_000 });
      const text = await page.locator('.graphiql-response').innerText();
      expect(team.some((id) => text.includes(id))).toBe(true);
      expect(text).toContain('"systemPresence"');
      expect(text).toContain('"name"');
      expect(gateway.gateway.live?.hub.stats().topics).toBe(team.length);
      await page.screenshot({ path: path.join(ARTIFACTS, 'ide-live.png') });
      // Stop it (the ▶ button is a stop button while a subscription runs): the topics leave upstream.
      await page.locator('.graphiql-execute-button').click();
      for (let i = 0; i < 1000 && emulator.notifications.snapshot().topics > 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(emulator.notifications.snapshot().topics).toBe(0);
    },
    TIMEOUT,
  );

  it('loaded the page and every asset from the gateway alone, with no errors', () => {
    requireIde();
    expect(blocked).toEqual([]);
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
