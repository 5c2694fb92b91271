/**
 * The differential test's reading of the schema, all by introspection: which route (or expand) each field
 * says it reads (`Wraps METHOD /route`, `Read through expand=…`, `same data as expand=…`), a selection of
 * every readable leaf under a type, and the argument variants of a field generated from its arguments'
 * types (enum values, defaults, page sizes). Nothing here names a field, so a new field is covered as it
 * is described.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  valueFromAST,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

/** One selected field: response key, field, arguments (as the caller writes them), sub-selection. */
export interface Sel {
  key: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  children?: Sel[];
  /** Computed by the gateway from another field (`taken from …`): not compared with the upstream. */
  derived?: boolean;
  /** The same upstream response as the parent's (`UserMe.user`). */
  sameAsParent?: boolean;
}

export interface Wraps {
  method: 'GET' | 'POST';
  route: string;
  /** Every page of the route (`fetched page by page`, `all pages`). */
  allPages: boolean;
}

/** The route a field wraps for these arguments, if any (`With clientId: Wraps …` only when clientId is given). */
export function wrapsOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Wraps | undefined {
  const text = field.description ?? '';
  const conditional = /With (\w+): Wraps (GET|POST) (\/\S+?)[\s.,;)]/.exec(text);
  if (conditional && (args[conditional[1]] === undefined || args[conditional[1]] === null)) return undefined;
  const m = /Wraps (GET|POST) (\/api\/v2\/[A-Za-z0-9_/{}-]*)/.exec(text);
  if (!m) return undefined;
  return { method: m[1] as 'GET' | 'POST', route: m[2], allPages: /page by page|all pages/.test(text) };
}

/** The expand values a description names for the user fetch or /me (`expand=routingStatus`, `expand=lasttokenissued`). */
export function expandsOf(field: GraphQLField<unknown, unknown>): { values: string[]; onMe: boolean } {
  const text = field.description ?? '';
  const values = [...text.matchAll(/expand=([A-Za-z.]+[A-Za-z])/g)].map((m) => m[1]);
  return { values: [...new Set(values)], onMe: /on GET \/api\/v2\/users\/me/.test(text) };
}

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Every field readable without arguments under `type`, `depth` levels down; users nested in other types
 * are selected as `id name` (their own fields are checked where they are the subject), or with
 * `richUsers` also every field an expand embeds (what makes a gateway add expands to the call).
 */
export function selectionOf(type: GraphQLOutputType, depth = 5, richUsers = false): Sel[] | undefined {
  const named = getNamedType(type);
  if (isLeafType(named)) return undefined;
  if (isAbstractType(named) || !isObjectType(named)) return [];
  const fields = Object.values(named.getFields());
  if (named.name === 'User') {
    const embedded = (f: GraphQLField<unknown, unknown>) =>
      richUsers && requiredArgs(f).length === 0 && expandsOf(f).values.length > 0;
    return fields
      .filter((f) => f.name === 'id' || f.name === 'name' || embedded(f))
      .map((f) => ({
        key: f.name,
        field: f,
        args: {},
        children: isLeafType(getNamedType(f.type)) ? undefined : selectionOf(f.type, 3),
      }));
  }
  const out: Sel[] = [];
  for (const field of fields) {
    if (requiredArgs(field).length > 0 || field.name.startsWith('__')) continue;
    const leaf = isLeafType(getNamedType(field.type));
    if (!leaf && depth <= 0) continue;
    const text = field.description ?? '';
    out.push({
      key: field.name,
      field,
      args: {},
      children: leaf ? undefined : selectionOf(field.type, depth - 1, richUsers),
      // Cursors are the gateway's own opaque tokens (Relay): no upstream property to compare them with.
      derived: /\(taken from \w+\)/.test(text) || /cursor/i.test(field.name),
      sameAsParent: /the same response/.test(text),
    });
  }
  return out;
}

/** GraphQL text of a selection. */
export function render(sels: readonly Sel[]): string {
  return sels
    .map((s) => {
      const alias = s.key !== s.field.name ? `${s.key}: ` : '';
      const args = Object.entries(s.args).filter(([, v]) => v !== undefined);
      const argText = args.length
        ? `(${args.map(([n, v]) => `${n}: ${literal(v, s.field.args.find((a) => a.name === n)!.type)}`).join(', ')})`
        : '';
      const sub = s.children === undefined ? '' : ` { ${s.children.length ? render(s.children) : '__typename'} }`;
      return `${alias}${s.field.name}${argText}${sub}`;
    })
    .join(' ');
}

/** A value as a GraphQL literal of an input type (enums bare, strings quoted, objects by field). */
function literal(value: unknown, type: GraphQLInputType): string {
  const t = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (isListType(t)) return `[${(value as unknown[]).map((v) => literal(v, t.ofType)).join(', ')}]`;
  if (isEnumType(t)) return value as string;
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The arguments a resolver sees: the given ones, the schema's defaults for the others. */
export function effectiveArgs(
  field: GraphQLField<unknown, unknown>,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (given[arg.name] !== undefined) out[arg.name] = given[arg.name];
    else if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
    else if (arg.astNode?.defaultValue) out[arg.name] = valueFromAST(arg.astNode.defaultValue, arg.type);
  }
  return out;
}

/** Values the generator knows for arguments that name things in the organisation. */
export interface KnownValues {
  clientIds: string[];
  divisionIds: string[];
}

function valuesFor(arg: GraphQLArgument, known: KnownValues): unknown[] {
  const t = getNullableType(arg.type);
  const def = arg.defaultValue;
  if (isEnumType(t))
    return t
      .getValues()
      .map((v) => v.value as unknown)
      .filter((v) => v !== def);
  if (isScalarType(t) && t.name === 'Int') {
    if (/pageSize/i.test(arg.name)) return [1, 100].filter((v) => v !== def);
    if (/pageNumber/i.test(arg.name)) return [2];
    return [1];
  }
  if (isScalarType(t) && t.name === 'Boolean') return [true, false].filter((v) => v !== def);
  if (isScalarType(t) && /clientId/i.test(arg.name)) return [...known.clientIds, 'no-such-client'];
  if (isListType(t) && /division/i.test(arg.name)) return [known.divisionIds.slice(0, 1)];
  return [];
}

/**
 * Argument variants of a field, one factor at a time: all omitted (defaults), then each argument through
 * the values its type allows, then a second small page where the field pages.
 */
export function argVariants(field: GraphQLField<unknown, unknown>, known: KnownValues): Array<Record<string, unknown>> {
  const variants: Array<Record<string, unknown>> = [{}];
  for (const arg of field.args) for (const value of valuesFor(arg, known)) variants.push({ [arg.name]: value });
  const names = field.args.map((a) => a.name);
  if (names.includes('pageSize') && names.includes('pageNumber')) variants.push({ pageSize: 2, pageNumber: 2 });
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = JSON.stringify(v);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
