import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { defineApiE2E } from './e2e-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'lineage-api-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

defineApiE2E('embedded', async () => {
  const store = new EmbeddedStore(dir);
  await store.init();
  return store;
});
