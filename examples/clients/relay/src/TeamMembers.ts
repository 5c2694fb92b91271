// A paginated, refetchable fragment: what Relay's usePaginationFragment needs. relay-compiler checks the
// gateway's Relay conventions here — @refetchable on a User fragment generates a refetch query through
// Query.node(id:), and @connection needs directReportsConnection's first/after, edges/cursor/node and pageInfo.
import { graphql } from 'relay-runtime';
import type { TeamMembers_manager$data } from './__generated__/TeamMembers_manager.graphql';
import type { TeamMembersPaginationQuery$variables } from './__generated__/TeamMembersPaginationQuery.graphql';

export const teamMembersFragment = graphql`
  fragment TeamMembers_manager on User
  @refetchable(queryName: "TeamMembersPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    name
    directReportsConnection(first: $count, after: $cursor) @connection(key: "TeamMembers_directReportsConnection") {
      edges {
        node {
          id
          name
          routingStatus {
            status
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** The next page's variables, as usePaginationFragment's loadNext builds them. */
export function nextPage(manager: TeamMembers_manager$data): TeamMembersPaginationQuery$variables | null {
  const connection = manager.directReportsConnection;
  if (!connection?.pageInfo.hasNextPage) return null;
  return { id: manager.id, count: 10, cursor: connection.pageInfo.endCursor };
}

export function statuses(manager: TeamMembers_manager$data): string[] {
  return (manager.directReportsConnection?.edges ?? []).flatMap((edge) =>
    edge?.node ? [`${edge.node.name}: ${edge.node.routingStatus?.status ?? 'unknown'}`] : [],
  );
}
