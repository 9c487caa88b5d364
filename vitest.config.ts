import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Test tiers, chosen by folder so that a new test file lands in its tier without editing this file.
 * They run one after the other, cheapest first (`sequence.groupOrder`); `npm run test:unit` runs the first.
 * - unit: pure code and in-process work (no Java, no browser, no network, no child servers).
 * - store: the contract suite on both stores and every Neo4j test (`*neo4j*` anywhere outside reliability).
 * - api: HTTP servers, the CLI as a process, the explorer in Chromium.
 * - reliability: crashes, outages, memory and fuzzing at scale.
 * Only the tiers that talk to Neo4j run the global setup that provides (and may start) one.
 */
const RELIABILITY = ['tests/reliability/**/*.test.ts'];
const STORE = [
  'tests/contract/**/*.test.ts',
  'tests/store/**/*.test.ts',
  'tests/neo4j/**/*.test.ts',
  'tests/setup/**/*.test.ts',
  'tests/**/*neo4j*.test.ts',
];
const API = ['tests/api/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/cli/**/*.test.ts'];
const NEO4J_SETUP = ['tests/setup/global.ts'];

function tier(
  name: string,
  order: number,
  include: string[],
  exclude: string[],
  globalSetup: string[] = [],
  isolate = true,
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      isolate,
      include,
      exclude: ['**/node_modules/**', ...exclude],
      globalSetup,
      sequence: { groupOrder: order },
    },
  };
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      // Unit files share their worker's module cache (no per-file isolation): importing the extractor and the
      // knowledge once per worker instead of once per file halves the tier. Unit tests must therefore not rely
      // on vi.mock of a module another file loads; they spy on module objects and restore them instead.
      tier(
        'unit',
        0,
        ['tests/**/*.test.ts', 'src/**/*.test.ts'],
        [...RELIABILITY, ...STORE, ...API],
        [],
        false,
      ),
      tier('store', 1, STORE, RELIABILITY, NEO4J_SETUP),
      tier('api', 2, API, [...RELIABILITY, ...STORE]),
      tier('reliability', 3, RELIABILITY, [], NEO4J_SETUP),
    ],
  },
});
