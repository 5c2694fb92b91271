/**
 * Reading ahead in the query: which fields the client selected below the current field, through
 * fragments and inline fragments, leaving out what `@skip`/`@include` turn off. Resolvers use it to ask
 * the upstream for exactly what the query needs (the expand list of the user fetch, the expand list of
 * GET /api/v2/users/me) instead of one call per nested field.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type SelectionSetNode,
} from 'graphql';

/** The parts of the resolve info lookahead reads; `variableValues` and `schema` are optional (unit tests). */
export type LookaheadInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> &
  Partial<Pick<GraphQLResolveInfo, 'variableValues' | 'schema'>>;

/** The fields of one selection, by name (aliases merged), each with every node that selects it. */
export type Selection = Map<string, FieldNode[]>;

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: GraphQLResolveInfo['variableValues'] | undefined;
  schema: GraphQLSchema | undefined;
  /** Keep only fragments that apply to this object type (e.g. `... on User` under `_entities`). */
  typeName: string | undefined;
}

/** False when `@skip(if: true)` or `@include(if: false)` turns the node off for these variables. */
function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Walk['variables']): boolean {
  if (!node.directives?.length) return true;
  const vars = variables ?? {};
  if (getDirectiveValues(GraphQLSkipDirective, node, vars)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if !== false;
}

function appliesTo(condition: string | undefined, walk: Walk): boolean {
  if (!condition || !walk.typeName || condition === walk.typeName) return true;
  const conditionType = walk.schema?.getType(condition);
  const objectType = walk.schema?.getType(walk.typeName);
  if (!conditionType || !isObjectType(objectType)) return false;
  return isAbstractType(conditionType) && walk.schema!.isSubType(conditionType, objectType);
}

function collect(selectionSet: SelectionSetNode | undefined, walk: Walk, out: Selection, seen: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // Appended in place: copying the list on each repeat made 2,000 repeats of a field quadratic.
      const nodes = out.get(name);
      if (nodes) nodes.push(selection);
      else out.set(name, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(selection.typeCondition?.name.value, walk)) collect(selection.selectionSet, walk, out, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue; // a fragment cycle is a validation error; never loop on one
      seen.add(name);
      const fragment = walk.fragments[name];
      if (fragment && appliesTo(fragment.typeCondition.name.value, walk))
        collect(fragment.selectionSet, walk, out, seen);
    }
  }
}

/**
 * The fields selected directly under the field being resolved, by name (aliases merged). With
 * `typeName`, fragments on other types are left out (for fields of an abstract type such as `_entities`).
 */
export function selectedFields(info: LookaheadInfo, typeName?: string): Selection {
  const out: Selection = new Map();
  const walk: Walk = { fragments: info.fragments, variables: info.variableValues, schema: info.schema, typeName };
  for (const node of info.fieldNodes) collect(node.selectionSet, walk, out, new Set());
  return out;
}

/** The same lookahead one level down: the info of a child field, from the nodes that select it. */
export function childInfo(info: LookaheadInfo, nodes: readonly FieldNode[]): LookaheadInfo {
  return { fieldNodes: nodes, fragments: info.fragments, variableValues: info.variableValues, schema: info.schema };
}

/** The fields selected under a child field of the current selection (e.g. `entities` of a listing). */
export function selectedFieldsOf(info: LookaheadInfo, child: string): Selection {
  return selectedFields(childInfo(info, selectedFields(info).get(child) ?? []));
}

/** Nodes of one field name grouped by response key (alias or name): one group per resolver call. */
export function groupByResponseKey(nodes: readonly FieldNode[]): FieldNode[][] {
  const groups = new Map<string, FieldNode[]>();
  for (const node of nodes) {
    const key = node.alias?.value ?? node.name.value;
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  return [...groups.values()];
}

/** True when nothing but `id` (and `__typename`) is selected: a reference answers it without a call. */
export function onlyIdSelected(selection: Selection): boolean {
  return [...selection.keys()].every((name) => name === 'id' || name === '__typename');
}

/**
 * Per-request memo of a lookahead result for one field. The resolvers of a list call the same
 * lookahead once per item with the same `fieldNodes` (graphql-js reuses them), so it is computed once:
 * keyed by the execution's own variables object (new for every request, and what the result depends on
 * besides the nodes), then by the nodes, then by `key`. Without variables (unit tests) it is not cached.
 */
const memo = new WeakMap<object, WeakMap<readonly FieldNode[], Map<string, unknown>>>();

export function perRequest<T>(info: LookaheadInfo, key: string, compute: () => T): T {
  const scope = info.variableValues;
  if (!scope) return compute();
  let byNodes = memo.get(scope);
  if (!byNodes) memo.set(scope, (byNodes = new WeakMap()));
  let byKey = byNodes.get(info.fieldNodes);
  if (!byKey) byNodes.set(info.fieldNodes, (byKey = new Map<string, unknown>()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/**
 * The arguments of one selected field of `typeName`, defaults applied and variables substituted, as the
 * field's resolver will see them. Empty when the schema is not at hand (unit tests without one).
 */
export function argumentsOf(info: LookaheadInfo, typeName: string, node: FieldNode): Record<string, unknown> {
  const type = info.schema?.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[node.name.value] : undefined;
  return field ? getArgumentValues(field, node, info.variableValues ?? {}) : {};
}
