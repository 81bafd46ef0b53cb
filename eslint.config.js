// Lint: TypeScript rules, linear regexes (eslint-plugin-regexp), the layers' import boundaries and no import
// cycles (eslint-plugin-import-x, resolving our `.js` specifiers to the `.ts` files through the TypeScript resolver).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Everything at the top of src/: a folder per stage or part, and three shared files.
const PLACES = [
  'calendar',
  'printable',
  'extract',
  'scrapers',
  'history',
  'store',
  'notify',
  'pipeline',
  'coordination',
  'ops',
  'web',
  'demo',
  'app',
  'worker',
  'cli',
  'config.ts',
  'errors.ts',
  'log.ts',
];

// Who may import whom (besides itself). The pipeline reads downwards: sources → text → history → store → alerts.
const LAYERS = {
  calendar: { may: [], why: 'src/calendar is a shared basic: it imports nothing of ours' },
  printable: { may: [], why: 'src/printable is a shared basic: it imports nothing of ours' },
  demo: { may: [], why: 'src/demo serves fixture files; it imports nothing of ours' },
  'errors.ts': { may: [], why: 'errors.ts is a shared basic: it imports nothing of ours' },
  'log.ts': { may: ['printable'], why: 'log.ts is a shared basic: it imports only src/printable, another' },
  extract: {
    may: ['calendar'],
    why: 'src/extract is pure: no network, store, notifier, config or clock; only the shared calendar',
  },
  scrapers: {
    may: ['errors.ts'],
    why: 'src/scrapers knows HTTP, feeds and pages, not figures, history, the store or Discord',
  },
  'config.ts': {
    may: ['errors.ts', 'printable', 'scrapers', 'extract'],
    why: 'config.ts is read by every layer; it may only ask the source kinds table for their keys and the series lexicon for its measures, and hide secrets',
  },
  history: {
    may: ['calendar', 'extract'],
    why: 'src/history decides (consensus, the record rule); it never imports the store, the notifier or the scrapers',
  },
  store: {
    may: ['calendar', 'printable', 'extract', 'history', 'config.ts', 'errors.ts'],
    why: 'src/store persists and queries; it never imports the notifier, the scrapers or the pipeline',
  },
  notify: {
    may: ['calendar', 'printable', 'history', 'config.ts', 'log.ts', 'errors.ts'],
    why: 'src/notify turns alerts into messages; it never reads the store, fetches pages or drives the pipeline',
  },
  coordination: {
    may: ['store', 'config.ts', 'log.ts'],
    why: 'src/coordination takes turns at ticking through the store layer; it knows no stage',
  },
  pipeline: {
    may: [
      'calendar',
      'printable',
      'extract',
      'scrapers',
      'history',
      'store',
      'notify',
      'config.ts',
      'log.ts',
      'errors.ts',
    ],
    why: 'src/pipeline drives the stages; the application, the worker and the CLI sit above it',
  },
  ops: {
    may: ['extract', 'scrapers', 'store', 'pipeline', 'log.ts'],
    why: 'src/ops observes ticks (health, metrics); the worker that reports them, the application and the CLI sit above it',
  },
  web: {
    may: ['calendar', 'history', 'store', 'notify', 'pipeline', 'config.ts', 'log.ts', 'errors.ts'],
    why: "src/web shows the status: it reads through the store front door and the pipeline's views, and never writes; the worker wires it",
  },
  app: {
    may: [
      'calendar',
      'printable',
      'extract',
      'scrapers',
      'history',
      'store',
      'notify',
      'pipeline',
      'config.ts',
      'log.ts',
      'errors.ts',
    ],
    why: 'src/app owns config, store and notifier for the worker and the CLI, which sit above it',
  },
  worker: {
    may: PLACES.filter((p) => p !== 'cli' && p !== 'worker'),
    why: 'src/worker runs the pipeline on its schedule; the CLI sits above it',
  },
};

const zones = Object.entries(LAYERS).flatMap(([layer, { may, why }]) =>
  PLACES.filter((place) => place !== layer && !may.includes(place)).map((place) => ({
    target: `./src/${layer}`,
    from: `./src/${place}`,
    message: why,
  })),
);
// The CLI reaches the store only through its front door and its types; the rest is the store's own business.
zones.push({
  target: './src/cli',
  from: './src/store',
  except: ['./index.ts', './types.ts'],
  message: 'the CLI opens the store through src/app (and src/store/index.ts); it imports no store internals',
});
// The page reads the store through its types (a reader with no writing method); it opens nothing itself.
zones.push({
  target: './src/web',
  from: './src/store',
  except: ['./types.ts'],
  message: "src/web reads through the StatusReader it is given (the store's types); it imports no store code",
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
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // The imported files are parsed too (no-cycle follows them), as TypeScript.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
