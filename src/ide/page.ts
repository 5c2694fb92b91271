/**
 * The HTML of the IDE page and of the Apollo Sandbox page. Each page carries its settings as a JSON
 * <script type="application/json"> block that a static script reads, so no inline script is needed and
 * the IDE page can forbid every other origin with its Content-Security-Policy.
 */
import type { Example } from './examples.js';

export interface ClientExample {
  name: string;
  title: string;
  description: string;
  operationName: string;
  query: string;
  /** Pretty-printed JSON for the variables pane; '' when the example needs none. */
  variables: string;
}

/** What ide.js and sandbox.js read from the page. */
export interface ClientConfig {
  endpoint: string;
  emulatorMode: boolean;
  /** Pretty-printed JSON for the headers pane; '' in emulator mode. */
  defaultHeaders: string;
  examples: ClientExample[];
  sandboxPath: string;
  idePath: string;
}

/** The header editor's template when a real bearer token is needed. */
export const TOKEN_HEADERS_TEMPLATE = JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2);

export function toClientExample(example: Example): ClientExample {
  return {
    name: example.name,
    title: example.title,
    description: example.description,
    operationName: example.operationName,
    query: example.document,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : '',
  };
}

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`, no line separators). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function banner(config: ClientConfig): string {
  const sandbox = `<a href="${escapeHtml(config.sandboxPath)}">Apollo Sandbox</a> (needs internet)`;
  if (config.emulatorMode) {
    return (
      `<p><strong>Emulator mode</strong>: no token needed, the gateway sends a development token to the ` +
      `embedded Genesys Cloud emulator. Pick an operation in <strong>Examples</strong> on the left.</p>` +
      `<p class="ide-alt">${sandbox}</p>`
    );
  }
  return (
    `<p><strong>A bearer token is needed.</strong> Open <strong>Headers</strong> under the query editor and ` +
    `replace <code>&lt;token&gt;</code> in <code>{"Authorization": "Bearer &lt;token&gt;"}</code> with a ` +
    `Genesys Cloud access token. Headers stay in this tab unless you turn on persistence in Settings.</p>` +
    `<p class="ide-alt">${sandbox}</p>`
  );
}

export function idePage(config: ClientConfig, assetBase: string): string {
  const asset = (name: string) => escapeHtml(`${assetBase}${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>usergraph · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('ide.css')}">
<script type="application/json" id="ide-config">${jsonForScript(config)}</script>
</head>
<body>
<header id="ide-banner" class="${config.emulatorMode ? 'ide-emulator' : 'ide-token'}">${banner(config)}</header>
<main id="graphiql"><p class="ide-loading">Loading GraphiQL…</p></main>
<noscript>The GraphQL IDE needs JavaScript. The endpoint itself is ${escapeHtml(config.endpoint)} (POST JSON).</noscript>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('graphql-ws.min.js')}"></script>
<script src="${asset('ide.js')}"></script>
</body>
</html>
`;
}

/** The Apollo embedded Sandbox, loaded from Apollo's CDN: the online alternative to the offline IDE. */
export const SANDBOX_SCRIPT_URL =
  'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';

export function sandboxPage(config: ClientConfig, assetBase: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>usergraph · Apollo Sandbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(`${assetBase}ide.css`)}">
<script type="application/json" id="ide-config">${jsonForScript(config)}</script>
</head>
<body class="sandbox">
<div class="sandbox-fallback">
<h1>Apollo Sandbox</h1>
<p>Apollo Sandbox loads from Apollo's CDN and cannot be loaded here; you may be offline.
The offline IDE is at <a href="${escapeHtml(config.idePath)}">${escapeHtml(config.idePath)}</a>.</p>
</div>
<div id="embedded-sandbox"></div>
<script src="${SANDBOX_SCRIPT_URL}"></script>
<script src="${escapeHtml(`${assetBase}sandbox.js`)}"></script>
</body>
</html>
`;
}
