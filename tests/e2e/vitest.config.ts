import { defineConfig } from 'vitest/config';

/**
 * The browser tests and the explorer's unit tests alone: `npx vitest run --config tests/e2e/vitest.config.ts`. No Neo4j global setup
 * (these tests use the embedded store), one file at a time: Chromium is CPU-heavy.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'src/explorer/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
