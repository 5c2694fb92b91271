/**
 * Every seed write is a Mutation field (its route in a `Wraps …` description, read by introspection), and the
 * shapes a normalising cache relies on hold: every payload names the user (`userId`, `user`), every payload
 * type maps to its model in src/mutations/payloads.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { operationList } from '../../src/genesys/operations.js';
import { expectData, graphql, present } from '../helpers/operations.js';
import { useOrg } from './helpers.js';
import { codegenMappers, plainSchema, repoRoot } from '../schema/sdl.js';

const org = useOrg({ emulator: { users: 50 } });

interface TypeRef {
  name: string | null;
  kind: string;
  ofType?: TypeRef | null;
}

interface IntrospectedType {
  name: string | null;
  fields: Array<{ name: string; description: string | null; type: TypeRef }> | null;
}

const MUTATION_TYPES = graphql(`
  query MutationCoverageTypes {
    __schema {
      mutationType {
        name
      }
      types {
        name
        fields {
          name
          description
          type {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                }
              }
            }
          }
        }
      }
    }
  }
`);

const namedType = (ref: TypeRef): string | null => (ref.ofType ? namedType(ref.ofType) : ref.name);

const writes = operationList.filter((op) => !op.readOnly).map((op) => `${op.method} ${op.route}`);

function wrapped(description: string | null): string[] {
  return [...(description ?? '').matchAll(/Wraps (GET|POST|PUT|PATCH|DELETE) (\/[\w/{}]+)/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
}

describe('Mutation fields by introspection', () => {
  let types: IntrospectedType[];
  beforeAll(async () => {
    const { __schema: schema } = await expectData(org.h, MUTATION_TYPES);
    expect(schema.mutationType?.name).toBe('Mutation');
    types = schema.types;
  });

  const mutationFields = () => present(types.find((t) => t.name === 'Mutation')?.fields, 'Mutation fields');

  it('shows all 27 seed write routes in Wraps descriptions of Mutation fields', () => {
    expect(writes).toHaveLength(27);
    const routes = new Set(mutationFields().flatMap((f) => wrapped(f.description)));
    expect(writes.filter((w) => !routes.has(w))).toEqual([]);
  });

  it('has one field per write, each wrapping exactly one write route', () => {
    const fields = mutationFields();
    expect(fields).toHaveLength(27);
    const byField = fields.map((f) => [f.name, wrapped(f.description)] as const);
    expect(byField.filter(([, routes]) => routes.length !== 1 || !writes.includes(routes[0]))).toEqual([]);
    expect(new Set(byField.map(([, routes]) => routes[0])).size).toBe(27);
  });

  it('names each write by GraphQL convention', () => {
    expect(
      mutationFields()
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      'addUserRoutingLanguage',
      'addUserRoutingSkill',
      'changeMyPassword',
      'changeUserPassword',
      'clearUserAssociatedStation',
      'clearUserDefaultStation',
      'createUser',
      'deleteUser',
      'inviteUser',
      'removeUserRoles',
      'removeUserRoutingLanguage',
      'removeUserRoutingSkill',
      'replaceUserCallForwarding',
      'setUserAssociatedStation',
      'setUserDefaultStation',
      'setUserOutOfOffice',
      'setUserProfileSkills',
      'setUserQueueMembership',
      'setUserQueuesMembership',
      'setUserRoles',
      'setUserRoutingStatus',
      'updateUser',
      'updateUserCallForwarding',
      'updateUserGeolocation',
      'updateUserRoutingLanguage',
      'updateUserRoutingSkill',
      'updateUsersAcdAutoAnswer',
    ]);
  });

  it('says that current Genesys regions answer DELETE …/roles with 404, and what replaces it', () => {
    const field = present(
      mutationFields().find((f) => f.name === 'removeUserRoles'),
      'removeUserRoles',
    );
    expect(wrapped(field.description)).toEqual(['DELETE /api/v2/users/{userId}/roles']);
    expect(field.description).toMatch(/current Genesys regions answer it with\s+404/);
    expect(field.description).toContain('setUserRoles(userId:, roleIds: [])');
  });

  it('returns a User, a list of users, or a payload that names the user by id', () => {
    const payloads = new Set<string>();
    for (const field of mutationFields()) {
      const named = namedType(field.type);
      if (named === 'User') continue;
      expect(named).toMatch(/Payload$/);
      payloads.add(present(named, 'named type'));
    }
    expect(payloads.size).toBe(13);
    for (const name of payloads) {
      const fields = present(types.find((t) => t.name === name)?.fields, `${name} fields`);
      const userId = fields.find((f) => f.name === 'userId');
      expect([name, userId?.type.kind, userId?.type.ofType?.name]).toEqual([name, 'NON_NULL', 'ID']);
      expect([name, fields.find((f) => f.name === 'user')?.type.name]).toEqual([name, 'User']);
    }
  });
});

describe('payload types in codegen', () => {
  it('map to the interface of the same name in src/mutations/payloads.ts', () => {
    const source = readFileSync(path.join(repoRoot, 'src', 'mutations', 'payloads.ts'), 'utf8');
    const mappers = codegenMappers();
    const payloads = Object.values(plainSchema().getTypeMap()).filter(
      (t) => isObjectType(t) && t.name.endsWith('Payload'),
    );
    expect(payloads.length).toBe(13);
    for (const type of payloads) {
      expect([type.name, mappers.get(type.name)]).toEqual([type.name, `../mutations/payloads.js#${type.name}`]);
      expect(source).toMatch(new RegExp(`export (interface|type) ${type.name}\\b`));
    }
  });
});
