import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeSpellings, createServer } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { type IngestReport, loadKnowledge } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

export interface RunningServer {
  url: string;
  report: IngestReport | null;
  stop(): Promise<void>;
}

export type Seed = { corpus: string } | { extractions: Extraction[] };

/**
 * `lineage serve` as the tests need it: a fresh embedded store in a temp dir, filled from a corpus
 * folder through the real ingest pipeline (or from ready-made extractions), and the API serving the
 * explorer build in `staticDir` on a free port.
 */
export async function startLineageServer(seed: Seed, staticDir: string): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lineage-e2e-'));
  const config = loadConfig(
    { dataDir, store: 'embedded', port: 0, host: '127.0.0.1' },
    {
      NODE_ENV: 'test',
      LINEAGE_LOG_LEVEL: 'silent',
    },
  );
  const store = new EmbeddedStore(dataDir);
  await store.init();
  let report: IngestReport | null = null;
  if ('corpus' in seed) {
    // Loaded only when needed: seeding from extractions must not pull in the extractor.
    const { createRuleExtractor, ingestPaths } = await import('../../src/ingest/index.js');
    report = await ingestPaths([seed.corpus], { store, extractor: createRuleExtractor() });
  } else {
    const outcomes = await store.writeDocuments(seed.extractions);
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw new Error(`Seeding failed: ${JSON.stringify(failed)}`);
  }
  const server = createServer(config, store, { staticDir, codeSpellings: codeSpellings(loadKnowledge()) });
  const url = await server.listen();
  return {
    url,
    report,
    async stop() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
