import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql-js: tests import it through Vite (ESM) while graphql-tools
  // loads it through Node (CJS); two copies refuse each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: { name: 'gateway', environment: 'node', include: ['src/**/*.test.ts', 'docs/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 120_000 },
});
