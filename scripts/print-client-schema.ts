/**
 * Prints the schema a client sees — what introspection of a running gateway answers, as SDL — for client
 * tooling that reads a schema file (relay-compiler; codegen without a running gateway):
 *
 *   npm run schema:client                  writes dist/usergraph.client.graphql (a build output, not committed)
 *   npm run schema:client -- <file>        writes <file>; `-` writes to stdout
 *
 * Unlike `npm run schema:print` (the Federation subgraph SDL for rover), it is a complete schema: the
 * federation directives and `_entities`/`_service` are defined in it, so any GraphQL tool can load it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printSchema } from 'graphql';
import { buildSchema } from '../resolvers/index.js';

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CLIENT_SDL_FILE = path.join(repoRoot, 'dist', 'usergraph.client.graphql');

export function clientSdl(): string {
  return `${printSchema(buildSchema()).trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2] ?? DEFAULT_CLIENT_SDL_FILE;
  if (target === '-') process.stdout.write(clientSdl());
  else {
    const file = path.resolve(target);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, clientSdl());
    process.stderr.write(`client schema written to ${path.relative(process.cwd(), file)}\n`);
  }
}
