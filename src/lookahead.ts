/**
 * Reading ahead in the query: which fields the client selected below the current field, through
 * fragments and inline fragments. Resolvers use it to ask the upstream for exactly what the query needs
 * (for example the expand list of GET /api/v2/users/me) instead of one call per nested field.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Map<string, FieldNode[]>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      out.set(name, [...(out.get(name) ?? []), selection]);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, out, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue; // a fragment cycle is a validation error; never loop on one
      seen.add(name);
      collect(fragments[name]?.selectionSet, fragments, out, seen);
    }
  }
}

/** The fields selected directly under the field being resolved, by name (aliases merged). */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) collect(node.selectionSet, info.fragments, out, new Set());
  return out;
}

/** The fields selected under a child field of the current selection (e.g. `entities` of a listing). */
export function selectedFieldsOf(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  child: string,
): Map<string, FieldNode[]> {
  const nodes = selectedFields(info).get(child) ?? [];
  return selectedFields({ fieldNodes: nodes, fragments: info.fragments });
}
