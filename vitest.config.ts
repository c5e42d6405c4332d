import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, in parallel) and `graph` (integration tests against a real
 * embedded Neo4j and end-to-end tests in headless Chromium). The graph project shares one Neo4j,
 * started by its global setup, so its files run one at a time and each resets the data it needs.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'graph',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
