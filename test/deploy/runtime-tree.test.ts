/**
 * The Dockerfile's runtime stage without Docker: the same file tree (production dependencies from
 * `npm ci --omit=dev` on the lock file, plus dist/ from `npm run build`, nothing else) in a temporary folder,
 * started with plain node as an unprivileged user (nobody, when the tests run as root as CI does) from another
 * working directory. It must find its schema, IDE assets and examples relative to itself, answer a query
 * against an emulator, and drain on SIGTERM with operations in flight, exiting 0.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { connects, killGroup, logLines, ROOT, startGatewayProcess, waitFor, type GatewayProcess } from './process.js';

const NOBODY = { uid: 65534, name: 'nobody', group: 'nogroup' };
const asRoot = process.getuid?.() === 0;
/** util-linux's setpriv drops to nobody and execs node (no shell, no PAM). */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => existsSync(file)) ?? 'setpriv';
/** Tools of the build that must not be in the image. */
const DEV_ONLY = ['typescript', 'tsx', 'jest', 'ts-jest', '@graphql-codegen/cli', 'playwright-core', 'autocannon'];

describe('the runtime stage file tree', () => {
  let work: string;
  let app: string;
  let emulator: RunningEmulator;
  let gateway: GatewayProcess | undefined;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'usergraph-runtime-'));
    // mkdtemp makes it private to root; the unprivileged user must be able to read the tree.
    chmodSync(work, 0o755);
    const deps = path.join(work, 'deps');
    mkdirSync(deps);
    for (const file of ['package.json', 'package-lock.json'])
      copyFileSync(path.join(ROOT, file), path.join(deps, file));
    const { NODE_OPTIONS: _jestVmModules, ...env } = process.env;
    const install = spawnSync(
      'npm',
      ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
      {
        cwd: deps,
        env,
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    if (install.status !== 0) throw new Error(`npm ci --omit=dev failed:\n${install.stdout}\n${install.stderr}`);
    app = path.join(work, 'app');
    mkdirSync(app);
    renameSync(path.join(deps, 'node_modules'), path.join(app, 'node_modules'));
    cpSync(path.join(ROOT, 'dist'), path.join(app, 'dist'), { recursive: true });
    emulator = await startEmulator({ port: 0, users: 50 });
  }, 300_000);

  afterAll(async () => {
    if (gateway) killGroup(gateway.pid);
    await emulator?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds production dependencies and dist/ only', () => {
    expect(readdirSync(app).sort()).toEqual(['dist', 'node_modules']);
    expect(existsSync(path.join(app, 'dist', 'index.js'))).toBe(true);
    expect(DEV_ONLY.filter((pkg) => existsSync(path.join(app, 'node_modules', pkg)))).toEqual([]);
    for (const pkg of ['@apollo/server', 'graphql', 'got', 'graphiql'])
      expect(existsSync(path.join(app, 'node_modules', pkg, 'package.json'))).toBe(true);
  });

  it('starts with plain node as an unprivileged user, answers, serves the IDE, and drains on SIGTERM', async () => {
    const entry = path.join(app, 'dist', 'index.js');
    // Only what a container would have: no npm, no dev tools, another working directory.
    const env = {
      PATH: path.dirname(process.execPath),
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      GENESYSCLOUD_API_URL: emulator.url,
      GRAPHQL_IDE: 'true',
      LOG_LEVEL: 'info',
    };
    const [command, args] = asRoot
      ? [
          SETPRIV,
          [`--reuid=${NOBODY.name}`, `--regid=${NOBODY.group}`, '--clear-groups', '--', process.execPath, entry],
        ]
      : [process.execPath, [entry]];
    gateway = await startGatewayProcess(command, args, { cwd: os.tmpdir(), env });
    if (asRoot) {
      // setpriv execs node: the process is node itself, with nobody's ids.
      const status = readFileSync(`/proc/${gateway.pid}/status`, 'utf8');
      expect(/^Uid:\s+(\d+)/m.exec(status)?.[1]).toBe(String(NOBODY.uid));
      expect(readFileSync(`/proc/${gateway.pid}/cmdline`, 'utf8').split('\0')[0]).toBe(process.execPath);
    }

    const post = (query: string, token: string) =>
      fetch(gateway!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { me?: { id: string } } } }));

    const { headOfOrg } = emulator.store.fixtures();
    expect(await post('{ me { id name } }', 'runtime-tree')).toEqual({
      status: 200,
      body: { data: { me: { id: headOfOrg, name: expect.any(String) } } },
    });
    // The IDE page, its assets from node_modules and src/ide/public, and the examples, all found from dist/.
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="ide-config"');
    expect(html).toContain('EnableAutoAnswer');
    for (const asset of ['graphiql.min.js', 'ide.js']) {
      expect((await fetch(new URL(`ide/${asset}`, `${gateway.url}/`))).status).toBe(200);
    }

    emulator.requests.reset();
    emulator.setKnobs({ latencyMs: 1_500 });
    const inFlight = Array.from({ length: 5 }, (_, i) => post('{ me { id } }', `runtime-tree-${i}`));
    await waitFor(() => emulator.requests.total() >= 5, 'five upstream calls in flight');
    process.kill(gateway.pid, 'SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => [a.status, a.body.data?.me?.id])).toEqual(Array(5).fill([200, headOfOrg]));
    const exit = await gateway.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(logLines(gateway.output(), 'stopped')).toHaveLength(1);
    expect(await connects(gateway.port)).toBe(false);
    emulator.setKnobs({ latencyMs: 0 });
  }, 120_000);
});
