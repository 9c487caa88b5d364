import { describe, expect, it } from 'vitest';
import { layoutDocument, layoutPage, type PlacedText } from '../../src/ingest/read/pdf-layout.js';

/** A run of `text` at (x, y), 10 pt, about 5 pt per character. */
function run(text: string, x: number, y: number, endOfLine = false): PlacedText {
  return { text, x, y, width: text.length * 5, size: 10, endOfLine };
}

describe('layoutPage', () => {
  it.each<[string, PlacedText[], string[]]>([
    [
      'runs on one baseline form one line',
      [run('Résolution', 0, 700), run('N° 4', 55, 700)],
      ['Résolution N° 4'],
    ],
    ['adjacent runs are not spaced apart', [run('83', 0, 700), run('ème', 10, 702)], ['83ème']],
    [
      'a wrapped line joins its paragraph with a space',
      [run('RAPPELANT la résolution AG-2010-RES-08, par', 0, 700, true), run('laquelle', 0, 688)],
      ['RAPPELANT la résolution AG-2010-RES-08, par laquelle'],
    ],
    [
      'a larger gap starts a new paragraph',
      [
        run('first line of text here', 0, 700),
        run('second line of text', 0, 688),
        run('new paragraph', 0, 660),
      ],
      ['first line of text here second line of text', 'new paragraph'],
    ],
    [
      'a short line followed by a word that would have fitted is a deliberate break',
      [
        run('AG-2014-RES-04', 0, 700),
        run('a longer line that sets the right margin', 0, 688),
        run('x', 0, 676),
      ],
      ['AG-2014-RES-04', 'a longer line that sets the right margin x'],
    ],
    [
      'a word hyphenated at the line end is joined without a space',
      [run('the long line with a cyber-', 0, 700), run('criminalité unit', 0, 688)],
      ['the long line with a cyber-criminalité unit'],
    ],
    [
      'moving up the page starts a new block (next column)',
      [run('left column text', 0, 300), run('right column text', 300, 700)],
      ['left column text', 'right column text'],
    ],
    ['whitespace-only runs are dropped', [run(' ', 0, 700), run('text', 5, 700)], ['text']],
    ['an empty page has no paragraphs', [], []],
  ])('%s', (_reason, runs, expected) => {
    expect(layoutPage(runs)).toEqual(expected);
  });
});

describe('layoutDocument', () => {
  const footer = (page: number) => run(`Page ${page}/2`, 0, 40);
  it.each<[string, PlacedText[][], string]>([
    [
      'drops running footers that differ only by page number',
      [
        [run('RAPPELANT la résolution AG-2010-RES-08,', 0, 700), footer(1)],
        [run('DÉCIDE de créer le groupe.', 0, 700), footer(2)],
      ],
      'RAPPELANT la résolution AG-2010-RES-08,\n\nDÉCIDE de créer le groupe.',
    ],
    [
      'keeps a running header once, where it heads the document',
      [
        [run('AG-2014-RES-04', 0, 750), run('Objet : Création du GEMC', 0, 700)],
        [run('AG-2014-RES-04', 0, 750), run('ENCOURAGE les pays membres.', 0, 700)],
      ],
      'AG-2014-RES-04\n\nObjet : Création du GEMC\n\nENCOURAGE les pays membres.',
    ],
    [
      'a page resuming with a number starts a new paragraph (numbered clauses)',
      [
        [run('TENANT COMPTE des recommandations formulées lors de la', 0, 60)],
        [run('10ème conférence', 0, 700)],
      ],
      'TENANT COMPTE des recommandations formulées lors de la\n\n10ème conférence',
    ],
    [
      'joins a paragraph cut by a page break when it resumes in lower case',
      [[run('TENANT COMPTE des recommandations formulées lors', 0, 60)], [run('de la conférence,', 0, 700)]],
      'TENANT COMPTE des recommandations formulées lors de la conférence,',
    ],
    [
      'keeps paragraphs apart when the page ends a clause',
      [[run('CONSIDÉRANT que la coopération est indispensable,', 0, 60)], [run('vu le rapport', 0, 700)]],
      'CONSIDÉRANT que la coopération est indispensable,\n\nvu le rapport',
    ],
  ])('%s', (_reason, pages, expected) => {
    expect(layoutDocument(pages)).toBe(expected);
  });
});
