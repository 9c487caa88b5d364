import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPagesPdf, flateBombPdf, repeatedAcronymsText } from '../../bench/hardening/bomb-files.js';
import {
  capExtraction,
  createRuleExtractor,
  type FileOutcome,
  ingestPaths,
  ReadError,
  readSource,
} from '../../src/ingest/index.js';
import { inflatedSize } from '../../src/ingest/read/pdf-inflate.js';
import type { Extraction } from '../../src/model/index.js';
import { fakeExtractor, MemoryStore } from './fake-extractor.js';
import { createRunawayExtractor, EATS_MEMORY, SPINS_FOREVER } from './worker-extractors.js';

// Issue 12 item 2: a file over its budget fails alone, with a reason naming the limit; the rest is written.

const work = mkdtempSync(join(tmpdir(), 'lineage-budgets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Write `files` as `<name>-<file>` in the work folder; their paths, in order. */
function paths(name: string, files: Record<string, string | Buffer>): string[] {
  return Object.entries(files).map(([file, data]) => {
    const path = join(work, `${name}-${file}`);
    writeFileSync(path, data);
    return path;
  });
}

const statusOf = (outcomes: FileOutcome[]) =>
  outcomes.map((o) => [o.source.replace(/^.*?-/, ''), o.status, o.status === 'failed' ? o.reason : null]);

const GOOD = (n: number) => `The resolution AG-201${n}-RES-0${n} of the Assembly\n`;

describe('per-file time and memory budgets (worker threads)', () => {
  it('fails a file that runs past the time budget, replaces the worker and writes the others', async () => {
    const files = paths('spin', {
      '1.md': GOOD(1),
      '2.md': `The resolution AG-2015-RES-01 of the Assembly ${SPINS_FOREVER}\n`,
      '3.md': GOOD(3),
    });
    const store = new MemoryStore();
    const report = await ingestPaths(files, {
      store,
      extractor: createRunawayExtractor(),
      workers: 1,
      fileTimeoutMs: 1_000,
    });
    expect(statusOf(report.outcomes)).toEqual([
      ['1.md', 'written', null],
      ['2.md', 'failed', 'timeout'],
      ['3.md', 'written', null],
    ]);
    const failed = report.outcomes[1];
    expect(failed?.status === 'failed' && failed.message).toMatch(
      /spin-2\.md: reading and extracting it took longer than the 1 s one file may take \(--file-timeout\)/,
    );
    expect([...store.documents.keys()]).toEqual(['resolution:AG-2011-RES-01', 'resolution:AG-2013-RES-03']);
  }, 60_000);

  it('fails a file that fills the worker heap and writes the others', async () => {
    const files = paths('heap', {
      '1.md': GOOD(1),
      '2.md': `The resolution AG-2015-RES-01 of the Assembly ${EATS_MEMORY}\n`,
      '3.md': GOOD(3),
    });
    const store = new MemoryStore();
    const report = await ingestPaths(files, {
      store,
      extractor: createRunawayExtractor(),
      workers: 1,
      workerHeapMb: 96,
    });
    expect(statusOf(report.outcomes)).toEqual([
      ['1.md', 'written', null],
      ['2.md', 'failed', 'out-of-memory'],
      ['3.md', 'written', null],
    ]);
    const failed = report.outcomes[1];
    expect(failed?.status === 'failed' && failed.message).toMatch(
      /needed more than the 96 MB of heap one file may use \(--worker-memory\)/,
    );
    expect(store.documents.size).toBe(2);
  }, 60_000);

  it('in parallel mode, each runaway file fails alone and every other file is written', async () => {
    const good = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`g${i}.md`, GOOD(i)]));
    const files = paths('parallel', {
      ...good,
      's.md': `The resolution AG-2015-RES-01 of the Assembly ${SPINS_FOREVER}\n`,
      'm.md': `The resolution AG-2016-RES-01 of the Assembly ${EATS_MEMORY}\n`,
    });
    const store = new MemoryStore();
    const report = await ingestPaths(files, {
      store,
      extractor: createRunawayExtractor(),
      workers: 2,
      fileTimeoutMs: 3_000,
      workerHeapMb: 96,
    });
    expect(report.totals).toMatchObject({ written: 6, failed: 2 });
    expect(statusOf(report.outcomes).slice(6)).toEqual([
      ['s.md', 'failed', 'timeout'],
      ['m.md', 'failed', 'out-of-memory'],
    ]);
  }, 60_000);
});

describe('PDF caps, checked before the page loop', () => {
  it('refuses a PDF over the page cap, and reads one at the cap', async () => {
    const [over, at] = paths('pages', { 'over.pdf': emptyPagesPdf(21), 'at.pdf': emptyPagesPdf(20) });
    const error = await readSource(over!, { maxPdfPages: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ reason: 'too-many-pages' });
    expect((error as Error).message).toMatch(/the PDF has 21 pages, over the 20 limit \(--max-pdf-pages\)/);
    expect((await readSource(at!, { maxPdfPages: 20 })).text).toContain('AG-2099-RES-02');
  });

  it('refuses a Flate bomb before pdf.js inflates it, and reads the same PDF under the cap', async () => {
    const bomb = flateBombPdf(4 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const [file] = paths('flate', { 'bomb.pdf': bomb });
    const error = await readSource(file!, { maxPdfInflatedBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'too-large' });
    expect((error as Error).message).toMatch(/inflate to more than 1 MB \(--max-pdf-inflated\)/);
    // Under a cap it fits, the same file is a readable PDF (so the refusal above is the cap, nothing else).
    const small = flateBombPdf(64 * 1024);
    const [fits] = paths('flate-small', { 'ok.pdf': small });
    expect((await readSource(fits!, { maxPdfInflatedBytes: 1024 * 1024 })).text).toContain('GEMC');
  });

  it('counts nested Flate layers and leaves images out', () => {
    const inner = deflateSync(Buffer.alloc(2 * 1024 * 1024, 0x20));
    const twice = deflateSync(inner);
    const pdf = (dictionary: string, data: Buffer) =>
      Buffer.concat([
        Buffer.from(`1 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream\n`),
        data,
        Buffer.from('\nendstream\nendobj\n'),
      ]);
    const limit = 1024 * 1024;
    expect(inflatedSize(pdf('/Filter [/FlateDecode /FlateDecode]', twice), limit)).toBe(limit + 1);
    // One layer declared: only the first inflation counts, which is small.
    expect(inflatedSize(pdf('/Filter /FlateDecode', twice), limit)).toBe(inner.length);
    expect(inflatedSize(pdf('/Subtype /Image /Filter /FlateDecode', inner), limit)).toBe(0);
    expect(inflatedSize(pdf('/Filter /FlateDecode', inner), 4 * limit)).toBe(2 * 1024 * 1024);
    // Not Flate data: left to pdf.js (and the worker's budget).
    expect(inflatedSize(pdf('/Filter /FlateDecode', Buffer.from('not zlib at all')), limit)).toBe(0);
  });
});

describe('caps on evidence and mentions per document', () => {
  const extraction = (evidence: number, mentions: number): Extraction => {
    const ev = (i: number) => ({
      document: 'd',
      clause: 0,
      function: 'operative' as const,
      quote: 'q',
      start: i,
      end: i + 1,
      rule: 'r',
    });
    return {
      document: {
        id: 'd',
        source: 's',
        sha256: '0',
        language: 'en',
        text: 't',
        clauses: [],
        mentions: Array.from({ length: mentions }, (_, i) => ({
          document: 'd',
          clause: 0,
          start: i,
          end: i + 1,
          text: 'x',
          node: 'n',
        })),
      },
      nodes: [],
      edges: [
        {
          id: 'A',
          type: 'RECALLS',
          from: 'a',
          to: 'b',
          evidence: Array.from({ length: evidence }, (_, i) => ev(i)),
        },
        { id: 'B', type: 'RECALLS', from: 'a', to: 'c', evidence: [ev(0)] },
      ],
      warnings: [],
    };
  };

  it('keeps the first N in reading order and counts the rest in a warning', () => {
    const capped = capExtraction(extraction(250, 40), {
      maxEvidencePerRelation: 100,
      maxMentionsPerDocument: 30,
    });
    expect(capped.edges.map((e) => e.evidence.length)).toEqual([100, 1]);
    expect(capped.edges[0]!.evidence.at(-1)!.start).toBe(99);
    expect(capped.document.mentions).toHaveLength(30);
    expect(capped.warnings.map((w) => w.code)).toEqual(['EVIDENCE_CAPPED', 'MENTIONS_CAPPED']);
    expect(capped.warnings[0]!.message).toMatch(/kept the first 100 .* left out 150/);
    expect(capped.warnings[1]!.message).toMatch(/40 entity mentions .* kept the first 30, left out 10/);
  });

  it('leaves an extraction within the caps untouched', () => {
    const within = extraction(100, 30);
    expect(capExtraction(within, { maxEvidencePerRelation: 100, maxMentionsPerDocument: 30 })).toBe(within);
  });

  it('a text of repeated acronyms is written with capped evidence and mentions', async () => {
    const [file] = paths('acronyms', { 'acronyms.fr.txt': repeatedAcronymsText(24 * 1024) });
    const store = new MemoryStore();
    const extractor = createRuleExtractor();
    const uncapped = extractor.extract({
      text: repeatedAcronymsText(24 * 1024),
      source: 'acronyms.fr.txt',
      sha256: '0',
      language: 'fr',
    });
    // The text states one relation about 2,000 times: the cap below must bite.
    expect(Math.max(...uncapped.edges.map((e) => e.evidence.length))).toBeGreaterThan(1_000);
    const report = await ingestPaths([file!], {
      store,
      extractor,
      workers: 0,
      maxEvidencePerRelation: 5,
      maxMentionsPerDocument: 20,
    });
    expect(report.totals).toMatchObject({ written: 1, failed: 0 });
    const [stored] = [...store.documents.values()];
    expect(Math.max(...stored!.edges.map((e) => e.evidence.length))).toBe(5);
    expect(stored!.document.mentions).toHaveLength(20);
    const codes =
      report.outcomes[0]!.status === 'written' ? report.outcomes[0]!.warnings.map((w) => w.code) : [];
    expect(codes).toEqual(expect.arrayContaining(['EVIDENCE_CAPPED', 'MENTIONS_CAPPED']));
  });

  it('the fake extractor is unaffected by the default caps', async () => {
    const files = paths('plain', { '1.md': `${GOOD(1)}recalling AG-2010-RES-08\n` });
    const store = new MemoryStore();
    const report = await ingestPaths(files, { store, extractor: fakeExtractor });
    expect(report.outcomes[0]).toMatchObject({ status: 'written', edges: 1, warnings: [] });
  });
});
