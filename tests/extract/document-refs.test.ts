import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { extract } from '../../src/extract/index.js';
import { knowledge, ontology } from './helpers.js';

/**
 * Document identity and citations across institutions (ingest/institutions/*.yaml): each row is a short real
 * form with the edge it must give (or must not), and a one-line reason.
 */
const edges = (source: string, text: string) =>
  extract({ text, source, sha256: '1'.repeat(64) }, knowledge, ontology).edges.map(
    (e) => `${e.type} ${e.from} -> ${e.to}`,
  );

type Row = [source: string, text: string, edge: string, why: string];

const SUPERSEDES: Row[] = [
  [
    'DECISION-004-2010-COM-UEMOA.fr.txt',
    "DECISION N° 004/2010/COM/UEMOA\n\nLA COMMISSION DE L'UEMOA,\n\nVu le Traité,\n\nDECIDE :\n\nArticle 2 : La présente décision abroge la décision n°003/2009/COM/UEMOA du 10 mars 2009.\n",
    'SUPERSEDES resolution:UEMOA-D-4-2010-COM -> resolution:UEMOA-D-3-2009-COM',
    '« La présente décision abroge la décision … »: the act names the act it repeals by its code',
  ],
  [
    'S-RES-2000-2011.en.txt',
    'Resolution 2000 (2011)\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Decides to abrogate resolution 713 (1991);\n',
    'SUPERSEDES resolution:S/RES/2000 (2011) -> resolution:S/RES/713 (1991)',
    '"decides to abrogate resolution NNN (YYYY)": a Security Council resolution by number and year',
  ],
  [
    'S-RES-2000-2011.es.txt',
    'Resolución 2000 (2011)\n\nEl Consejo de Seguridad,\n\nRecordando sus resoluciones,\n\n1. Deroga la resolución 1244 (1999);\n',
    'SUPERSEDES resolution:S/RES/2000 (2011) -> resolution:S/RES/1244 (1999)',
    'Spanish « Deroga la resolución NNN (YYYY) »',
  ],
  [
    'CGPM-1960-RES-12.en.md',
    'Resolution 12\n\nThe 11th General Conference on Weights and Measures,\n\nconsidering the need,\n\ndecides that Resolution 5 of the 10th CGPM (1954) is abrogated.\n',
    'SUPERSEDES resolution:CGPM-1960-RES-12 -> resolution:CGPM-1954-RES-5',
    'BIPM passive: the reference ends with its year in parentheses, right before "is abrogated"',
  ],
  [
    'CGPM-1960-RES-12.fr.md',
    'Résolution 12\n\nLa Onzième Conférence générale des poids et mesures,\n\nconsidérant le besoin,\n\ndécide que la Résolution 5 de la 10e CGPM (1954) est abrogée.\n',
    'SUPERSEDES resolution:CGPM-1960-RES-12 -> resolution:CGPM-1954-RES-5',
    'French passive « est abrogée »',
  ],
];

const NOT_SUPERSEDES: Row[] = [
  [
    'S-RES-2001-2011.en.txt',
    'Resolution 2001 (2011)\n\nThe Security Council,\n\nRecalling that its resolution 1244 (1999) repealed earlier measures,\n\n1. Decides to remain seized of the matter;\n',
    'SUPERSEDES resolution:S/RES/2001 (2011) -> resolution:S/RES/1244 (1999)',
    'a recital reports what another resolution repealed: it is cited, not superseded',
  ],
];

describe('supersession names the repealed text by its code or citation form', () => {
  it.each(SUPERSEDES)('%s: %s', (source, text, edge, _why) => {
    expect(edges(source, text)).toContain(edge);
  });
  it.each(NOT_SUPERSEDES)('counter-example %s: %s', (source, text, edge, _why) => {
    expect(edges(source, text)).not.toContain(edge);
  });
});

describe('a cited reference covers its whole phrase', () => {
  const mentions = (text: string) => {
    const { ctx } = analyse(text, knowledge, ontology, { language: 'en', institution: 'cgpm' });
    return ctx.found
      .filter((f) => f.entity.kind === 'Resolution')
      .map((f) => ctx.view.text.slice(f.start, f.end));
  };
  it('"Resolution 1 of the 9th CGPM (1948)": the digit that recurs in the year does not cut the mention', () => {
    expect(mentions('decides that Resolution 1 of the 9th CGPM (1948) is abrogated.')).toEqual([
      'Resolution 1 of the 9th CGPM (1948)',
    ]);
  });
  it('a list: the first number takes the phrase up to it, the last the rest of the phrase', () => {
    expect(mentions('(15th General Conference, 1975, Resolutions 8 and 9)')).toEqual([
      '15th General Conference, 1975, Resolutions 8',
      '9',
    ]);
    expect(mentions('Resolutions 8 and 9 of the 15th CGPM (1975) are abrogated')).toEqual([
      'Resolutions 8',
      '9 of the 15th CGPM (1975)',
    ]);
  });
});

describe('CGPM citations in texts of other institutions use the full names only', () => {
  const cited = (text: string) =>
    analyse(text, knowledge, ontology, { language: 'en' })
      .ctx.found.filter((f) => f.entity.kind === 'Resolution')
      .map((f) => f.entity.code);
  it('"Resolution 1 of the 14th CGPM (1971)" in a consultative-committee text', () => {
    expect(cited('considering that Resolution 1 of the 14th CGPM (1971) requested the CIPM')).toEqual([
      'CGPM-1971-RES-1',
    ]);
  });
  it('counter-example: "the 14th General Conference" outside the CGPM\'s documents may be UNESCO\'s', () => {
    expect(cited('Recalling Resolution 1 of the 14th General Conference, the Committee')).toEqual([]);
  });
});

describe('verbless paragraphs after an operative clause cite only when they go on reporting', () => {
  const recalled = (verb: string) =>
    edges(
      'CGPM-2011-RES-1.en.md',
      [
        'Resolution 1',
        'The General Conference on Weights and Measures (CGPM), at its 24th meeting,',
        'considering the importance of the SI,',
        verb,
        'In consequence, on the date chosen for the revision:',
        '* the definition of the ampere in force since 1948 (9th meeting of the CGPM, 1948, Resolution 2) will be abrogated,',
      ].join('\n\n'),
    ).filter((e) => e.endsWith('resolution:CGPM-1948-RES-2'));
  it('after "further notes that": the bullets state facts and cite the resolution', () => {
    expect(recalled('further notes that since the definitions are of one type,')).toHaveLength(1);
  });
  it('counter-example: after "welcomes": a verbless paragraph is no object and no citation', () => {
    expect(recalled('welcomes the revised strategy,')).toEqual([]);
  });
});

describe('a lower-case header paragraph is prose cut from its subject and cites', () => {
  it('"acting in accordance with Resolution 7 of the 18th CGPM (1987) has adopted …"', () => {
    const text =
      '## Recommendation 5: The International Temperature Scale of 1990\n\nThe Comité International des Poids et Mesures (CIPM)\n\nacting in accordance with Resolution 7 of the 18th Conférence Générale des Poids et Mesures (1987) has adopted the ITS-90.\n\nThe CIPM *notes* that the ITS-90 extends to lower temperatures.\n';
    expect(edges('CIPM-1989-REC-5.en.md', text)).toContain(
      'RECALLS resolution:CIPM-1989-REC-5 -> resolution:CGPM-1987-RES-7',
    );
  });
});
