/** Document identity: own codes, the file name's code and language tag, citations without a stated relation. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { knowledge, ontology } from './helpers.js';

const run = (text: string, source: string) => extract({ text, source, sha256: '0' }, knowledge, ontology);

describe('document identity', () => {
  it('keeps a known file-name code over a code derived from the first meeting the text names', () => {
    const text = [
      '## Resolution 14: Units',
      'The 8th General Conference on Weights and Measures, recalling the 7th General Conference,',
      'decides to act.',
    ].join('\n\n');
    const r = run(text, 'CGPM-1933-RES-14.en.md');
    expect(r.document.id).toBe('document:CGPM-1933-RES-14.en');
    // Counter-example: without a code in the file name, the text's own code is kept.
    expect(run(text, 'upload.en.md').document.id).not.toContain('UNCODED');
  });

  it('reads a CIPM decision code from the file name and from the printed heading', () => {
    const text = '## Decision CIPM/108-29 (2019)\n\napproved the budget for 2020.';
    expect(run(text, 'CIPM-2019-DEC-108-29.en.md').document.id).toBe('document:CIPM-2019-DEC-108-29.en');
    expect(run(text, 'notes.en.md').document.id).toBe('document:CIPM-2019-DEC-108-29.en');
  });

  it('gives the English and French texts of one decision one resolution node', () => {
    const en = run('## Decision CIPM/101-32 (2012)\n\napproved the changes.', 'CIPM-2012-DEC-101-32.en.md');
    const fr = run(
      '## Décision CIPM/101-32 (2012)\n\napprouve les changements.',
      'CIPM-2012-DEC-101-32.fr.md',
    );
    const own = (r: typeof en) => r.nodes.find((n) => n.code === 'CIPM-2012-DEC-101-32')?.id;
    expect(own(en)).toBe('resolution:CIPM-2012-DEC-101-32');
    expect(own(fr)).toBe(own(en));
    expect(en.document.id).not.toBe(fr.document.id);
  });

  it('stores a text under its file tag when the text reads as another language, with a warning', () => {
    const text =
      '## Résolution 1\n\nLa Conférence générale des poids et mesures,\n\n*décide* de poursuivre les travaux.';
    const r = run(text, 'CGPM-1933-RES-1.en.md');
    expect(r.document.id).toBe('document:CGPM-1933-RES-1.en');
    expect(r.document.language).toBe('fr');
    expect(r.warnings.map((w) => w.code)).toContain('LANGUAGE_TAG_MISMATCH');
    // Counter-example: a matching tag gives no warning.
    expect(run(text, 'CGPM-1933-RES-1.fr.md').warnings.map((w) => w.code)).not.toContain(
      'LANGUAGE_TAG_MISMATCH',
    );
  });
});

describe('citations with no stated relation', () => {
  it('recalls a resolution cited in a clause whose verb states another relation', () => {
    const text = [
      'CGPM-1964-RES-1',
      'The 12th General Conference on Weights and Measures,',
      '*invites* the International Committee to continue its work under the instructions of Resolution 1 of the 11th General Conference.',
    ].join('\n\n');
    const r = run(text, 'CGPM-1964-RES-1.en.md');
    const edge = r.edges.find((e) => e.to === 'resolution:CGPM-1960-RES-1');
    expect(edge?.type).toBe('RECALLS');
    expect(edge?.evidence[0]?.rule).toBe('citation.mentioned');
  });

  it('does not add a citation edge where a clause rule already relates the two documents', () => {
    const text =
      'CGPM-2018-RES-3\n\nThe CGPM, at its 26th meeting,\n\nrecalling Resolution 3 adopted by the CGPM at its 21st meeting (1999),\n\ndecides to act.';
    const edges = run(text, 'CGPM-2018-RES-3.en.md').edges.filter(
      (e) => e.to === 'resolution:CGPM-1999-RES-3',
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]!.evidence.every((e) => e.rule !== 'citation.mentioned')).toBe(true);
  });

  it('cites a related document again in a later clause, as evidence on the one edge already stated', () => {
    const text =
      'CGPM-2018-RES-3\n\nThe CGPM, at its 26th meeting,\n\nrecalling Resolution 3 adopted by the CGPM at its 21st meeting (1999),\n\n*decides* to apply Resolution 3 of the 21st CGPM.';
    const r = run(text, 'CGPM-2018-RES-3.en.md');
    const edges = r.edges.filter((e) => e.to === 'resolution:CGPM-1999-RES-3');
    expect(edges).toHaveLength(1);
    expect(new Set(edges[0]!.evidence.map((e) => e.clause)).size).toBe(2);
    // Counter-example: named twice in one clause, the document is one piece of evidence there.
    const once = run(
      'CGPM-2018-RES-3\n\nThe CGPM, at its 26th meeting,\n\n*decides* to apply Resolution 3 of the 21st CGPM and Resolution 3 of the 21st CGPM.',
      'CGPM-2018-RES-3.en.md',
    ).edges.filter((e) => e.to === 'resolution:CGPM-1999-RES-3');
    expect(once.flatMap((e) => e.evidence)).toHaveLength(1);
  });

  it('cites a document named in the opening (the organ acting under a resolution)', () => {
    const text =
      '## Recommendation 3: Temperature scale\n\nThe Comité International des Poids et Mesures\n\n_acting_ in accordance with instructions given in Resolution 7 of the 18th Conférence Générale des Poids et Mesures concerning the scale,\n\n_recommends_ that laboratories take note.';
    const edge = run(text, 'CIPM-1988-REC-3.en.md').edges.find((e) => e.to === 'resolution:CGPM-1987-RES-7');
    expect(edge?.type).toBe('RECALLS');
    // Counter-example: the opening's own session is not a cited document.
    expect(
      run(text, 'CIPM-1988-REC-3.en.md').edges.some(
        (e) => e.type === 'RECALLS' && !e.to.startsWith('resolution:'),
      ),
    ).toBe(false);
  });

  it('cites a document whose stated relation the ontology drops (empowered by a resolution)', () => {
    const text =
      '## Declaration (1964)\n\nThe International Committee,\n\n*empowered* by Resolution 5 of the 12th Conférence Générale des Poids et Mesures to name atomic frequency standards,\n\n*declares* that the standard is the caesium transition.';
    const edge = run(text, 'CIPM-1964-DECL.en.md').edges.find((e) => e.to === 'resolution:CGPM-1964-RES-5');
    expect(edge?.type).toBe('RECALLS');
  });
});
