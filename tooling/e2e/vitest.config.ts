import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql-js for the gateway these tests start (as in apps/gateway's
  // config): through Vite (ESM) and Node (CJS) it loads twice, and the export
  // route's schema checks then refuse the other copy's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['specs/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
