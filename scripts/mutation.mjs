#!/usr/bin/env node
/**
 * `npm run test:mutation [module …]`: StrykerJS over the core modules, one run per module, each against the tests
 * that exercise that module (listed here), so a mutant costs seconds. Not part of CI (minutes of CPU). The
 * results, and why each surviving mutant is equivalent, are in docs/MUTATION.md.
 *
 * Incremental: reports/stryker-incremental-<module>.json keeps the last results, so a re-run only tests the
 * mutants whose code or tests changed. `--force` re-tests everything. HTML reports: reports/mutation/<module>.html.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Module → the test files that exercise it. */
const MODULES = {
  'src/loaders/users.ts': ['test/loaders/users.test.ts'],
  'src/resilience/retry-policy.ts': ['test/resilience/retry-policy.test.ts'],
  // validation.test.ts (the same checks through the server) would add ~20 s per mutant: the unit tests alone.
  'src/mutations/validate.ts': ['test/mutations/validate.test.ts'],
  'src/protection/cost.ts': ['test/protection/cost.test.ts'],
};

const args = process.argv.slice(2).filter((a) => a !== '--');
const force = args.includes('--force');
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((m) => !(m in MODULES));
if (unknown.length) {
  console.error(`unknown module(s): ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const module of chosen.length ? chosen : Object.keys(MODULES)) {
  const name = path.basename(module, '.ts');
  console.log(`\n== ${module} (tests: ${MODULES[module].join(', ')})`);
  const run = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      '--mutate',
      module,
      '--incrementalFile',
      `reports/stryker-incremental-${name}.json`,
      ...(force ? ['--force'] : []),
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATION_TESTS: MODULES[module].join(','),
        STRYKER_HTML_REPORT: `reports/mutation/${name}.html`,
      },
    },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
