/**
 * Subscriptions over plain HTTP: a subscription operation without the callback protocol's
 * `extensions.subscription` cannot be served by a request/response (Apollo would run it as a query with no
 * event), so it is refused before execution with a 400 that says where subscriptions go.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

export function subscriptionsOverHttpPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      if (request.extensions?.subscription) return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw new GraphQLError(
            'Subscriptions travel over a WebSocket (graphql-ws, subprotocol graphql-transport-ws, on /graphql) or through the subscription callback protocol (Apollo Router); not over plain HTTP.',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
