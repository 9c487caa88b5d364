import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { Extractor } from '../../src/ingest/extractor.js';
import { knowledgeFingerprint } from '../../src/ingest/fingerprint.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { fakeExtractor } from './fake-extractor.js';
import { writeTwoTexts } from './two-texts.js';

let dir: string;
let store: EmbeddedStore;
let extracted: string[];

/** The fake extractor with a fingerprint, recording which sources it extracted. */
function counting(fingerprint: string | undefined): Extractor {
  return {
    detectLanguage: fakeExtractor.detectLanguage,
    extract(input) {
      extracted.push(input.source);
      return fakeExtractor.extract(input);
    },
    fingerprint,
  };
}

const run = (extractor: Extractor, language?: 'fr' | 'en') =>
  ingestPaths([dir], { store, extractor, workers: 0, language });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lineage-skip-'));
  writeTwoTexts(dir);
  store = new EmbeddedStore(mkdtempSync(join(tmpdir(), 'lineage-skip-store-')));
  await store.init();
  extracted = [];
});
afterEach(async () => {
  await store.close();
});

describe('ingest skips unchanged files before extraction', () => {
  it('extracts nothing on a second run with the same bytes and knowledge, reporting the stored counts', async () => {
    const first = await run(counting('k1'));
    expect(extracted.sort()).toEqual(['1-first.md', '2-second.txt']);
    extracted = [];
    const second = await run(counting('k1'));
    expect(extracted).toEqual([]);
    expect(second.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(second.outcomes.map((o) => ('document' in o ? o.document : null))).toEqual(
      first.outcomes.map((o) => ('document' in o ? o.document : null)),
    );
    expect(second.totals).toMatchObject({
      unchanged: 2,
      nodes: first.totals.nodes,
      edges: first.totals.edges,
    });
  });

  it('re-extracts every file when the knowledge fingerprint changed, and stores the new one', async () => {
    await run(counting('k1'));
    extracted = [];
    const report = await run(counting('k2'));
    expect(extracted.sort()).toEqual(['1-first.md', '2-second.txt']);
    expect(report.outcomes.map((o) => o.status)).toEqual(['written', 'written']);
    const first = report.outcomes[0];
    const [doc] = await store.getDocuments([first && 'document' in first ? first.document : '']);
    expect(doc?.knowledge).toBe('k2');
  });

  it('extracts only the edited file', async () => {
    await run(counting('k1'));
    extracted = [];
    writeFileSync(
      join(dir, '2-second.txt'),
      'The resolution AG-2015-RES-01 of the Assembly\nrecalling AG-2010-RES-08\n',
    );
    const report = await run(counting('k1'));
    expect(extracted).toEqual(['2-second.txt']);
    expect(report.outcomes.map((o) => o.status)).toEqual(['unchanged', 'written']);
  });

  it('extracts again when a forced language differs from the stored one', async () => {
    await run(counting('k1'));
    extracted = [];
    await run(counting('k1'), 'fr');
    expect(extracted).toEqual(['2-second.txt']);
  });

  it('without a fingerprint still extracts, and the store finds the bytes unchanged', async () => {
    await run(counting(undefined));
    extracted = [];
    const report = await run(counting(undefined));
    expect(extracted.sort()).toEqual(['1-first.md', '2-second.txt']);
    expect(report.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('knowledgeFingerprint', () => {
  it('changes with any knowledge file, the code or the version, and only then', () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'lineage-knowledge-'));
    const code = mkdtempSync(join(tmpdir(), 'lineage-code-'));
    writeFileSync(join(knowledge, 'codes.yaml'), 'families: []\n');
    writeFileSync(join(code, 'extract.ts'), 'export const x = 1;\n');
    const base = knowledgeFingerprint(knowledge, code, 'v1');
    expect(knowledgeFingerprint(knowledge, code, 'v1')).toBe(base);
    expect(knowledgeFingerprint(knowledge, code, 'v2')).not.toBe(base);
    writeFileSync(join(code, 'extract.test.ts'), 'ignored: tests are not the extractor');
    expect(knowledgeFingerprint(knowledge, code, 'v1')).toBe(base);
    writeFileSync(join(code, 'extract.ts'), 'export const x = 2;\n');
    const edited = knowledgeFingerprint(knowledge, code, 'v1');
    expect(edited).not.toBe(base);
    writeFileSync(join(knowledge, 'codes.yaml'), 'families: [] # edited\n');
    expect(knowledgeFingerprint(knowledge, code, 'v1')).not.toBe(edited);
  });
});
