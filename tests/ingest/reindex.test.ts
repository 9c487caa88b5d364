import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { Extractor } from '../../src/ingest/extractor.js';
import type { IngestEvent } from '../../src/ingest/pipeline.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { reindexDocuments } from '../../src/ingest/reindex.js';
import { fakeExtractor } from './fake-extractor.js';
import { writeTwoTexts } from './two-texts.js';

let dir: string;
let store: EmbeddedStore;

const withFingerprint = (fingerprint: string, extract = fakeExtractor.extract): Extractor => ({
  detectLanguage: fakeExtractor.detectLanguage,
  extract,
  fingerprint,
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lineage-reindex-'));
  writeTwoTexts(dir);
  store = new EmbeddedStore(mkdtempSync(join(tmpdir(), 'lineage-reindex-store-')));
  await store.init();
  await ingestPaths([dir], { store, extractor: withFingerprint('k1'), workers: 0 });
});
afterEach(async () => {
  await store.close();
});

describe('reindexDocuments', () => {
  it('re-extracts every stored document from its stored text, with progress, and stores the new fingerprint', async () => {
    const events: IngestEvent[] = [];
    const ids = await store.documentIds();
    expect(ids).toHaveLength(2);
    const report = await reindexDocuments({
      store,
      extractor: withFingerprint('k2'),
      onEvent: (e) => events.push(e),
    });
    expect(report.outcomes.map((o) => o.status)).toEqual(['written', 'written']);
    expect(events[0]).toEqual({ type: 'planned', total: 2, skipped: [] });
    expect(events.filter((e) => e.type === 'file').map((e) => (e.type === 'file' ? e.done : 0))).toEqual([
      1, 2,
    ]);
    const docs = await store.getDocuments(ids);
    expect(docs.map((d) => d?.knowledge)).toEqual(['k2', 'k2']);
  });

  it('finds nothing to rewrite when the knowledge is unchanged', async () => {
    const report = await reindexDocuments({ store, extractor: withFingerprint('k1') });
    expect(report.totals).toMatchObject({ unchanged: 2, written: 0, failed: 0 });
  });

  it('keeps a document whose extraction fails exactly as it was, and rewrites the others', async () => {
    const before = await store.exportAll();
    const failing = withFingerprint('k2', (input) => {
      if (input.text.includes('AG-2015-RES-01'))
        throw Object.assign(new Error('rule crashed'), { code: 'RULE_ERROR' });
      return fakeExtractor.extract(input);
    });
    const report = await reindexDocuments({ store, extractor: failing });
    const failed = report.outcomes.filter((o) => o.status === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({
        stage: 'extract',
        reason: 'RULE_ERROR',
        message: expect.stringContaining('kept as it was'),
      }),
    ]);
    expect(report.totals).toMatchObject({ written: 1, failed: 1 });
    expect(await store.exportAll()).toEqual(before);
    expect(await store.documentIds()).toHaveLength(2);
  });

  it('moves a document whose id changed to the new id and removes the old one', async () => {
    const renaming = withFingerprint('k2', (input) => {
      const extraction = fakeExtractor.extract(input);
      if (!input.text.includes('AG-2015-RES-01')) return extraction;
      const id = 'document:AG-2015-RES-01.en';
      const edges = extraction.edges.map((e) => ({
        ...e,
        evidence: e.evidence.map((v) => ({ ...v, document: id })),
      }));
      return { ...extraction, edges, document: { ...extraction.document, id } };
    });
    const before = await store.documentIds();
    const report = await reindexDocuments({ store, extractor: renaming });
    expect(report.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    const after = await store.documentIds();
    expect(after).toContain('document:AG-2015-RES-01.en');
    expect(after).toHaveLength(2);
    expect(
      report.outcomes.find(
        (o) => o.status === 'written' && o.warnings.some((w) => w.code === 'DOCUMENT_RENAMED'),
      ),
    ).toBeDefined();
    expect(before).not.toContain('document:AG-2015-RES-01.en');
  });
});
