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
          // A limit, not a timing: a file's first extraction loads the gazetteer and the word lists, which took
          // over 5 s (Vitest's default) on a 2-core machine at a load average of 15.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'graph',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-neo4j.ts'],
          fileParallelism: false,
          // Limits, not timings: a passing test returns as soon as its condition holds. A browser retrying a
          // request the loaded database answered 503 took over 20 s once (CI at a load average of 34).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 45_000, interval: 100 } },
        },
      },
    ],
  },
});
