/**
 * The example frontend page (examples/clients/team-page), as a frontend team builds it: the client preset
 * generates its typed documents and manifest, tsc checks it, esbuild bundles it (no CDN: everything the page
 * loads comes from its own origin). A test server serves the page and passes /graphql to a gateway that
 * enforces the page's trusted documents, and headless Chromium shows the team with routing statuses, then
 * the new status after a change and a click on Refresh. The screenshot lands in test-artifacts/team-page.png.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { EmulatorFixtures } from '../../emulator/store.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { bin, codegen, run, tsc, workspace } from './tools.js';

const TIMEOUT = 180_000;
const describeWithChromium = haveChromium('the team page browser test') ? describe : describe.skip;

describeWithChromium('the example team page in headless Chromium', () => {
  let work: string;
  let h: Harness;
  let fx: EmulatorFixtures;
  let server: http.Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const blocked: string[] = [];
  const graphqlBodies: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    work = workspace(['team-page']);
    const dir = path.join(work, 'team-page');
    expect(await codegen(dir, path.join(work, 'schema.graphql'))).toMatchObject({ code: 0 });
    expect(await tsc(dir)).toMatchObject({ code: 0 });
    const bundled = await run(
      bin('esbuild'),
      ['src/main.ts', '--bundle', '--format=esm', '--target=es2022', '--minify', '--outfile=dist/app.js'],
      dir,
    );
    expect(bundled).toMatchObject({ code: 0 });

    h = await startHarness({
      env: {
        TRUSTED_DOCUMENTS: 'enforce',
        TRUSTED_DOCUMENTS_MANIFESTS: path.join(dir, 'src', 'gql', 'persisted-documents.json'),
      },
    });
    fx = h.emulator.store.fixtures();

    const files: Record<string, [string, string]> = {
      '/': [path.join(dir, 'index.html'), 'text/html; charset=utf-8'],
      '/dist/app.js': [path.join(dir, 'dist', 'app.js'), 'text/javascript; charset=utf-8'],
    };
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://page.local');
      if (url.pathname === '/graphql') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          graphqlBodies.push(body);
          fetch(h.gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: String(req.headers.authorization ?? '') },
            body,
          })
            .then(async (upstream) => {
              res.writeHead(upstream.status, {
                'content-type': upstream.headers.get('content-type') ?? 'application/json',
              });
              res.end(await upstream.text());
            })
            .catch(() => res.writeHead(502).end());
        });
        return;
      }
      const file = files[url.pathname];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[1] });
      res.end(readFileSync(file[0]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'usergraph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1100, height: 800 },
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin !== origin) {
        blocked.push(url);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => pageErrors.push(err.message));
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await h?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, TIMEOUT);

  interface Member {
    id: string;
    name: string;
    routingStatus: { status: string } | null;
  }

  async function teamFromApi(managerId: string): Promise<Member[]> {
    // Enforce mode refuses free-form operations, so the expected data is read from the emulator's REST API.
    const headers = { authorization: 'Bearer test-token' };
    const reports = (await (
      await fetch(`${h.emulator.url}/api/v2/users/${managerId}/directreports?expand=routingStatus`, { headers })
    ).json()) as Member[];
    return reports;
  }

  it(
    "shows the manager's team with each member's routing status, sending only document ids",
    async () => {
      const response = await page.goto(`${origin}/?manager=${fx.managerOfManagers}#token=test-token`);
      expect(response?.status()).toBe(200);
      const expected = await teamFromApi(fx.managerOfManagers);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      const rows = page.locator('tr[data-testid="member"]');
      await rows.nth(expected.length - 1).waitFor({ timeout: 20_000 });
      // The page's own DOM, read in the page (the test's tsconfig has no DOM types: a minimal shape suffices).
      interface Cell {
        textContent: string | null;
      }
      interface Row extends Cell {
        getAttribute(name: string): string | null;
        querySelectorAll(selector: string): Iterable<Cell>;
      }
      const shown = await rows.evaluateAll((trs) =>
        (trs as unknown as Row[]).map((tr) => ({
          id: tr.getAttribute('data-user-id'),
          cells: Array.from(tr.querySelectorAll('td')).map((td) => td.textContent),
        })),
      );
      expect(shown.map((r) => r.id)).toEqual(expected.map((m) => m.id));
      expect(shown.map((r) => [r.cells[0], r.cells[2]])).toEqual(
        expected.map((m) => [m.name, m.routingStatus?.status ?? 'UNKNOWN']),
      );
      await expect(page.locator('#title').innerText()).resolves.toMatch(/^Team of /);
      await expect(page.locator('#error').innerText()).resolves.toBe('');

      // Trusted documents only: every request carried a documentId and no query text.
      expect(graphqlBodies.length).toBeGreaterThan(0);
      for (const body of graphqlBodies)
        expect(JSON.parse(body)).toEqual({
          documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
          variables: { managerId: fx.managerOfManagers },
        });
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows a changed routing status after Refresh',
    async () => {
      const [first] = await teamFromApi(fx.managerOfManagers);
      const next = first.routingStatus?.status === 'NOT_RESPONDING' ? 'IDLE' : 'NOT_RESPONDING';
      const put = await fetch(`${h.emulator.url}/api/v2/users/${first.id}/routingstatus`, {
        method: 'PUT',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ status: next }),
      });
      expect(put.status).toBe(200);
      await page.locator('#refresh').click();
      await page.locator(`tr[data-user-id="${first.id}"] .status-${next}`).waitFor({ timeout: 20_000 });
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'team-page.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
