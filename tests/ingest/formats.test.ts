import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { createRuleExtractor } from '../../src/ingest/rule-extractor.js';
import type { GraphExport } from '../../src/model/index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const extractor = createRuleExtractor();

/** Ingest one file into a fresh embedded store; return its stored text and the exported graph. */
async function ingestOne(file: string): Promise<{ text: string; graph: GraphExport }> {
  const store = new EmbeddedStore(mkdtempSync(join(tmpdir(), 'lineage-formats-')));
  await store.init();
  try {
    const report = await ingestPaths([file], { store, extractor });
    const [outcome] = report.outcomes;
    if (outcome?.status !== 'written') throw new Error(`not written: ${JSON.stringify(outcome)}`);
    const [document] = await store.getDocuments([outcome.document]);
    if (!document) throw new Error('document not stored');
    return { text: document.text, graph: await store.exportAll() };
  } finally {
    await store.close();
  }
}

const edgeKeys = (graph: GraphExport) => graph.edges.map((e) => e.id);

describe('HTML and PDF sources through the real extractor', () => {
  it.each([
    ['HTML', 'AG-2014-RES-04.fr.html'],
    ['PDF', 'AG-2014-RES-04.fr.pdf'],
  ])('%s: every evidence quote is the stored plain text at its offsets', async (_format, name) => {
    const { text, graph } = await ingestOne(join(fixtures, name));
    expect(text).not.toMatch(/<sup>|<p>|&eacute;/);
    const evidence = graph.edges.flatMap((e) => e.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('the HTML, the PDF and the Markdown original give the same relations', async () => {
    const markdown = await ingestOne(join(import.meta.dirname, '..', '..', 'corpus', 'AG-2014-RES-04.fr.md'));
    const html = await ingestOne(join(fixtures, 'AG-2014-RES-04.fr.html'));
    const pdf = await ingestOne(join(fixtures, 'AG-2014-RES-04.fr.pdf'));
    expect(edgeKeys(html.graph)).toEqual(edgeKeys(markdown.graph));
    expect(edgeKeys(pdf.graph)).toEqual(edgeKeys(markdown.graph));
    expect(edgeKeys(markdown.graph)).toContain(
      'RECALLS:resolution:AG-2014-RES-04->resolution:AG-2010-RES-08',
    );
  });
});
