/**
 * The subscription events (schema/subscription.graphql): their values are the event's own properties; `user`
 * loads through the loaders of the event's dispatch scope (the Subscription resolver put them in the context),
 * with the expands the selection needs, so the users of the events delivered together share one bulk call.
 */
import type {
  UserOutOfOfficeEventResolvers,
  UserPresenceEventResolvers,
  UserRoutingStatusEventResolvers,
  UserStationEventResolvers,
} from '../src/__generated__/resolvers-types.js';
import type { GatewayContext } from '../src/context.js';
import type * as M from '../src/genesys/models.js';
import { userExpandsFor } from '../src/loaders/expands.js';
import type { LookaheadInfo } from '../src/lookahead.js';

const user = (event: { userId: string }, _args: unknown, ctx: GatewayContext, info: LookaheadInfo): Promise<M.User> =>
  ctx.loaders.users.load(event.userId, userExpandsFor(info));

export const UserPresenceEvent: UserPresenceEventResolvers = { user };
export const UserRoutingStatusEvent: UserRoutingStatusEventResolvers = { user };
export const UserOutOfOfficeEvent: UserOutOfOfficeEventResolvers = { user };
export const UserStationEvent: UserStationEventResolvers = { user };
