// Mutation testing of the engine (src/domain) with StrykerJS: `npm run mutate`. Slow (about 3 000 mutants:
// hours on 2 cores the first time), so it is not part of `npm test` or CI; the report is written to
// reports/mutation/index.html. One file: `npm run mutate -- --mutate src/domain/rounding.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/domain/**/*.ts'],
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // The engine's own tests. test/cli and test/hostile run the compiled CLI (build/) in a child process and
    // test/e2e a browser bundle: they cannot see a mutant. test/workbook would (add it for a thorough run), but
    // its fixtures are computed at file load, which makes most engine mutants "static" (every test runs for
    // each): rounding.ts took 7 min with it, 2 min without, for the same score.
    // src is a root too, or --findRelatedTests (below) cannot trace a test to the file it imports.
    config: {
      roots: ['<rootDir>/src', '<rootDir>/test/domain', '<rootDir>/test/property'],
    },
    enableFindRelatedTests: true,
  },
  // Per mutant, only the tests that executed the mutated code are run.
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are discarded before any test runs.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  // Leading '/': gitignore-style, so a bare 'reports' would also drop src/workbook/reports.
  ignorePatterns: ['/build', '/dist', '/out', '/coverage', '/test-artifacts', '/reports', '/bench'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 80, low: 60, break: null },
  // Reruns test only the mutants whose code or tests changed since the last run (reports/stryker-incremental.json).
  incremental: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
