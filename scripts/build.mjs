#!/usr/bin/env node
/**
 * `npm run build`: type-checks and compiles src/, resolvers/ and emulator/ to dist/ (tsconfig.build.json,
 * with source maps), copies the non-TypeScript files they read at run time to the same relative places
 * (so every path computed from import.meta.url resolves alike from source and from dist/), and writes
 * dist/index.js, the production entry point. Plain JavaScript, so it runs without tsx.
 *
 *   --if-stale   do nothing when dist/ is newer than every input (the `prestart` of `npm start`). Without
 *                TypeScript installed (`npm ci --omit=dev`) an existing dist/ is used as it is.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const entry = path.join(dist, 'index.js');
/** Compiled by tsc; their other files (e.g. src/ide/public/*.js) are copied as they are. */
const CODE_DIRS = ['src', 'resolvers', 'emulator'];
/**
 * Read at run time: every SDL file of schema/ (new ones included), and the IDE examples, which are the files
 * at the top of examples/ (its sub-folders are client projects, not read by the gateway).
 */
const ASSET_DIRS = ['schema', 'examples'];
const SHALLOW = new Set(['examples']);
const INPUT_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

function* walk(dir, deep = true) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && deep) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** The files of one source folder that the build reads. */
const sourceFiles = (dir) => walk(path.join(root, dir), !SHALLOW.has(dir));

const isSource = (file) => file.endsWith('.ts');
/** Documentation stays out of the runtime tree. */
const isAsset = (file) => !isSource(file) && !file.endsWith('.md');

function newestInput() {
  let newest = 0;
  const files = [...CODE_DIRS, ...ASSET_DIRS].flatMap((dir) => [...sourceFiles(dir)]);
  for (const file of [...files, ...INPUT_FILES.map((f) => path.join(root, f))]) {
    if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function upToDate() {
  return existsSync(entry) && statSync(entry).mtimeMs >= newestInput();
}

function compile() {
  const require = createRequire(import.meta.url);
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc');
  } catch {
    return false;
  }
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return true;
}

/**
 * What tsc emits for a source that is gone stays behind otherwise (tsc never deletes), and a stale schema
 * file would still be loaded: outputs without a source are removed, and the asset folders copied afresh.
 */
function pruneStale() {
  for (const dir of ASSET_DIRS) rmSync(path.join(dist, dir), { recursive: true, force: true });
  for (const dir of CODE_DIRS) {
    for (const file of walk(path.join(dist, dir))) {
      const source = path.join(root, path.relative(dist, file)).replace(/\.js(\.map)?$/, '.ts');
      if (!existsSync(source) && !existsSync(source.replace(/\.ts$/, '.js'))) rmSync(file);
    }
  }
}

function copyAssets() {
  let copied = 0;
  for (const dir of [...CODE_DIRS, ...ASSET_DIRS]) {
    for (const file of sourceFiles(dir)) {
      if (!isAsset(file)) continue;
      const target = path.join(dist, path.relative(root, file));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file, target);
      copied++;
    }
  }
  return copied;
}

function writeEntry() {
  // dist/ holds ES modules whatever package.json sits above it in a runtime image.
  writeFileSync(path.join(dist, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
  writeFileSync(
    entry,
    [
      '// The production entry point (`node dist/index.js`), written by scripts/build.mjs.',
      '// Source maps are switched on before the gateway is loaded, so stack traces name the TypeScript lines.',
      'process.setSourceMapsEnabled(true);',
      "await import('./src/index.js');",
      '',
    ].join('\n'),
  );
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && upToDate()) process.exit(0);
if (!compile()) {
  if (ifStale && existsSync(entry)) {
    console.error('build: TypeScript is not installed (a production install); running the existing dist/ as it is.');
    process.exit(0);
  }
  console.error('build: TypeScript is not installed. Run `npm ci` (with the dev dependencies), then `npm run build`.');
  process.exit(1);
}
pruneStale();
const copied = copyAssets();
writeEntry();
console.error(`build: dist/ compiled, ${copied} asset files copied; start it with \`node dist/index.js\`.`);
