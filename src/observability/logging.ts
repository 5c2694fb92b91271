/**
 * Structured JSON logs (pino). Secrets are kept out twice: the code never hands a token, a password or
 * the client secret to a log call, and pino's `redact` censors the usual places anyway, should one slip.
 */
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger } from 'pino';

const SECRET_KEYS = [
  'authorization',
  'cookie',
  'password',
  'newPassword',
  'oldPassword',
  'token',
  'accessToken',
  'access_token',
  'clientSecret',
  'client_secret',
  'secret',
  'redisUrl',
];

/** Each secret key at the top level, one level down, and in `headers` objects. */
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    name: 'usergraph',
    level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing: the default of an embedded gateway (tests), which passes its own otherwise. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
