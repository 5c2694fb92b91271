/**
 * Federation's demand-control directives on a field definition, as schema/ writes them (schema/README.md): `@cost`,
 * the upstream calls per instance of the field, and `@listSize`, how long its lists are and, on a paged field, the
 * upstream's largest page. Read here and nowhere else: the cost model (src/protection/cost.ts) counts a page at
 * the same cap the Relay connections plan their pages with (src/relay/reads.ts).
 */
import { Kind, type ConstValueNode, type GraphQLField } from 'graphql';

type AnyField = GraphQLField<unknown, unknown>;

/** A Federation directive's arguments on a field definition, as written in the SDL; undefined without it. */
function directiveArguments(field: AnyField, directive: string): ReadonlyMap<string, ConstValueNode> | undefined {
  // Imported under its own name by schema/schema.graphql's @link; `federation__…` when not imported.
  const node = field.astNode?.directives?.find(
    (d) => d.name.value === directive || d.name.value === `federation__${directive}`,
  );
  return node && new Map(node.arguments?.map((a) => [a.name.value, a.value]));
}

const intValue = (value: ConstValueNode | undefined): number | undefined =>
  value?.kind === Kind.INT ? Number(value.value) : undefined;

/** A `[String!]` argument: a list of strings, or one string (GraphQL's input coercion of a single item). */
function stringsValue(value: ConstValueNode | undefined): string[] {
  const items = value?.kind === Kind.LIST ? value.values : [value];
  return items.flatMap((item) => (item?.kind === Kind.STRING ? [item.value] : []));
}

/** The field's demand-control weight: upstream calls per instance of the field; 0 without `@cost`. */
export function costWeightOf(field: AnyField): number {
  return intValue(directiveArguments(field, 'cost')?.get('weight')) ?? 0;
}

/** Federation's `@listSize` on a field definition (https://specs.apollo.dev/cost/v0.1). */
export interface ListSize {
  /** A page's cap (the upstream's largest page), or a plain list's largest expected length. */
  assumedSize?: number;
  /** The field's arguments whose value is the size: `pageSize`, `first`. */
  slicingArguments: readonly string[];
  /** The lists of the returned object that hold the size (a page's `entities`); none: the field itself. */
  sizedFields: readonly string[];
}

/** The field's `@listSize`; undefined without one. */
export function listSizeOf(field: AnyField): ListSize | undefined {
  const args = directiveArguments(field, 'listSize');
  if (!args) return undefined;
  return {
    assumedSize: intValue(args.get('assumedSize')),
    slicingArguments: stringsValue(args.get('slicingArguments')),
    sizedFields: stringsValue(args.get('sizedFields')),
  };
}

/** The largest page of a paged field: its `@listSize(assumedSize:)`, else `fallback` (the caller's default page cap). */
export function maxPageSizeOf(listSize: ListSize | undefined, fallback: number): number {
  return listSize?.assumedSize ?? fallback;
}
