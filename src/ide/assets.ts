/**
 * The IDE's static assets: prebuilt files served straight from node_modules (GraphiQL's UMD bundle, React
 * 18's UMD builds, graphql-ws's browser client) plus the small files of src/ide/public. Only the names listed here are
 * served, so a request can never read another file. Contents are read once, then kept with an ETag
 * and a gzip copy (static bytes, shared by every request; nothing request-scoped).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const MAP = 'application/json; charset=utf-8';

interface AssetSource {
  /** The npm package that ships the file, or undefined for a file of src/ide/public. */
  pkg?: 'graphiql' | 'react' | 'react-dom' | 'graphql-ws';
  file: string;
  type: string;
}

/** Every asset the IDE and the Sandbox page load, by the name they are served under. */
const SOURCES: Readonly<Record<string, AssetSource>> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: JS },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: JS },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: JS },
  // graphiql.min.js ends with `//# sourceMappingURL=index.umd.js.map`; devtools fetch it on demand.
  'index.umd.js.map': { pkg: 'graphiql', file: 'graphiql.min.js.map', type: MAP },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: CSS },
  // The graphql-ws client (global `graphqlWs`): subscriptions from the IDE over the gateway's WebSocket.
  'graphql-ws.min.js': { pkg: 'graphql-ws', file: 'umd/graphql-ws.min.js', type: JS },
  'ide.js': { file: 'ide.js', type: JS },
  'ide.css': { file: 'ide.css', type: CSS },
  'sandbox.js': { file: 'sandbox.js', type: JS },
};

export interface Asset {
  name: string;
  type: string;
  body: Buffer;
  /** Lazily computed gzip copy of body. */
  gzipped(): Buffer;
  etag: string;
}

const loaded = new Map<string, Asset>();

export function assetNames(): string[] {
  return Object.keys(SOURCES);
}

function sourcePath(source: AssetSource): string {
  if (!source.pkg) return path.join(publicDir, source.file);
  const pkgDir = path.dirname(require.resolve(`${source.pkg}/package.json`));
  return path.join(pkgDir, source.file);
}

/** The asset served under `name`, or undefined when no such asset exists. Throws if its package is missing. */
export function getAsset(name: string): Asset | undefined {
  if (!Object.hasOwn(SOURCES, name)) return undefined;
  const cached = loaded.get(name);
  if (cached) return cached;
  const source = SOURCES[name];
  const body = readFileSync(sourcePath(source));
  let gz: Buffer | undefined;
  const asset: Asset = {
    name,
    type: source.type,
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    gzipped: () => (gz ??= gzipSync(body)),
  };
  loaded.set(name, asset);
  return asset;
}
