/** CLI entry: `npm run emulator -- --port 4010 --users 5000 ...` (see --help). */
import { CLI_DEFAULT_PORT, emulatorOptionsFromEnv, helpText, startEmulator } from './index.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(helpText());
    return;
  }
  let partial;
  try {
    partial = emulatorOptionsFromEnv(process.env, argv);
  } catch (e) {
    console.error(`emulator: ${(e as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const emu = await startEmulator({ port: CLI_DEFAULT_PORT, ...partial });
  const f = emu.store.fixtures();
  console.log(`Genesys Cloud Users API emulator listening on ${emu.url}`);
  console.log(
    `  org: ${emu.store.userCount} users, seed ${emu.options.seed}, generated in ${Date.now() - started} ms; head of org (me): ${emu.options.meUserId ?? f.headOfOrg}`,
  );
  console.log(`  control: ${emu.url}/__emulator/health, /__emulator/fixtures, /__emulator/requests, /__emulator/knobs`);
  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`emulator: ${(e as Error).message}`);
  process.exit(1);
});
