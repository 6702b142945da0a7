// ESLint flat config: @eslint/js and typescript-eslint recommended rules for the server (src/), tests,
// benchmarks and the staff web app (web/src), plus the few plain JavaScript files at the top level.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node.js globals for plain .js/.mjs files (TypeScript files are checked by the compiler instead of no-undef).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'structuredClone', 'fetch', 'AbortController', 'TextEncoder', 'TextDecoder', 'queueMicrotask', 'globalThis'].map(
    (name) => [name, 'readonly'],
  ),
);

const unusedVars = [
  'error',
  {
    args: 'after-used',
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
    ignoreRestSiblings: true,
  },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'drizzle/**', 'data/**', 'coverage/**', '.tmp/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: nodeGlobals },
    rules: { 'no-unused-vars': unusedVars },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedVars,
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      // Stripping control characters from file names and free text is deliberate (src/domain/text.ts,
      // src/http/routes/documents.ts); a regex with \u0000-\u001f is the clearest way to say it.
      'no-control-regex': 'off',
    },
  },
);
