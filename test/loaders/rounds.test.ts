/**
 * Rounds: the upstream calls that do not depend on each other are in flight together. A gate between
 * the gateway and the emulator holds every call until the test lets the round go, so "these N calls are
 * one round" is checked by seeing all N held at once — no timing involved.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import type { EmulatorFixtures } from '../../emulator/store.js';
import { loadConfig } from '../../src/config.js';
import { listenGateway, type RunningGateway } from '../../src/server.js';

interface Held {
  route: string;
  release: () => void;
}

/** A proxy that holds each request until released, then forwards it to the emulator. */
class Gate {
  readonly held: Held[] = [];
  private waiters: Array<() => void> = [];
  readonly server: http.Server;

  constructor(target: string) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://gate.local');
        // ids and page numbers vary; the path shape is what the assertions read
        const route = `${req.method} ${url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`;
        new Promise<void>((release) => {
          this.held.push({ route, release });
          for (const wake of this.waiters.splice(0)) wake();
        })
          .then(() =>
            fetch(`${target}${req.url}`, {
              method: req.method,
              headers: {
                authorization: req.headers.authorization ?? '',
                'content-type': req.headers['content-type'] ?? 'application/json',
              },
              body: chunks.length ? Buffer.concat(chunks) : undefined,
            }),
          )
          .then(async (upstream) => {
            res.writeHead(upstream.status, {
              'content-type': upstream.headers.get('content-type') ?? 'application/json',
            });
            res.end(Buffer.from(await upstream.arrayBuffer()));
          })
          .catch(() => res.destroy());
      });
    });
  }

  /** Waits until `n` calls are held at once, then lets them all go; returns their routes, sorted. */
  async round(n: number): Promise<string[]> {
    const deadline = Date.now() + 10_000;
    while (this.held.length < n) {
      if (Date.now() > deadline)
        throw new Error(
          `only ${this.held.length} of ${n} calls arrived together: ${this.held.map((c) => c.route).join(', ')}`,
        );
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
    const round = this.held.splice(0);
    for (const call of round) call.release();
    return round.map((c) => c.route).sort();
  }
}

let emulator: RunningEmulator;
let gate: Gate;
let gateway: RunningGateway;
let fx: EmulatorFixtures;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, users: 300 });
  fx = emulator.store.fixtures();
  gate = new Gate(emulator.url);
  await new Promise<void>((resolve) => gate.server.listen(0, '127.0.0.1', resolve));
  const gateUrl = `http://127.0.0.1:${(gate.server.address() as AddressInfo).port}`;
  // Calls of one round go out together within the per-operation concurrency cap; raised here above the
  // widest round below, so what is checked is the batching, not the cap.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    GENESYSCLOUD_API_URL: gateUrl,
    UPSTREAM_CONCURRENCY_PER_OPERATION: '100',
  });
  gateway = await listenGateway({ config, upstreamUrl: gateUrl });
});
afterAll(async () => {
  await gateway.close();
  gate.server.closeAllConnections();
  await new Promise((resolve) => gate.server.close(resolve));
  await emulator.close();
});

function post(query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  return fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer rounds' },
    body: JSON.stringify({ query }),
  }).then((r) => r.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
}

const times = (n: number, route: string): string[] => Array<string>(n).fill(route);

it('skills, languages and queues of 20 users: the listing carries skills and languages, then 20 queue calls in one round', async () => {
  const done = post('{ users(pageSize: 20) { entities { id skills { id } languages { id } queues { id } } } }');
  expect(await gate.round(1)).toEqual(['GET /api/v2/users']);
  expect(await gate.round(20)).toEqual(times(20, 'GET /api/v2/users/{id}/queues'));
  expect((await done).errors).toBeUndefined();
  expect(gate.held).toHaveLength(0);
});

it('the same through the dedicated routes (another sort order): 60 calls, one round', async () => {
  const done = post(
    '{ users(pageSize: 20) { entities { id skills(sortOrder: descending) { id } languages(sortOrder: descending) { id } queues { id } } } }',
  );
  expect(await gate.round(1)).toEqual(['GET /api/v2/users']);
  expect(await gate.round(60)).toEqual([
    ...times(20, 'GET /api/v2/users/{id}/queues'),
    ...times(20, 'GET /api/v2/users/{id}/routinglanguages'),
    ...times(20, 'GET /api/v2/users/{id}/routingskills'),
  ]);
  expect((await done).errors).toBeUndefined();
  expect(gate.held).toHaveLength(0);
});

it('a user, its reports and their reports: 2 rounds (the reports of a known id start with the user fetch)', async () => {
  const reports = emulator.store.directReports(emulator.store.user(fx.managerOfManagers)!);
  const done = post(`{ user(id: "${fx.managerOfManagers}") { name directReports { name directReports { name } } } }`);
  expect(await gate.round(2)).toEqual(['GET /api/v2/users/{id}', 'GET /api/v2/users/{id}/directreports']);
  expect(await gate.round(reports.length)).toEqual(times(reports.length, 'GET /api/v2/users/{id}/directreports'));
  expect((await done).errors).toBeUndefined();
  expect(gate.held).toHaveLength(0);
});

it('_entities with 250 User representations: 3 bulk calls (100, 100, 50 ids) in one round', async () => {
  const ids = emulator.store.userList
    .filter((u) => u.state === 'active')
    .slice(0, 250)
    .map((u) => u.id);
  const reps = ids.map((id) => `{ __typename: "User", id: "${id}" }`).join(', ');
  const done = post(`{ _entities(representations: [${reps}]) { ... on User { id } } }`);
  expect(await gate.round(3)).toEqual(times(3, 'GET /api/v2/users'));
  expect((await done).errors).toBeUndefined();
  expect(gate.held).toHaveLength(0);
});
