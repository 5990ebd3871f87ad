import { defineConfig } from 'vitest/config';

// Unit tests of pure logic (form rules, messages); no DOM.
export default defineConfig({
  test: { name: 'national', environment: 'node', include: ['src/**/*.test.ts'], passWithNoTests: true },
});
