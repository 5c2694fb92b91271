/**
 * The subscription events (schema/subscription.graphql): their values are the event's own properties; `user`
 * loads through the loaders of the event's dispatch scope (the Subscription resolver put them in the context),
 * with the expands the selection needs, so the users of the events delivered together share one bulk call.
 */
import type { Resolvers } from '../src/__generated__/resolvers-types.js';
import type { GatewayContext } from '../src/context.js';
import type * as M from '../src/genesys/models.js';
import type { LIVE_EVENT_TYPES } from '../src/graph/user-fields.js';
import { userExpandsFor } from '../src/loaders/expands.js';
import type { LookaheadInfo } from '../src/lookahead.js';

const user = (event: { userId: string }, _args: unknown, ctx: GatewayContext, info: LookaheadInfo): Promise<M.User> =>
  ctx.loaders.users.load(event.userId, userExpandsFor(info));

type EventName = (typeof LIVE_EVENT_TYPES)[number];

/** The resolvers of every event type, by type name (resolvers/index.ts spreads them). */
export const liveEventResolvers: Required<Pick<Resolvers, EventName>> = {
  UserPresenceEvent: { user },
  UserRoutingStatusEvent: { user },
  UserOutOfOfficeEvent: { user },
  UserStationEvent: { user },
};
