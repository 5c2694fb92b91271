/**
 * The Jest configuration of `npm run test:mutation` (scripts/mutation.mjs, stryker.config.mjs): the project's,
 * without the global setup (it builds dist/, which no mutated module needs), limited to the test files named in
 * MUTATION_TESTS (comma-separated), so each mutant runs seconds of tests, not the whole suite.
 */
import base from './jest.config.js';

const { globalSetup: _buildsDist, ...rest } = base;
const tests = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (tests.length === 0) throw new Error('MUTATION_TESTS names no test file: run `npm run test:mutation`');

export default { ...rest, testMatch: tests.map((file) => `<rootDir>/${file}`) };
