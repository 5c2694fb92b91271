/**
 * Jest's global setup: the tests of the production build (test/deploy/) start `node dist/index.js` and
 * `npm start`, so dist/ is brought up to date once, before any test file runs (a no-op when it is fresh).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce() {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed: the tests of the production build cannot run');
}
