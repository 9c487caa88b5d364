import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { crashSuite, KILLS } from './crash-suite.js';

describe('SIGKILL during `lineage ingest` into the embedded store', () => {
  // One fresh data directory per kill.
  const dirs = Array.from({ length: KILLS }, () => mkdtempSync(join(tmpdir(), 'lineage-crash-embedded-')));
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  crashSuite(
    {
      cli: (i) => ({ args: ['--store', 'embedded', '--data-dir', dirs[i]!], env: {} }),
      reset: async () => {},
      open: async (i) => {
        const store = new EmbeddedStore(dirs[i]!);
        await store.init();
        return store;
      },
    },
    20261129,
  );
});
