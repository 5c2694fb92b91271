/**
 * Prints the subgraph SDL (Federation 2: `extend schema @link(…)`, the keys, every type and description)
 * for `rover subgraph publish --schema <file>` and the `schema.file` of a `rover supergraph compose`
 * config. It is the schema the server runs, printed by @apollo/subgraph's printSubgraphSchema, and
 * composes to the same supergraph as what `_service { sdl }` answers (test/federation/print-schema.test.ts).
 *
 *   npm run schema:print                  writes dist/usergraph.graphql (a build output, not committed)
 *   npm run schema:print -- <file>        writes <file>
 *   npm run schema:print -- -             writes to stdout
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSchema } from '../resolvers/index.js';

export const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SDL_FILE = path.join(repoRoot, 'dist', 'usergraph.graphql');

/** The subgraph SDL, ending with one newline. */
export function subgraphSdl(): string {
  return `${printSubgraphSchema(buildSchema()).trimEnd()}\n`;
}

/** Writes the SDL to `target` (a path, or `-` for stdout) and returns where it went. */
export function printSchemaTo(target: string = DEFAULT_SDL_FILE): string {
  const sdl = subgraphSdl();
  if (target === '-') {
    process.stdout.write(sdl);
    return 'stdout';
  }
  const file = path.resolve(target);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const where = printSchemaTo(process.argv[2]);
  if (where !== 'stdout') process.stderr.write(`subgraph SDL written to ${path.relative(process.cwd(), where)}\n`);
}
