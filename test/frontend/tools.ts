/**
 * Runs the frontend tool chain the way a frontend repository does: a copy of an examples/clients folder
 * in a temporary directory (node_modules linked to ours), the client schema printed beside it, and the
 * tools' own CLIs (graphql-codegen, relay-compiler, tsc, esbuild) as child processes.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientSdl } from '../../scripts/print-client-schema.js';

const repo = process.cwd();
export const bin = (name: string): string => path.join(repo, 'node_modules', '.bin', name);

export interface Run {
  code: number;
  output: string;
}

export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** A temporary work directory holding `schema.graphql` (what a client sees) and copies of the given examples. */
export function workspace(clients: readonly string[]): string {
  const work = mkdtempSync(path.join(os.tmpdir(), 'usergraph-clients-'));
  writeFileSync(path.join(work, 'schema.graphql'), clientSdl());
  for (const client of clients) {
    const dir = path.join(work, client);
    cpSync(path.join(repo, 'examples', 'clients', client), dir, { recursive: true, dereference: true });
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  }
  return work;
}

// NODE_ENV=test (set by jest) makes codegen silent; its error list is what the typo check reads.
export const codegen = (dir: string, schema: string): Promise<Run> =>
  run(bin('graphql-codegen'), ['--config', 'codegen.ts', '--verbose'], dir, {
    USERGRAPH_SCHEMA: schema,
    NODE_ENV: 'development',
  });
export const tsc = (dir: string): Promise<Run> => run(bin('tsc'), ['-p', 'tsconfig.json'], dir);
