/**
 * Process entry: configuration → logger → (tracing) → (embedded emulator, when no upstream is
 * configured) → gateway → listen. On SIGTERM/SIGINT: /readyz fails, SHUTDOWN_DELAY_MS passes so load
 * balancers stop sending traffic, then the listener closes (new connections are refused), idle keep-alive
 * connections close, in-flight operations have SHUTDOWN_TIMEOUT_MS to finish (their connections are closed
 * after), then the emulator and the tracer stop and the process exits 0. Should anything hang past that,
 * a last timer exits with 1; a second signal exits at once.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './observability/logging.js';
import { startTracing } from './observability/tracing.js';
import { listenGateway } from './server.js';

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
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);

  const closers: Array<{ name: string; close: () => Promise<void> }> = [];
  // No endpoint, no SDK: startTracing (and the OpenTelemetry SDK it imports) is not even loaded.
  const tracing = config.tracing ? await startTracing(config.tracing, process.env.npm_package_version) : undefined;
  if (tracing) closers.push({ name: 'tracing', close: () => tracing.shutdown() });

  let upstreamUrl: string;
  if (config.upstream.kind === 'emulator') {
    // Loaded only in emulator mode, so a production instance never builds a fake organisation.
    const { startEmulator, emulatorOptionsFromEnv } = await import('../emulator/index.js');
    const emulator = await startEmulator({
      // The activity simulator on (presence and routing status changes) so live examples show events.
      activityPerSecond: 2,
      ...emulatorOptionsFromEnv(process.env, []),
      port: config.upstream.emulatorPort,
    });
    closers.unshift({ name: 'emulator', close: () => emulator.close() });
    upstreamUrl = emulator.url;
    log.info({ emulator: emulator.url, users: emulator.options.users }, 'Genesys Cloud emulator started');
  } else {
    upstreamUrl = config.upstream.apiUrl;
  }

  const running = await listenGateway({ config, upstreamUrl, logger: log, tracing });
  closers.unshift({ name: 'gateway', close: () => running.close() });
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

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting for in-flight operations');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal, delayMs: config.shutdownDelayMs, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    running.gateway.beginShutdown();
    // The drain closes connections at SHUTDOWN_TIMEOUT_MS; this only guards against a closer that hangs.
    setTimeout(() => {
      log.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownDelayMs + config.shutdownTimeoutMs + 10_000).unref();
    void (async () => {
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      for (const { name, close } of closers) {
        await close().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, `closing the ${name} failed`));
      }
      log.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
