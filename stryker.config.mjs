/**
 * StrykerJS settings of `npm run test:mutation` (scripts/mutation.mjs runs Stryker once per module, with that
 * module's tests in MUTATION_TESTS). Not part of CI. Figures and equivalent survivors: docs/MUTATION.md.
 */
export default {
  testRunner: 'jest',
  // The project is ESM: Jest runs it in Node's VM modules, as `npm test` does.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  mutate: [
    'src/loaders/users.ts',
    'src/resilience/retry-policy.ts',
    'src/mutations/validate.ts',
    'src/protection/cost.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  // The machine is shared by the test servers each run starts: one mutant at a time is the honest default.
  concurrency: 1,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: process.env.STRYKER_HTML_REPORT ?? 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
