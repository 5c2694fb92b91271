/**
 * Federation `_entities` input, checked before @apollo/subgraph resolves it: a representation whose
 * `__typename` names no entity type of this subgraph made the subgraph's resolver throw a plain Error
 * (INTERNAL_SERVER_ERROR, and the whole list lost); it is BAD_USER_INPUT naming the representation. Every
 * UUID id is lower-cased, as ids arriving in arguments are, so one user asked for in two spellings is one
 * fetch. (The number of representations is bounded earlier, before coercion: MAX_ENTITY_REPRESENTATIONS.)
 */
import { isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badUserInput } from './bad-input.js';
import { isUuid } from './ids.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Wraps the schema's `Query._entities` resolver with the checks above (in place); returns the schema. A bad
 * representation is null with its own BAD_USER_INPUT error at its index (graphql places an Error item
 * there); the others resolve as usual, batched together.
 */
export function guardEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return schema;
  const entityTypes = new Set(union.getTypes().map((t) => t.name));
  const expected = `must name an entity type of this subgraph (${[...entityTypes].sort().join(', ')}).`;
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = async (source, args: Record<string, unknown>, context, info) => {
    const given = Array.isArray(args.representations) ? (args.representations as unknown[]) : [];
    const rejected = new Map<number, Error>();
    const accepted: Array<Record<string, unknown>> = [];
    given.forEach((representation, i) => {
      const typename = isRecord(representation) ? representation.__typename : undefined;
      if (!isRecord(representation) || typeof typename !== 'string' || !entityTypes.has(typename)) {
        rejected.set(i, badUserInput([{ field: `representations[${i}].__typename`, message: expected }]));
        return;
      }
      const id = representation.id;
      accepted.push(
        typeof id === 'string' && isUuid(id) ? { ...representation, id: id.toLowerCase() } : representation,
      );
    });
    if (rejected.size === 0) return resolve(source, { ...args, representations: accepted }, context, info);
    const resolved = accepted.length
      ? ((await resolve(source, { ...args, representations: accepted }, context, info)) as unknown[])
      : [];
    let next = 0;
    return given.map((_, i) => rejected.get(i) ?? resolved[next++]);
  };
  return schema;
}
