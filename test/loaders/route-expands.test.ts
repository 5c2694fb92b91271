/**
 * The lookahead's per-route vocabulary: every expand the User field table can produce is one the user
 * routes accept, /users/me accepts more than /users, search only its seven, and a selection's expand set
 * is cut to the route it goes to.
 */
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { expandValuesOf, operations } from '../../src/genesys/operations.js';
import { USER_FIELD_EXPANDS } from '../../src/graph/user-fields.js';
import { ROUTE_EXPANDS, userExpandsOf } from '../../src/loaders/expands.js';
import { selectedFields } from '../../src/lookahead.js';

/** Every value a rule can give: its plain form, and with the sub-selection that adds more (unusedRoles). */
const producible = [...USER_FIELD_EXPANDS.values()].flatMap((rule) => [
  ...(rule({}, new Map()) ?? []),
  ...(rule({}, new Map([['unusedRoles', []]])) ?? []),
]);

it('the User field table produces only values the user routes accept', () => {
  for (const route of ['users', 'user', 'directReports', 'superiors', 'adjacents', 'favorites', 'me'] as const) {
    expect(producible.filter((e) => !ROUTE_EXPANDS[route].has(e))).toEqual([]);
  }
});

it("the route sets are the operation table's: /me accepts more than /users, search its seven", () => {
  expect([...ROUTE_EXPANDS.users]).toEqual(expandValuesOf(operations.getUsers));
  expect([...ROUTE_EXPANDS.me]).toEqual(expandValuesOf(operations.getUsersMe));
  expect([...ROUTE_EXPANDS.users].every((e) => ROUTE_EXPANDS.me.has(e))).toBe(true);
  expect(ROUTE_EXPANDS.me.has('organization') && !ROUTE_EXPANDS.users.has('organization')).toBe(true);
  expect([...ROUTE_EXPANDS.search].sort()).toEqual([
    'authorization',
    'conversationSummary',
    'geolocation',
    'outOfOffice',
    'presence',
    'routingStatus',
    'station',
  ]);
});

it("a selection's expand set is cut to the route it goes to", () => {
  const operation = parse('{ x { routingStatus { status } skills { id } integrationPresence { source } } }')
    .definitions[0] as OperationDefinitionNode;
  const info = { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments: {} };
  const selection = selectedFields(info);
  expect(userExpandsOf(selection, info, ROUTE_EXPANDS.users)).toEqual([
    'integrationPresence',
    'routingStatus',
    'skills',
  ]);
  expect(userExpandsOf(selection, info, ROUTE_EXPANDS.search)).toEqual(['routingStatus']);
});
