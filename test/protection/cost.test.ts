/**
 * The cost model on the real schema: which fields call upstream (their `@cost` and the User field table), the
 * estimate of classic operations (each figure worked out in the test name), and the model's
 * behaviour on fragments, aliases, directives, introspection, federation entities and mutations.
 */
import {
  buildSchema as buildSdlSchema,
  getIntrospectionQuery,
  getOperationAST,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLID,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
  parse,
  validate,
} from 'graphql';
import { SUB_LISTING_MAX_PAGE_SIZE } from '../../src/loaders/paging.js';
import { listSizeOf } from '../../src/graph/demand-control.js';
import { callKindOf, CostModel, type CallKind, type CostOptions } from '../../src/protection/cost.js';
import { measureOperation } from '../../src/protection/shape.js';
import { abusive, defaults, estimate, nested, schema } from './helpers.js';

function kindOf(coordinate: string): CallKind {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`${coordinate} is not in the schema`);
  return callKindOf(type, field);
}

describe('which fields call upstream, read from the schema and the field table', () => {
  it.each<[string, CallKind]>([
    ['Query.me', 'per-parent'],
    ['Query.users', 'per-parent'],
    ['Query.user', 'batched'],
    ['Query._entities', 'batched'],
    ['User.manager', 'batched'],
    ['User.presence', 'batched'],
    ['User.directReports', 'per-parent'],
    ['User.routingStatus', 'batched'],
    ['User.station', 'batched'],
    ['User.callForwarding', 'per-parent'],
    ['User.geolocation', 'per-parent'],
    ['User.skills', 'per-parent-all-pages'],
    ['User.skillsPage', 'per-parent'],
    ['User.favorites', 'per-parent-all-pages'],
    ['User.name', 'none'],
    ['UserMe.directReports', 'none'],
    ['UserEntityListing.entities', 'none'],
  ])('%s: %s', (coordinate, kind) => {
    expect(kindOf(coordinate)).toBe(kind);
  });

  it('costs every field whose description says it wraps a route, on every root type', () => {
    const uncosted: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (
          /\bWraps (GET|POST|PUT|PATCH|DELETE) \//.test(field.description ?? '') &&
          callKindOf(type, field) === 'none'
        ) {
          uncosted.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(uncosted).toEqual([]);
  });
});

describe('estimates of real operations', () => {
  it.each<[string, string, Record<string, unknown>, number]>([
    ['one root call', '{ me { name title } }', {}, 1],
    ['the manager: one batched load', '{ me { manager { name } } }', {}, 2],
    [
      'directReports of directReports: 1 + 1 + 10 (assumed list)',
      '{ me { directReports { directReports { name } } } }',
      {},
      12,
    ],
    [
      '500 users with managers: 1 + ceil(500/100) bulk calls',
      '{ users(pageSize: 500) { entities { manager { name } } } }',
      {},
      6,
    ],
    [
      'pageSize clamped to the documented maximum 500',
      '{ users(pageSize: 5000) { entities { manager { name } } } }',
      {},
      6,
    ],
    [
      'the default page of 25, call forwarding each: 1 + 25',
      '{ users { entities { callForwarding { enabled } } } }',
      {},
      26,
    ],
    [
      'pageSize from a variable: 1 + 40',
      'query($n: Int) { users(pageSize: $n) { entities { callForwarding { enabled } } } }',
      { n: 40 },
      41,
    ],
    [
      'an expand-only field: one bulk re-read per 100 users',
      '{ users(pageSize: 250) { entities { presence { modifiedDate } } } }',
      {},
      4,
    ],
    [
      'fields an expand embeds: at most one bulk re-read per expand and 100 users, 1 + 1 + 1',
      '{ users(pageSize: 100) { entities { routingStatus { status } station { effectiveStation { id } } } } }',
      {},
      3,
    ],
    ['all pages of a sub-listing: one page of 100 per user', '{ me { skills { name } languages { name } } }', {}, 3],
    [
      'managers of 100 users’ reports arrive in 100 separate responses: 1 + 100 + 100',
      '{ users(pageSize: 100) { entities { directReports { manager { name } } } } }',
      {},
      201,
    ],
    [
      'search: pageSize inside the input object, 1 + 50',
      '{ searchUsers(request: { pageSize: 50, query: [{ type: EXACT, fields: ["name"], value: "x" }] }) { results { callForwarding { enabled } } } }',
      {},
      51,
    ],
    [
      'a q64 page has no page size: the cap, 1 + 100',
      '{ searchUsersByQ64(q64: "abc") { results { callForwarding { enabled } } } }',
      {},
      101,
    ],
    [
      'the me-only expands ride on the one /users/me call',
      '{ meDetails { directReports { name } favorites { name } superiors { name } } }',
      {},
      1,
    ],
    [
      'fields merged across fragments are fetched once',
      '{ me { ...A ...B } } fragment A on User { directReports { id } } fragment B on User { directReports { name } }',
      {},
      2,
    ],
    [
      'aliases of one field count separately (conservative)',
      '{ me { a: directReports { id } b: directReports { id } } }',
      {},
      3,
    ],
    [
      '@skip with a known true condition is not counted',
      'query($s: Boolean!) { me { name directReports @skip(if: $s) { id } } }',
      { s: true },
      1,
    ],
    [
      '@skip with a known false condition is counted',
      'query($s: Boolean!) { me { name directReports @skip(if: $s) { id } } }',
      { s: false },
      2,
    ],
    ['__typename is free', '{ __typename me { __typename } }', {}, 1],
    [
      'directReports nested 8 deep: 1 + 1 + 10 + … + 10^7',
      `{ me { ${nested('directReports', 8, 'name')} } }`,
      {},
      11_111_112,
    ],
  ])('%s = %d', (_name, query, variables, expected) => {
    expect(estimate(query, variables)).toBe(expected);
  });

  it('federation entities: ceil(n/100) bulk calls for n representations, then per-entity fields', () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { name directReports { id } } } }';
    const reps = (n: number) => ({ r: Array.from({ length: n }, (_, i) => ({ __typename: 'User', id: `u${i}` })) });
    expect(estimate(query, reps(5))).toBe(1 + 5);
    expect(estimate(query, reps(250))).toBe(3 + 250);
  });

  it('introspection costs nothing', () => {
    expect(estimate(getIntrospectionQuery())).toBe(0);
    expect(estimate('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toBe(0);
  });

  it('never loops on a fragment cycle, though validation rejects it anyway', () => {
    const document = parse(abusive.fragmentCycle);
    const operation = getOperationAST(document)!;
    expect(model().estimate(document, operation)).toBeGreaterThan(0);
    expect(measureOperation(document, operation).depth).toBe(3);
  });

  it('measures a fragment bomb without expanding it', () => {
    const document = parse(abusive.fragmentBomb);
    const shape = measureOperation(document, getOperationAST(document)!);
    // me + 4 + 4^2 + … + 4^8 fields, and the 4^8 leaves
    expect(shape.fields).toBe(1 + (4 ** 9 - 4) / 3 + 4 ** 8);
    expect(shape.depth).toBe(10);
  });

  it('measures a bomb of 4^20 leaves (about 10^12 selections: expanding it would never end)', () => {
    const bomb = [
      '{ me { ...F0 } }',
      ...Array.from({ length: 20 }, (_, i) => {
        const inner = i < 19 ? `...F${i + 1}` : 'id';
        return `fragment F${i} on User { ${['manager', 'directReports', 'superiors', 'favorites'].map((f) => `${f} { ${inner} }`).join(' ')} }`;
      }),
    ].join('\n');
    const document = parse(bomb);
    const shape = measureOperation(document, getOperationAST(document)!);
    expect(shape.fields).toBe(1 + (4 ** 21 - 4) / 3 + 4 ** 20);
    expect(shape.depth).toBe(22);
  });
});

describe('page sizes from Federation’s @listSize, not from descriptions', () => {
  /**
   * The fields that return a page (a listing with its `pageSize`, a connection with `edges`) or take a page size
   * (a `pageSize` or `first` argument, or an input object holding `pageSize`).
   */
  const pagedFields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })),
    )
    .filter(({ field }) => {
      const returned = getNamedType(field.type);
      if (isObjectType(returned) && ('pageSize' in returned.getFields() || 'edges' in returned.getFields()))
        return true;
      return field.args.some((arg) => {
        const input = getNullableType(arg.type);
        return (
          ['pageSize', 'first'].includes(arg.name) || (isInputObjectType(input) && 'pageSize' in input.getFields())
        );
      });
    });

  it('every field that takes a page size slices its lists by that argument, capped by assumedSize', () => {
    expect(pagedFields.length).toBe(17);
    for (const { coordinate, field } of pagedFields) {
      const listSize = listSizeOf(field);
      const page = getNamedType(field.type);
      const sizedLists = isObjectType(page)
        ? Object.values(page.getFields()).filter(
            (f) => isListType(getNullableType(f.type)) && isObjectType(getNamedType(f.type)),
          )
        : [];
      const slicing = ['first', 'pageSize'].find((name) => field.args.some((arg) => arg.name === name));
      expect([coordinate, listSize?.slicingArguments, listSize?.sizedFields]).toEqual([
        coordinate,
        slicing ? [slicing] : [],
        sizedLists.map((f) => f.name),
      ]);
    }
  });

  it('the caps are the upstream’s largest pages: 500 users, 100 of anything else', () => {
    const caps = Object.fromEntries(
      pagedFields.map(({ coordinate, field }) => [coordinate, listSizeOf(field)?.assumedSize]),
    );
    const sub = SUB_LISTING_MAX_PAGE_SIZE;
    expect(caps).toEqual({
      'Query.users': 500,
      'Query.usersConnection': 500,
      'Query.searchUsers': sub,
      'Query.searchUsersByQ64': sub,
      'Query.searchUsersConnection': sub,
      'Query.userProfiles': sub,
      'User.favoritesPage': sub,
      'User.queuesPage': sub,
      'User.skillsPage': sub,
      'User.languagesPage': sub,
      'User.trustorsPage': sub,
      'User.directReportsConnection': sub,
      'User.skillsConnection': sub,
      'User.languagesConnection': sub,
      'User.queuesConnection': sub,
      'User.favoritesConnection': sub,
      'User.trustorsConnection': sub,
    });
  });

  const sdl = `
    directive @cost(weight: Int!) on FIELD_DEFINITION
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    directive @federation__listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
    scalar JSON
    input Search { pageSize: Int, query: String }
    input Other { limit: Int }
    type Query {
      people(
        """How many (upstream maximum 7): prose, which the model does not read."""
        pageSize: Int = 5
      ): PersonPage @cost(weight: 1) @listSize(slicingArguments: ["pageSize"], sizedFields: ["entities"], assumedSize: 30)
      uncapped(pageSize: Int): PersonPage @cost(weight: 1) @listSize(slicingArguments: "pageSize", sizedFields: "entities")
      roster(first: Int, last: Int): [Person!] @cost(weight: 1) @listSize(slicingArguments: ["first", "last"], assumedSize: 40)
      search(request: Search, other: Other, raw: JSON): PersonPage @cost(weight: 1) @listSize(sizedFields: ["entities"], assumedSize: 60)
      replay(q: String): PersonPage @cost(weight: 1) @federation__listSize(sizedFields: ["entities"], assumedSize: 70)
      pages(first: Int): [PersonPage!] @cost(weight: 1) @listSize(slicingArguments: ["first"], sizedFields: ["entities"], assumedSize: 20)
      team: [Person!] @cost(weight: 1) @listSize(assumedSize: 3)
      crowd: [Person!] @cost(weight: 1) @listSize(assumedSize: 300)
      odd(size: Int): [Person!] @cost(weight: 1) @listSize(slicingArguments: [4], assumedSize: 300)
    }
    type PersonPage { entities: [Person!] extras: [Person!] pageSize: Int }
    type Person { id: ID! settings: Settings @cost(weight: 1) }
    type Settings { on: Boolean }
  `;
  const pagedSchema = buildSdlSchema(sdl);
  const pagedModel = new CostModel(pagedSchema, { assumedListSize: 10 });
  /** The estimate for one call that returns the listed people, and one `settings` call per person: 1 + people. */
  const people = (query: string, variables: Record<string, unknown> = {}): number => {
    const document = parse(query);
    const errors = validate(pagedSchema, document);
    if (errors.length) throw errors[0];
    const operation = getOperationAST(document)!;
    const coerced = getVariableValues(pagedSchema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) throw coerced.errors[0];
    return pagedModel.estimate(document, operation, coerced.coerced) - 1;
  };

  it.each<[string, string, Record<string, unknown>, number]>([
    ['the slicing argument’s default', '{ people { entities { settings { on } } } }', {}, 5],
    ['the slicing argument', '{ people(pageSize: 20) { entities { settings { on } } } }', {}, 20],
    [
      'above the cap: assumedSize, not the description’s 7',
      '{ people(pageSize: 45) { entities { settings { on } } } }',
      {},
      30,
    ],
    ['exactly the cap', '{ people(pageSize: 30) { entities { settings { on } } } }', {}, 30],
    ['null: the cap', '{ people(pageSize: null) { entities { settings { on } } } }', {}, 30],
    [
      'a variable left out: the default',
      'query($n: Int) { people(pageSize: $n) { entities { settings { on } } } }',
      {},
      5,
    ],
    [
      'a variable set to null: the cap',
      'query($n: Int) { people(pageSize: $n) { entities { settings { on } } } }',
      { n: null },
      30,
    ],
    ['below 1: one item', '{ people(pageSize: -3) { entities { settings { on } } } }', {}, 1],
    [
      'a list the directive does not size: the assumed list size',
      '{ people(pageSize: 20) { extras { settings { on } } } }',
      {},
      10,
    ],
    [
      'no assumedSize: the default cap (100); one slicing name given as a string',
      '{ uncapped(pageSize: 900) { entities { settings { on } } } }',
      {},
      100,
    ],
    ['…below it, that one slicing name’s value', '{ uncapped(pageSize: 7) { entities { settings { on } } } }', {}, 7],
    [
      'a list sliced by its own arguments: the largest of them',
      '{ roster(first: 3, last: 8) { settings { on } } }',
      {},
      8,
    ],
    ['…capped by its assumedSize', '{ roster(first: 90) { settings { on } } }', {}, 40],
    ['…and at the cap with no slicing value', '{ roster { settings { on } } }', {}, 40],
    [
      'no slicing argument: an input object’s pageSize',
      '{ search(request: { pageSize: 12 }) { entities { settings { on } } } }',
      {},
      12,
    ],
    ['…capped', '{ search(request: { pageSize: 120 }) { entities { settings { on } } } }', {}, 60],
    ['…no input object: the cap', '{ search { entities { settings { on } } } }', {}, 60],
    ['…a JSON value is no input object', '{ search(raw: { pageSize: 12 }) { entities { settings { on } } } }', {}, 60],
    [
      '…an input object without pageSize: the cap',
      '{ search(other: { limit: 12 }) { entities { settings { on } } } }',
      {},
      60,
    ],
    ['…null: the cap', '{ search(request: null) { entities { settings { on } } } }', {}, 60],
    [
      'a list of pages: the slice sizes each page, not the list (10 pages of 4)',
      '{ pages(first: 4) { entities { settings { on } } } }',
      {},
      40,
    ],
    ['the directive under its federation__ name', '{ replay(q: "x") { entities { settings { on } } } }', {}, 70],
    ['a plain list: its assumedSize when below the assumed list size', '{ team { settings { on } } }', {}, 3],
    ['a plain list: the assumed list size when below its assumedSize', '{ crowd { settings { on } } }', {}, 10],
    ['a slicing name that is no string is ignored: a plain list', '{ odd(size: 50) { settings { on } } }', {}, 10],
  ])('%s', (_name, query, variables, expected) => {
    expect(people(query, variables)).toBe(expected);
  });
});

describe('mutations: the same directives, whatever the mutation files hold', () => {
  const sdl = `
    directive @cost(weight: Int!) on FIELD_DEFINITION
    type Query { me: Person @cost(weight: 1) }
    type Mutation {
      updatePerson(id: ID!): Person @cost(weight: 1)
      addSkills(id: ID!): [Skill!] @cost(weight: 1)
      """Two calls: the version, then the write."""
      replacePerson(id: ID!): Person @cost(weight: 2)
      echo(value: String): String
    }
    type Person {
      id: ID!
      directReports: [Person!] @cost(weight: 1)
      manager: Person @cost(weight: 1)
    }
    type Skill { id: ID! }
  `;
  const mutationModel = new CostModel(buildSdlSchema(sdl), { assumedListSize: 10 });
  const cost = (query: string): number => {
    const document = parse(query);
    return mutationModel.estimate(document, getOperationAST(document)!);
  };

  it('each wrapped mutation field is a call, and what it returns is costed like a read', () => {
    expect(cost('mutation { echo(value: "x") }')).toBe(0);
    expect(cost('mutation { updatePerson(id: "1") { id } }')).toBe(1);
    expect(cost('mutation { updatePerson(id: "1") { manager { id } directReports { directReports { id } } } }')).toBe(
      1 + 1 + 1 + 10,
    );
    expect(cost('mutation { a: addSkills(id: "1") { id } b: addSkills(id: "2") { id } }')).toBe(2);
  });

  it('a weight above 1 counts that many calls per instance', () => {
    expect(cost('mutation { replacePerson(id: "1") { id } }')).toBe(2);
    expect(cost('mutation { replacePerson(id: "1") { directReports { id } } }')).toBe(2 + 1);
  });
});

describe('the edges each estimate turns on', () => {
  /** The estimate under other options (validated and coerced as the plugin does). */
  const estimateWith = (options: CostOptions, query: string, variables: Record<string, unknown> = {}): number => {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length) throw errors[0];
    const operation = getOperationAST(document)!;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) throw coerced.errors[0];
    return new CostModel(schema, options).estimate(document, operation, coerced.coerced);
  };

  it('an all-pages listing costs one call per page of 100: 250 skills are 3 pages, a plain list stays 1 call', () => {
    const options = { assumedListSize: 250 };
    expect(estimateWith(options, '{ me { skills { name } } }')).toBe(1 + 3);
    expect(estimateWith(options, '{ me { favorites { name } queues { name } trustors { id } } }')).toBe(1 + 3 * 3);
    expect(estimateWith(options, '{ me { directReports { name } } }')).toBe(1 + 1);
    // Exactly one page of 100, and one more item starts a second page.
    expect(estimateWith({ assumedListSize: 100 }, '{ me { skills { name } } }')).toBe(1 + 1);
    expect(estimateWith({ assumedListSize: 101 }, '{ me { skills { name } } }')).toBe(1 + 2);
    // Pages follow the configured page size.
    expect(estimateWith({ assumedListSize: 250, defaultMaxPageSize: 50 }, '{ me { skills { name } } }')).toBe(1 + 5);
  });

  it.each<[string, string, Record<string, unknown>, number]>([
    ['@include(if: false) literal', '{ me { name directReports @include(if: false) { id } } }', {}, 1],
    ['@include(if: true) literal', '{ me { name directReports @include(if: true) { id } } }', {}, 2],
    [
      '@include with a known false condition',
      'query($i: Boolean!) { me { name directReports @include(if: $i) { id } } }',
      { i: false },
      1,
    ],
    [
      '@include with a known true condition',
      'query($i: Boolean!) { me { name directReports @include(if: $i) { id } } }',
      { i: true },
      2,
    ],
    [
      '@include(if: false) on a fragment spread',
      '{ me { ...R @include(if: false) } } fragment R on User { directReports { id } }',
      {},
      1,
    ],
    ['@skip(if: true) on an inline fragment', '{ me { ... @skip(if: true) { directReports { id } } } }', {}, 1],
  ])('%s', (_name, query, variables, expected) => {
    expect(estimate(query, variables)).toBe(expected);
  });

  it('a condition whose variable is unknown counts the selection (conservative)', () => {
    const document = parse('query($i: Boolean!) { me { directReports @include(if: $i) { id } } }');
    expect(model().estimate(document, getOperationAST(document)!, {})).toBe(2);
  });

  it.each<[string, string, number]>([
    ['a page size below 1 is one item', '{ users(pageSize: 0) { entities { callForwarding { enabled } } } }', 1 + 1],
    [
      'a Relay page is its `first`',
      '{ usersConnection(first: 7) { edges { node { callForwarding { enabled } } } } }',
      1 + 7,
    ],
    ['`first` above the cap is the cap (500)', '{ usersConnection(first: 900) { nodes { manager { id } } } }', 1 + 5],
    [
      'nodes(ids:): one item per id, one bulk call per 100',
      `{ nodes(ids: [${Array.from({ length: 150 }, (_, i) => `"u${i}"`).join(', ')}]) { ... on User { callForwarding { enabled } } } }`,
      2 + 150,
    ],
    ['nodes(ids: []) costs nothing', '{ nodes(ids: []) { ... on User { callForwarding { enabled } } } }', 0],
    [
      'nor does anything below no objects',
      '{ nodes(ids: []) { ... on User { directReports { manager { id } } } } }',
      0,
    ],
    ['an inline fragment without a type condition applies', '{ me { ... { directReports { id } } } }', 1 + 1],
    [
      'a fragment on an abstract type applies to the object (Node → User)',
      '{ me { ... on Node { ... on User { callForwarding { enabled } } } } }',
      1 + 1,
    ],
    [
      'a fragment on another object type does not apply',
      '{ meDetails { user { ... on User { id } } } me { ...M } } fragment M on User { directReports { id } }',
      1 + 1 + 1,
    ],
  ])('%s', (_name, query, expected) => {
    expect(estimate(query)).toBe(expected);
  });

  it('batches by the configured bulk size', () => {
    const query = '{ users(pageSize: 500) { entities { manager { name } } } }';
    expect(estimateWith({ assumedListSize: 10, bulkBatchSize: 50 }, query)).toBe(1 + 10);
    expect(estimateWith({ assumedListSize: 10 }, query)).toBe(1 + 5);
  });

  it('saturates instead of overflowing: 30 levels of directReports stay a finite, safe number', () => {
    const cost = estimate(`{ me { ${nested('directReports', 30, 'name')} } }`);
    expect(Number.isSafeInteger(cost)).toBe(true);
    expect(cost).toBeGreaterThanOrEqual(2 ** 50);
  });

  it.each<[string, string, number]>([
    ['a composite field without a selection: its own call', '{ me }', 1],
    [
      'an argument of the wrong type: the caps apply',
      '{ users(pageSize: "many") { entities { callForwarding { enabled } } } }',
      1 + 500,
    ],
    ['a fragment on an unknown type applies to nothing', '{ me { ... on Nope { directReports { id } } } }', 1],
  ])('a document validation would reject does not break the walk: %s', (_name, query, expected) => {
    const document = parse(query);
    expect(validate(schema, document)).not.toEqual([]);
    expect(model().estimate(document, getOperationAST(document)!)).toBe(expected);
  });

  it('a schema built in code, without SDL and so without directives, costs nothing', () => {
    const person: GraphQLObjectType = new GraphQLObjectType({
      name: 'Person',
      fields: () => ({ id: { type: GraphQLID }, reports: { type: new GraphQLList(person) } }),
    });
    const coded = new CostModel(new GraphQLSchema({ query: person }), { assumedListSize: 10 });
    const document = parse('{ id reports { reports { id } } }');
    expect(coded.estimate(document, getOperationAST(document)!)).toBe(0);
  });

  it('an operation type the schema lacks costs nothing', () => {
    const bare = new CostModel(buildSdlSchema('type Query { a: Int }'), { assumedListSize: 10 });
    const document = parse('mutation { a }');
    expect(bare.estimate(document, getOperationAST(document)!)).toBe(0);
  });
});

describe('abstract types and batched groups, on a small schema', () => {
  const sdl = `
    directive @cost(weight: Int!) on FIELD_DEFINITION
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
    interface Thing { id: ID! }
    interface Heavy { id: ID! load: Int }
    type A implements Thing & Heavy { id: ID! load: Int @cost(weight: 1) }
    type B implements Thing { id: ID! load: Int @cost(weight: 5) }
    type User { id: ID! manager: User @cost(weight: 1) peers: [User!] }
    type Query {
      thing: Thing
      users(first: Int): [User!] @cost(weight: 1) @listSize(slicingArguments: ["first"], assumedSize: 500)
    }
  `;
  const small = buildSdlSchema(sdl);
  const smallModel = new CostModel(small, { assumedListSize: 10 });
  const cost = (query: string): number => {
    const document = parse(query);
    const errors = validate(small, document);
    if (errors.length) throw errors[0];
    return smallModel.estimate(document, getOperationAST(document)!);
  };

  it.each<[string, string, number]>([
    ['each possible type costs only the fragments on it: A’s load, never B’s', '{ thing { ... on A { load } } }', 1],
    ['a fragment on an interface applies to its implementations only', '{ thing { ... on Heavy { load } } }', 1],
    ['…through a named fragment too', '{ thing { ...H } } fragment H on Heavy { load }', 1],
    ['without a fragment, the most expensive possible type', '{ thing { ... on A { load } ... on B { load } } }', 5],
    [
      // 250 users: 3 manager calls (3 responses); their 2,500 peers arrive in those 3 groups of 833:
      // 3 × ceil(833 / 100) = 27 more, not ceil(2,500 / 100) = 25.
      'a batched load arrives in as many groups as it made calls: 1 + 3 + 27',
      '{ users(first: 250) { manager { peers { manager { id } } } } }',
      1 + 3 + 27,
    ],
  ])('%s', (_name, query, expected) => {
    expect(cost(query)).toBe(expected);
  });
});

function model(): CostModel {
  return new CostModel(schema, { assumedListSize: defaults.assumedListSize });
}
