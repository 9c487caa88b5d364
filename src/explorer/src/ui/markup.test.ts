import { describe, expect, it } from 'vitest';
import { markupPieces } from './markup.ts';

const shown = (text: string) =>
  markupPieces(text)
    .filter((p) => !p.markup)
    .map((p) => p.text)
    .join('');

describe('markupPieces', () => {
  it.each([
    ['**Objet** : création du GEMC', 'Objet : création du GEMC', 'bold markers'],
    ['la 83<sup>ème</sup> session', 'la 83ème session', 'inline HTML superscript'],
    ['# Résolution\nTexte', 'Résolution\nTexte', 'a heading marker at a line start'],
    ['<span class="x">a</span>&nbsp;b', 'ab', 'attributes and entities'],
  ])('%s reads %s (%s)', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  it.each([
    ['2 * 3 = 6', 'a single star is text'],
    ['clause #3 of it', 'a hash inside a line is text'],
    ['if a < b and c > d', 'angle brackets that are no known tag'],
    ['<script>alert(1)</script>', 'unknown tags are shown as text, never run'],
  ])('%s stays as written (%s)', (text) => {
    expect(shown(text)).toBe(text);
  });

  it('loses no character, so offsets still index the source', () => {
    const text = '**Objet** : la 83<sup>ème</sup> session';
    expect(
      markupPieces(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
