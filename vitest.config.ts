import { defineConfig } from 'vitest/config';

const apiTests = ['packages/*/src/**/*.api.test.ts', 'apps/server/src/**/*.api.test.ts'];

/**
 * Test tiers: `unit` (pure, no IO), `api-pglite` and `api-postgres` (the same HTTP tests against both engines),
 * `e2e` (Chromium journeys against a running server). The test script runs them all.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: [...apiTests, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api-pglite',
          include: apiTests,
          env: { SCO_TEST_ENGINE: 'pglite' },
          globalSetup: ['apps/server/src/testing/global-setup-pglite.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'api-postgres',
          include: apiTests,
          env: { SCO_TEST_ENGINE: 'postgres' },
          globalSetup: ['apps/server/src/testing/global-setup-postgres.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
