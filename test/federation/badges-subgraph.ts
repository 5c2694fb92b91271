/**
 * "badges": a second, small subgraph for the federation tests, with its own Apollo Server and
 * buildSubgraphSchema on a loopback port. It uses usergraph the way another team would, without touching
 * our schema:
 * - extends `User` with `badges`, which `@requires(fields: "email")` (email is `@external`, ours), so the
 *   router must read the email from usergraph before it can ask here;
 * - completes the `Division` stub (ours is `resolvable: false`) with a field of its own, `badgeCount`;
 * - has a root field that returns bare `User` references (ids only), so the router resolves them through
 *   usergraph's `_entities`.
 * It records every representation it is asked to resolve, to assert what the router sent.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export const badgesTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])

  type Query {
    "The users holding a badge, as references that the router completes from usergraph."
    badgeHolders(first: Int!): [User!]!
  }

  # usergraph's User, extended. Types and fields owned elsewhere carry # comments, not descriptions: a
  # description that differs from the owner's is an INCONSISTENT_DESCRIPTION composition hint.
  type User @key(fields: "id") {
    id: ID!
    # usergraph's; read here only through @requires.
    email: String @external
    "The user's badges; awarding needs the user's email."
    badges: [Badge!]! @requires(fields: "email")
  }

  "A badge awarded to a user."
  type Badge {
    "The badge name."
    name: String!
    "What earned it (here: the email it was awarded to)."
    evidence: String!
  }

  # usergraph's Division stub (resolvable: false there), resolved and completed here.
  type Division @key(fields: "id") {
    # Nullable like usergraph's Division.id: ID! here would be an INCONSISTENT_BUT_COMPATIBLE_OUTPUT_TYPE hint.
    id: ID
    "How many badges the division's users hold (a number of this subgraph's own)."
    badgeCount: Int!
  }
`);

interface UserRepresentation {
  __typename: 'User';
  id: string;
  email?: string | null;
}

interface DivisionRepresentation {
  __typename: 'Division';
  id: string | null;
}

interface Badge {
  name: string;
  evidence: string;
}

/** The badge a user with this email earns (what a test expects back). */
export function badgesFor(email: string | null | undefined): Badge[] {
  return email ? [{ name: 'Contactable', evidence: email }] : [];
}

/** The badge count of a division (deterministic, derived from its id). */
export function badgeCountOf(divisionId: string | null): number {
  return divisionId ? divisionId.length : 0;
}

export interface BadgesSubgraph {
  url: string;
  /** The User representations the router sent since the last reset, in arrival order. */
  users: UserRepresentation[];
  /** The Division representations the router sent since the last reset. */
  divisions: DivisionRepresentation[];
  reset(): void;
  stop(): Promise<void>;
}

export async function startBadgesSubgraph(holderIds: readonly string[]): Promise<BadgesSubgraph> {
  const users: UserRepresentation[] = [];
  const divisions: DivisionRepresentation[] = [];
  const resolvers = {
    Query: {
      badgeHolders: (_parent: unknown, args: { first: number }): Array<{ id: string }> =>
        holderIds.slice(0, args.first).map((id) => ({ id })),
    },
    User: {
      __resolveReference(ref: UserRepresentation): UserRepresentation {
        users.push(ref);
        return ref;
      },
      badges: (user: UserRepresentation): Badge[] => badgesFor(user.email),
    },
    Division: {
      __resolveReference(ref: DivisionRepresentation): DivisionRepresentation {
        divisions.push(ref);
        return ref;
      },
      badgeCount: (division: DivisionRepresentation): number => badgeCountOf(division.id),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: badgesTypeDefs, resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    users,
    divisions,
    reset() {
      users.length = 0;
      divisions.length = 0;
    },
    stop: () => server.stop(),
  };
}
