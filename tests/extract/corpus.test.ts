import { describe, expect, it } from 'vitest';
import { canonicalCode, detectLanguage, ExtractionError, extract } from '../../src/extract/index.js';
import { corpusFiles, extractFile, knowledge, ontology } from './helpers.js';

describe('every corpus document', () => {
  it('is in the corpus (16 files)', () => {
    expect(corpusFiles).toHaveLength(16);
  });

  it.each(corpusFiles)('%s: every quote and mention is verbatim at its offsets', (name) => {
    const { document, edges, nodes } = extractFile(name);
    const text = document.text;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      expect(
        ontology.allows(
          edge.type,
          nodes.find((n) => n.id === edge.from)!.kind,
          nodes.find((n) => n.id === edge.to)!.kind,
        ),
      ).toBe(true);
      for (const ev of edge.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.quote.trim().length).toBeGreaterThan(0);
        expect(ev.document).toBe(document.id);
        expect(ev.rule).toMatch(/^[a-z]/);
        const clause = document.clauses[ev.clause]!;
        expect(ev.function).toBe(clause.function);
      }
    }
    for (const mention of document.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(nodes.some((n) => n.id === mention.node)).toBe(true);
      const clause = document.clauses[mention.clause]!;
      expect(mention.start).toBeGreaterThanOrEqual(clause.start);
      expect(mention.end).toBeLessThanOrEqual(clause.end);
    }
    for (const [i, clause] of document.clauses.entries()) {
      expect(clause.index).toBe(i);
      expect(text.slice(clause.start, clause.end)).toBe(clause.text);
    }
  });

  it.each(corpusFiles)('%s: the language detected is the one in the file name', (name) => {
    expect(detectLanguage(extractFile(name).document.text, knowledge).language).toBe(name.split('.')[1]);
  });
});

describe('cross-language merges', () => {
  const en = extractFile('CGPM-2022-RES-4.en.md');
  const fr = extractFile('CGPM-2022-RES-4.fr.md');
  const ids = (x: typeof en) => new Set(x.nodes.map((n) => n.id));

  it('gives the English and French versions one resolution node and two document records', () => {
    expect(ids(en).has('resolution:CGPM-2022-RES-4')).toBe(true);
    expect(ids(fr).has('resolution:CGPM-2022-RES-4')).toBe(true);
    expect(en.document.id).toBe('document:CGPM-2022-RES-4.en');
    expect(fr.document.id).toBe('document:CGPM-2022-RES-4.fr');
    const label = (x: typeof en, lang: 'en' | 'fr') =>
      x.nodes.find((n) => n.id === 'resolution:CGPM-2022-RES-4')!.labels[lang];
    expect(label(en, 'en')).toBe('On the use and future development of UTC');
    expect(label(fr, 'fr')).toBe('Sur l’utilisation et l’évolution future de l’UTC'.replaceAll('’', "'"));
  });

  it('gives shared entities (BIPM, CIPM, ITU, CCTF, the 27th meeting) the same ids in both languages', () => {
    for (const id of ['organization:bipm', 'organization:cipm', 'organization:itu', 'session:cgpm-27']) {
      expect(ids(en).has(id), id).toBe(true);
      expect(ids(fr).has(id), id).toBe(true);
    }
    const cctf = (x: typeof en) => x.nodes.find((n) => n.acronym === 'CCTF')!.id;
    expect(cctf(fr)).toBe(cctf(en));
  });

  it('states the same relations in both languages', () => {
    const relations = (x: typeof en) => x.edges.map((e) => e.id).sort();
    expect(relations(fr)).toEqual(relations(en));
  });

  it('merges CGPM-1995-RES-10 and CGPM-2003-RES-1 across languages too', () => {
    for (const code of ['CGPM-1995-RES-10', 'CGPM-2003-RES-1']) {
      const a = extractFile(`${code}.en.md`).nodes.map((n) => n.id);
      const b = extractFile(`${code}.fr.md`).nodes.map((n) => n.id);
      expect(a).toContain(`resolution:${code}`);
      expect(b.filter((id) => !a.includes(id))).toEqual([]);
    }
  });
});

describe('canonicalCode', () => {
  it.each([
    ['AGN/68/RES/5', 'AGN/68/RES/5'],
    ['AGN-68-RES-5', 'AGN/68/RES/5'],
    ['agn 68 res 5', 'AGN/68/RES/5'],
    ['AG-2014-RES-4', 'AG-2014-RES-04'],
    ['ag/2014/res/04', 'AG-2014-RES-04'],
    ['GA-2019-88-RES-1', 'GA-2019-88-RES-01'],
    ['A-RES-58-85', 'A/RES/58/85'],
    ['S/RES/2240(2015)', 'S/RES/2240 (2015)'],
    ['CGPM-2022-RES-04', 'CGPM-2022-RES-4'],
  ])('%s -> %s', (raw, code) => {
    expect(canonicalCode(raw, knowledge)).toBe(code);
  });

  it.each(['', 'GEMC', 'AG-2014-RES-04 and more', 'AGN/68/XYZ/5'])('rejects %j', (raw) => {
    expect(canonicalCode(raw, knowledge)).toBeNull();
  });
});

describe('language and bad input', () => {
  const german =
    'Die Generalversammlung der Internationalen Kriminalpolizeilichen Organisation, die auf ihrer Tagung in Monaco zusammengetreten ist, beschließt die Einrichtung einer Arbeitsgruppe für Cyberkriminalität und ersucht das Generalsekretariat, die Arbeit fortzusetzen.';
  it.each([
    ['German', german],
    ['Chinese', '国际刑警组织大会第八十三届会议决定设立全球网络犯罪专家组，并请总秘书处继续开展工作。'],
    ['empty', ''],
    ['binary noise', '\u0000\u0001\u0002\u0003\u00ff\ufffd'.repeat(50)],
  ])('%s text has no supported language', (_name, text) => {
    expect(detectLanguage(text, knowledge).language).toBeNull();
    let error: unknown;
    try {
      extract({ text, source: 'x.txt', sha256: '0' }, knowledge, ontology);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).reason).toBe('UNSUPPORTED_LANGUAGE');
    expect((error as ExtractionError).code).toBe('UNSUPPORTED_LANGUAGE');
  });

  it('rejects an English text that is no resolution', () => {
    const text =
      'The weather was fine and the sea was calm, so they went to the beach with their friends for the day.';
    expect(() => extract({ text, source: 'note.txt', sha256: '0' }, knowledge, ontology)).toThrow(
      expect.objectContaining({ reason: 'NO_RESOLUTION' }),
    );
  });

  it('reads a resolution without a code, from the file name, and warns when there is neither', () => {
    const text = '## Resolution 3: On time\n\nThe 22nd General Conference,\n\ninvites the CIPM to report.\n';
    // "General Conference" is the context name of one adopting organ only (the CGPM): number + session year.
    const derived = extract({ text, source: 'a.en.md', sha256: 'abcdef0123456789' }, knowledge, ontology);
    expect(derived.document.id).toBe('document:CGPM-2003-RES-3.en');
    const unknown = '## On time\n\nThe Council,\n\ninvites the CIPM to report.\n';
    const fromText = extract(
      { text: unknown, source: 'a.en.md', sha256: 'abcdef0123456789' },
      knowledge,
      ontology,
    );
    expect(fromText.nodes.map((n) => n.id)).toContain('resolution:UNCODED-abcdef012345');
    // Without a code or a number nothing identifies the document: no session either.
    expect(fromText.warnings.map((w) => w.code)).toEqual(['NO_CODE', 'NO_SESSION']);
    const sessionless = extract(
      {
        text: 'AG-2015-RES-01\n\nRAPPELANT la résolution AG-2014-RES-04,\n\nAdoptée',
        source: 'y.fr.txt',
        sha256: '0',
        language: 'fr',
      },
      knowledge,
      ontology,
    );
    expect(sessionless.warnings.map((w) => w.code)).toContain('NO_SESSION');
    const fromFile = extract({ text, source: 'CGPM-2003-RES-3.en.md', sha256: '0' }, knowledge, ontology);
    expect(fromFile.document.id).toBe('document:CGPM-2003-RES-3.en');
    expect(fromFile.warnings).toEqual([]);
    expect(fromFile.edges.map((e) => e.id)).toContain(
      'ADOPTED_AT:resolution:CGPM-2003-RES-3->session:cgpm-22',
    );
  });

  it('survives control characters, unbalanced markup and huge clauses', () => {
    const base = extractFile('AG-2014-RES-04.fr.md').document.text;
    const weird = `${base.slice(0, 900)}\u0000\u0007<sup>**_(((${'(GEMC) '.repeat(10_000)}\n${'RAPPELANT '.repeat(2000)}${base.slice(900)}`;
    const result = extract({ text: weird, source: 'AG-2014-RES-04.fr.md', sha256: '0' }, knowledge, ontology);
    for (const edge of result.edges)
      for (const ev of edge.evidence) expect(weird.slice(ev.start, ev.end)).toBe(ev.quote);
    for (const m of result.document.mentions) expect(weird.slice(m.start, m.end)).toBe(m.text);
  });
});
