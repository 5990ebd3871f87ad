import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'gateway', environment: 'node', include: ['src/**/*.test.ts', 'docs/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 120_000 },
});
