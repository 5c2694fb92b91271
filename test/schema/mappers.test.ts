import { describe, expect, it } from '@jest/globals';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { codegenMappers, plainSchema, upstreamModels } from './sdl.js';

/**
 * The gateway's own types: the Mutation root and the mutation payloads (mapped to src/mutations/payloads.ts; test/mutations
 * checks them), the Relay connection types (mapped to src/relay/connection.ts; test/frontend checks them), and the
 * Subscription root and its events (mapped to src/live/events.ts, checked below).
 */
const isLiveEvent = (name: string): boolean => /^User\w+Event$/.test(name);
const gatewayOwn = (name: string): boolean =>
  name === 'Mutation' ||
  name.endsWith('Payload') ||
  name.endsWith('Connection') ||
  name.endsWith('Edge') ||
  name === 'PageInfo' ||
  name === 'Subscription' ||
  isLiveEvent(name);

const objectTypes = (): GraphQLObjectType[] =>
  Object.values(plainSchema().getTypeMap()).filter(
    (t): t is GraphQLObjectType =>
      isObjectType(t) && !t.name.startsWith('__') && t.name !== 'Query' && !gatewayOwn(t.name),
  );

/** Whether a GraphQL output type can carry a value of the upstream TypeScript type. */
function compatible(gqlType: GraphQLOutputType, tsType: string): boolean {
  const nullable = getNullableType(gqlType);
  const array = /^Array<(.+)>$/.exec(tsType);
  if (isListType(nullable) !== Boolean(array)) return false;
  const element = array ? array[1] : tsType;
  const named = getNamedType(gqlType);
  if (element.startsWith('Record<') || element === 'unknown') return named.name === 'JSON';
  if (isEnumType(named)) return /^"/.test(element);
  if (isScalarType(named)) {
    const byScalar: Record<string, string[]> = {
      String: ['string'],
      ID: ['string'],
      DateTime: ['string'],
      Int: ['number'],
      Float: ['number'],
      SafeInt: ['number'],
      Boolean: ['boolean'],
    };
    // A string-literal union upstream exposed as String (e.g. OrgOAuthClient.authorizedGrantType) is fine too.
    return (byScalar[named.name] ?? []).includes(element) || (named.name === 'String' && /^"/.test(element));
  }
  return named.name === element;
}

describe('codegen mappers and upstream models', () => {
  it('every object type maps to the upstream model of the same name', () => {
    const mappers = codegenMappers();
    const models = upstreamModels();
    const problems = objectTypes()
      .map((t) => t.name)
      .filter((name) => mappers.get(name) !== `../genesys/models.js#${name}` || !models.has(name));
    expect(problems).toEqual([]);
    expect(
      [...mappers.keys()].filter((name) => !gatewayOwn(name) && !objectTypes().some((t) => t.name === name)),
    ).toEqual([]);
  });

  it('every subscription event type maps to its event in src/live/events.ts', () => {
    const events = Object.keys(plainSchema().getTypeMap()).filter(isLiveEvent);
    expect(events.length).toBe(4);
    for (const name of events)
      expect(codegenMappers().get(name)).toBe(`../live/events.js#${name.replace(/^User/, '')}`);
  });

  it('every object type (except the UserMe wrapper) exposes all fields of its model', () => {
    const models = upstreamModels();
    const missing: string[] = [];
    for (const type of objectTypes()) {
      if (type.name === 'UserMe') continue;
      const fields = type.getFields();
      for (const name of models.get(type.name)?.keys() ?? []) if (!fields[name]) missing.push(`${type.name}.${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('UserMe holds `user` plus only fields of the upstream UserMe model', () => {
    const userMe = plainSchema().getType('UserMe') as GraphQLObjectType;
    const model = upstreamModels().get('UserMe')!;
    const extra = Object.keys(userMe.getFields()).filter((f) => f !== 'user' && !model.has(f));
    expect(extra).toEqual([]);
    expect(String(userMe.getFields().user.type)).toBe('User!');
  });

  it('each model field keeps its upstream shape (list-ness, scalar kind, model → object type)', () => {
    const models = upstreamModels();
    const mismatched: string[] = [];
    for (const type of objectTypes()) {
      const model = models.get(type.name);
      for (const field of Object.values(type.getFields())) {
        const tsType = model?.get(field.name);
        if (tsType && !compatible(field.type, tsType))
          mismatched.push(`${type.name}.${field.name}: ${String(field.type)} vs ${tsType}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('types int64 fields (listing totals) as SafeInt', () => {
    const schema = plainSchema();
    for (const listing of [
      'UserEntityListing',
      'UserSkillEntityListing',
      'UserQueueEntityListing',
      'UsersSearchResponse',
    ]) {
      const type = schema.getType(listing) as GraphQLObjectType;
      expect(String(type.getFields().total.type)).toBe('SafeInt');
    }
    expect(String((schema.getType('UserEntityListing') as GraphQLObjectType).getFields().entities.type)).toBe(
      '[User!]!',
    );
  });
});
