/**
 * Process entry: configuration → (embedded emulator, when no upstream is configured) → gateway → listen.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { listenGateway } from './server.js';

async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  const closers: Array<() => Promise<void>> = [];
  let upstreamUrl: string;
  if (config.upstream.kind === 'emulator') {
    // Loaded only in emulator mode, so a production instance never builds a fake organisation.
    const { startEmulator, emulatorOptionsFromEnv } = await import('../emulator/index.js');
    const emulator = await startEmulator({
      ...emulatorOptionsFromEnv(process.env, []),
      port: config.upstream.emulatorPort,
    });
    closers.push(() => emulator.close());
    upstreamUrl = emulator.url;
    console.log(`Genesys Cloud emulator (${emulator.options.users} users) on ${emulator.url}`);
  } else {
    upstreamUrl = config.upstream.apiUrl;
    console.log(`Upstream: ${upstreamUrl} (from ${config.upstream.source})`);
  }

  const running = await listenGateway({ config, upstreamUrl });
  closers.unshift(() => running.close());
  console.log(`usergraph gateway on ${running.url}`);
  if (config.upstream.kind === 'emulator') {
    console.log('Emulator mode: requests without a token use a development token, so the IDE works as is.');
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    void (async () => {
      for (const close of closers) await close().catch((err: unknown) => console.error(err));
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
