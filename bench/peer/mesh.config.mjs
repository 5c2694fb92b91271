/**
 * The benchmark's peer, as a team would set it up: GraphQL Mesh's OpenAPI source over the emulator's own OpenAPI
 * description (GET /api/v2/docs/openapi.json), composed with `mesh-compose` and served by Hive Gateway, the
 * caller's bearer token passed on. The API's references (a user's `manager` is `{ id }`) get one field that
 * loads the referenced user: `managerUser`, one GET /api/v2/users/{userId} per parent. Mesh's batched form
 * (`keysArg`) is not used: it matches results to keys by position, and GET /api/v2/users?id=… answers sorted by
 * name and paged, so it hands users the wrong managers. Error responses are left out of the types
 * (`ignoreErrorResponses`), so each operation returns its model rather than a union with ErrorBody.
 * PEER_UPSTREAM: the emulator's URL.
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const upstream = process.env.PEER_UPSTREAM;
if (!upstream) throw new Error('PEER_UPSTREAM (the emulator URL) is not set');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Users', {
        source: `${upstream}/api/v2/docs/openapi.json`,
        endpoint: upstream,
        operationHeaders: { Authorization: '{context.headers.authorization}' },
        ignoreErrorResponses: true,
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type User {
      managerUser: User
        @resolveTo(
          sourceName: "Users"
          sourceTypeName: "Query"
          sourceFieldName: "getUser"
          requiredSelectionSet: "{ manager { id } }"
          sourceArgs: { userId: "{root.manager.id}" }
        )
    }
  `,
});
