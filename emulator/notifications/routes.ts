/**
 * The REST side of the Notifications API (route table: src/genesys/notification-operations.ts, plus HEAD on a
 * channel, which the gateway never calls). Handlers run behind the same auth, counting, rate limit and faults
 * as the Users API routes.
 */
import { notificationOperationList } from '../../src/genesys/notification-operations.js';
import type { OperationSpec } from '../../src/genesys/operations.js';
import { noContent, ok, type Handler, type NotificationRouteId, type RouteContext } from '../context.js';
import { availableTopics } from './topics.js';

/** The emulator's route list for the area, HEAD included. */
export const notificationRoutes: ReadonlyArray<
  Omit<OperationSpec, 'method'> & { id: NotificationRouteId; method: OperationSpec['method'] | 'HEAD' }
> = [
  ...notificationOperationList,
  {
    id: 'headNotificationsChannel',
    seedName: 'head_notifications_channel',
    method: 'HEAD',
    route: '/api/v2/notifications/channels/{channelId}',
    summary: 'Verify a channel still exists and is valid',
    query: [],
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
];

const service = (ctx: RouteContext) => ctx.notifications;
const ignoreErrors = (ctx: RouteContext): boolean => ctx.query.one('ignoreErrors') === 'true';

export const notificationHandlers: Record<NotificationRouteId, Handler> = {
  postNotificationsChannels: (ctx) => ok(service(ctx).createChannel(ctx.identity)),
  getNotificationsChannels: (ctx) =>
    ok(service(ctx).listChannels(ctx.identity, ctx.query.one('includechannels') ?? 'token')),
  headNotificationsChannel: (ctx) => {
    service(ctx).channel(ctx.identity, ctx.params.channelId);
    return { status: 200 };
  },
  getNotificationsChannelSubscriptions: (ctx) => {
    const s = service(ctx);
    return ok(s.subscriptions(s.channel(ctx.identity, ctx.params.channelId)));
  },
  putNotificationsChannelSubscriptions: (ctx) => {
    const s = service(ctx);
    return ok(
      s.setSubscriptions(s.channel(ctx.identity, ctx.params.channelId), ctx.body, 'replace', ignoreErrors(ctx)),
    );
  },
  postNotificationsChannelSubscriptions: (ctx) => {
    const s = service(ctx);
    return ok(s.setSubscriptions(s.channel(ctx.identity, ctx.params.channelId), ctx.body, 'add', ignoreErrors(ctx)));
  },
  deleteNotificationsChannelSubscriptions: (ctx) => {
    const s = service(ctx);
    s.clearSubscriptions(s.channel(ctx.identity, ctx.params.channelId));
    return noContent();
  },
  getNotificationsAvailabletopics: (ctx) => ok(availableTopics(new Set(ctx.query.all('expand')))),
};
