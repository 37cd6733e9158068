// @ts-check
// Lint: the static ReDoS guard (eslint-plugin-regexp's rules against super-linear backtracking, over
// every regular expression in the product), typescript-eslint's type-checked rules on all TypeScript
// (src, test, scripts), and the engine's boundaries (src/engine imports no vscode, no Node built-in,
// nothing of the hosts: it runs in a browser worker too).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', '.cache/**', 'out/**', 'src/engine/similarity/data/**'] },
  {
    // Type-checked rules: every TypeScript file is in tsconfig.json, which the project service finds.
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // node:test's test()/describe()/it() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-require-imports': 'error',
    },
  },
  {
    // The product's own code; tests and dev scripts only run regexes on text they control.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-lazy-ends': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-empty-group': 'error',
    },
  },
  {
    // The engine: no I/O, no editor, no host. Its hosts hand it what it needs (src/engine/lexicon/tables.ts).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'the engine runs outside VS Code (CLI, worker, browser): no vscode' },
          ...NODE_BUILTINS.map((name) => ({ name, message: 'the engine runs in a browser worker too: no Node built-ins' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'the engine runs in a browser worker too: no Node built-ins' },
          { group: ['**/extension', '**/extension/**', '**/cli', '**/cli/**', '**/host', '**/host/**'], message: 'the engine imports nothing of its hosts' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name, message: 'the engine runs in a browser worker too: no Node globals',
        })),
      ],
    },
  },
);
