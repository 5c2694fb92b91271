/**
 * The document gate (src/protection/documents.ts) without HTTP: limits answer before validation, the verdict
 * cache keys on the normalised document, bounded validation reaches graphql's verdict, and the shapes that
 * made graphql's overlap rule quadratic merge down to a handful of selections.
 */
import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type InlineFragmentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { DocumentGate, validateBounded } from '../../src/protection/documents.js';
import { checkLiterals, checkVariables } from '../../src/protection/input.js';
import { mergedOperations } from '../../src/protection/overlap.js';
import { defaults, schema } from './helpers.js';

const gate = (): DocumentGate => new DocumentGate({ limits: defaults, introspection: true });

async function verdictOf(g: DocumentGate, source: string, hash = `hash-${source.length}-${source.charCodeAt(10)}`) {
  await g.prepare(schema, source, hash);
  const document = await g.documentStore.get(`schemahash:${hash}`);
  return { document, verdict: g.verdictOf(document) };
}

const repeat = (text: string, n: number): string => Array.from({ length: n }, () => text).join(' ');

describe('limits answer before validation', () => {
  it('4,990 repeats of one field, one of them unknown: QUERY_TOO_LARGE, not a validation error', async () => {
    const { verdict } = await verdictOf(gate(), `{ me { ${repeat('name', 4989)} noSuchField } }`);
    expect(verdict?.validationErrors).toBeUndefined();
    expect(verdict?.rejection?.extensions).toMatchObject({
      code: 'QUERY_TOO_LARGE',
      fields: { actual: 4991, limit: 2000 },
    });
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'a 2,000-character operation name',
      `query ${'N'.repeat(2000)} { me { id } }`,
      { code: 'OPERATION_NAME_TOO_LONG', operationName: { actual: 2000, limit: 256 } },
    ],
    [
      '20 aliased __schema fields',
      `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`,
      { code: 'TOO_MANY_INTROSPECTION_FIELDS', introspectionFields: { actual: 20, limit: 2 } },
    ],
    [
      '20 aliased _service fields',
      `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: _service { sdl }`).join(' ')} }`,
      { code: 'TOO_MANY_SERVICE_FIELDS', serviceFields: { actual: 20, limit: 1 } },
    ],
    [
      'a literal nested 500 lists deep',
      `{ users(ids: ${'['.repeat(500)}"x"${']'.repeat(500)}) { total } }`,
      { code: 'BAD_USER_INPUT', limit: { name: 'MAX_INPUT_DEPTH', limit: 20 } },
    ],
  ])('%s', async (_name, source, extensions) => {
    const { verdict } = await verdictOf(gate(), source);
    expect(verdict?.validationErrors).toBeUndefined();
    expect(verdict?.rejection?.extensions).toMatchObject(extensions);
  });

  it('a document within the limits gets a clean verdict, and an invalid one its validation errors', async () => {
    const g = gate();
    expect((await verdictOf(g, '{ me { name } }')).verdict).toEqual({});
    const invalid = (await verdictOf(g, '{ me { name nope } }')).verdict;
    expect(invalid?.validationErrors?.map((e) => e.message)).toEqual([
      'Cannot query field "nope" on type "User". Did you mean "name"?',
    ]);
  });

  it('a document that does not parse: GRAPHQL_PARSE_FAILED, remembered, so 5,001 tokens are parsed once', async () => {
    const g = gate();
    const { verdict } = await verdictOf(g, '{ me { name }');
    expect(verdict?.rejection?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(verdict?.rejection?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    const tooLong = `{ me { ${repeat('__typename', 5001)} } }`;
    expect((await verdictOf(g, tooLong, 'long')).verdict?.rejection?.message).toMatch(/5000 tokens\. Parsing aborted/);
    expect((await verdictOf(g, tooLong, 'long')).verdict?.rejection?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });
});

describe('the verdict cache keys on the normalised document', () => {
  it('whitespace, commas and comments do not get past it: one judgement, one document', async () => {
    const g = gate();
    const spellings = [
      '{ me { name manager { name } } }',
      '{me{name,manager{name}}}',
      '# a comment\n{\n  me {\n    name   # another\n    manager { name }\n  }\n}',
    ];
    const documents: Array<DocumentNode | undefined> = [];
    for (const [i, source] of spellings.entries()) documents.push((await verdictOf(g, source, `raw-${i}`)).document);
    expect(g.judged).toBe(1);
    expect(new Set(documents).size).toBe(1);
    // The same raw text again is a hash lookup: still one judgement.
    await verdictOf(g, spellings[1], 'raw-1');
    expect(g.judged).toBe(1);
  });

  it('is bounded by the size of what it holds, not by a count', async () => {
    const g = new DocumentGate({ limits: defaults, introspection: true, capacity: 100_000 });
    const big = (i: number): string => `{ user(id: "${String(i).repeat(40_000)}") { id } }`;
    for (let i = 0; i < 5; i++) await verdictOf(g, big(i), `big-${i}`);
    expect(g.judged).toBe(5);
    // Two of 40 KB fit in 100 KB: the first ones were forgotten, the last one is still there.
    await verdictOf(g, big(4), 'big-4-again');
    expect(g.judged).toBe(5);
    await verdictOf(g, big(0), 'big-0-again');
    expect(g.judged).toBe(6);
  });

  it('a known document respaced or commented is found by its tokens: no second parse', async () => {
    const g = gate();
    const fields = repeat('name', 1500);
    await verdictOf(g, `{ me { ${fields} } }`, 'first');
    for (let i = 0; i < 3; i++) await verdictOf(g, `# ${i}\n{me{${fields}}}`, `respaced-${i}`);
    expect({ parsed: g.parsed, judged: g.judged }).toEqual({ parsed: 1, judged: 1 });
  });

  it('documents whose token texts run together the same are still two documents', async () => {
    const g = gate();
    // The same characters once the tokens are joined: one key would hand one document's AST to the other.
    const one = await verdictOf(g, '{ users(ids: ["a", "b"]) { total } }', 'one');
    const two = await verdictOf(g, '{ users(ids: ["a\\", \\"b"]) { total } }', 'two');
    expect(g.judged).toBe(2);
    expect(one.document).not.toBe(two.document);
  });

  it('a rejected document is cached too: repeating it costs no second check', async () => {
    const g = gate();
    const source = `{ me { ${repeat('name', 2500)} } }`;
    await verdictOf(g, source, 'a');
    await verdictOf(g, `${source}\n# again`, 'b');
    expect(g.judged).toBe(1);
  });
});

describe('bounded validation gives graphql’s verdict', () => {
  const documents = [
    '{ me { name name } }',
    '{ me { n: name n: email } }',
    '{ user(id: "a") { id } user(id: "b") { id } }',
    '{ u: user(id: "a") { id } u: user(id: "a") { name } }',
    '{ me { manager { x: name } manager { x: email } } }',
    '{ me { ...A ...B } } fragment A on User { n: name } fragment B on User { n: email }',
    '{ me { ...A manager { id } } } fragment A on User { manager { name } }',
    '{ me { ... on User { n: name } ... on User { n: title } } }',
    '{ _entities(representations: []) { ... on User { x: name } ... on Division { x: name } } }',
    '{ _entities(representations: []) { ... on User { x: name } ... on Division { x: id } } }',
    '{ me { manager @include(if: true) { name } manager @skip(if: false) { email } } }',
    '{ users { entities { id } } users(pageSize: 5) { total } }',
    'query A { me { name } } query B { me { n: name n: title } }',
  ];
  // The same documents are valid, with as many errors; a conflict found below a merged field is reported at
  // the conflicting subfields rather than at their parents, so messages are compared where they must agree.
  it.each(documents)('%s', (source) => {
    const document = parse(source);
    const expected = validate(schema, document)
      .map((e) => e.message)
      .sort();
    const bounded = validateBounded(schema, document)
      .map((e) => e.message)
      .sort();
    expect(bounded.length).toBe(expected.length);
    if (!source.includes('manager { x:')) expect(bounded).toEqual(expected);
  });
});

describe('the shapes that made graphql’s overlap rule quadratic merge to a few selections', () => {
  const fieldsUnderMe = (document: DocumentNode): readonly FieldNode[] => {
    const operation = document.definitions[0] as OperationDefinitionNode;
    const me = operation.selectionSet.selections[0] as FieldNode;
    return me.selectionSet!.selections.flatMap((s) =>
      s.kind === Kind.FIELD ? [s] : ((s as InlineFragmentNode).selectionSet.selections as FieldNode[]),
    );
  };

  it('1,999 repeats of one field: one field', () => {
    expect(
      fieldsUnderMe(mergedOperations(parse(`{ me { ${repeat('name', 1999)} } }`))).map((f) => f.name.value),
    ).toEqual(['name']);
  });

  it('`manager { manager { name } }` 600 times: one manager with one manager with one name', () => {
    const [manager] = fieldsUnderMe(
      mergedOperations(parse(`{ me { ${repeat('manager { manager { name } }', 600)} } }`)),
    );
    expect(manager.selectionSet!.selections).toHaveLength(1);
    const inner = manager.selectionSet!.selections[0] as FieldNode;
    expect(inner.selectionSet!.selections).toHaveLength(1);
  });

  it('300 fragments that all select `name`: one inline fragment with one field', () => {
    const source = `{ me { ${Array.from({ length: 300 }, (_, i) => `...F${i}`).join(' ')} } } ${Array.from({ length: 300 }, (_, i) => `fragment F${i} on User { name }`).join(' ')}`;
    expect(fieldsUnderMe(mergedOperations(parse(source))).map((f) => f.name.value)).toEqual(['name']);
  });

  it('keeps at most 4 variants of a conflicting key, so 800 conflicting arguments are few comparisons', () => {
    const source = `{ ${Array.from({ length: 800 }, (_, i) => `u: user(id: "${i}") { id }`).join(' ')} }`;
    const operation = mergedOperations(parse(source, { maxTokens: 100_000 })).definitions[0] as OperationDefinitionNode;
    expect(operation.selectionSet.selections).toHaveLength(4);
  });
});

describe('input bounds, before coercion', () => {
  const nest = (levels: number): unknown => {
    let value: unknown = { type: 'EXACT', fields: ['name'], value: 'x' };
    for (let i = 1; i < levels; i++) value = { type: 'EXACT', group: [value] };
    return value;
  };

  it('variables nested 2,000 levels: BAD_USER_INPUT naming MAX_INPUT_DEPTH (no recursion, no stack overflow)', () => {
    expect(checkVariables(defaults, { q: nest(1000) })?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: { name: 'MAX_INPUT_DEPTH', actual: 21, limit: 20 },
    });
  });

  it('counts levels the README’s way: `{ a: [1] }` is 2', () => {
    expect(checkVariables({ ...defaults, maxInputDepth: 2 }, { v: { a: [1] } })).toBeUndefined();
    expect(checkVariables({ ...defaults, maxInputDepth: 2 }, { v: { a: [[1]] } })?.extensions).toMatchObject({
      limit: { name: 'MAX_INPUT_DEPTH' },
    });
    expect(checkLiterals({ maxInputDepth: 2 }, parse('{ users(ids: ["a"]) { total } }'))).toBeUndefined();
    expect(checkLiterals({ maxInputDepth: 1 }, parse('{ users(ids: [["a"]]) { total } }'))?.extensions).toMatchObject({
      limit: { name: 'MAX_INPUT_DEPTH' },
    });
  });

  it('more values than MAX_INPUT_VALUES: BAD_USER_INPUT naming it', () => {
    expect(
      checkVariables(defaults, { ids: Array.from({ length: 10_000 }, (_, i) => String(i)) })?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: { name: 'MAX_INPUT_VALUES', limit: 10_000 },
    });
    expect(checkVariables(defaults, { ids: Array.from({ length: 9_999 }, (_, i) => String(i)) })).toBeUndefined();
  });
});

describe('a long document gives the loop back between parsing and judging', () => {
  it('is judged once when the same text arrives twice at once, and both get the verdict', async () => {
    const g = gate();
    const source = `{ me { ${repeat('name', 1500)} } }`;
    const [a, b] = await Promise.all([verdictOf(g, source, 'same'), verdictOf(g, source, 'same')]);
    expect(g.judged).toBe(1);
    expect(a.document).toBe(b.document);
    expect(a.verdict).toEqual({});
  });
});
