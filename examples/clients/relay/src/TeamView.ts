// Relay: the compiler writes TeamViewQuery's types to __generated__ and its text to persisted-queries.json
// (persistConfig); the app sends only the id. Node refetching and cursor connections are Relay's own.
import {
  Environment,
  Network,
  RecordSource,
  Store,
  fetchQuery,
  graphql,
  type RequestParameters,
  type Variables,
} from 'relay-runtime';
import type { TeamViewQuery } from './__generated__/TeamViewQuery.graphql';

const query = graphql`
  query TeamViewQuery($managerId: ID!, $first: Int!, $after: String) {
    node(id: $managerId) {
      id
      ... on User {
        name
        directReportsConnection(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
              name
              routingStatus {
                status
              }
              skills {
                id
                skillId
                name
                proficiency
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

// Persisted queries: the body carries doc_id (the gateway also reads documentId), never the text.
async function fetchPersisted(params: RequestParameters, variables: Variables) {
  const response = await fetch('http://localhost:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer <token>' },
    body: JSON.stringify({ doc_id: params.id, variables }),
  });
  return response.json();
}

export const environment = new Environment({
  network: Network.create(fetchPersisted),
  store: new Store(new RecordSource()),
});

export async function teamOf(managerId: string): Promise<string[]> {
  const data = await fetchQuery<TeamViewQuery>(environment, query, { managerId, first: 25 }).toPromise();
  const edges = data?.node?.directReportsConnection?.edges ?? [];
  return edges.map(({ node }) => `${node.name}: ${node.routingStatus?.status ?? 'unknown'}`);
}
