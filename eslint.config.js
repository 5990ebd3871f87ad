// Lint: TypeScript's recommended rules everywhere, the hooks rules in the
// React code. Generated code (codegen output, migrations) is not linted: it is
// checked by `npm run codegen:check` instead.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/test-results/**',
      'data/**',
      'apps/*/src/gql/**',
      'apps/gateway/src/generated/**',
      'packages/client/src/generated/**',
      'packages/domain/src/database/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Test helpers and GraphQL payloads are loosely typed on purpose; production code is checked by tsc strict.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // @synergia/client runs in browsers too: fetch only, no Node APIs outside its tests.
    files: ['packages/client/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: '@synergia/client must run in browsers: no Node APIs.' }] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['packages/ui/**/*.{ts,tsx}', 'apps/national/**/*.{ts,tsx}', 'apps/continental/**/*.{ts,tsx}', 'apps/gateway/graphiql/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
