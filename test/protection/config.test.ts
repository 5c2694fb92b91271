/** The protection settings: defaults, production defaults, overrides, one message per bad value, README. */
import { readFileSync } from 'node:fs';
import { CallBudget } from '../../src/protection/budget.js';
import { PROTECTION_ENV, protectionConfigFromEnv } from '../../src/protection/config.js';
import { ProtectionErrorCode, UpstreamCallBudgetExceeded } from '../../src/protection/errors.js';

describe('protectionConfigFromEnv', () => {
  it('has safe defaults', () => {
    expect(protectionConfigFromEnv({})).toEqual({
      config: {
        maxDepth: 12,
        maxAliases: 30,
        maxRootFields: 20,
        maxTokens: 5000,
        maxFields: 2000,
        maxBodyBytes: 1024 * 1024,
        maxUpstreamCallsEstimate: 200,
        maxUpstreamCallsPerOperation: 500,
        assumedListSize: 10,
        allowBatchedHttpRequests: false,
        ide: true,
        maxOperationNameLength: 256,
        maxIntrospectionFields: 2,
        maxServiceFields: 1,
        maxEntityRepresentations: 1000,
        maxInputDepth: 20,
        maxInputValues: 10_000,
        stackTraces: false,
        heavyConcurrency: 1,
        heavyPerClient: 1,
        admissionQueueLength: 64,
        admissionQueuePerClient: 8,
        admissionMaxWaitMs: 10_000,
        maxEventLoopDelayMs: 0,
        maxEventLoopBusyPercent: 0,
        heavyBodyBytes: 16 * 1024,
        heavySourceBytes: 4096,
        heavyFields: 250,
      },
      problems: [],
    });
  });

  it('never turns stack traces on by default, in development or production', () => {
    expect(protectionConfigFromEnv({}).config.stackTraces).toBe(false);
    expect(protectionConfigFromEnv({ NODE_ENV: 'development' }).config.stackTraces).toBe(false);
    expect(protectionConfigFromEnv({ NODE_ENV: 'production' }).config.stackTraces).toBe(false);
  });

  it('sheds on event-loop delay and holds expensive work for spare time only in production, unless asked for', () => {
    expect(protectionConfigFromEnv({}).config.maxEventLoopDelayMs).toBe(0);
    expect(protectionConfigFromEnv({ NODE_ENV: 'production' }).config.maxEventLoopDelayMs).toBe(100);
    expect(protectionConfigFromEnv({}).config.maxEventLoopBusyPercent).toBe(0);
    expect(protectionConfigFromEnv({ NODE_ENV: 'production' }).config.maxEventLoopBusyPercent).toBe(50);
    expect(
      protectionConfigFromEnv({ NODE_ENV: 'development', ADMISSION_MAX_EVENT_LOOP_DELAY_MS: '50' }).config
        .maxEventLoopDelayMs,
    ).toBe(50);
  });

  it('turns the IDE off in production unless asked for', () => {
    expect(protectionConfigFromEnv({ NODE_ENV: 'production' }).config.ide).toBe(false);
    expect(protectionConfigFromEnv({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' }).config.ide).toBe(true);
  });

  it('reads every variable', () => {
    const { config, problems } = protectionConfigFromEnv({
      MAX_QUERY_DEPTH: '8',
      MAX_ALIASES: '0',
      MAX_ROOT_FIELDS: '5',
      MAX_QUERY_TOKENS: '2000',
      MAX_QUERY_FIELDS: '300',
      MAX_BODY_BYTES: '65536',
      MAX_UPSTREAM_CALLS_ESTIMATE: '50',
      MAX_UPSTREAM_CALLS_PER_OPERATION: '80',
      COST_ASSUMED_LIST_SIZE: '25',
      ALLOW_BATCHED_HTTP_REQUESTS: 'yes',
      GRAPHQL_IDE: 'off',
      MAX_OPERATION_NAME_LENGTH: '64',
      MAX_INTROSPECTION_FIELDS: '0',
      MAX_SERVICE_FIELDS: '3',
      MAX_ENTITY_REPRESENTATIONS: '250',
      MAX_INPUT_DEPTH: '8',
      MAX_INPUT_VALUES: '500',
      GRAPHQL_STACK_TRACES: 'true',
      ADMISSION_HEAVY_CONCURRENCY: '0',
      ADMISSION_HEAVY_PER_CLIENT: '3',
      ADMISSION_QUEUE_LENGTH: '10',
      ADMISSION_QUEUE_PER_CLIENT: '2',
      ADMISSION_MAX_WAIT_MS: '500',
      ADMISSION_MAX_EVENT_LOOP_DELAY_MS: '0',
      ADMISSION_MAX_EVENT_LOOP_BUSY_PERCENT: '70',
      ADMISSION_HEAVY_BODY_BYTES: '1000',
      ADMISSION_HEAVY_SOURCE_BYTES: '100',
      ADMISSION_HEAVY_FIELDS: '50',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      maxDepth: 8,
      maxAliases: 0,
      maxRootFields: 5,
      maxTokens: 2000,
      maxFields: 300,
      maxBodyBytes: 65536,
      maxUpstreamCallsEstimate: 50,
      maxUpstreamCallsPerOperation: 80,
      assumedListSize: 25,
      allowBatchedHttpRequests: true,
      ide: false,
      maxOperationNameLength: 64,
      maxIntrospectionFields: 0,
      maxServiceFields: 3,
      maxEntityRepresentations: 250,
      maxInputDepth: 8,
      maxInputValues: 500,
      stackTraces: true,
      heavyConcurrency: 0,
      heavyPerClient: 3,
      admissionQueueLength: 10,
      admissionQueuePerClient: 2,
      admissionMaxWaitMs: 500,
      maxEventLoopDelayMs: 0,
      maxEventLoopBusyPercent: 70,
      heavyBodyBytes: 1000,
      heavySourceBytes: 100,
      heavyFields: 50,
    });
  });

  it('reports each bad value by name and keeps the default', () => {
    const { config, problems } = protectionConfigFromEnv({
      MAX_QUERY_DEPTH: '0',
      MAX_ALIASES: '1e3',
      MAX_QUERY_TOKENS: 'lots',
      MAX_BODY_BYTES: '-1',
      ALLOW_BATCHED_HTTP_REQUESTS: 'maybe',
    });
    expect(problems).toEqual([
      'MAX_QUERY_DEPTH must be an integer from 1 to 1000 (got "0")',
      'MAX_ALIASES must be an integer from 0 to 100000 (got "1e3")',
      'MAX_QUERY_TOKENS must be an integer from 100 to 1000000 (got "lots")',
      'MAX_BODY_BYTES must be an integer from 1024 to 104857600 (got "-1")',
      'ALLOW_BATCHED_HTTP_REQUESTS must be true or false (got "maybe")',
    ]);
    expect(config.maxDepth).toBe(12);
    expect(config.allowBatchedHttpRequests).toBe(false);
  });

  it('is documented in the README with the same defaults', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const setting of Object.values(PROTECTION_ENV)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${setting.variable}\``));
      expect(row).toBeDefined();
      const fallback = setting.kind === 'integer' ? String(setting.fallback) : String(setting.fallback.development);
      expect(row!.replace(/[ ,_]/g, '')).toContain(`|\`${fallback}\``);
    }
  });
});

describe('CallBudget', () => {
  it('counts calls up to its limit, then throws UPSTREAM_CALL_BUDGET_EXCEEDED', () => {
    const budget = new CallBudget(3);
    budget.take();
    budget.take();
    budget.take();
    expect(budget.taken).toBe(3);
    expect(budget.remaining).toBe(0);
    let thrown: unknown;
    try {
      budget.take();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UpstreamCallBudgetExceeded);
    expect((thrown as UpstreamCallBudgetExceeded).extensions).toEqual({
      code: ProtectionErrorCode.UPSTREAM_CALL_BUDGET_EXCEEDED,
      budget: { limit: 3 },
    });
    expect(budget.taken).toBe(3);
  });

  it('a zero budget allows no call', () => {
    expect(() => new CallBudget(0).take()).toThrow(UpstreamCallBudgetExceeded);
    expect(() => new CallBudget(-1)).toThrow(RangeError);
  });
});
