import { describe, expect, it } from 'vitest';
import { overlay } from './overlay.ts';

const show = (pieces: ReturnType<typeof overlay<string>>) =>
  pieces.map((p) => `${p.quoted ? '"' : ''}${p.mention ? `[${p.text}]` : p.text}${p.quoted ? '"' : ''}`);

describe('overlay', () => {
  it('marks a quote that crosses a mention boundary without losing either layer', () => {
    // "RAPPELANT la résolution X-1 du Groupe" with a mention on "X-1" and a quote "la résolution X".
    const text = 'RAPPELANT la résolution X-1 du Groupe';
    const pieces = overlay(text, 100, [{ start: 124, end: 127, value: 'x1' }], [{ start: 110, end: 125 }]);
    expect(show(pieces)).toEqual(['RAPPELANT ', '"la résolution "', '"[X]"', '[-1]', ' du Groupe']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('is the mention segmentation when nothing is quoted', () => {
    const pieces = overlay('ab cd', 0, [{ start: 3, end: 5, value: 'm' }], []);
    expect(show(pieces)).toEqual(['ab ', '[cd]']);
  });
});
