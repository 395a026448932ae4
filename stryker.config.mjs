// Mutation testing of the engine (src/domain) with StrykerJS: `npm run mutate`. Slow (2 560 mutants tested,
// 15–40 a minute on 2 shared cores: one to three hours the first time), so it is not part of `npm test` or CI;
// the report is written to reports/mutation/index.html. One file or folder at a time, in several runs:
// `npm run mutate -- --mutate 'src/domain/scoring/**/*.ts'` (a comma-separated list takes several globs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Not the profile validator ajv generates (scripts/build-profile-validator.ts): thousands of mutants of code
  // nobody wrote; the schema it comes from is tested through loadProfile.
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.generated.ts'],
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
  // Static mutants — in code that runs once when a module loads: the holiday table, the legacy-encoding maps,
  // the profile schema, module-level constants and regular expressions — are 864 of src/domain's 3 424. Each
  // needs the whole suite with a fresh module registry (27–44 s here): hours on 2 cores, against about an hour
  // for all the others. They are reported as «Ignored», outside the score; that data is checked entry by entry
  // by its own tests (vn-holidays against a lunar library, the schema against every built-in profile, the
  // encodings against their code tables).
  ignoreStatic: true,
  // Mutants that do not compile are discarded before any test runs.
  checkers: ['typescript'],
  // Only the engine, its tests and what they import (about 110 files, not 315): checking the whole project
  // for each mutant cost more CPU than running its tests.
  tsconfigFile: 'tsconfig.stryker.json',
  // Leading '/': gitignore-style, so a bare 'reports' would also drop src/workbook/reports.
  ignorePatterns: ['/build', '/dist', '/out', '/coverage', '/test-artifacts', '/reports', '/bench'],
  // json: the survivors list is read from it (file, line, mutator, replacement) to kill or explain each.
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  // Reruns test only the mutants whose code or tests changed since the last run (reports/stryker-incremental.json).
  incremental: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
