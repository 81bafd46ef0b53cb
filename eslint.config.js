// Lint: TypeScript rules, linear regexes (eslint-plugin-regexp), and the pipeline's import boundaries.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const layer = (from, forbidden, why) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: why })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'fixtures/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  layer('extract', ['scrapers', 'notify', 'store', 'pipeline', 'history', 'cli', 'config', 'app'], 'src/extract is pure: no network, store, notifier or config'),
  layer('scrapers', ['extract', 'notify', 'store', 'pipeline', 'history', 'cli'], 'src/scrapers knows HTTP and pages, not figures or Discord'),
  layer('notify', ['scrapers', 'pipeline', 'cli'], 'src/notify turns alerts into messages; it knows nothing of HTML or fetching'),
  layer('store', ['scrapers', 'notify', 'pipeline', 'cli'], 'the store sits below the pipeline'),
);
