import { describe, expect, it } from '@jest/globals';
import { getNamedType, isEnumType, isObjectType, type GraphQLEnumType } from 'graphql';
import type {
  CallForwardingVoicemail,
  ContactType,
  FieldConfigType,
  RoutingStatusValue,
  SearchSortOrder,
  SortOrder,
  UserSearchCriteriaType,
  UserState,
} from '../../src/__generated__/schema-types.js';
import type {
  CallForwarding,
  Contact,
  FieldConfig,
  RoutingStatus,
  SearchSort,
  User,
  UserSearchCriteria,
} from '../../src/genesys/models.js';
import { literalUnion, plainSchema, upstreamModels } from './sdl.js';

/** The wire values of a few enums, from the reference models (current ∪ seed values). */
const expected: Record<string, string[]> = {
  UserState: ['active', 'inactive', 'deleted'],
  UserLookupState: ['active', 'deleted'],
  UserListState: ['active', 'inactive', 'deleted', 'any'],
  SortOrder: ['ascending', 'descending'],
  RoutingStatusValue: ['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING'],
  ContactType: ['PRIMARY', 'WORK', 'WORK2', 'WORK3', 'WORK4', 'HOME', 'MOBILE', 'MAIN', 'OTHER'],
  ContactMediaType: ['PHONE', 'EMAIL', 'SMS'],
  SearchSortOrder: ['ASC', 'DESC', 'SCORE'],
  FieldConfigType: ['person', 'group', 'org', 'externalContact'],
  CallForwardingVoicemail: ['PURECLOUD', 'LASTCALL', 'NONE'],
  UserSearchCriteriaType: [
    'EXACT',
    'STARTS_WITH',
    'CONTAINS',
    'REGEX',
    'TERM',
    'TERMS',
    'REQUIRED_FIELDS',
    'MATCH_ALL',
    'QUERY_STRING',
    'RANGE',
    'LESS_THAN',
    'LESS_THAN_EQUAL_TO',
    'GREATER_THAN',
    'GREATER_THAN_EQUAL_TO',
  ],
  UserDetailsQueryOrder: ['asc', 'desc', 'unordered'],
};

function enumType(name: string): GraphQLEnumType {
  const type = plainSchema().getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type;
}

// Compile-time: with enumsAsTypes the generated enum types are the upstream string unions themselves.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Covers<Wide, Narrow> = [Narrow] extends [Wide] ? true : false;
const sameAsUpstream: [
  Equal<UserState, NonNullable<User['state']>>,
  Equal<RoutingStatusValue, NonNullable<RoutingStatus['status']>>,
  Equal<ContactType, NonNullable<Contact['type']>>,
  Equal<SearchSortOrder, NonNullable<SearchSort['sortOrder']>>,
  Equal<UserSearchCriteriaType, NonNullable<UserSearchCriteria['type']>>,
  Equal<CallForwardingVoicemail, NonNullable<CallForwarding['voicemail']>>,
  // FieldConfigType keeps the seed's externalContact, so it covers the current entityType union.
  Covers<FieldConfigType, NonNullable<FieldConfig['entityType']>>,
  Equal<SortOrder, 'ascending' | 'descending'>,
] = [true, true, true, true, true, true, true, true];

describe('enums carry the REST wire strings', () => {
  it.each(Object.entries(expected))('%s', (name, values) => {
    const type = enumType(name);
    expect(type.getValues().map((v) => v.name)).toEqual(values);
    // No mapping layer: the internal value is the wire string.
    expect(type.getValues().map((v): unknown => v.value)).toEqual(values);
  });

  it('the generated enum types equal the upstream unions (checked by the compiler)', () => {
    expect(sameAsUpstream.every(Boolean)).toBe(true);
  });

  it('every enum-typed output field accepts every value the upstream model allows', () => {
    const schema = plainSchema();
    const models = upstreamModels();
    const gaps: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      const model = models.get(type.name);
      if (!isObjectType(type) || !model) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const tsType = model.get(field.name);
        if (!isEnumType(named) || !tsType) continue;
        const upstream = literalUnion(tsType.replace(/^Array<(.*)>$/, '$1'));
        const ours = named.getValues().map((v) => v.name);
        checked++;
        for (const value of upstream) if (!ours.includes(value)) gaps.push(`${type.name}.${field.name}: ${value}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(gaps).toEqual([]);
  });
});
