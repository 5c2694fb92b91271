/**
 * The Notifications API operations the live graph uses (not part of the 53 Users operations of the seed),
 * in the same shape as operations.ts, so the client's choke point, the emulator's routes and the request log
 * treat them like every other call. `HEAD …/channels/{channelId}` is served by the emulator but not listed:
 * the gateway never needs it. Shapes: docs/upstream-notifications.md.
 */
import type { OperationSpec } from './operations.js';

const none = { mode: 'NONE', anyOf: [] } as const;

export const notificationOperations = {
  postNotificationsChannels: {
    seedName: 'post_notifications_channels',
    method: 'POST',
    route: '/api/v2/notifications/channels',
    summary: 'Create a new channel',
    query: [],
    returns: 'Channel',
    permissions: none,
    readOnly: false,
  },
  getNotificationsChannels: {
    seedName: 'get_notifications_channels',
    method: 'GET',
    route: '/api/v2/notifications/channels',
    summary: 'The channels of this token (includechannels=token) or of its OAuth client (oauthclient)',
    query: [{ name: 'includechannels', type: 'string', values: ['token', 'oauthclient'], default: 'token' }],
    returns: 'ChannelEntityListing',
    permissions: none,
    readOnly: true,
  },
  getNotificationsChannelSubscriptions: {
    seedName: 'get_notifications_channel_subscriptions',
    method: 'GET',
    route: '/api/v2/notifications/channels/{channelId}/subscriptions',
    summary: 'The list of all subscriptions for this channel',
    query: [],
    returns: 'ChannelTopicEntityListing',
    permissions: none,
    readOnly: true,
  },
  putNotificationsChannelSubscriptions: {
    seedName: 'put_notifications_channel_subscriptions',
    method: 'PUT',
    route: '/api/v2/notifications/channels/{channelId}/subscriptions',
    summary: 'Replace the current list of subscriptions with a new list',
    query: [{ name: 'ignoreErrors', type: 'boolean', default: 'false' }],
    body: 'ChannelTopic[]',
    returns: 'ChannelTopicEntityListing',
    permissions: none,
    readOnly: false,
  },
  postNotificationsChannelSubscriptions: {
    seedName: 'post_notifications_channel_subscriptions',
    method: 'POST',
    route: '/api/v2/notifications/channels/{channelId}/subscriptions',
    summary: 'Add a list of subscriptions to the existing list of subscriptions',
    query: [{ name: 'ignoreErrors', type: 'boolean', default: 'false' }],
    body: 'ChannelTopic[]',
    returns: 'ChannelTopicEntityListing',
    permissions: none,
    readOnly: false,
  },
  deleteNotificationsChannelSubscriptions: {
    seedName: 'delete_notifications_channel_subscriptions',
    method: 'DELETE',
    route: '/api/v2/notifications/channels/{channelId}/subscriptions',
    summary: 'Remove all subscriptions',
    query: [],
    permissions: none,
    readOnly: false,
  },
  getNotificationsAvailabletopics: {
    seedName: 'get_notifications_availabletopics',
    method: 'GET',
    route: '/api/v2/notifications/availabletopics',
    summary: 'Get available notification topics',
    query: [
      {
        name: 'expand',
        type: 'string[]',
        values: [
          'description',
          'enforced',
          'schema',
          'visibility',
          'transports',
          'publicApiTemplateUriPaths',
          'requiresPermissions',
          'permissionDetails',
        ],
      },
    ],
    returns: 'AvailableTopicEntityListing',
    permissions: none,
    readOnly: true,
  },
} as const satisfies Record<string, OperationSpec>;

export type NotificationOperationId = keyof typeof notificationOperations;

export const notificationOperationList: ReadonlyArray<OperationSpec & { id: NotificationOperationId }> = (
  Object.keys(notificationOperations) as NotificationOperationId[]
).map((id) => ({ id, ...notificationOperations[id] }));

/** A channel as POST /api/v2/notifications/channels answers it. */
export interface Channel {
  id: string;
  /** The WebSocket URI to connect to. */
  connectUri: string;
  /** ISO-8601: when the channel ends unless its subscriptions are renewed. */
  expires: string;
}

/** @public The `returns` of the operations above (the upstream's wire shape, documented here). */
export interface ChannelEntityListing {
  entities: Channel[];
}

/** A topic subscription of a channel (`id` is the topic name). */
interface ChannelTopic {
  id: string;
  selfUri?: string;
}

/** @public The `returns` of the operations above (the upstream's wire shape, documented here). */
export interface ChannelTopicEntityListing {
  entities: ChannelTopic[];
}

/** One message on a channel's WebSocket. */
export interface NotificationMessage {
  topicName: string;
  version?: string;
  eventBody: unknown;
  metadata?: { CorrelationId?: string };
}
