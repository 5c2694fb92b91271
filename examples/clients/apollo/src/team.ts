// Apollo Client with the client preset: TeamViewDocument (examples/02-team-view.graphql) carries its
// result and variables types, so `data` is typed from the schema and a wrong variable is a compile error.
// The persisted-query link sends only the document's hash (from the client preset's manifest), so the
// client works against a gateway that enforces trusted documents.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { TeamViewDocument } from './gql/graphql';

/** The hash the client preset put on the document (`persistedDocuments: true`). */
const hashOf = (document: DocumentNode): string => {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This document is not in the persisted-documents manifest: run codegen.');
  return hash;
};

export function createClient(uri = 'http://localhost:4000/graphql', token = '<token>') {
  return new ApolloClient({
    link: new PersistedQueryLink({ generateHash: hashOf }).concat(
      new HttpLink({ uri, headers: { authorization: `Bearer ${token}` } }),
    ),
    // No type policies needed: per-user assignments (queues, skills, languages) have ids unique across users.
    cache: new InMemoryCache(),
  });
}

export const client = createClient();

export async function teamOf(memberId: string, apollo = client): Promise<string[]> {
  const { data } = await apollo.query({ query: TeamViewDocument, variables: { memberId } });
  const members = data?.user?.manager?.directReports ?? [];
  return members.map((member) => `${member.name}: ${member.routingStatus?.status ?? 'unknown'}`);
}
