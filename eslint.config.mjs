// ESLint flat config: a type-aware baseline (typescript-eslint) plus the layering of README «Project layout».
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers depend one way: src/domain ← src/workbook ← adapters (src/xlsx, src/office) ← front ends
 * (src/cli, src/taskpane). Each folder may import itself and exactly the folders listed here; anything
 * else under src/ is refused, whatever the import's spelling (paths are resolved, not matched as text).
 */
const MAY_IMPORT = {
  domain: [],
  workbook: ['domain'],
  xlsx: ['domain', 'workbook'],
  office: ['domain', 'workbook'],
  cli: ['domain', 'workbook', 'xlsx'],
  taskpane: ['domain', 'workbook', 'office'],
};

const layerZones = Object.entries(MAY_IMPORT).map(([layer, below]) => {
  const allowed = [layer, ...below];
  return {
    target: `src/${layer}`,
    from: 'src',
    except: allowed.map((l) => `./${l}`),
    message: `src/${layer} may import only from ${allowed.map((l) => `src/${l}`).join(', ')} (README «Project layout»).`,
  };
});

/** Packages by the kind of host they tie a file to. */
const UI_AND_OFFICE = [
  { regex: '^(react|react-dom)(/.*)?$', message: 'React belongs to src/taskpane.' },
  { regex: '^@fluentui/', message: 'Fluent UI belongs to src/taskpane.' },
  { regex: '^(@microsoft/)?office-js(/.*)?$', message: 'Office.js belongs to src/office.' },
];
/** fs, path, zlib, worker_threads … and every other Node built-in, with or without `node:`. */
const NODE_IO = [
  {
    regex: `^(node:)?(${builtinModules.join('|')})(/.*)?$`,
    message: 'Node built-ins belong to src/xlsx and src/cli; this code also runs in the task pane (a browser).',
  },
];
const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Office.js belongs to src/office (and the task pane wiring).',
}));
/** no-restricted-globals sees values only; this catches the same namespaces in types (`Excel.Range`). */
const OFFICE_TYPES = {
  selector: 'TSQualifiedName > Identifier.left[name=/^(Office|Excel|OfficeExtension)$/]',
  message: 'Office.js types belong to src/office (and the task pane wiring).',
};
const NODE_GLOBALS = ['process', 'Buffer', 'require'].map((name) => ({
  name,
  message: 'Node globals belong to src/xlsx and src/cli; this code also runs in the task pane (a browser).',
}));

const restrict = (files, patterns, restrictedGlobals, restrictedSyntax = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-globals': ['error', ...restrictedGlobals],
    ...(restrictedSyntax.length ? { 'no-restricted-syntax': ['error', ...restrictedSyntax] } : {}),
  },
});

export default defineConfig([
  // Relative to this folder (src/workbook/reports is linted); bench output goes to the OS temp folder.
  globalIgnores(['build/', 'dist/', 'out/', 'coverage/', 'test-artifacts/', 'reports/', '.stryker-tmp/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // TypeScript: the recommended type-aware rules, with the project's tsconfig.json (src, test, scripts, bench).
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Off: callbacks are declared as method signatures in props/option interfaces and destructured
      // (`{ onChange }: Props`); all 19 hits were that or jest's `expect(fake.method)`, none a detached class method.
      '@typescript-eslint/unbound-method': 'off',
      // Off: `async` methods implement Promise-returning ports (WorkbookHost, fakes) so that a throw becomes a
      // rejection; dropping `async` to please the rule (18 hits) would change that.
      '@typescript-eslint/require-await': 'off',
      // As tsc's noUnusedLocals/noUnusedParameters: `_`-prefixed names and rest siblings (`{ a, ...rest }`) are allowed.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },

  // Tests read JSON output, ExcelJS cells and mocks as `any` on purpose (107 no-unsafe-* hits in 25 files), and
  // stringify ExcelJS cell values in assertions, where "[object Object]" fails the test anyway (23 hits).
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Plain JavaScript (configs, launchers, bench children): Node CommonJS, not type-checked.
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },

  // React: the rules of hooks in the task pane and its tests.
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Layering.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      // The layering rule skips what it cannot resolve: every import must resolve for it to hold.
      'import-x/no-unresolved': 'error',
    },
  },
  restrict(['src/domain/**', 'src/workbook/**'], [...UI_AND_OFFICE, ...NODE_IO], [...OFFICE_GLOBALS, ...NODE_GLOBALS], [OFFICE_TYPES]),
  restrict(['src/xlsx/**', 'src/cli/**'], UI_AND_OFFICE, OFFICE_GLOBALS, [OFFICE_TYPES]),
  restrict(['src/office/**', 'src/taskpane/**'], NODE_IO, NODE_GLOBALS),
]);
