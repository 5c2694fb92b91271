/**
 * Differential test: every read field of the schema against the REST answer of the route it wraps, on
 * the same emulator with the same token. Driven by introspection (test/differential/walk.ts): each User
 * field in every argument variant its argument types generate, and each Query field that wraps a route,
 * for a seeded sample of users (the emulator's fixture users and random ones), asked alone, all together,
 * batched (every subject in one operation), nested (under manager, directReports, superiors and the three
 * lists of adjacents), through `users(ids:)`, and again with the emulator dropping every expand. Prints
 * its totals: checks, matched, leaf values.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  type GraphQLField,
  type GraphQLObjectType,
  parse,
  type IntrospectionQuery,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { mulberry32 } from '../../emulator/prng.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { executeUntyped, expectData, present } from '../helpers/operations.js';
import { check, newTally, Rest, type Parent, type Tally } from './oracle.js';
import { argVariants, render, selectionOf, wrapsOf, type KnownValues, type Sel } from './walk.js';

const TOKEN = 'differential-token';
const SEED = 18;
/** Random subjects besides the fixture users (kept modest: the test runs in CI on two cores). */
const RANDOM_SUBJECTS = 4;
/** How many users of each nested list get their own fields checked. */
const NESTED_PER_LIST = 2;

type Field = GraphQLField<unknown, unknown>;
type Json = Record<string, unknown>;

let h: Harness;
let rest: Rest;
let userType: GraphQLObjectType;
let queryType: GraphQLObjectType;
let subjects: string[];
let fixtures: Json & {
  richUser: string;
  managerOfManagers: string;
  deepUser: string;
  headOfOrg: string;
  deletedUser: string;
  inactiveUser: string;
  geolocationClientIds: string[];
  divisions: { home: string };
};
let userSels: Sel[];
const totals: Record<string, Tally> = {};

beforeAll(async () => {
  h = await startHarness({
    emulator: { users: 200, seed: SEED },
    // The operations here are deliberately huge (every field of every subject at once): lift the query limits.
    env: {
      MAX_QUERY_DEPTH: '40',
      MAX_ALIASES: '100000',
      MAX_ROOT_FIELDS: '1000',
      MAX_QUERY_TOKENS: '1000000',
      MAX_QUERY_FIELDS: '1000000',
      MAX_BODY_BYTES: String(20 * 1024 * 1024),
      MAX_UPSTREAM_CALLS_ESTIMATE: '1000000',
      MAX_UPSTREAM_CALLS_PER_OPERATION: '1000000',
    },
  });
  rest = new Rest(h.emulator.url, TOKEN);
  // graphql-js's own introspection document, typed by graphql-js (the answer is an IntrospectionQuery).
  const introspection: TypedDocumentNode<IntrospectionQuery, Record<string, never>> = parse(
    getIntrospectionQuery({ descriptions: true }),
  );
  const schema = buildClientSchema(await expectData(h, introspection, undefined, { token: TOKEN }));
  userType = schema.getType('User') as GraphQLObjectType;
  queryType = present(schema.getQueryType(), 'the query type');
  fixtures = (await (await fetch(`${h.emulator.url}/__emulator/fixtures`)).json()) as typeof fixtures;

  const all = (
    await rest.request('GET', '/api/v2/users', [
      ['pageSize', '500'],
      ['state', 'any'],
    ])
  ).body as { entities: Json[] };
  const userIds = new Set(all.entities.filter((u) => u.state !== 'deleted').map((u) => u.id));
  const fixtureUsers = Object.values(fixtures).filter((v): v is string => typeof v === 'string' && userIds.has(v));
  const candidates = all.entities
    .filter((u) => u.state !== 'deleted' && !fixtureUsers.includes(u.id as string))
    .map((u) => u.id as string);
  const random = mulberry32(SEED);
  const picked: string[] = [];
  while (picked.length < RANDOM_SUBJECTS && candidates.length)
    picked.push(candidates.splice(Math.floor(random() * candidates.length), 1)[0]);
  subjects = [...new Set([...fixtureUsers, ...picked])];

  const known: KnownValues = { clientIds: fixtures.geolocationClientIds, divisionIds: [fixtures.divisions.home] };
  userSels = Object.values(userType.getFields()).flatMap((field, i) =>
    argVariants(field, known).map((args, j) => ({ key: `f${i}_${j}`, field, args, children: selectionOf(field.type) })),
  );
}, 120_000);

afterAll(async () => {
  const sum = Object.values(totals).reduce(
    (a, t) => ({ checks: a.checks + t.checks, matched: a.matched + t.matched, leaves: a.leaves + t.leaves }),
    { checks: 0, matched: 0, leaves: 0 },
  );
  const lines = Object.entries(totals).map(
    ([mode, t]) =>
      `  ${mode.padEnd(28)} ${String(t.checks).padStart(6)} checks ${String(t.matched).padStart(6)} matched ${String(t.leaves).padStart(8)} leaf values`,
  );
  console.log(
    [
      `differential: ${subjects?.length ?? 0} subjects, ${userSels?.length ?? 0} User field variants, ${rest?.calls ?? 0} REST reads`,
      ...lines,
      `  ${'total'.padEnd(28)} ${String(sum.checks).padStart(6)} checks ${String(sum.matched).padStart(6)} matched ${String(sum.leaves).padStart(8)} leaf values`,
    ].join('\n'),
  );
  const kinds = new Map<string, number>();
  for (const t of Object.values(totals)) {
    for (const m of t.mismatches) {
      const kind = m
        .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')
        .replace(/\[\d+\]/g, '[]')
        .replace(/: gateway .*|(^error [^:]*):.*/, '$1');
      const key = kind.startsWith('error ') ? kind : kind.replace(/^\S+ <id>/, '').replace(/^[^.]*\./, '');
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
  }
  if (kinds.size) console.log(`disagreements by field:\n${[...kinds].map(([k, n]) => `  ${n} × ${k}`).join('\n')}`);
  await h?.close();
});

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs a document generated from the introspected schema (untyped: it exists only at run time). */
async function run(query: string): Promise<{ data: Json; errors: unknown[] }> {
  const result = await executeUntyped(h, query, undefined, { token: TOKEN });
  return { data: isJson(result.data) ? result.data : {}, errors: result.errors ?? [] };
}

const tallyOf = (mode: string): Tally => (totals[mode] ??= newTally());

/** The REST user (plain), the parent of a subject's plain fields. */
const parentOf = async (id: string): Promise<Parent> => ({ userId: id, rest: await rest.user(id) });

/** Checks every User field variant of one user object of a GraphQL answer. */
async function checkUser(
  gql: Json | null | undefined,
  id: string,
  where: string,
  tally: Tally,
  sels = userSels,
): Promise<void> {
  const parent = await parentOf(id);
  for (const sel of sels) {
    await check(
      rest,
      sel,
      gql ? gql[sel.key] : undefined,
      parent,
      `${where}.${sel.field.name}(${JSON.stringify(sel.args)})`,
      tally,
    );
  }
}

const withoutPaging = ({ pageSize: _size, pageNumber: _number, ...rest }: Json): Json => rest;

/** GraphQL errors count as disagreements: `error CODE at path` (aliases named by their field), message after. */
function report(tally: Tally, errors: unknown[]): void {
  const aliases = new Map(userSels.map((s) => [s.key, s.field.name]));
  for (const error of errors as Array<{
    message?: string;
    path?: Array<string | number>;
    extensions?: { code?: string };
  }>) {
    const path = (error.path ?? []).map((p) => (typeof p === 'number' ? '[]' : (aliases.get(p) ?? p))).join('.');
    tally.mismatches.push(`error ${error.extensions?.code ?? ''} at ${path}: ${String(error.message).slice(0, 200)}`);
  }
}

function expectAgreement(tally: Tally): void {
  expect({ mismatches: tally.mismatches.slice(0, 25), count: tally.mismatches.length }).toEqual({
    mismatches: [],
    count: 0,
  });
  expect(tally.checks).toBeGreaterThan(0);
}

describe('every User field equals its REST answer', () => {
  it('asked alone: one field variant per operation, for the richest user and two others drawn per variant', async () => {
    const tally = tallyOf('alone');
    const random = mulberry32(SEED + 1);
    for (const sel of userSels) {
      const others = subjects.filter((id) => id !== fixtures.richUser);
      const drawn = [0, 1].map(() => others.splice(Math.floor(random() * others.length), 1)[0]);
      for (const id of [fixtures.richUser, ...drawn]) {
        const { data, errors } = await run(`{ user(id: "${id}") { id ${render([sel])} } }`);
        report(tally, errors);
        await checkUser(data.user as Json, id, `alone ${id}`, tally, [sel]);
      }
    }
    expectAgreement(tally);
  }, 600_000);

  it('all together: every field variant of a user in one operation, the caller (me) included', async () => {
    const tally = tallyOf('together');
    for (const id of subjects) {
      const { data, errors } = await run(`{ user(id: "${id}") { id ${render(userSels)} } }`);
      report(tally, errors);
      await checkUser(data.user as Json, id, `together ${id}`, tally);
    }
    const { data, errors } = await run(`{ me { id ${render(userSels)} } }`);
    report(tally, errors);
    const me = (await rest.request('GET', '/api/v2/users/me')).body as Json;
    await checkUser(data.me as Json, me.id as string, 'together me', tally);
    expectAgreement(tally);
  }, 600_000);

  it('batched: every subject in one operation', async () => {
    const tally = tallyOf('batched');
    const { data, errors } = await run(
      `{ ${subjects.map((id, i) => `s${i}: user(id: "${id}") { id ${render(userSels)} }`).join(' ')} }`,
    );
    report(tally, errors);
    for (const [i, id] of subjects.entries()) await checkUser(data[`s${i}`] as Json, id, `batched ${id}`, tally);
    expectAgreement(tally);
  }, 600_000);

  it('nested under manager, directReports, superiors and adjacents', async () => {
    await checkNested(tallyOf('nested'), [fixtures.deepUser, fixtures.managerOfManagers]);
  }, 600_000);

  it('through users(ids:)', async () => {
    await checkUsersByIds(tallyOf('users(ids:)'));
  }, 600_000);

  it('with the emulator dropping the expands (all together, batched, nested, users(ids:))', async () => {
    const knobs = `${h.emulator.url}/__emulator/knobs`;
    await fetch(knobs, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dropExpands: dropAll() }),
    });
    rest.clear();
    try {
      const tally = tallyOf('expands dropped');
      const { data, errors } = await run(
        `{ ${subjects.map((id, i) => `s${i}: user(id: "${id}") { id ${render(userSels)} }`).join(' ')} }`,
      );
      report(tally, errors);
      for (const [i, id] of subjects.entries()) await checkUser(data[`s${i}`] as Json, id, `dropped ${id}`, tally);
      await checkNested(tally, [fixtures.deepUser]);
      await checkUsersByIds(tally);
      expectAgreement(tally);
    } finally {
      await fetch(knobs, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ dropExpands: [] }),
      });
      rest.clear();
    }
  }, 600_000);
});

/**
 * Every expand value the User fields name (read from the schema's descriptions, like everything here)
 * but the sub-values (`authorization.unusedRoles`): the upstream then honours part of an expand, the
 * case where a fallback must complete what came rather than take it as whole.
 */
function dropAll(): string[] {
  const values = new Set<string>();
  for (const field of Object.values(userType.getFields())) {
    for (const m of (field.description ?? '').matchAll(/expand=([A-Za-z.]+[A-Za-z])/g))
      if (!m[1].includes('.')) values.add(m[1]);
  }
  return [...values];
}

/**
 * Users with a manager, reports and superiors: every field of every nested user is read, so a few
 * subjects suffice (the deepest user, a manager of managers, the richest user).
 */
async function checkNested(tally: Tally, nestedSubjects: readonly string[]): Promise<void> {
  const lists = ['directReports', 'superiors'] as const;
  for (const id of nestedSubjects) {
    const body = render(userSels);
    const { data, errors } = await run(
      `{ user(id: "${id}") { id manager { id ${body} } directReports { id ${body} } superiors { id ${body} } adjacents { superiors { id ${body} } siblings { id ${body} } directReports { id ${body} } } } }`,
    );
    report(tally, errors);
    const user = data.user as Json | null;
    const api = await rest.user(id);
    const managerId = (api?.manager as Json | undefined)?.id as string | undefined;
    if (managerId) await checkUser(user?.manager as Json, managerId, `nested ${id}.manager`, tally);
    for (const list of lists) {
      const apiList = ((await rest.request('GET', `/api/v2/users/${id}/${list.toLowerCase()}`)).body ?? []) as Json[];
      for (const [i, u] of apiList.slice(0, NESTED_PER_LIST).entries()) {
        await checkUser(
          ((user?.[list] as Json[] | undefined) ?? [])[i],
          u.id as string,
          `nested ${id}.${list}[${i}]`,
          tally,
        );
      }
    }
    const adjacents = (await rest.request('GET', `/api/v2/users/${id}/adjacents`)).body as Record<
      string,
      Json[] | undefined
    >;
    for (const list of ['superiors', 'siblings', 'directReports']) {
      for (const [i, u] of (adjacents?.[list] ?? []).slice(0, NESTED_PER_LIST).entries()) {
        const gqlList = ((user?.adjacents as Json | undefined)?.[list] as Json[] | undefined) ?? [];
        await checkUser(gqlList[i], u.id as string, `nested ${id}.adjacents.${list}[${i}]`, tally);
      }
    }
  }
  expectAgreement(tally);
}

async function checkUsersByIds(tally: Tally): Promise<void> {
  const { data, errors } = await run(
    `{ users(ids: [${subjects.map((id) => `"${id}"`).join(', ')}], pageSize: 100) { entities { id ${render(userSels)} } } }`,
  );
  report(tally, errors);
  const entities = ((data.users as Json | undefined)?.entities ?? []) as Json[];
  const api = (
    await rest.request('GET', '/api/v2/users', [
      ...subjects.map((id): [string, string] => ['id', id]),
      ['pageSize', '100'],
    ])
  ).body as { entities: Json[] };
  tally.checks++;
  tally.leaves++;
  const gotIds = entities.map((e) => e.id);
  const apiIds = api.entities.map((e) => e.id);
  if (JSON.stringify(gotIds) === JSON.stringify(apiIds)) tally.matched++;
  else tally.mismatches.push(`users(ids:) ids: gateway ${JSON.stringify(gotIds)}, API ${JSON.stringify(apiIds)}`);
  for (const entity of entities)
    await checkUser(entity, entity.id as string, `users(ids:) ${String(entity.id)}`, tally);
}

describe('every Query field that wraps a route equals its REST answer', () => {
  it('in every argument variant, each asked alone', async () => {
    const tally = tallyOf('Query fields');
    const interval = '2026-11-01T00:00:00.000Z/2026-11-02T00:00:00.000Z';
    const search = {
      pageSize: 3,
      sortBy: 'name',
      sortOrder: 'ASC',
      query: [{ type: 'CONTAINS', fields: ['name'], value: 'a' }],
    };
    const searched = (await rest.request('POST', '/api/v2/users/search', [], search)).body as { nextPage: string };
    const filter = { type: 'or', predicates: subjects.slice(0, 3).map((id) => ({ dimension: 'userId', value: id })) };
    // Values for required arguments, by argument type: the one thing a new field may need added here.
    const required: Record<string, unknown[]> = {
      ID: [...subjects.slice(0, 3), fixtures.inactiveUser, '00000000-0000-4000-8000-000000000000'],
      String: [new URLSearchParams(searched.nextPage.split('?')[1]).get('q64')],
      UserSearchRequestInput: [
        search,
        { ...search, pageNumber: 2, expand: ['presence', 'routingStatus'] },
        { ...search, sortOrder: 'DESC', sortBy: 'email' },
      ],
      AggregationQueryInput: [{ interval, groupBy: ['userId'], metrics: ['tSystemPresence'], filter }],
      UserDetailsQueryInput: [{ interval, paging: { pageSize: 5, pageNumber: 1 } }],
      ObservationQueryInput: [{ metrics: ['oUserPresences'], filter }],
    };
    const known: KnownValues = { clientIds: fixtures.geolocationClientIds, divisionIds: [fixtures.divisions.home] };
    const uncovered: string[] = [];
    for (const field of Object.values(queryType.getFields()) as Field[]) {
      if (!wrapsOf(field, {})) continue;
      const needs = field.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
      let bases: Array<Record<string, unknown>> = [{}];
      // A connection pages with first/after: its request carries no paging of its own.
      const pagesItself = field.args.some((a) => a.name === 'first');
      for (const arg of needs) {
        const type = getNamedType(arg.type);
        const named = isEnumType(type) ? type.getValues().map((v) => v.value as unknown) : required[type.name];
        // A list argument gets them all at once.
        const values = (named && isListType(getNullableType(arg.type)) ? [named] : named)?.map((v) =>
          pagesItself && v && typeof v === 'object' && !Array.isArray(v) ? withoutPaging(v as Json) : v,
        );
        if (!values) uncovered.push(`${field.name}(${arg.name}: ${arg.type.toString()})`);
        bases = bases.flatMap((b) => (values ?? []).map((v) => ({ ...b, [arg.name]: v })));
      }
      const optional = argVariants(field, known).filter(
        (v) => !Object.keys(v).some((k) => needs.some((n) => n.name === k)),
      );
      if (field.args.some((a) => a.name === 'ids'))
        optional.push({ ids: [...subjects.slice(0, 3), fixtures.inactiveUser] });
      const stateArg = field.args.find((a) => a.name === 'state');
      const stateType = stateArg && getNamedType(stateArg.type);
      if (field.args.some((a) => a.name === 'ids') && isEnumType(stateType)) {
        for (const state of stateType.getValues())
          optional.push({ ids: [...subjects.slice(0, 3), fixtures.inactiveUser], state: state.value });
      }
      for (const [b, base] of bases.entries()) {
        for (const [v, variant] of optional.entries()) {
          const args = { ...base, ...variant };
          // Once per field, the users it returns also select every field an expand embeds: the gateway then
          // adds expands to its call, which must not change what the route answers (page tokens, URIs).
          for (const richUsers of b === 0 && v === 0 ? [false, true] : [false]) {
            const sel: Sel = { key: field.name, field, args, children: selectionOf(field.type, 5, richUsers) };
            const { data, errors } = await run(`{ ${render([sel])} }`);
            report(tally, errors);
            const label = `Query.${field.name}(${JSON.stringify(args).slice(0, 200)})${richUsers ? " with users' expand fields" : ''}`;
            await check(rest, sel, data[field.name], {}, label, tally);
          }
        }
      }
    }
    expect(uncovered).toEqual([]);
    expectAgreement(tally);
  }, 600_000);
});
