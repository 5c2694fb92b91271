/** ts-jest in ESM mode: got 14 is ESM-only, so the whole project is ESM. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The sandbox copy of the project that `npm run test:mutation` works in while it runs.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testTimeout: 30000,
  // Builds dist/ when stale, for the tests of the production build (test/deploy/).
  globalSetup: '<rootDir>/test/global-setup.mjs',
};
