import { defineConfig } from 'vitest/config';

// One run over the workspace: each package is a project with its own config.
export default defineConfig({
  test: {
    projects: [
      'packages/domain',
      'packages/ui',
      'packages/client',
      'apps/gateway',
      'apps/national',
      'apps/continental',
      'tooling/e2e',
      'tooling/bench',
      'examples',
      // The repository scripts are no package: their tests are declared here.
      { test: { name: 'scripts', environment: 'node', include: ['tooling/scripts/**/*.test.ts'], testTimeout: 30_000 } },
    ],
  },
});
