import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';
import { MemoryStore } from './fake-extractor.js';
import { createKillingExtractor, createUnstartableExtractor, KILLS_WORKER } from './worker-extractors.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-parallel-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('ingestPaths with extraction in worker threads', () => {
  it('writes the same documents, in the same order, as in-process extraction', async () => {
    const extractor = createRuleExtractor();
    const inProcess = new MemoryStore();
    const inWorkers = new MemoryStore();
    const a = await ingestPaths([CORPUS], { store: inProcess, extractor, workers: 0 });
    const b = await ingestPaths([CORPUS], { store: inWorkers, extractor, workers: 2, batchSize: 3 });
    expect(a.totals.written).toBeGreaterThan(5);
    expect(b.outcomes).toEqual(a.outcomes);
    expect([...inWorkers.documents.keys()]).toEqual([...inProcess.documents.keys()]);
    expect([...inWorkers.documents.values()]).toEqual([...inProcess.documents.values()]);
  }, 60_000);

  it('fails only the file whose extraction killed its worker, and carries on with a new one', async () => {
    const dir = folder({
      '1.md': 'La résolution AG-2014-RES-04 du 3 novembre\n',
      '2.md': `The resolution AG-2015-RES-01 of the Assembly ${KILLS_WORKER}\n`,
      '3.md': 'The resolution AG-2016-RES-02 of the Assembly\nrecalling AG-2015-RES-01 and the rest\n',
    });
    const store = new MemoryStore();
    const report = await ingestPaths([dir], { store, extractor: createKillingExtractor(), workers: 1 });
    expect(report.outcomes.map((o) => [o.source, o.status])).toEqual([
      ['1.md', 'written'],
      ['2.md', 'failed'],
      ['3.md', 'written'],
    ]);
    expect(report.outcomes[1]).toMatchObject({ stage: 'extract', reason: 'worker-crashed' });
    expect(report.outcomes[1]?.status === 'failed' && report.outcomes[1].message).toMatch(
      /2\.md: the extraction worker stopped \(exited with code 3\)/,
    );
  }, 60_000);

  it('extracts in-process when the worker cannot build the extractor', async () => {
    const dir = folder({ '1.md': 'La résolution AG-2014-RES-04 du 3 novembre\n' });
    const store = new MemoryStore();
    const report = await ingestPaths([dir], { store, extractor: createUnstartableExtractor(), workers: 1 });
    expect(report.totals).toMatchObject({ written: 1, failed: 0 });
  }, 60_000);
});
