/**
 * The benchmark's peer: Hive Gateway serving GraphQL Mesh's OpenAPI source over the emulator's OpenAPI description
 * (bench/peer/: its own package.json and lock, installed on demand, so the gateway's dependencies stay its own).
 * Composed against the running emulator and started as a child process on a free port; the operations it can
 * express without resolvers of our own, written so that their `data` has usergraph's shape (aliases).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOperation } from './operations.js';
import { freePort, track } from './processes.js';

const peerDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peer');
const bin = (name: string): string => path.join(peerDir, 'node_modules', '.bin', name);

export interface RunningPeer {
  url: string;
  /** What ran, for the report: package versions and the Node that ran them. */
  versions: string;
  close(): Promise<void>;
}

function versionOf(pkg: string): string {
  const result = spawnSync(process.execPath, ['-p', `require('${pkg}/package.json').version`], {
    cwd: peerDir,
    encoding: 'utf8',
  });
  return result.stdout.trim() || '?';
}

/** Installs bench/peer/ from its lock when it is not installed; false (and why) when that fails. */
function ensureInstalled(): string | undefined {
  if (existsSync(bin('hive-gateway')) && existsSync(bin('mesh-compose'))) return undefined;
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', peerDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return npm.status === 0 ? undefined : `npm ci in bench/peer failed: ${npm.stderr.slice(-300)}`;
}

/** Composes the supergraph against `emulatorUrl` and starts Hive Gateway on it; a string says why it could not. */
export async function startPeer(emulatorUrl: string): Promise<RunningPeer | string> {
  const notInstalled = ensureInstalled();
  if (notInstalled) return notInstalled;
  const work = mkdtempSync(path.join(os.tmpdir(), 'usergraph-peer-'));
  const supergraph = path.join(work, 'supergraph.graphql');
  const composed = spawnSync(process.execPath, [bin('mesh-compose'), '-o', supergraph], {
    cwd: peerDir,
    env: { ...process.env, PEER_UPSTREAM: emulatorUrl },
    encoding: 'utf8',
  });
  if (composed.status !== 0) return `mesh-compose failed: ${(composed.stderr || composed.stdout).slice(-300)}`;
  const port = await freePort();
  // Started from its own folder: Hive Gateway would take a mesh.config in its working directory as its config.
  const child: ChildProcess = track(
    spawn(
      process.execPath,
      [bin('hive-gateway'), 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1'],
      { cwd: work, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'pipe'] },
    ),
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
  const base = `http://127.0.0.1:${port}`;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        rmSync(work, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) return `hive-gateway exited with ${child.exitCode}: ${err}`;
    const ready = await fetch(`${base}/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready)
      return {
        url: `${base}/graphql`,
        versions:
          `@graphql-hive/gateway ${versionOf('@graphql-hive/gateway')}, @graphql-mesh/compose-cli ` +
          `${versionOf('@graphql-mesh/compose-cli')}, @omnigraph/openapi ${versionOf('@omnigraph/openapi')}, Node ${process.version}`,
        close,
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  return `hive-gateway did not become ready within 60 s: ${err}`;
}

/** One operation as the peer runs it: its query, variables, and both answers' `data` in a comparable form. */
export interface PeerOperation {
  query: string;
  variables(op: BenchOperation): Record<string, unknown>;
  /** The part of `data` both servers must agree on (default: all of it). */
  comparable?: (data: unknown, server: 'usergraph' | 'peer') => unknown;
}

const directoryQuery = (pageSize: number, presence: boolean): string => `query Directory($page: Int) {
  users: getUsers(pageSize: ${pageSize}, pageNumber: $page, expand: [station, routingStatus${presence ? ', presence' : ''}]) {
    total pageCount
    entities {
      id name title department email
      manager: managerUser { id name }
      station { effectiveStation { id name } }
      routingStatus { status }${presence ? '\n      presence { presenceDefinition { systemPresence } }' : ''}
    }
  }
}`;

/** The bench operations the peer runs (the others need resolvers a team would write by hand: see RESULTS.md). */
export const PEER_OPERATIONS: Record<string, PeerOperation> = {
  'profile-card': {
    query: `query ProfileCard($id: UUID!) {
  user: getUser(userId: $id, expand: [presence, routingStatus, station, skills]) {
    id name title department email username
    images { resolution imageUri }
    presence { presenceDefinition { systemPresence } message }
    routingStatus { status startTime }
    station { effectiveStation { id name } }
    skills { name proficiency }
    manager: managerUser { id name title }
  }
}`,
    variables: (op) => op.variables,
  },
  directory: { query: directoryQuery(100, false), variables: (op) => op.variables },
  entities: {
    query: `query Entities($ids: [String]) {
  users: getUsers(id: $ids, pageSize: 100) { entities { name } }
}`,
    variables: (op) => ({
      ids: (op.variables.representations as Array<{ id: string }>).map((r) => r.id),
    }),
    // GET /api/v2/users?id=… answers in name order, _entities in the order asked: the same names, as a set.
    comparable: (data, server) => {
      const users =
        server === 'usergraph'
          ? (data as { _entities: Array<{ name: string }> })._entities
          : (data as { users: { entities: Array<{ name: string }> } }).users.entities;
      return users.map((u) => u.name).sort();
    },
  },
  'directory-500': { query: directoryQuery(500, true), variables: (op) => op.variables },
};
