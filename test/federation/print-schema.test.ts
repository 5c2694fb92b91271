/**
 * `npm run schema:print` (scripts/print-schema.ts): the file it writes is what `rover subgraph publish` and
 * `rover supergraph compose` read, so it must compose (alone and with another subgraph) with no errors or
 * hints, and to the same supergraph as the SDL a router reads from `_service { sdl }`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphql, parse } from 'graphql';
import { DEFAULT_SDL_FILE, printSchemaTo, repoRoot, subgraphSdl } from '../../scripts/print-schema.js';
import { buildSchema } from '../../resolvers/index.js';
import { badgesTypeDefs } from './badges-subgraph.js';
import { compose } from './supergraph.js';

const USERGRAPH_URL = 'http://usergraph.test/graphql';

async function serviceSdl(): Promise<string> {
  const result = await graphql({ schema: buildSchema(), source: '{ _service { sdl } }' });
  expect(result.errors).toBeUndefined();
  return (result.data as { _service: { sdl: string } })._service.sdl;
}

describe('npm run schema:print', () => {
  it('is the package script, writing dist/usergraph.graphql by default', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['schema:print']).toBe('tsx scripts/print-schema.ts');
    expect(path.relative(repoRoot, DEFAULT_SDL_FILE)).toBe(path.join('dist', 'usergraph.graphql'));
  });

  it('writes the subgraph SDL to the file it is given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'usergraph-sdl-'));
    try {
      const file = printSchemaTo(path.join(dir, 'nested', 'usergraph.graphql'));
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(subgraphSdl());
      expect(text.startsWith('extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.9"')).toBe(true);
      expect(text).toMatch(/^type User implements Node\n {2}@key\(fields: "id"\)\n\{$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('composes alone with no errors and no hints, to the same supergraph as _service { sdl }', async () => {
    const printed = compose([{ name: 'usergraph', url: USERGRAPH_URL, typeDefs: parse(subgraphSdl()) }]);
    const introspected = compose([{ name: 'usergraph', url: USERGRAPH_URL, typeDefs: parse(await serviceSdl()) }]);
    expect(printed.hints).toEqual([]);
    expect(printed.supergraphSdl).toBe(introspected.supergraphSdl);
    expect(printed.supergraphSdl).toContain('@join__graph(name: "usergraph", url: "http://usergraph.test/graphql")');
  });

  it('composes with a subgraph that extends User, with no errors and no hints', () => {
    const composed = compose([
      { name: 'usergraph', url: USERGRAPH_URL, typeDefs: parse(subgraphSdl()) },
      { name: 'badges', url: 'http://badges.test/graphql', typeDefs: badgesTypeDefs },
    ]);
    expect(composed.hints).toEqual([]);
    expect(composed.supergraphSdl).toContain('@join__field(graph: BADGES, requires: "email")');
  });

  it('composes with a subgraph that owns a stub type, taking our fields over with @override (as the README says)', () => {
    const owner = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@override"])
      type Query { division(id: ID!): Division }
      type Division @key(fields: "id") {
        id: ID
        name: String @override(from: "usergraph")
        selfUri: String @override(from: "usergraph")
        homeCountry: String
      }
    `);
    const composed = compose([
      { name: 'usergraph', url: USERGRAPH_URL, typeDefs: parse(subgraphSdl()) },
      { name: 'divisions', url: 'http://divisions.test/graphql', typeDefs: owner },
    ]);
    expect(composed.hints.map((h) => h.split(':')[0])).toEqual([
      'OVERRIDDEN_FIELD_CAN_BE_REMOVED',
      'OVERRIDDEN_FIELD_CAN_BE_REMOVED',
    ]);
  });

  it('refuses a subgraph that owns a stub type but leaves our fields on it to us (we cannot resolve it by id)', () => {
    const owner = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { division(id: ID!): Division }
      type Division @key(fields: "id") { id: ID homeCountry: String }
    `);
    expect(() =>
      compose([
        { name: 'usergraph', url: USERGRAPH_URL, typeDefs: parse(subgraphSdl()) },
        { name: 'divisions', url: 'http://divisions.test/graphql', typeDefs: owner },
      ]),
    ).toThrow(/none of the @key defined on type "Division" in subgraph "usergraph" are resolvable/);
  });
});
