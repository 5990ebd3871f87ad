import { defineConfig } from 'vitest/config';

// Unit tests of the app's pure logic (grouping, role scopes, audit diffs); no DOM.
export default defineConfig({
  test: { name: 'continental', environment: 'node', include: ['src/**/*.test.ts'], passWithNoTests: true },
});
