// @ts-check
// Lint is mainly the static ReDoS guard: eslint-plugin-regexp's rules against super-linear
// backtracking run over every regular expression in the source, plus a few correctness rules.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', '.cache/**', 'src/engine/similarity/data/**'] },
  {
    // The product's own code; tests and dev scripts only run regexes on text they control.
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
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
);
