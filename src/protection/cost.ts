/**
 * The cost model: how many upstream calls an operation can make, predicted from the operation, its
 * variables and the schema alone, before anything runs. Nothing is maintained per query: the weights are
 * the schema's Federation demand-control directives (schema/README.md; read by src/graph/demand-control.ts),
 * which a supergraph router enforces too, and how each weighted field's calls batch is the User field table's
 * (src/graph/user-fields.ts).
 *
 * Which fields call upstream: those with `@cost(weight: w)`, w calls per instance of the field, and
 * Federation's `_entities` (one batched user load per representation). Their call kind:
 * - `batched` (the User table's embedded fields and `manager`; `user`, `node(s)`, the user of a mutation
 *   payload or live event) → a user load by id: siblings are batched, ≤ BULK_ID_LIMIT (100) ids per call.
 *   Embedded fields count as the re-read: the resolvers take the field from the parent when its fetch
 *   carried the expand (the loaders add expands from the query's selection), else re-read the users with
 *   it, batched (one bulk group per expand);
 * - `per-parent-all-pages` (the User table's whole listings) → one call per page of a sub-listing, per parent;
 * - any other weighted field (queries and mutations alike) → `per-parent`, w calls per parent object.
 * Everything else (plain properties, UserMe fields read through /users/me expands, introspection) → 0.
 *
 * How many parent objects (instances) a field has: each root field has 1. A list field multiplies its
 * children by its expected length, read from Federation's `@listSize` where the schema declares one:
 * - a page (`@listSize(sizedFields:)`: a listing's `entities`, a connection's `edges` and `nodes`, a search's
 *   `results`): its sized lists hold the page size, the value of its `slicingArguments` (`pageSize`, `first`)
 *   clamped to 1..`assumedSize`, the upstream's largest page (500 for `users`; 100 elsewhere); unknown or
 *   null: that cap. A page without a slicing argument (`searchUsersByQ64`) is taken at the cap, except that
 *   the `pageSize` of an input-object argument (`searchUsers(request: { pageSize })`) slices it: Federation's
 *   slicing arguments name top-level arguments only;
 * - a list sliced by its own arguments (`@listSize(slicingArguments:)` without `sizedFields`): alike;
 * - `_entities`: the number of representations; a list with an `ids` argument (`nodes(ids:)`): the number of ids;
 * - any other list (directReports, superiors, favorites, skills, adjacents' lists, group owners, …):
 *   COST_ASSUMED_LIST_SIZE (default 10, a realistic span of control), or its `@listSize(assumedSize:)` if smaller.
 *
 * Batched loads depend on how the parents arrive: objects that came in one upstream response resolve in
 * one tick and batch together; objects from separate responses (each parent's directReports call) batch
 * separately. So each position also tracks `groups`, the number of separate responses its objects came
 * in, and a batched field costs `groups × ceil(instances / groups / 100)` calls.
 *
 * Conservative on purpose: aliases of the same field count separately (the loaders may dedupe them),
 * users already primed from a listing count as fetched, a field on an abstract type counts at its most
 * expensive possible type, and @skip/@include are honoured only when their condition is known.
 *
 * Examples (defaults): `{ me { directReports { directReports { name } } } }` = 1 + 1 + 10 = 12;
 * `{ users(pageSize: 500) { entities { manager { name } routingStatus { status } } } }` = 1 + 5 + 5 = 11;
 * `{ users(pageSize: 100) { entities { callForwarding { enabled } } } }` = 1 + 100;
 * `directReports` nested 8 deep ≈ 10^7 → rejected.
 *
 * The walk must be bounded by the caller: the plugin checks MAX_QUERY_FIELDS (fragments expanded) first.
 * A fragment cycle (invalid anyway) is cut where a fragment recurs on its own path, so the walk ends.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { costWeightOf, listSizeOf, maxPageSizeOf, type ListSize } from '../graph/demand-control.js';
import { callKindOfCoordinate, type CallKind } from '../graph/user-fields.js';
import { SUB_LISTING_MAX_PAGE_SIZE } from '../loaders/paging.js';
import { BULK_ID_LIMIT } from '../loaders/users.js';
import { fragmentsOf } from './shape.js';

export type { CallKind } from '../graph/user-fields.js';

export interface CostOptions {
  /** Length assumed for a list that has no page size. */
  assumedListSize: number;
  /** Ids per bulk user call. */
  bulkBatchSize?: number;
  /** Page size of "all pages" fetches, and the cap of a page whose `@listSize` has no `assumedSize`. */
  defaultMaxPageSize?: number;
}

type AnyField = GraphQLField<unknown, unknown>;
type Variables = Record<string, unknown>;

/** Federation's entity resolver: one batched user load per representation. */
const ENTITIES_FIELD = '_entities';
/** Instance counts saturate here, so deep multiplications stay finite numbers. */
const SATURATION = 2 ** 50;

/** How `field` of `type` reaches the upstream: its `@cost` says whether it calls, the field table how. */
export function callKindOf(type: GraphQLObjectType, field: AnyField): CallKind {
  if (field.name === ENTITIES_FIELD) return 'batched';
  return costWeightOf(field) > 0 ? callKindOfCoordinate(type.name, field.name) : 'none';
}

/** Where the walk is: how many objects of the current type, arriving in how many upstream responses. */
interface Flow {
  instances: number;
  groups: number;
  /** The page object being walked: the length of its sized list fields (its `entities`, `edges`, …). */
  page?: { size: number; sizedFields: readonly string[] };
}

/** A selection set to walk, with the fragments expanded on the way to it (to cut cycles). */
interface PendingSet {
  set: SelectionSetNode;
  path: ReadonlySet<string>;
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

const saturate = (n: number): number => Math.min(n, SATURATION);

export class CostModel {
  private readonly facts = new Map<AnyField, FieldFacts>();
  private readonly assumedListSize: number;
  private readonly bulkBatchSize: number;
  private readonly defaultMaxPageSize: number;

  constructor(
    readonly schema: GraphQLSchema,
    options: CostOptions,
  ) {
    this.assumedListSize = options.assumedListSize;
    this.bulkBatchSize = options.bulkBatchSize ?? BULK_ID_LIMIT;
    this.defaultMaxPageSize = options.defaultMaxPageSize ?? SUB_LISTING_MAX_PAGE_SIZE;
  }

  /**
   * The estimated upstream calls of `operation`. `variables` are the operation's coerced variable values
   * (`getVariableValues`); a missing or invalid value makes the model assume the worst (the cap).
   */
  estimate(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): number {
    const root = this.schema.getRootType(operation.operation);
    if (!root) return 0;
    const walk: Walk = { fragments: fragmentsOf(document), variables };
    // Every root field is counted on its own, as one object in one group.
    const total = this.selection(
      root,
      [{ set: operation.selectionSet, path: new Set() }],
      { instances: 1, groups: 1 },
      walk,
    );
    return Math.min(Math.ceil(total), Number.MAX_SAFE_INTEGER);
  }

  private factsOf(type: GraphQLObjectType, field: AnyField): FieldFacts {
    let facts = this.facts.get(field);
    if (facts === undefined) {
      facts = { kind: callKindOf(type, field), weight: Math.max(costWeightOf(field), 1), listSize: listSizeOf(field) };
      this.facts.set(field, facts);
    }
    return facts;
  }

  private selection(type: GraphQLCompositeType, sets: PendingSet[], flow: Flow, walk: Walk): number {
    // No objects: nothing to call (and no groups to divide by).
    if (flow.instances <= 0) return 0;
    if (!isAbstractType(type)) return this.objectSelection(type, sets, flow, walk);
    let most = 0;
    for (const possible of this.schema.getPossibleTypes(type)) {
      most = Math.max(most, this.objectSelection(possible, sets, flow, walk));
    }
    return most;
  }

  private objectSelection(type: GraphQLObjectType, sets: PendingSet[], flow: Flow, walk: Walk): number {
    const byKey = new Map<string, Array<{ node: FieldNode; path: ReadonlySet<string> }>>();
    for (const pending of sets) this.collect(type, pending.set, pending.path, walk, byKey);

    let total = 0;
    for (const entries of byKey.values()) {
      const node = entries[0].node;
      // Not a field of the type: __typename and introspection (no upstream), or an unknown one (validation's).
      const field = type.getFields()[node.name.value];
      if (!field) continue;
      const args = argumentsOf(field, node, walk.variables);
      const { kind, weight, listSize } = this.factsOf(type, field);
      const length = isListType(getNullableType(field.type)) ? this.listLength(field, listSize, args, flow) : 1;
      const items = saturate(flow.instances * length);

      let calls = 0;
      let groups = flow.groups;
      if (kind === 'per-parent' || kind === 'per-parent-all-pages') {
        const pages = kind === 'per-parent-all-pages' ? Math.ceil(length / this.defaultMaxPageSize) : 1;
        calls = flow.instances * pages;
        groups = flow.instances;
      } else if (kind === 'batched') {
        calls = flow.groups * Math.ceil(items / flow.groups / this.bulkBatchSize);
        groups = Math.max(calls, 1);
      }
      total = saturate(total + calls * weight);

      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const childSets = entries.flatMap((e) =>
        e.node.selectionSet ? [{ set: e.node.selectionSet, path: e.path }] : [],
      );
      const page = listSize?.sizedFields.length
        ? { size: this.sliceSize(field, listSize, args), sizedFields: listSize.sizedFields }
        : undefined;
      total = saturate(total + this.selection(named, childSets, { instances: items, groups, page }, walk));
    }
    return total;
  }

  /** Fields of `set` that apply to `type`, by response key, through fragments (graphql's CollectFields). */
  private collect(
    type: GraphQLObjectType,
    set: SelectionSetNode,
    path: ReadonlySet<string>,
    walk: Walk,
    into: Map<string, Array<{ node: FieldNode; path: ReadonlySet<string> }>>,
  ): void {
    for (const selection of set.selections) {
      if (!included(selection, walk.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const entries = into.get(key) ?? [];
        entries.push({ node: selection, path });
        into.set(key, entries);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(type, selection.typeCondition)) this.collect(type, selection.selectionSet, path, walk, into);
      } else {
        const name = selection.name.value;
        const definition = walk.fragments.get(name);
        if (!definition || path.has(name) || !this.applies(type, definition.typeCondition)) continue;
        this.collect(type, definition.selectionSet, new Set([...path, name]), walk, into);
      }
    }
  }

  private applies(type: GraphQLObjectType, condition: NamedTypeNode | undefined): boolean {
    if (!condition) return true;
    const conditionType = this.schema.getType(condition.name.value);
    if (conditionType === type) return true;
    return isAbstractType(conditionType) && this.schema.isSubType(conditionType, type);
  }

  /** Expected length of a list field under one parent. */
  private listLength(field: AnyField, listSize: ListSize | undefined, args: Variables, flow: Flow): number {
    if (listSize?.slicingArguments.length && !listSize.sizedFields.length) return this.sliceSize(field, listSize, args);
    if (flow.page?.sizedFields.includes(field.name)) return flow.page.size;
    if (field.name === ENTITIES_FIELD) {
      const representations = args.representations;
      return Array.isArray(representations) ? representations.length : this.assumedListSize;
    }
    // A list fetched by ids (`nodes(ids:)`): one item per id.
    if (Array.isArray(args.ids)) return args.ids.length;
    const assumed = listSize?.assumedSize;
    return assumed !== undefined ? Math.min(assumed, this.assumedListSize) : this.assumedListSize;
  }

  /**
   * The size a sliced field asks for: the largest value of its slicing arguments (without any, the `pageSize`
   * of its input-object arguments), clamped to 1..its `assumedSize`. Unknown or null: that cap.
   */
  private sliceSize(field: AnyField, listSize: ListSize, args: Variables): number {
    const cap = maxPageSizeOf(listSize, this.defaultMaxPageSize);
    const asked = listSize.slicingArguments.length
      ? listSize.slicingArguments.map((name) => args[name])
      : inputPageSizes(field, args);
    const sizes = asked.filter((size): size is number => Number.isFinite(size));
    return sizes.length ? Math.min(Math.max(...sizes, 1), cap) : cap;
  }
}

/** A field's cost facts, read from its directives once per model. */
interface FieldFacts {
  kind: CallKind;
  weight: number;
  listSize: ListSize | undefined;
}

/**
 * The `pageSize` of the field's input-object arguments (`searchUsers(request: { pageSize })`): Federation's
 * slicing arguments name top-level arguments only.
 */
function inputPageSizes(field: AnyField, args: Variables): unknown[] {
  return (
    field.args
      .filter((arg) => isInputObjectType(getNullableType(arg.type)))
      // A coerced input-object value: an object, null, or left out.
      .map((arg) => (args[arg.name] as Readonly<Record<string, unknown>> | null | undefined)?.pageSize)
  );
}

function argumentsOf(field: AnyField, node: FieldNode, variables: Variables): Variables {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // invalid arguments fail execution before any resolver; the caps apply meanwhile
  }
}

/** @skip/@include with a known condition; an unknown one counts the selection (conservative). */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Variables): boolean {
  try {
    const skipped = getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true;
    const excluded = getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
    return !skipped && !excluded;
  } catch {
    return true;
  }
}
