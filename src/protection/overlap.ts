/**
 * graphql-js's OverlappingFieldsCanBeMergedRule compares every pair of selections that share a response
 * key, and every pair of fragments spread in one selection set, recursively: quadratic in repeats. Under
 * 5,000 tokens and 2,000 fields, `{ me { name name … } }` (1,999 times) costs 1.1 s of CPU,
 * `manager { manager { name } }` 600 times 1.9 s, 300 fragments all selecting `name` 0.8 s.
 *
 * The rule's verdict does not change when selections it would find mergeable are merged first, so the
 * gateway runs it on the operation as execution sees it: fragments inlined under their type condition,
 * and the selections that share type condition, response key, field name and arguments merged into one
 * (their sub-selections concatenated, then merged the same way). Directives are dropped: the rule ignores
 * them. What is left to compare pairwise are genuine conflicts (a response key used for different fields
 * or arguments) and the same key under different type conditions — few, and capped: past
 * MAX_VARIANTS_PER_KEY variants of one key and condition the document is invalid anyway and the extra
 * ones would only repeat the error. The work is linear in the expanded operation, which the plugin has
 * already bounded (MAX_QUERY_FIELDS, MAX_QUERY_DEPTH) before this runs; error locations still point into
 * the original source, since the merged nodes are the original field nodes.
 *
 * Only for documents that passed every other rule: a fragment cycle or an unknown fragment must have been
 * reported already (the expansion cuts cycles and skips unknown spreads, but does not report them).
 */
import {
  Kind,
  print,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf } from './shape.js';

const MAX_VARIANTS_PER_KEY = 4;

interface Variant {
  node: FieldNode;
  children: SelectionNode[];
}

/** The document's operations with their fragments inlined and their mergeable selections merged. */
export function mergedOperations(document: DocumentNode): DocumentNode {
  const fragments = fragmentsOf(document);
  const argumentKeys = new WeakMap<FieldNode, string>();
  const argumentsOf = (node: FieldNode): string => {
    let key = argumentKeys.get(node);
    if (key === undefined) {
      key = (node.arguments ?? []).map((a) => print(a)).join(',');
      argumentKeys.set(node, key);
    }
    return key;
  };

  const merge = (selections: readonly SelectionNode[]): SelectionSetNode => {
    // condition ('' = the enclosing type) → response key → variant (field name + arguments) → merged field
    const byCondition = new Map<string, Map<string, Map<string, Variant>>>();
    const collect = (list: readonly SelectionNode[], condition: string, path: ReadonlySet<string>): void => {
      for (const selection of list) {
        if (selection.kind === Kind.FIELD) {
          let keys = byCondition.get(condition);
          if (!keys) byCondition.set(condition, (keys = new Map<string, Map<string, Variant>>()));
          const responseKey = selection.alias?.value ?? selection.name.value;
          let variants = keys.get(responseKey);
          if (!variants) keys.set(responseKey, (variants = new Map<string, Variant>()));
          const variantKey = `${selection.name.value}(${argumentsOf(selection)})`;
          let variant = variants.get(variantKey);
          if (!variant) {
            if (variants.size >= MAX_VARIANTS_PER_KEY) continue;
            variants.set(variantKey, (variant = { node: selection, children: [] }));
          }
          if (selection.selectionSet) variant.children.push(...selection.selectionSet.selections);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet.selections, selection.typeCondition?.name.value ?? condition, path);
        } else {
          const name = selection.name.value;
          const definition: FragmentDefinitionNode | undefined = fragments.get(name);
          if (!definition || path.has(name)) continue;
          collect(definition.selectionSet.selections, definition.typeCondition.name.value, new Set([...path, name]));
        }
      }
    };
    collect(selections, '', new Set());

    const out: SelectionNode[] = [];
    for (const [condition, keys] of byCondition) {
      const fields: FieldNode[] = [];
      for (const variants of keys.values()) {
        for (const { node, children } of variants.values()) {
          fields.push({ ...node, directives: [], selectionSet: node.selectionSet ? merge(children) : undefined });
        }
      }
      if (condition === '') {
        out.push(...fields);
      } else {
        const fragment: InlineFragmentNode = {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: condition } },
          directives: [],
          selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
        };
        out.push(fragment);
      }
    }
    return { kind: Kind.SELECTION_SET, selections: out };
  };

  const operations = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation): OperationDefinitionNode => ({
      ...operation,
      directives: [],
      selectionSet: merge(operation.selectionSet.selections),
    }));
  return { kind: Kind.DOCUMENT, definitions: operations };
}
