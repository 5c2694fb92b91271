// urql with the client preset: the typed document gives `result.data` its type from the schema.
import { Client, fetchExchange } from '@urql/core';
import { TeamViewDocument } from './gql/graphql';

export const client = new Client({
  url: 'http://localhost:4000/graphql',
  exchanges: [fetchExchange],
  fetchOptions: { headers: { authorization: 'Bearer <token>' } },
});

export async function teamOf(memberId: string): Promise<string[]> {
  const result = await client.query(TeamViewDocument, { memberId }).toPromise();
  const members = result.data?.user?.manager?.directReports ?? [];
  return members.map((member) => `${member.name}: ${member.routingStatus?.status ?? 'unknown'}`);
}
