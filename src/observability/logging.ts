/**
 * Structured JSON logs (pino). Secrets are kept out twice: the code never hands a token, a password or
 * the client secret to a log call, and pino's `redact` censors the usual places anyway, should one slip.
 */
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

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
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** A logged string is cut past this many characters: a caller's 900 KB operation name must not become 900 KB of log per request. */
const MAX_LOGGED_STRING = 1024;

/** `text` cut to `max` characters, saying how much was cut. */
export function truncate(text: string, max = MAX_LOGGED_STRING): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[${text.length - max} more characters]`;
}

/** Long strings of a log object cut (nested objects and arrays to a few levels; the rest left as is). */
function truncateStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return truncate(value);
  if (depth >= 4 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => truncateStrings(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = truncateStrings(v, depth + 1);
  return out;
}

/** LOG_LEVEL's values (src/config.ts): pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    name: 'usergraph',
    level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: {
      level: (label: string) => ({ level: label }),
      log: (object: Record<string, unknown>) => truncateStrings(object) as Record<string, unknown>,
    },
    hooks: {
      // The message too (Apollo's own log lines interpolate what they report).
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: Parameters<Logger['info']>) => void) {
        method.apply(
          this,
          args.map((a: unknown) => (typeof a === 'string' ? truncate(a) : a)) as Parameters<Logger['info']>,
        );
      },
    },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing: the default of an embedded gateway (tests), which passes its own otherwise. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
