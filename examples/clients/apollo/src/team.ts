// Apollo Client with the client preset: TeamViewDocument (examples/02-team-view.graphql) carries its
// result and variables types, so `data` is typed from the schema and a wrong variable is a compile error.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { TeamViewDocument, type TeamViewQuery } from './gql/graphql';

export const client = new ApolloClient({
  link: new HttpLink({ uri: 'http://localhost:4000/graphql', headers: { authorization: 'Bearer <token>' } }),
  // No type policies needed: per-user assignments (queues, skills, languages) have ids unique across users.
  cache: new InMemoryCache(),
});

export async function teamOf(memberId: string): Promise<string[]> {
  const { data } = await client.query({ query: TeamViewDocument, variables: { memberId } });
  const team: NonNullable<NonNullable<TeamViewQuery['user']>['manager']> | null | undefined = data?.user?.manager;
  return (team?.directReports ?? []).map((member) => `${member.name}: ${member.routingStatus?.status ?? 'unknown'}`);
}
