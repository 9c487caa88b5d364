import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { defineContractSuite } from './suite.js';

const root = mkdtempSync(join(tmpdir(), 'lineage-contract-'));
let n = 0;

defineContractSuite('embedded', async () => {
  const store = new EmbeddedStore(join(root, String(n++)));
  await store.init();
  return store;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));
