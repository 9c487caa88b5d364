import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/ingest/extractor.js';
import type { FileOutcome } from '../../src/ingest/outcome.js';
import { type IngestEvent, ingestPaths } from '../../src/ingest/pipeline.js';
import { nothingIngested } from '../../src/ingest/summary.js';
import { fakeExtractor, MemoryStore } from './fake-extractor.js';

const badInput = join(import.meta.dirname, '..', 'fixtures', 'bad-input');
let dir: string;
let store: MemoryStore;

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function statuses(outcomes: FileOutcome[]): Array<[string, string]> {
  return outcomes.map((o) => [o.source, o.status === 'failed' ? `failed:${o.reason}` : o.status]);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lineage-pipeline-'));
  store = new MemoryStore();
  write('1-first.md', 'La résolution AG-2014-RES-04\nRAPPELANT la résolution AG-2010-RES-08,\n');
  write(
    '2-second.txt',
    'The resolution AG-2015-RES-01 of the Assembly\nrecalling AG-2014-RES-04 and the rest\n',
  );
});

describe('ingestPaths', () => {
  it('writes every good file and reports entities, relations and language per file', async () => {
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    expect(report.outcomes).toMatchObject([
      {
        status: 'written',
        source: '1-first.md',
        document: 'resolution:AG-2014-RES-04',
        language: 'fr',
        nodes: 2,
        edges: 1,
      },
      {
        status: 'written',
        source: '2-second.txt',
        document: 'resolution:AG-2015-RES-01',
        language: 'en',
        nodes: 2,
        edges: 1,
      },
    ]);
    expect(report.totals).toMatchObject({
      files: 2,
      written: 2,
      unchanged: 0,
      failed: 0,
      nodes: 4,
      edges: 2,
    });
    expect(store.documents.size).toBe(2);
  });

  it('skips unchanged files on a second run and leaves the store as it was', async () => {
    await ingestPaths([dir], { store, extractor: fakeExtractor });
    const before = store.edgeIds();
    const writes = store.writeCalls;
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    expect(statuses(report.outcomes)).toEqual([
      ['1-first.md', 'unchanged'],
      ['2-second.txt', 'unchanged'],
    ]);
    expect(store.writeCalls).toBe(writes);
    expect(store.edgeIds()).toEqual(before);
  });

  it('rewrites an edited file, replacing its facts', async () => {
    await ingestPaths([dir], { store, extractor: fakeExtractor });
    write('1-first.md', 'La résolution AG-2014-RES-04\nsans rappel\n');
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    expect(statuses(report.outcomes)).toEqual([
      ['1-first.md', 'written'],
      ['2-second.txt', 'unchanged'],
    ]);
    expect(store.edgeIds()).toEqual(['RECALLS:resolution:AG-2015-RES-01->resolution:AG-2014-RES-04']);
  });

  it('writes a Latin-1 text decoded, with a warning naming the encoding (issue 12)', async () => {
    const latin1 = join(dir, 'latin1.fr.txt');
    copyFileSync(join(badInput, 'latin1.fr.txt'), latin1);
    const report = await ingestPaths([latin1], { store, extractor: fakeExtractor });
    expect(report.outcomes[0]).toMatchObject({
      status: 'written',
      warnings: [{ code: 'TEXT_ENCODING', message: expect.stringMatching(/decoded as Windows-1252/) }],
    });
    expect(store.documents.get('resolution:AG-2014-RES-04')?.document.text).toContain("L'Assemblée générale");
  });

  it('keeps going past bad files, each failure naming the file and the reason', async () => {
    for (const name of ['empty.txt', 'binary.txt', 'broken-utf8.fr.txt', 'not-a-pdf.pdf']) {
      copyFileSync(join(badInput, name), join(dir, `0-${name}`));
    }
    write('3-no-language.txt', '12345 67890 AG-2016-RES-02');
    write('4-no-code.md', 'la résolution sans code');
    const report = await ingestPaths([dir, join(dir, 'missing.md')], { store, extractor: fakeExtractor });
    expect(statuses(report.outcomes)).toEqual([
      ['0-binary.txt', 'failed:binary'],
      ['0-broken-utf8.fr.txt', 'failed:invalid-utf8'],
      ['0-empty.txt', 'failed:empty'],
      ['0-not-a-pdf.pdf', 'failed:invalid-pdf'],
      ['1-first.md', 'written'],
      ['2-second.txt', 'written'],
      ['3-no-language.txt', 'failed:unsupported-language'],
      ['4-no-code.md', 'failed:NO_RESOLUTION'],
      [join(dir, 'missing.md'), 'failed:not-found'],
    ]);
    for (const outcome of report.outcomes) {
      if (outcome.status === 'failed') expect(outcome.message.startsWith(`${outcome.file}: `)).toBe(true);
    }
    const noLanguage = report.outcomes[6];
    expect(noLanguage?.status === 'failed' && noLanguage.message).toMatch(/language not recognised.*--lang/);
    expect(report.totals).toMatchObject({ files: 9, written: 2, failed: 7 });
    expect(nothingIngested(report)).toBe(false);
  });

  it('uses the forced language instead of detecting it', async () => {
    const file = write('3-no-language.txt', '12345 67890 AG-2016-RES-02');
    const report = await ingestPaths([file], { store, extractor: fakeExtractor, language: 'es' });
    expect(report.outcomes).toMatchObject([{ status: 'written', language: 'es' }]);
    expect(store.documents.get('resolution:AG-2016-RES-02')?.document.language).toBe('es');
  });

  it('reports nothing ingested only when there was input and none of it landed', async () => {
    const empty = join(badInput, 'empty.txt');
    expect(nothingIngested(await ingestPaths([empty], { store, extractor: fakeExtractor }))).toBe(true);
    const emptyFolder = mkdtempSync(join(tmpdir(), 'lineage-empty-'));
    expect(nothingIngested(await ingestPaths([emptyFolder], { store, extractor: fakeExtractor }))).toBe(
      false,
    );
    await ingestPaths([dir], { store, extractor: fakeExtractor });
    // Unchanged files are in the store: that run did not fail.
    expect(nothingIngested(await ingestPaths([dir, empty], { store, extractor: fakeExtractor }))).toBe(false);
  });

  it('gives the same result whatever the batch size', async () => {
    for (let i = 0; i < 7; i++)
      write(`5-extra-${i}.md`, `la résolution AG-2017-RES-0${i}\nrappelle AG-2014-RES-04\n`);
    const small = new MemoryStore();
    const one = await ingestPaths([dir], { store: small, extractor: fakeExtractor, batchSize: 1 });
    const many = await ingestPaths([dir], { store, extractor: fakeExtractor, batchSize: 50 });
    expect(one.outcomes).toEqual(many.outcomes);
    expect(small.edgeIds()).toEqual(store.edgeIds());
    expect(small.writeCalls).toBe(9);
    expect(store.writeCalls).toBe(1);
  });

  it('turns a store failure into failed outcomes for that batch only', async () => {
    store.failOn = 'resolution:AG-2014-RES-04';
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    expect(statuses(report.outcomes)).toEqual([
      ['1-first.md', 'failed:store-error'],
      ['2-second.txt', 'written'],
    ]);
    const failed = report.outcomes[0];
    expect(failed?.status === 'failed' && failed.message).toBe(
      `${join(dir, '1-first.md')}: not stored (disk full)`,
    );
  });

  it('fails a whole batch, not the run, when the store throws', async () => {
    const broken = {
      documentHashes: async () => {
        throw new Error('connection refused');
      },
      writeDocuments: async () => [],
    };
    const report = await ingestPaths([dir], { store: broken, extractor: fakeExtractor });
    expect(statuses(report.outcomes)).toEqual([
      ['1-first.md', 'failed:store-error'],
      ['2-second.txt', 'failed:store-error'],
    ]);
  });

  it('warns when two files yield the same document, and the later one wins', async () => {
    write('3-copy.md', 'Copie de la résolution AG-2014-RES-04\nsans rappel\n');
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    const copy = report.outcomes[2];
    expect(copy?.status === 'written' && copy.warnings.map((w) => w.code)).toEqual(['DUPLICATE_DOCUMENT']);
    expect(store.documents.get('resolution:AG-2014-RES-04')?.document.source).toBe('3-copy.md');
  });

  it('emits a plan event, then one event per file with a running count', async () => {
    writeFileSync(join(dir, 'ignored.docx'), 'x');
    const events: IngestEvent[] = [];
    await ingestPaths([dir], { store, extractor: fakeExtractor, onEvent: (e) => events.push(e) });
    expect(events[0]).toEqual({
      type: 'planned',
      total: 2,
      skipped: [{ path: join(dir, 'ignored.docx'), reason: 'unsupported-format' }],
    });
    expect(
      events.slice(1).map((e) => (e.type === 'file' ? [e.done, e.total, e.outcome.source] : e.type)),
    ).toEqual([
      [1, 2, '1-first.md'],
      [2, 2, '2-second.txt'],
    ]);
  });
  it('fails only the file on which the extractor itself throws', async () => {
    write('3-crash.md', 'la résolution AG-2016-RES-03 qui fait planter');
    const fragile: Extractor = {
      detectLanguage: (text) => {
        if (text.includes('planter')) throw new TypeError('cannot read properties of undefined');
        return fakeExtractor.detectLanguage(text);
      },
      extract: (input) => fakeExtractor.extract(input),
    };
    const report = await ingestPaths([dir], { store, extractor: fragile });
    expect(statuses(report.outcomes)).toEqual([
      ['1-first.md', 'written'],
      ['2-second.txt', 'written'],
      ['3-crash.md', 'failed:extraction-error'],
    ]);
    const crash = report.outcomes[2];
    expect(crash?.status === 'failed' && crash.message).toBe(
      `${join(dir, '3-crash.md')}: cannot read properties of undefined`,
    );
  });
});
