// urql with the client preset: the typed document gives `result.data` its type from the schema.
import { Client, fetchExchange } from '@urql/core';
import { TeamViewDocument } from './gql/graphql';

export function createClient(url = 'http://localhost:4000/graphql', token = '<token>') {
  return new Client({
    url,
    exchanges: [fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
  });
}

export const client = createClient();

export async function teamOf(memberId: string, urql = client): Promise<string[]> {
  const result = await urql.query(TeamViewDocument, { memberId }).toPromise();
  if (result.error) throw result.error;
  const members = result.data?.user?.manager?.directReports ?? [];
  return members.map((member) => `${member.name}: ${member.routingStatus?.status ?? 'unknown'}`);
}
