/**
 * The User field table (src/graph/user-fields.ts) against the schema: the `@cost` weights a router enforces,
 * the descriptions people read, and the table the loaders, resolvers and cost model derive from say the same.
 */
import { getNamedType, isObjectType, parse, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { subgraphSdl } from '../../scripts/print-schema.js';
import {
  ASSIGNMENT_FIELDS,
  ID_ONLY_FIELDS,
  ME_EXPANDS,
  ME_LIST_EXPANDS,
  USER_FIELD_EXPANDS,
  USER_FIELDS,
  USER_LOAD_FIELDS,
  type UserField,
} from '../../src/graph/user-fields.js';
import { costWeightOf } from '../../src/graph/demand-control.js';
import { callKindOf } from '../../src/protection/cost.js';
import { compose } from '../federation/supergraph.js';
import { schema } from '../protection/helpers.js';

const WRAPS = /\bWraps (?:GET|POST|PUT|PATCH|DELETE) \//;
const USER_FETCH_EXPAND = /\bexpand=(\S+?)\)? on the user fetch\b|\(same data as expand=(\S+) on the user fetch\)/;

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

const table = Object.entries<UserField>(USER_FIELDS);
const user = objectType('User');
const userField = (name: string): GraphQLField<unknown, unknown> => {
  const field = user.getFields()[name];
  if (!field) throw new Error(`User.${name} is not in the schema`);
  return field;
};

describe('the @cost weights and the descriptions', () => {
  it('a field has @cost(weight: 1) exactly when its description says it calls upstream', () => {
    const disagreements: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('_')) continue;
      for (const field of Object.values(type.getFields())) {
        const description = field.description ?? '';
        const says = WRAPS.test(description) || USER_FETCH_EXPAND.test(description);
        const weight = costWeightOf(field);
        if (says ? weight !== 1 : weight !== 0) disagreements.push(`${type.name}.${field.name}: @cost ${weight}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('the supergraph keeps the weights, so a router enforces them', () => {
    const { supergraphSdl } = compose([
      { name: 'usergraph', url: 'http://usergraph.test/graphql', typeDefs: parse(subgraphSdl()) },
    ]);
    expect(supergraphSdl).toMatch(/^ {2}routingStatus: RoutingStatus @cost\(weight: 1\)$/m);
    expect(supergraphSdl).toMatch(/^ {2}directReports: \[User!\] @listSize\(assumedSize: 50\)$/m);
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
  });
});

describe('the User field table and the schema', () => {
  it('lists every User field that has a weight, and only those', () => {
    const weighted = Object.values(user.getFields())
      .filter((field) => costWeightOf(field) > 0)
      .map((field) => field.name)
      .sort();
    expect(table.map(([name]) => name).sort()).toEqual(weighted);
  });

  it("gives the cost model each User field's call kind", () => {
    for (const [name, facts] of table) expect([name, callKindOf(user, userField(name))]).toEqual([name, facts.calls]);
    expect(callKindOf(user, userField('name'))).toBe('none');
  });

  it('names each dedicated route as the description does', () => {
    const routes = table.flatMap(([name, facts]) => (facts.dedicated ? [[name, facts.dedicated.route] as const] : []));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const [name, route] of routes) expect(userField(name).description).toContain(`Wraps ${route}`);
  });

  it('embeds each field with the expand its description names', () => {
    let checked = 0;
    for (const field of Object.values(user.getFields())) {
      const named = USER_FETCH_EXPAND.exec(field.description ?? '');
      if (!named) continue;
      const rule = USER_FIELD_EXPANDS.get(field.name);
      expect([field.name, rule?.({}, new Map())?.[0]]).toEqual([field.name, named[1] ?? named[2]]);
      checked++;
    }
    expect(checked).toBe(20);
  });

  it('answers from a reference { id } only fields that no expand embeds', () => {
    expect([...ID_ONLY_FIELDS].filter((name) => USER_FIELD_EXPANDS.has(name))).toEqual([]);
    expect(ID_ONLY_FIELDS).toEqual(
      new Set([
        'id',
        '__typename',
        'queues',
        'queuesPage',
        'skillsPage',
        'languagesPage',
        'trustors',
        'trustorsPage',
        'favorites',
        'favoritesPage',
        'callForwarding',
        'profile',
        'directReports',
        'superiors',
        'adjacents',
      ]),
    );
  });

  it('gives ids of the user to the assignments of exactly the fields that return them', () => {
    const assignmentTypes = new Set(['UserQueue', 'UserRoutingSkill', 'UserRoutingLanguage', 'Geolocation']);
    const returning = (name: string): boolean => {
      const type = getNamedType(userField(name).type);
      if (assignmentTypes.has(type.name)) return true;
      // An offset page of assignments: its `entities`.
      const entities = isObjectType(type) ? type.getFields().entities : undefined;
      return entities !== undefined && assignmentTypes.has(getNamedType(entities.type).name);
    };
    const expected = Object.keys(user.getFields()).filter((name) => !name.endsWith('Connection') && returning(name));
    expect([...ASSIGNMENT_FIELDS].sort()).toEqual(expected.sort());
  });

  it('loads users by id, batched, wherever the table says so', () => {
    for (const coordinate of USER_LOAD_FIELDS) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = objectType(typeName);
      const field = type.getFields()[fieldName];
      expect([coordinate, field && costWeightOf(field), field && callKindOf(type, field)]).toEqual([
        coordinate,
        1,
        'batched',
      ]);
    }
  });
});

describe('what GET /api/v2/users/me embeds', () => {
  it('fills each UserMe field with the expand its description names', () => {
    const me = objectType('UserMe');
    for (const [name, expand] of Object.entries(ME_EXPANDS)) {
      expect([name, me.getFields()[name]?.description]).toEqual([
        name,
        expect.stringContaining(`Read through expand=${expand} on GET /api/v2/users/me`),
      ]);
    }
    expect(Object.keys(ME_EXPANDS).sort()).toEqual(
      Object.keys(me.getFields())
        .filter((name) => name !== 'user')
        .sort(),
    );
  });

  it("embeds the caller's direct reports and superiors with the UserMe lists' expands", () => {
    expect([...ME_LIST_EXPANDS]).toEqual([
      ['directReports', ME_EXPANDS.directReports],
      ['superiors', ME_EXPANDS.superiors],
    ]);
  });
});
