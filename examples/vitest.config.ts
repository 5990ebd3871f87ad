import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql-js for the test gateway (see apps/gateway/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: { name: 'examples', environment: 'node', include: ['*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
