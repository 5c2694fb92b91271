/**
 * Control endpoints of the Notifications API (under /__emulator/, no auth, never counted):
 *   GET  /__emulator/notifications          channels, sockets, topics, events published and sent, topics per channel
 *   POST /__emulator/notifications/close    {"planned": true|false, "channelId"?: "..."}: maintenance (socket_closing
 *                                           first, then close after the grace knob) or a cut (sockets dropped at once)
 *   POST /__emulator/notifications/expire   {"channelId"?: "..."}: channels end now, as at expiry
 *   POST /__emulator/activity               {"changes": n}: n simulated changes now (the simulator's step)
 * Undefined for any other route.
 */
import { ApiError } from '../errors.js';
import type { NotificationService } from './service.js';

export interface ControlAnswer {
  status: number;
  body?: unknown;
}

function jsonObject(raw: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'bad.request', 'The body must be a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ApiError(400, 'bad.request', 'The body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

export function notificationControl(
  service: NotificationService,
  route: string,
  raw: string,
): ControlAnswer | undefined {
  switch (route) {
    case 'GET /__emulator/notifications':
      return {
        status: 200,
        body: {
          ...service.snapshot(),
          simulatedChanges: service.simulator.changes,
          topicsByChannel: service.topicsByChannel(),
        },
      };
    case 'POST /__emulator/notifications/close': {
      const body = jsonObject(raw);
      if (body.planned !== undefined && typeof body.planned !== 'boolean')
        throw new ApiError(400, 'invalid.value', 'planned must be true or false.');
      if (body.channelId !== undefined && typeof body.channelId !== 'string')
        throw new ApiError(400, 'invalid.value', 'channelId must be a string.');
      const closed = service.closeSockets({
        planned: body.planned === true,
        ...(typeof body.channelId === 'string' ? { channelId: body.channelId } : {}),
      });
      return { status: 200, body: { closed } };
    }
    case 'POST /__emulator/notifications/expire': {
      const body = jsonObject(raw);
      if (body.channelId !== undefined && typeof body.channelId !== 'string')
        throw new ApiError(400, 'invalid.value', 'channelId must be a string.');
      return {
        status: 200,
        body: { expired: service.expireChannels(typeof body.channelId === 'string' ? body.channelId : undefined) },
      };
    }
    case 'POST /__emulator/activity': {
      const { changes } = jsonObject(raw);
      if (typeof changes !== 'number' || !Number.isInteger(changes) || changes < 1 || changes > 100_000) {
        throw new ApiError(400, 'invalid.value', 'changes must be an integer between 1 and 100000.');
      }
      service.simulator.step(changes);
      return { status: 200, body: { changes } };
    }
    default:
      return undefined;
  }
}
