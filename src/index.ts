/**
 * Process entry (`node dist/index.js` once built, `npm start`, or tsx from source): configuration → logger →
 * (tracing) → (embedded emulator: no upstream outside production, or EMULATOR=true) → gateway → listen →
 * signal handlers. The shutdown sequence (SIGTERM/SIGINT: drain once, repeats ignored; SIGQUIT: at once)
 * lives in src/shutdown.ts; everything that must stop registers there, in order.
 * A bad configuration or a port in use ends the process with one plain line on stderr, no stack trace.
 */
import type { RunningEmulator } from '../emulator/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './observability/logging.js';
import { startTracing } from './observability/tracing.js';
import { listenGateway } from './server.js';
import { Shutdown } from './shutdown.js';

/** A startup failure worth one line to the operator (no stack trace), with its exit code. */
class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * The listen errors an operator fixes with a setting, as one line naming the variable; others unchanged.
 * `port` is the configured one (0: any free port).
 */
function listenFailure(err: unknown, what: string, portVariable: string, hostVariable: string, port: number): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return new StartupError(`${what}: port ${port} is already in use; set ${portVariable} to a free port.`, 1);
  if (code === 'EACCES') {
    return new StartupError(
      `${what}: port ${port} needs privileges this process does not have; set ${portVariable} to a port above 1023.`,
      1,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(
      `${what}: cannot listen on this host's address; set ${hostVariable} to one of its interfaces (e.g. 0.0.0.0).`,
      1,
    );
  }
  return err;
}

/** A URL fit for a log line: an OTLP or API URL may carry `user:password@`, which is dropped. */
function shownUrl(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(/\/+$/, '');
}

async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      // Plain text, one line per problem: the logger's own configuration may be among them.
      throw new StartupError(err.problems.length === 1 ? `Invalid configuration: ${err.problems[0]}` : err.message, 2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);

  // No endpoint, no SDK: startTracing (and the OpenTelemetry SDK it imports) is not even loaded.
  const tracing = config.tracing ? await startTracing(config.tracing, process.env.npm_package_version) : undefined;

  let upstreamUrl: string;
  let emulator: RunningEmulator | undefined;
  if (config.upstream.kind === 'emulator') {
    // Loaded only in emulator mode, so a production instance never builds a fake organisation.
    const { startEmulator, emulatorOptionsFromEnv } = await import('../emulator/index.js');
    // The activity simulator on (presence and routing status changes) so live examples show events.
    const emulatorOptions = {
      activityPerSecond: 2,
      ...emulatorOptionsFromEnv(process.env, []),
      port: config.upstream.emulatorPort,
    };
    emulator = await startEmulator(emulatorOptions).catch((err: unknown) => {
      throw listenFailure(err, 'The embedded emulator', 'EMULATOR_PORT', 'EMULATOR_HOST', emulatorOptions.port);
    });
    upstreamUrl = emulator.url;
    log.info({ emulator: emulator.url, users: emulator.options.users }, 'Genesys Cloud emulator started');
    if (config.upstream.explicit) {
      log.warn("EMULATOR=true: every answer is the emulator's invented organisation, not Genesys Cloud data.");
    }
  } else {
    upstreamUrl = config.upstream.apiUrl;
  }

  const running = await listenGateway({ config, upstreamUrl, logger: log, tracing }).catch((err: unknown) => {
    throw listenFailure(err, 'The gateway', 'PORT', 'HOST', config.port);
  });
  log.info(
    {
      url: running.url,
      upstream: shownUrl(upstreamUrl),
      upstreamFrom: config.upstream.kind === 'emulator' ? 'emulator' : config.upstream.source,
      authMode: config.auth.mode,
      persistedQueries: config.persistedQueries.redisUrl ? 'redis' : 'memory',
      tracing: config.tracing ? shownUrl(config.tracing.tracesUrl) : 'off',
    },
    'usergraph gateway listening',
  );
  if (config.upstream.kind === 'emulator' && config.auth.mode === 'passthrough') {
    log.info('Emulator mode: requests without a token use a development token, so the IDE works as is.');
  }

  // The shutdown sequence, in order (src/shutdown.ts). A new long-lived resource (e.g. WebSocket
  // subscriptions) adds its closer here, at its place in the sequence.
  const shutdown = new Shutdown({ delayMs: config.shutdownDelayMs, timeoutMs: config.shutdownTimeoutMs, log });
  shutdown.onDrainStart(() => running.gateway.beginShutdown());
  // Live sockets first, after the drain delay: closed with 1001 Going Away (clients reconnect elsewhere).
  const live = running.gateway.live;
  if (live) shutdown.addCloser('live subscriptions', () => live.close());
  shutdown.addCloser('gateway', () => running.close());
  if (emulator) shutdown.addCloser('emulator', emulator.close.bind(emulator));
  if (tracing) shutdown.addCloser('tracing', () => tracing.shutdown());
  shutdown.install();
}

main().catch((err: unknown) => {
  if (err instanceof StartupError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  console.error(err);
  process.exit(1);
});
