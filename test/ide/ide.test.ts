/**
 * The IDE's HTTP surface, served by handleIdeRequest alone from a bare node:http server (no gateway):
 * which requests it takes, the page and its settings, every asset the page loads, caching and gzip.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import {
  assetNames,
  handleIdeRequest,
  loadExamples,
  parseExample,
  prefersHtml,
  type IdeOptions,
} from '../../src/ide/index.js';
import { jsonForScript, SANDBOX_SCRIPT_URL } from '../../src/ide/page.js';
import type { ClientConfig } from '../../src/ide/page.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

interface Served {
  base: string;
  close(): Promise<void>;
}

/** A server that gives every request to handleIdeRequest and answers 418 for the ones it declines. */
async function serve(options: IdeOptions): Promise<Served> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://ide.test');
    if (!handleIdeRequest(req, res, url, options)) {
      res.writeHead(418, { 'content-type': 'text/plain' });
      res.end('declined');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

function configOf(html: string): ClientConfig {
  const match = /<script type="application\/json" id="ide-config">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('the page has no #ide-config block');
  return JSON.parse(match[1]) as ClientConfig;
}

/** Every src= and href= of the page. */
function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
}

describe('prefersHtml', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json, text/html;q=0.5', false],
    ['text/html;q=0', false],
    ['*/*', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('handleIdeRequest', () => {
  let emulator: Served;
  let remote: Served;

  beforeAll(async () => {
    emulator = await serve({ endpoint: '/graphql', emulatorMode: true });
    remote = await serve({ endpoint: '/graphql', emulatorMode: false });
  });

  afterAll(async () => {
    await emulator.close();
    await remote.close();
  });

  it('serves the IDE page to a browser asking for /graphql, with a policy that allows only its own origin', async () => {
    const response = await fetch(`${emulator.base}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const html = await response.text();
    expect(html).toContain('<title>usergraph · GraphiQL</title>');
    expect(html).not.toMatch(/<script>(?!<)/); // no inline script: every script has a src or is JSON
    for (const url of referencedUrls(html)) {
      expect(url === 'data:,' || url.startsWith('/graphql/ide/') || url === '/sandbox').toBe(true);
    }
  });

  it('also answers /graphql/ with a trailing slash and HEAD without a body', async () => {
    const slash = await fetch(`${emulator.base}/graphql/`, { headers: { accept: 'text/html' } });
    expect(slash.status).toBe(200);
    expect(await slash.text()).toContain('id="ide-config"');
    const head = await fetch(`${emulator.base}/graphql`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('declines GraphQL requests, so they reach Apollo', async () => {
    const getJson = await fetch(`${emulator.base}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json' },
    });
    expect(getJson.status).toBe(418);
    const post = await fetch(`${emulator.base}/graphql`, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect(post.status).toBe(418);
    const other = await fetch(`${emulator.base}/healthz`, { headers: { accept: BROWSER_ACCEPT } });
    expect(other.status).toBe(418);
  });

  it('preloads every example of examples/ in the page', async () => {
    const html = await (await fetch(`${emulator.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const config = configOf(html);
    const examples = loadExamples();
    expect(config.examples.map((e) => e.name)).toEqual(examples.map((e) => e.name));
    // The five read examples come first; the mutation examples (06 on) follow them.
    expect(config.examples.map((e) => e.title).slice(0, 5)).toEqual([
      'Profile card',
      'Team view',
      'Org chart',
      'Directory page',
      'Search by name',
    ]);
    for (const example of config.examples) {
      expect(example.query).toMatch(new RegExp(`(query|mutation|subscription) ${example.operationName}\\b`));
      expect(example.description.length).toBeGreaterThan(20);
    }
    expect(config.examples.find((e) => e.name === '02-team-view')?.variables).toMatch(/"memberId": "[\w-]+"/);
    expect(config.examples.find((e) => e.name === '01-profile-card')?.variables).toBe('');
  });

  it('in emulator mode needs no token and says so', async () => {
    const html = await (await fetch(`${emulator.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const config = configOf(html);
    expect(config.emulatorMode).toBe(true);
    expect(config.defaultHeaders).toBe('');
    expect(html).toContain('<strong>Emulator mode</strong>: no token needed');
    expect(html).not.toContain('Bearer &lt;token&gt;');
  });

  it('otherwise prefills the headers editor with a bearer token template and says where to set it', async () => {
    const html = await (await fetch(`${remote.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const config = configOf(html);
    expect(config.emulatorMode).toBe(false);
    expect(JSON.parse(config.defaultHeaders)).toEqual({ Authorization: 'Bearer <token>' });
    expect(html).toContain('A bearer token is needed.');
    expect(html).toContain('Open <strong>Headers</strong>');
  });

  it('serves every asset the page references, with its content type', async () => {
    const html = await (await fetch(`${emulator.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const assets = referencedUrls(html).filter((u) => u.startsWith('/graphql/ide/'));
    expect(assets.sort()).toEqual(
      [
        '/graphql/ide/graphiql.min.css',
        '/graphql/ide/graphiql.min.js',
        '/graphql/ide/graphql-ws.min.js',
        '/graphql/ide/ide.css',
        '/graphql/ide/ide.js',
        '/graphql/ide/react-dom.production.min.js',
        '/graphql/ide/react.production.min.js',
      ].sort(),
    );
    for (const asset of assets) {
      const response = await fetch(`${emulator.base}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        asset.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
  });

  it('serves the prebuilt React 18 and GraphiQL UMD builds straight from node_modules', async () => {
    const react = await (await fetch(`${emulator.base}/graphql/ide/react.production.min.js`)).text();
    expect(react).toContain('18.3.');
    const graphiql = await (await fetch(`${emulator.base}/graphql/ide/graphiql.min.js`)).text();
    expect(graphiql).toContain('.GraphiQL=');
    expect(graphiql).toContain('sourceMappingURL=index.umd.js.map');
    const map = await fetch(`${emulator.base}/graphql/ide/index.umd.js.map`);
    expect(map.status).toBe(200);
    expect(assetNames()).toContain('index.umd.js.map');
  });

  it('answers 304 to a matching ETag and gzips for clients that accept it', async () => {
    const first = await fetch(`${emulator.base}/graphql/ide/ide.js`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const plain = Buffer.from(await first.arrayBuffer());
    const again = await fetch(`${emulator.base}/graphql/ide/ide.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // Node's fetch decodes gzip itself; ask over raw http to see the encoded bytes.
    const gz = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${emulator.base}/graphql/ide/ide.js`, { headers: { 'accept-encoding': 'gzip, deflate' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
  });

  it('serves only the listed assets', async () => {
    for (const path of [
      '/graphql/ide/nope.js',
      '/graphql/ide/%2e%2e%2fpackage.json',
      '/graphql/ide/',
      '/graphql/ide/toString',
    ]) {
      const response = await fetch(`${emulator.base}${path}`);
      expect(response.status).toBe(404);
    }
    // A dot segment is resolved by the URL parser before routing, so it never reaches the asset table.
    const dots = await fetch(`${emulator.base}/graphql/ide/../../package.json`);
    expect(dots.status).toBe(418);
  });

  it('serves Apollo Sandbox at /sandbox, loaded from the Apollo CDN, pointed at the endpoint', async () => {
    const response = await fetch(`${remote.base}/sandbox`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(referencedUrls(html)).toEqual(expect.arrayContaining([SANDBOX_SCRIPT_URL, '/graphql/ide/sandbox.js']));
    expect(html).toContain('you may be offline');
    expect(configOf(html).endpoint).toBe('/graphql');
    const script = await fetch(`${remote.base}/graphql/ide/sandbox.js`);
    expect(await script.text()).toContain('new window.EmbeddedSandbox');
  });

  it('serves the IDE at the path of an absolute endpoint and lets the page reach that origin', async () => {
    const custom = await serve({ endpoint: 'http://api.example.test:4000/gql', emulatorMode: true, examples: [] });
    try {
      const response = await fetch(`${custom.base}/gql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain(
        "connect-src 'self' http://api.example.test:4000",
      );
      const html = await response.text();
      expect(html).toContain('src="/gql/ide/ide.js"');
      expect(configOf(html).examples).toEqual([]);
      expect((await fetch(`${custom.base}/gql/ide/ide.css`)).status).toBe(200);
      expect((await fetch(`${custom.base}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(418);
    } finally {
      await custom.close();
    }
  });
});

describe('page helpers', () => {
  it('keeps JSON inside a script element from closing it', () => {
    const json = jsonForScript({ query: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ query: '</script><script>alert(1)</script> & <!-- \u2028' });
  });
});

describe('example files', () => {
  it('take the title and description from the leading comment', () => {
    const example = parseExample(
      'x',
      '# My title\n#\n# Line one\n# line two.\n#\n# Second paragraph.\nquery Mine { me { id } }\n',
    );
    expect(example).toMatchObject({
      name: 'x',
      title: 'My title',
      description: 'Line one line two.\n\nSecond paragraph.',
      operationName: 'Mine',
      operationType: 'query',
    });
  });

  it.each([
    ['query Mine { me { id } }', /must start with a "# Title" comment line/],
    ['# T\n{ me { id } }', /exactly one named operation/],
    ['# T\nquery A { me { id } }\nquery B { me { id } }', /exactly one named operation/],
  ])('reject %j', (text, message) => {
    expect(() => parseExample('bad', text)).toThrow(message);
  });
});
