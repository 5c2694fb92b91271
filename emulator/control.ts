/**
 * The control endpoints under /__emulator/ (no auth, never counted): the request log, health, fixtures, the
 * knobs (GET and PATCH), and the Notifications API's controls (emulator/notifications/control.ts).
 */
import type { ServerResponse } from 'node:http';
import { write } from './answer.js';
import { ApiError } from './errors.js';
import type { EmulatorRuntime } from './runtime.js';
import { notificationControl } from './notifications/control.js';
import { validateKnobs, type EmulatorOptions } from './options.js';

const KNOB_KEYS = [
  'latencyMs',
  'jitterMs',
  'rateLimitPerMinute',
  'fault5xxRate',
  'faultResetRate',
  'fault429Rate',
  'faultMethods',
  'retryAfterSeconds',
  'dropExpands',
  'rejectExpands',
  'latencyIncludesWork',
  'hostile',
] as const;
/** The Notifications API's knobs (emulator/notifications). */
const NOTIFICATION_KNOB_KEYS = [
  'notificationHeartbeatSeconds',
  'notificationChannelTtlSeconds',
  'notificationClosingGraceSeconds',
  'notificationsMuted',
  'activityPerSecond',
] as const;

export const isControlPath = (path: string): boolean => path === '/__emulator' || path.startsWith('/__emulator/');

function knobsOf(o: EmulatorOptions): Record<string, unknown> {
  return {
    latencyMs: o.latencyMs,
    jitterMs: o.jitterMs,
    rateLimitPerMinute: o.rateLimitPerMinute,
    fault5xxRate: o.fault5xxRate,
    faultResetRate: o.faultResetRate,
    fault429Rate: o.fault429Rate ?? 0,
    faultMethods: o.faultMethods ?? null,
    retryAfterSeconds: o.retryAfterSeconds ?? 1,
    dropExpands: o.dropExpands ?? [],
    rejectExpands: o.rejectExpands ?? [],
    latencyIncludesWork: o.latencyIncludesWork ?? false,
    hostile: o.hostile ?? [],
    notificationHeartbeatSeconds: o.notificationHeartbeatSeconds ?? 30,
    notificationChannelTtlSeconds: o.notificationChannelTtlSeconds ?? 86_400,
    notificationClosingGraceSeconds: o.notificationClosingGraceSeconds ?? 60,
    notificationsMuted: o.notificationsMuted ?? false,
    activityPerSecond: o.activityPerSecond ?? 0,
  };
}

export function control(
  rt: EmulatorRuntime,
  method: string,
  path: string,
  raw: string,
  res: ServerResponse,
  correlationId: string,
): void {
  const fail = (e: ApiError): void => write(res, e.status, e.toBody(correlationId));
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__emulator/requests':
      return write(res, 200, rt.requests.snapshot());
    case 'DELETE /__emulator/requests':
      rt.requests.reset();
      return write(res, 204, undefined);
    case 'GET /__emulator/health':
      return write(res, 200, { ok: true, users: rt.store.userCount });
    case 'GET /__emulator/fixtures':
      return write(res, 200, rt.store.fixtures());
    case 'GET /__emulator/knobs':
      return write(res, 200, knobsOf(rt.options));
    case 'PATCH /__emulator/knobs': {
      let patch: unknown;
      try {
        patch = JSON.parse(raw);
      } catch {
        return fail(new ApiError(400, 'bad.request', 'The body must be a JSON object of knobs.'));
      }
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return fail(new ApiError(400, 'bad.request', 'The body must be a JSON object of knobs.'));
      }
      const knobKeys: readonly string[] = [...KNOB_KEYS, ...NOTIFICATION_KNOB_KEYS];
      const unknown = Object.keys(patch).filter((k) => !knobKeys.includes(k));
      if (unknown.length > 0) {
        return fail(
          new ApiError(
            400,
            'invalid.property',
            `Unknown knob(s): ${unknown.join(', ')}. Knobs: ${knobKeys.join(', ')}.`,
            {
              details: unknown.map((fieldName) => ({ errorCode: 'invalid.property', fieldName })),
            },
          ),
        );
      }
      const p = patch as Record<string, unknown>;
      if (p.faultMethods === null) {
        delete p.faultMethods;
        rt.options.faultMethods = undefined;
      }
      if (p.hostile === null) p.hostile = [];
      try {
        Object.assign(rt.options, validateKnobs(p as Partial<EmulatorOptions>));
      } catch (e) {
        return fail(new ApiError(400, 'invalid.value', (e as Error).message));
      }
      rt.notifications.simulator.sync();
      return write(res, 200, knobsOf(rt.options));
    }
    default: {
      try {
        const answer = notificationControl(rt.notifications, route, raw);
        if (answer) return write(res, answer.status, answer.body);
      } catch (e) {
        if (e instanceof ApiError) return fail(e);
        throw e;
      }
      return fail(new ApiError(404, 'not.found', `No control endpoint ${route}.`));
    }
  }
}
