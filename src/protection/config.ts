/**
 * The query-protection and HTTP-surface settings: every limit from the environment, with safe defaults,
 * validated. `protectionConfigFromEnv(env)` returns the typed settings and one message per bad value, so
 * src/config.ts can add the messages to its own list and fail at start like every other setting.
 *
 * The table `PROTECTION_ENV` is the single description of the variables (name, default, range); the
 * README's "Query limits" table is checked against it by a test.
 */

import { readBool, readInt, type Env } from '../env.js';

export interface ProtectionConfig {
  /** Deepest field nesting of an operation (introspection subtrees excluded: graphql bounds them itself). */
  maxDepth: number;
  /** Aliased fields in an operation, fragments expanded. */
  maxAliases: number;
  /** Distinct root fields (response keys) of an operation, `__typename` excluded. */
  maxRootFields: number;
  /** Lexical tokens of a document: the parser stops past this (graphql's `maxTokens`). */
  maxTokens: number;
  /** Field selections of an operation once its fragments are expanded (a fragment spread N times counts N times). */
  maxFields: number;
  /** Bytes of an HTTP request body; the HTTP layer answers 413 past this. */
  maxBodyBytes: number;
  /** The budget of the cost model: an operation whose estimated upstream calls exceed it is not executed. */
  maxUpstreamCallsEstimate: number;
  /** The runtime backstop: upstream calls one operation may make; the next one fails (`CallBudget`). */
  maxUpstreamCallsPerOperation: number;
  /** The cost model's assumed length of a list with no page size (directReports, superiors, skills, …). */
  assumedListSize: number;
  /** Apollo's `allowBatchedHttpRequests`: several operations in one HTTP request. */
  allowBatchedHttpRequests: boolean;
  /** Whether the gateway serves the GraphQL IDE (src/ide) on a browser GET of /graphql. */
  ide: boolean;
  /** Characters of an operation's name (and of every operation name in the document). */
  maxOperationNameLength: number;
  /** `__schema` and `__type` root fields (by response key) of an operation. */
  maxIntrospectionFields: number;
  /** Federation `_service` root fields (by response key) of an operation. */
  maxServiceFields: number;
  /** Federation `_entities` representations of an operation, all `_entities` fields together. */
  maxEntityRepresentations: number;
  /** Nesting of an input value (variables and literals): `{ a: [1] }` is 2. */
  maxInputDepth: number;
  /** Values in an operation's variables, containers and scalars alike. */
  maxInputValues: number;
  /** Stack traces in error responses (a debugging aid; never on by default, not even in development). */
  stackTraces: boolean;
  // Admission control (admission.ts): expensive requests take turns so cheap ones never wait behind them.

  /** Expensive requests running at once, all clients together; 0 turns admission control off. */
  heavyConcurrency: number;
  /** Expensive requests running at once for one client. */
  heavyPerClient: number;
  /** Expensive requests waiting for a turn, all clients together. */
  admissionQueueLength: number;
  /** Expensive requests of one client waiting for a turn. */
  admissionQueuePerClient: number;
  /** Longest wait for a turn before the request is refused. */
  admissionMaxWaitMs: number;
  /** Event-loop delay (median of the last 5 ticks of a 20 ms timer) over which expensive requests are refused; 0: never. */
  maxEventLoopDelayMs: number;
  /** Percent of the last 100 ms the event loop was busy over which an expensive request waits to start; 0: never. */
  maxEventLoopBusyPercent: number;
  /** A request body over this many bytes is expensive (decided before the JSON is parsed). */
  heavyBodyBytes: number;
  /** A document the gate has not judged yet, over this many characters, is expensive (its first parse and validation). */
  heavySourceBytes: number;
  /** A judged document over this many field selections (fragments expanded) is expensive to execute. */
  heavyFields: number;
}

interface IntegerSetting {
  kind: 'integer';
  variable: string;
  fallback: number;
  /** The default when NODE_ENV=production, where it differs from `fallback`. */
  productionFallback?: number;
  min: number;
  max: number;
  meaning: string;
}

interface BooleanSetting {
  kind: 'boolean';
  variable: string;
  /** The default outside and inside production (NODE_ENV=production). */
  fallback: { development: boolean; production: boolean };
  meaning: string;
}

type IntegerKey = {
  [K in keyof ProtectionConfig]: ProtectionConfig[K] extends number ? K : never;
}[keyof ProtectionConfig];
type BooleanKey = Exclude<keyof ProtectionConfig, IntegerKey>;

const MiB = 1024 * 1024;

/** Every variable, its default and its accepted range: the one source of the defaults. */
export const PROTECTION_ENV: { readonly [K in IntegerKey]: IntegerSetting } & {
  readonly [K in BooleanKey]: BooleanSetting;
} = {
  maxDepth: {
    kind: 'integer',
    variable: 'MAX_QUERY_DEPTH',
    fallback: 12,
    min: 1,
    max: 1000,
    meaning: 'Deepest field nesting of an operation (introspection excluded).',
  },
  maxAliases: {
    kind: 'integer',
    variable: 'MAX_ALIASES',
    fallback: 30,
    min: 0,
    max: 100_000,
    meaning: 'Aliased fields in an operation, fragments expanded.',
  },
  maxRootFields: {
    kind: 'integer',
    variable: 'MAX_ROOT_FIELDS',
    fallback: 20,
    min: 1,
    max: 10_000,
    meaning: 'Root fields of an operation (`__typename` excluded).',
  },
  maxTokens: {
    kind: 'integer',
    variable: 'MAX_QUERY_TOKENS',
    fallback: 5000,
    min: 100,
    max: 1_000_000,
    meaning: "Lexical tokens of a document; the parser stops past this (graphql's `maxTokens`).",
  },
  maxFields: {
    kind: 'integer',
    variable: 'MAX_QUERY_FIELDS',
    fallback: 2000,
    min: 10,
    max: 1_000_000,
    meaning: 'Field selections of an operation with its fragments expanded (stops fragment "bombs").',
  },
  maxBodyBytes: {
    kind: 'integer',
    variable: 'MAX_BODY_BYTES',
    fallback: MiB,
    min: 1024,
    max: 100 * MiB,
    meaning: 'Bytes of a request body; larger bodies get 413 before any parsing.',
  },
  maxUpstreamCallsEstimate: {
    kind: 'integer',
    variable: 'MAX_UPSTREAM_CALLS_ESTIMATE',
    fallback: 200,
    min: 1,
    max: 1_000_000,
    meaning: 'Budget of the cost model: an operation estimated above it is rejected before execution.',
  },
  maxUpstreamCallsPerOperation: {
    kind: 'integer',
    variable: 'MAX_UPSTREAM_CALLS_PER_OPERATION',
    fallback: 500,
    min: 1,
    max: 1_000_000,
    meaning: 'Runtime backstop: upstream calls one operation may make; further calls fail.',
  },
  assumedListSize: {
    kind: 'integer',
    variable: 'COST_ASSUMED_LIST_SIZE',
    fallback: 10,
    min: 1,
    max: 10_000,
    meaning: 'Cost model: assumed length of a list without a page size (directReports, superiors, favorites, …).',
  },
  allowBatchedHttpRequests: {
    kind: 'boolean',
    variable: 'ALLOW_BATCHED_HTTP_REQUESTS',
    fallback: { development: false, production: false },
    meaning:
      'Accept a JSON array of operations in one request (each is checked on its own; they share one call budget).',
  },
  ide: {
    kind: 'boolean',
    variable: 'GRAPHQL_IDE',
    fallback: { development: true, production: false },
    meaning: 'Serve the GraphQL IDE on a browser GET of /graphql.',
  },
  maxOperationNameLength: {
    kind: 'integer',
    variable: 'MAX_OPERATION_NAME_LENGTH',
    fallback: 256,
    min: 1,
    max: 100_000,
    meaning: 'Characters of an operation name (every operation of the document).',
  },
  maxIntrospectionFields: {
    kind: 'integer',
    variable: 'MAX_INTROSPECTION_FIELDS',
    fallback: 2,
    min: 0,
    max: 1_000,
    meaning: '`__schema` and `__type` root fields of an operation (each alias counts).',
  },
  maxServiceFields: {
    kind: 'integer',
    variable: 'MAX_SERVICE_FIELDS',
    fallback: 1,
    min: 0,
    max: 1_000,
    meaning: 'Federation `_service` root fields of an operation (each alias counts).',
  },
  maxEntityRepresentations: {
    kind: 'integer',
    variable: 'MAX_ENTITY_REPRESENTATIONS',
    fallback: 1000,
    min: 1,
    max: 1_000_000,
    meaning: 'Federation `_entities` representations of one operation, counted before they are coerced.',
  },
  maxInputDepth: {
    kind: 'integer',
    variable: 'MAX_INPUT_DEPTH',
    fallback: 20,
    min: 2,
    max: 1_000,
    meaning: 'Nesting of an input value, in variables or literals (`{ a: [1] }` is 2).',
  },
  maxInputValues: {
    kind: 'integer',
    variable: 'MAX_INPUT_VALUES',
    fallback: 10_000,
    min: 10,
    max: 10_000_000,
    meaning: "Values in an operation's variables (objects, lists and scalars), counted before coercion.",
  },
  stackTraces: {
    kind: 'boolean',
    variable: 'GRAPHQL_STACK_TRACES',
    fallback: { development: false, production: false },
    meaning: 'Stack traces in error responses (`extensions.stacktrace`, paths relative to the working directory).',
  },
  heavyConcurrency: {
    kind: 'integer',
    variable: 'ADMISSION_HEAVY_CONCURRENCY',
    fallback: 1,
    min: 0,
    max: 10_000,
    meaning:
      'Expensive GraphQL requests (see below) running at once, all clients together; 0 turns admission control off.',
  },
  heavyPerClient: {
    kind: 'integer',
    variable: 'ADMISSION_HEAVY_PER_CLIENT',
    fallback: 1,
    min: 1,
    max: 10_000,
    meaning: 'Expensive requests running at once for one client (its bearer token, else its address).',
  },
  admissionQueueLength: {
    kind: 'integer',
    variable: 'ADMISSION_QUEUE_LENGTH',
    fallback: 64,
    min: 0,
    max: 100_000,
    meaning: 'Expensive requests waiting for a turn, all clients together; past it, 503 `SERVER_BUSY`.',
  },
  admissionQueuePerClient: {
    kind: 'integer',
    variable: 'ADMISSION_QUEUE_PER_CLIENT',
    fallback: 8,
    min: 0,
    max: 100_000,
    meaning: 'Expensive requests of one client waiting for a turn; past it, 503 `SERVER_BUSY`.',
  },
  admissionMaxWaitMs: {
    kind: 'integer',
    variable: 'ADMISSION_MAX_WAIT_MS',
    fallback: 10_000,
    min: 1,
    max: 600_000,
    meaning: 'Longest wait of an expensive request for its turn; then 503 `SERVER_BUSY`.',
  },
  maxEventLoopDelayMs: {
    kind: 'integer',
    variable: 'ADMISSION_MAX_EVENT_LOOP_DELAY_MS',
    // Off outside production: there the embedded emulator and the test suite share the loop and make the lag.
    fallback: 0,
    productionFallback: 100,
    min: 0,
    max: 600_000,
    meaning:
      'Event-loop delay (median of the last 5 ticks of a 20 ms timer) over which expensive requests are refused (503 `SERVER_BUSY`, `Retry-After`); 0: never.',
  },
  maxEventLoopBusyPercent: {
    kind: 'integer',
    variable: 'ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT',
    // Off outside production, as above: the test suite's own work would count as the gateway being busy.
    fallback: 0,
    productionFallback: 50,
    min: 0,
    max: 100,
    meaning:
      'Share of the last 100 ms the event loop was busy (`eventLoopUtilization`), in percent, over which an expensive request waits instead of starting: expensive work takes only spare time; 0: never waits for it.',
  },
  heavyBodyBytes: {
    kind: 'integer',
    variable: 'ADMISSION_HEAVY_BODY_BYTES',
    fallback: 16 * 1024,
    min: 0,
    max: 100 * MiB,
    meaning: 'A request body over this many bytes is expensive (decided before its JSON is parsed).',
  },
  heavySourceBytes: {
    kind: 'integer',
    variable: 'ADMISSION_HEAVY_SOURCE_BYTES',
    fallback: 4096,
    min: 0,
    max: 100 * MiB,
    meaning: 'A document not seen before, over this many characters, is expensive (its parsing and validation).',
  },
  heavyFields: {
    kind: 'integer',
    variable: 'ADMISSION_HEAVY_FIELDS',
    fallback: 250,
    min: 0,
    max: 1_000_000,
    meaning: 'A document already judged, over this many field selections (fragments expanded), is expensive to run.',
  },
};

/**
 * The settings and the problems found. Unset or empty variables take their defaults; a bad value is
 * reported and replaced by its default, so the caller decides whether to stop (src/config.ts does).
 */
export function protectionConfigFromEnv(env: Env): { config: Readonly<ProtectionConfig>; problems: string[] } {
  const problems: string[] = [];
  const production = env.NODE_ENV?.trim().toLowerCase() === 'production';

  const integer = (setting: IntegerSetting): number =>
    readInt(
      env,
      setting.variable,
      production ? (setting.productionFallback ?? setting.fallback) : setting.fallback,
      setting.min,
      setting.max,
      problems,
    );
  const boolean = (setting: BooleanSetting): boolean =>
    readBool(env, setting.variable, production ? setting.fallback.production : setting.fallback.development, problems);

  const s = PROTECTION_ENV;
  const config: ProtectionConfig = {
    maxDepth: integer(s.maxDepth),
    maxAliases: integer(s.maxAliases),
    maxRootFields: integer(s.maxRootFields),
    maxTokens: integer(s.maxTokens),
    maxFields: integer(s.maxFields),
    maxBodyBytes: integer(s.maxBodyBytes),
    maxUpstreamCallsEstimate: integer(s.maxUpstreamCallsEstimate),
    maxUpstreamCallsPerOperation: integer(s.maxUpstreamCallsPerOperation),
    assumedListSize: integer(s.assumedListSize),
    allowBatchedHttpRequests: boolean(s.allowBatchedHttpRequests),
    ide: boolean(s.ide),
    maxOperationNameLength: integer(s.maxOperationNameLength),
    maxIntrospectionFields: integer(s.maxIntrospectionFields),
    maxServiceFields: integer(s.maxServiceFields),
    maxEntityRepresentations: integer(s.maxEntityRepresentations),
    maxInputDepth: integer(s.maxInputDepth),
    maxInputValues: integer(s.maxInputValues),
    stackTraces: boolean(s.stackTraces),
    heavyConcurrency: integer(s.heavyConcurrency),
    heavyPerClient: integer(s.heavyPerClient),
    admissionQueueLength: integer(s.admissionQueueLength),
    admissionQueuePerClient: integer(s.admissionQueuePerClient),
    admissionMaxWaitMs: integer(s.admissionMaxWaitMs),
    maxEventLoopDelayMs: integer(s.maxEventLoopDelayMs),
    maxEventLoopBusyPercent: integer(s.maxEventLoopBusyPercent),
    heavyBodyBytes: integer(s.heavyBodyBytes),
    heavySourceBytes: integer(s.heavySourceBytes),
    heavyFields: integer(s.heavyFields),
  };
  return { config: Object.freeze(config), problems };
}
