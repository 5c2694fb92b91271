/**
 * Subscription: each field follows one kind of change for a list of users through the caller's live access
 * (src/live). `subscribe` checks the ids are UUIDs and returns the stream (the access checks their number); `resolve` runs once per event, before the
 * event's fields: it points the operation's context at the event's dispatch scope (fresh client and loaders,
 * shared by the events delivered together), so `user { … }` and every nested field load like a request of
 * their own, batched across those events, and nothing cached goes stale between events.
 */
import { GraphQLError } from 'graphql';
import type { SubscriptionResolvers } from '../src/__generated__/resolvers-types.js';
import type { GatewayContext } from '../src/context.js';
import type { LiveEvent, LiveKind } from '../src/live/events.js';
import type { LiveStream } from '../src/live/stream.js';
import { requireUuids } from '../src/validation/ids.js';

function follow(kind: LiveKind, userIds: readonly string[], ctx: GatewayContext): LiveStream {
  if (!ctx.live) {
    throw new GraphQLError('Live updates are off on this gateway (LIVE_SUBSCRIPTIONS=false).', {
      extensions: { code: 'LIVE_UNAVAILABLE' },
    });
  }
  requireUuids({ userIds });
  return ctx.live.follow(kind, userIds);
}

/**
 * The event's fields resolve with its dispatch scope's client and loaders. Getters, so a selection that needs
 * no upstream data (the value alone) never builds that scope.
 */
function adopt<E extends LiveEvent>(event: E, ctx: GatewayContext): E {
  for (const key of ['client', 'loaders', 'observation'] as const) {
    Object.defineProperty(ctx, key, { get: () => event.tick.context()[key], configurable: true, enumerable: true });
  }
  return event;
}

export const Subscription: SubscriptionResolvers = {
  userPresenceChanged: {
    subscribe: (_root, { userIds }, ctx) => follow('presence', userIds, ctx),
    resolve: (event: LiveEvent & { kind: 'presence' }, _args: unknown, ctx: GatewayContext) => adopt(event, ctx),
  },
  userRoutingStatusChanged: {
    subscribe: (_root, { userIds }, ctx) => follow('routingStatus', userIds, ctx),
    resolve: (event: LiveEvent & { kind: 'routingStatus' }, _args: unknown, ctx: GatewayContext) => adopt(event, ctx),
  },
  userOutOfOfficeChanged: {
    subscribe: (_root, { userIds }, ctx) => follow('outOfOffice', userIds, ctx),
    resolve: (event: LiveEvent & { kind: 'outOfOffice' }, _args: unknown, ctx: GatewayContext) => adopt(event, ctx),
  },
  userStationChanged: {
    subscribe: (_root, { userIds }, ctx) => follow('station', userIds, ctx),
    resolve: (event: LiveEvent & { kind: 'station' }, _args: unknown, ctx: GatewayContext) => adopt(event, ctx),
  },
};
