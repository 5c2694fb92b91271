/**
 * Debian's headless Chromium for the browser tests, driven by playwright-core (no browser download). CI
 * installs it (.ci/run), so there its absence is an error; locally the browser tests are skipped without it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Where the browser tests leave their screenshots (ignored by git). */
export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts');

/** Whether the browser tests can run here; `what` names the skipped test in the local warning. */
export function haveChromium(what: string): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI) {
    throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium).`);
  }
  if (!found) console.warn(`Skipping ${what}: ${CHROMIUM} is absent (apt-get install -y chromium).`);
  return found;
}
