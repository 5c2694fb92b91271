/**
 * Emulator options: defaults, validation (one clear Error per bad value), and parsing from environment
 * variables and CLI flags (flags win over env).
 */
import { readFileSync } from 'node:fs';
import { validateHostile, type HostileRule } from './hostile.js';

/** token -> who it is and what it may do. A token in the map is a user-context token. */
export interface PermissionsEntry {
  /** The user behind the token (`/users/me`); defaults to `meUserId`. */
  userId?: string;
  permissions: string[];
}
export type PermissionsMap = Record<string, PermissionsEntry>;

export interface EmulatorOptions {
  /** 0 = ephemeral. */
  port: number;
  /** Default '127.0.0.1'. */
  host: string;
  /** Org size, default 1000 (minimum 10). */
  users: number;
  /** PRNG seed, default 42; same seed => same org, ids included. */
  seed: number;
  /** Fixed latency per API request, default 0. */
  latencyMs: number;
  /** + uniform random 0..jitter, default 0. */
  jitterMs: number;
  /** Per token, sliding 60 s window; 0 = off (default). */
  rateLimitPerMinute: number;
  /** 0..1, probability of an injected 503 service.unavailable, default 0. */
  fault5xxRate: number;
  /** 0..1, probability of destroying the socket without answering, default 0. */
  faultResetRate: number;
  /** Which HTTP methods faults apply to; default all. */
  faultMethods?: string[];
  /** Retry-After (seconds) on injected 429s; default 1. */
  retryAfterSeconds?: number;
  /** 0..1, probability of an injected 429 with Retry-After and the normalised body, default 0. */
  fault429Rate?: number;
  /** When set, unknown tokens get 401 bad.credentials and listed tokens are checked against their permissions. */
  permissions?: PermissionsMap;
  /** Who `me` is for tokens without a map entry; default the head of the org. */
  meUserId?: string;
  /** clientId -> secret accepted by /oauth/token; default: any non-empty id and secret. */
  oauthClients?: Record<string, string>;
  /** expires_in of issued tokens, default 86400. Fractions are allowed (for tests). */
  tokenTtlSeconds?: number;
  /** Default 8. */
  minPasswordLength?: number;
  /** Max ids per bulk GET, default 100. */
  bulkIdCap?: number;
  /**
   * `expand` values accepted but left out of every response, as the real API may do ("expand parameters
   * are resolved with a best effort approach"); default none. For testing clients' fallbacks.
   */
  dropExpands?: string[];
  /**
   * `expand` values answered with a 400, as an API version that does not know them would; default none.
   * For testing clients' handling of a refused expand.
   */
  rejectExpands?: string[];
  /**
   * When true, `latencyMs` (+ jitter) is the time from a request's arrival to its answer, the emulator's
   * own work running inside it (an upstream whose every call takes latencyMs); default false: the latency
   * is added before the work.
   */
  latencyIncludesWork?: boolean;
  /** Notifications API: seconds between `channel.metadata` heartbeats on each socket; default 30. */
  notificationHeartbeatSeconds?: number;
  /** Notifications API: a channel's lifetime, renewed by each subscription change; default 86400 (24 h). */
  notificationChannelTtlSeconds?: number;
  /** Notifications API: seconds between `v2.system.socket_closing` and the close of a planned one; default 60. */
  notificationClosingGraceSeconds?: number;
  /** Notifications API: sockets stay open but send nothing (no events, heartbeats or pongs): a half-dead link. */
  notificationsMuted?: boolean;
  /** The activity simulator: presence / routing-status changes per second across the org; default 0 (off). */
  activityPerSecond?: number;
  /** Hostile behaviour on demand (emulator/hostile.ts): malformed, truncated, wrong-shaped or huge answers, redirects, absurd rate-limit headers, hangs, slow drips; default none. */
  hostile?: HostileRule[];
}

export const DEFAULT_OPTIONS: EmulatorOptions = {
  port: 0,
  host: '127.0.0.1',
  users: 1000,
  seed: 42,
  latencyMs: 0,
  jitterMs: 0,
  rateLimitPerMinute: 0,
  fault5xxRate: 0,
  faultResetRate: 0,
  fault429Rate: 0,
  retryAfterSeconds: 1,
  tokenTtlSeconds: 86400,
  minPasswordLength: 8,
  bulkIdCap: 100,
};

export const CLI_DEFAULT_PORT = 4010;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function fail(name: string, value: unknown, expected: string): never {
  throw new Error(`Invalid emulator option ${name}: ${JSON.stringify(value)} (expected ${expected})`);
}

function int(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    fail(name, v, `an integer between ${min} and ${max}`);
  return v;
}

function num(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    fail(name, v, `a number between ${min} and ${max}`);
  return v;
}

function validatePermissions(v: unknown, name = 'permissions'): PermissionsMap {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    fail(name, v, 'an object: token -> { userId?, permissions: string[] }');
  const out: PermissionsMap = {};
  for (const [token, entry] of Object.entries(v)) {
    if (token === '') fail(name, token, 'non-empty tokens');
    if (Array.isArray(entry) && entry.every((p) => typeof p === 'string')) {
      out[token] = { permissions: [...entry] };
      continue;
    }
    if (typeof entry !== 'object' || entry === null)
      fail(`${name}[${token}]`, entry, '{ userId?, permissions: string[] }');
    const e = entry as Record<string, unknown>;
    if (!Array.isArray(e.permissions) || !e.permissions.every((p) => typeof p === 'string')) {
      fail(`${name}[${token}].permissions`, e.permissions, 'an array of permission strings');
    }
    if (e.userId !== undefined && typeof e.userId !== 'string')
      fail(`${name}[${token}].userId`, e.userId, 'a user id string');
    out[token] = {
      permissions: [...e.permissions],
      ...(typeof e.userId === 'string' ? { userId: e.userId } : {}),
    };
  }
  return out;
}

/** Checks the runtime-adjustable settings ("knobs"); returns a cleaned copy. */
export function validateKnobs(k: Partial<EmulatorOptions>): Partial<EmulatorOptions> {
  const out: Partial<EmulatorOptions> = {};
  if (k.latencyMs !== undefined) out.latencyMs = num('latencyMs', k.latencyMs, 0, 600_000);
  if (k.jitterMs !== undefined) out.jitterMs = num('jitterMs', k.jitterMs, 0, 600_000);
  if (k.rateLimitPerMinute !== undefined)
    out.rateLimitPerMinute = int('rateLimitPerMinute', k.rateLimitPerMinute, 0, 10_000_000);
  if (k.fault5xxRate !== undefined) out.fault5xxRate = num('fault5xxRate', k.fault5xxRate, 0, 1);
  if (k.faultResetRate !== undefined) out.faultResetRate = num('faultResetRate', k.faultResetRate, 0, 1);
  if (k.fault429Rate !== undefined) out.fault429Rate = num('fault429Rate', k.fault429Rate, 0, 1);
  if (k.retryAfterSeconds !== undefined)
    out.retryAfterSeconds = int('retryAfterSeconds', k.retryAfterSeconds, 0, 86_400);
  if (k.faultMethods !== undefined) {
    if (
      !Array.isArray(k.faultMethods) ||
      !k.faultMethods.every((m) => typeof m === 'string' && METHODS.includes(m.toUpperCase()))
    ) {
      fail('faultMethods', k.faultMethods, `a list of ${METHODS.join(', ')}`);
    }
    out.faultMethods = k.faultMethods.map((m) => m.toUpperCase());
  }
  if (k.permissions !== undefined) out.permissions = validatePermissions(k.permissions);
  if (k.meUserId !== undefined) {
    if (typeof k.meUserId !== 'string' || k.meUserId === '') fail('meUserId', k.meUserId, 'a user id');
    out.meUserId = k.meUserId;
  }
  if (k.oauthClients !== undefined) {
    const c = k.oauthClients;
    if (
      typeof c !== 'object' ||
      c === null ||
      !Object.entries(c).every(([id, s]) => id !== '' && typeof s === 'string' && s !== '')
    ) {
      fail('oauthClients', c, 'an object: clientId -> non-empty secret');
    }
    out.oauthClients = { ...c };
  }
  if (k.tokenTtlSeconds !== undefined)
    out.tokenTtlSeconds = num('tokenTtlSeconds', k.tokenTtlSeconds, 0.001, 10 * 365 * 86_400);
  if (k.minPasswordLength !== undefined) out.minPasswordLength = int('minPasswordLength', k.minPasswordLength, 1, 255);
  if (k.bulkIdCap !== undefined) out.bulkIdCap = int('bulkIdCap', k.bulkIdCap, 1, 10_000);
  if (k.dropExpands !== undefined) {
    if (!Array.isArray(k.dropExpands) || !k.dropExpands.every((e) => typeof e === 'string' && e !== '')) {
      fail('dropExpands', k.dropExpands, 'a list of expand values');
    }
    out.dropExpands = [...k.dropExpands];
  }
  if (k.hostile !== undefined) out.hostile = validateHostile(k.hostile);
  if (k.rejectExpands !== undefined) {
    if (!Array.isArray(k.rejectExpands) || !k.rejectExpands.every((e) => typeof e === 'string' && e !== '')) {
      fail('rejectExpands', k.rejectExpands, 'a list of expand values');
    }
    out.rejectExpands = [...k.rejectExpands];
  }
  if (k.notificationHeartbeatSeconds !== undefined)
    out.notificationHeartbeatSeconds = num(
      'notificationHeartbeatSeconds',
      k.notificationHeartbeatSeconds,
      0.01,
      86_400,
    );
  if (k.notificationChannelTtlSeconds !== undefined)
    out.notificationChannelTtlSeconds = num(
      'notificationChannelTtlSeconds',
      k.notificationChannelTtlSeconds,
      0.01,
      7 * 86_400,
    );
  if (k.notificationClosingGraceSeconds !== undefined)
    out.notificationClosingGraceSeconds = num(
      'notificationClosingGraceSeconds',
      k.notificationClosingGraceSeconds,
      0,
      3_600,
    );
  if (k.notificationsMuted !== undefined) {
    if (typeof k.notificationsMuted !== 'boolean') fail('notificationsMuted', k.notificationsMuted, 'true or false');
    out.notificationsMuted = k.notificationsMuted;
  }
  if (k.activityPerSecond !== undefined)
    out.activityPerSecond = num('activityPerSecond', k.activityPerSecond, 0, 100_000);
  if (k.latencyIncludesWork !== undefined) {
    if (typeof k.latencyIncludesWork !== 'boolean') fail('latencyIncludesWork', k.latencyIncludesWork, 'true or false');
    out.latencyIncludesWork = k.latencyIncludesWork;
  }
  return out;
}

/** Defaults + validation of every option. */
export function resolveOptions(partial: Partial<EmulatorOptions> = {}): EmulatorOptions {
  const merged: EmulatorOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(partial) };
  int('port', merged.port, 0, 65535);
  if (typeof merged.host !== 'string' || merged.host === '') fail('host', merged.host, 'a host name or address');
  int('users', merged.users, 10, 1_000_000);
  int('seed', merged.seed, -2_147_483_648, 4_294_967_295);
  return { ...merged, ...validateKnobs(merged) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

// ------------------------------------------------------------------------------------------ env + CLI

type Parser = (raw: string, label: string) => unknown;

const parseInt10: Parser = (raw, label) => {
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`Invalid value for ${label}: '${raw}' is not an integer`);
  return Number(raw.trim());
};
const parseNum: Parser = (raw, label) => {
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) throw new Error(`Invalid value for ${label}: '${raw}' is not a number`);
  return n;
};
const parseRate: Parser = (raw, label) => {
  const n = parseNum(raw, label) as number;
  if (n < 0 || n > 1) throw new Error(`Invalid value for ${label}: '${raw}' is not between 0 and 1`);
  return n;
};
const parseStr: Parser = (raw, label) => {
  if (raw.trim() === '') throw new Error(`Invalid value for ${label}: empty`);
  return raw.trim();
};
const parseList: Parser = (raw, label) => {
  const list = raw
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '');
  const bad = list.find((m) => !METHODS.includes(m));
  if (bad !== undefined || list.length === 0)
    throw new Error(`Invalid value for ${label}: '${raw}' (expected a comma-separated list of ${METHODS.join(', ')})`);
  return list;
};
const parsePermissionsFile: Parser = (raw, label) => {
  let text: string;
  try {
    text = readFileSync(raw.trim(), 'utf8');
  } catch (e) {
    throw new Error(`Invalid value for ${label}: cannot read '${raw}' (${(e as Error).message})`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`Invalid value for ${label}: '${raw}' is not valid JSON (${(e as Error).message})`, {
      cause: e,
    });
  }
  try {
    return validatePermissions(json, label);
  } catch (e) {
    throw new Error(`Invalid value for ${label}: ${(e as Error).message}`, { cause: e });
  }
};
const parseHostile: Parser = (raw, label) => {
  try {
    return validateHostile(JSON.parse(raw) as unknown);
  } catch (e) {
    throw new Error(`Invalid value for ${label}: ${(e as Error).message}`, { cause: e });
  }
};
const parseClients: Parser = (raw, label) => {
  const out: Record<string, string> = {};
  for (const pair of raw.split(',')) {
    const i = pair.indexOf(':');
    if (i <= 0 || i === pair.length - 1)
      throw new Error(`Invalid value for ${label}: '${pair}' is not clientId:secret`);
    out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
};

const OPTION_SPECS: ReadonlyArray<{
  flag: string;
  env: string;
  key: keyof EmulatorOptions;
  parse: Parser;
  help: string;
}> = [
  {
    flag: '--port',
    env: 'EMULATOR_PORT',
    key: 'port',
    parse: parseInt10,
    help: `port to listen on (CLI default ${CLI_DEFAULT_PORT}; 0 = ephemeral)`,
  },
  { flag: '--host', env: 'EMULATOR_HOST', key: 'host', parse: parseStr, help: 'interface to bind (default 127.0.0.1)' },
  {
    flag: '--users',
    env: 'EMULATOR_USERS',
    key: 'users',
    parse: parseInt10,
    help: 'org size (default 1000, minimum 10)',
  },
  {
    flag: '--seed',
    env: 'EMULATOR_SEED',
    key: 'seed',
    parse: parseInt10,
    help: 'PRNG seed (default 42); same seed => same org and ids',
  },
  {
    flag: '--latency',
    env: 'EMULATOR_LATENCY_MS',
    key: 'latencyMs',
    parse: parseNum,
    help: 'fixed latency per API request, ms (default 0)',
  },
  {
    flag: '--jitter',
    env: 'EMULATOR_JITTER_MS',
    key: 'jitterMs',
    parse: parseNum,
    help: 'extra uniform random latency 0..jitter, ms (default 0)',
  },
  {
    flag: '--rate-limit',
    env: 'EMULATOR_RATE_LIMIT',
    key: 'rateLimitPerMinute',
    parse: parseInt10,
    help: 'requests per token per sliding minute; 0 = off (default)',
  },
  {
    flag: '--fault-5xx',
    env: 'EMULATOR_FAULT_5XX_RATE',
    key: 'fault5xxRate',
    parse: parseRate,
    help: 'probability 0..1 of an injected 503 (default 0)',
  },
  {
    flag: '--fault-reset',
    env: 'EMULATOR_FAULT_RESET_RATE',
    key: 'faultResetRate',
    parse: parseRate,
    help: 'probability 0..1 of a dropped connection (default 0)',
  },
  {
    flag: '--fault-429',
    env: 'EMULATOR_FAULT_429_RATE',
    key: 'fault429Rate',
    parse: parseRate,
    help: 'probability 0..1 of an injected 429 (default 0)',
  },
  {
    flag: '--fault-methods',
    env: 'EMULATOR_FAULT_METHODS',
    key: 'faultMethods',
    parse: parseList,
    help: 'comma-separated HTTP methods faults apply to (default all)',
  },
  {
    flag: '--retry-after',
    env: 'EMULATOR_RETRY_AFTER',
    key: 'retryAfterSeconds',
    parse: parseInt10,
    help: 'Retry-After seconds on injected 429s (default 1)',
  },
  {
    flag: '--permissions',
    env: 'EMULATOR_PERMISSIONS',
    key: 'permissions',
    parse: parsePermissionsFile,
    help: 'JSON file: { "<token>": { "userId"?: "...", "permissions": [...] } }',
  },
  {
    flag: '--me',
    env: 'EMULATOR_ME',
    key: 'meUserId',
    parse: parseStr,
    help: 'user id of `me` for tokens without a map entry (default: head of org)',
  },
  {
    flag: '--oauth-clients',
    env: 'EMULATOR_OAUTH_CLIENTS',
    key: 'oauthClients',
    parse: parseClients,
    help: 'id:secret[,id:secret...] accepted by /oauth/token (default: any)',
  },
  {
    flag: '--token-ttl',
    env: 'EMULATOR_TOKEN_TTL',
    key: 'tokenTtlSeconds',
    parse: parseNum,
    help: 'expires_in of issued tokens, seconds (default 86400)',
  },
  {
    flag: '--min-password-length',
    env: 'EMULATOR_MIN_PASSWORD_LENGTH',
    key: 'minPasswordLength',
    parse: parseInt10,
    help: 'password policy minimum length (default 8)',
  },
  {
    flag: '--heartbeat',
    env: 'EMULATOR_NOTIFICATION_HEARTBEAT_SECONDS',
    key: 'notificationHeartbeatSeconds',
    parse: parseNum,
    help: 'seconds between notification heartbeats (default 30)',
  },
  {
    flag: '--channel-ttl',
    env: 'EMULATOR_NOTIFICATION_CHANNEL_TTL_SECONDS',
    key: 'notificationChannelTtlSeconds',
    parse: parseNum,
    help: 'notification channel lifetime, seconds (default 86400)',
  },
  {
    flag: '--activity',
    env: 'EMULATOR_ACTIVITY_PER_SECOND',
    key: 'activityPerSecond',
    parse: parseNum,
    help: 'simulated presence/routing changes per second (default 0)',
  },
  {
    flag: '--hostile',
    env: 'EMULATOR_HOSTILE',
    key: 'hostile',
    parse: parseHostile,
    help: 'JSON rule or list of rules: a hostile upstream (see emulator/README.md)',
  },
  {
    flag: '--bulk-id-cap',
    env: 'EMULATOR_BULK_ID_CAP',
    key: 'bulkIdCap',
    parse: parseInt10,
    help: 'max ids per bulk GET (default 100)',
  },
];

export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv, argv: string[]): Partial<EmulatorOptions> {
  const out: Record<string, unknown> = {};
  for (const spec of OPTION_SPECS) {
    const raw = env[spec.env];
    if (raw !== undefined && raw !== '') out[spec.key] = spec.parse(raw, spec.env);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h' || arg === '--') continue;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = OPTION_SPECS.find((s) => s.flag === flag);
    if (!spec) throw new Error(`Unknown option ${arg} (see --help)`);
    let raw: string | undefined;
    if (eq > 0) raw = arg.slice(eq + 1);
    else {
      raw = argv[i + 1];
      i++;
    }
    if (raw === undefined) throw new Error(`Missing value for ${flag}`);
    out[spec.key] = spec.parse(raw, flag);
  }
  const partial = out as Partial<EmulatorOptions>;
  // Range checks with the same messages as startEmulator, so bad values fail before anything starts.
  resolveOptions(partial);
  return partial;
}

export function helpText(): string {
  const lines = [
    'Genesys Cloud Users API emulator',
    '',
    'Usage: npm run emulator -- [flags]',
    '',
    'Flags (each also readable from the environment variable shown):',
  ];
  for (const s of OPTION_SPECS) lines.push(`  ${(s.flag + ' <v>').padEnd(26)} ${s.env.padEnd(30)} ${s.help}`);
  lines.push('  --help                     show this help');
  lines.push('');
  lines.push(
    'Control endpoints: GET/DELETE /__emulator/requests, GET /__emulator/health, GET/PATCH /__emulator/knobs, GET /__emulator/fixtures',
  );
  return lines.join('\n');
}
