/**
 * The static shape of one operation: depth, aliases, root fields and field selections with its fragments
 * expanded. Linear in the document: each fragment is measured once and its measure reused at every
 * spread, so a fragment "bomb" (fragments spreading fragments many times) is counted, not expanded.
 * A fragment that spreads itself (directly or through others) is cut where it recurs; such a document
 * is invalid anyway (NoFragmentCyclesRule), this only guarantees termination.
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationShape {
  /** Deepest field nesting: `{ me { name } }` is 2. Introspection fields (`__schema`, `__type`) count as 1. */
  depth: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
  /** Distinct root response keys, `__typename` excluded. */
  rootFields: number;
  /** Field selections, fragments expanded. */
  fields: number;
  /** Root `__schema` and `__type` fields, by response key. */
  introspectionFields: number;
  /** Root `_service` fields, by response key. */
  serviceFields: number;
}

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

const EMPTY: Measure = { depth: 0, aliases: 0, fields: 0 };

/** Introspection entry points; graphql's MaxIntrospectionDepthRule (a specified rule) bounds their nesting. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Every operation of a document, measured with one fragment memo (so N operations spreading one fragment cost one walk of it). */
export function measureDocument(
  document: DocumentNode,
): Array<{ operation: OperationDefinitionNode; shape: OperationShape }> {
  const measure = measurer(document);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ operation, shape: measure(operation) }));
}

export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  return measurer(document)(operation);
}

function measurer(document: DocumentNode): (operation: OperationDefinitionNode) => OperationShape {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const measure = selectionSet(definition.selectionSet);
    inProgress.delete(name);
    memo.set(name, measure);
    return measure;
  };

  const selectionSet = (set: SelectionSetNode): Measure => {
    let depth = 0;
    let aliases = 0;
    let fields = 0;
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const sub = selection.selectionSet ? selectionSet(selection.selectionSet) : EMPTY;
        const introspection = INTROSPECTION_ROOTS.has(selection.name.value);
        inner = {
          depth: 1 + (introspection ? 0 : sub.depth),
          aliases: (selection.alias ? 1 : 0) + sub.aliases,
          fields: 1 + sub.fields,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionSet(selection.selectionSet);
      } else {
        inner = fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      fields += inner.fields;
    }
    return { depth, aliases, fields };
  };

  return (operation) => {
    const root = selectionSet(operation.selectionSet);
    const keys = rootResponseKeys(operation.selectionSet, fragments);
    let introspectionFields = 0;
    let serviceFields = 0;
    for (const name of keys.values()) {
      if (INTROSPECTION_ROOTS.has(name)) introspectionFields += 1;
      else if (name === '_service') serviceFields += 1;
    }
    return { ...root, rootFields: keys.size, introspectionFields, serviceFields };
  };
}

/** The response keys of a root selection set (→ field name), through inline fragments and fragment spreads. */
function rootResponseKeys(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Map<string, string> {
  const keys = new Map<string, string>();
  const visited = new Set<string>();
  const collect = (current: SelectionSetNode): void => {
    for (const selection of current.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename')
          keys.set(selection.alias?.value ?? selection.name.value, selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const definition = fragments.get(selection.name.value);
        if (definition) collect(definition.selectionSet);
      }
    }
  };
  collect(set);
  return keys;
}
