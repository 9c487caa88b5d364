import { describe, expect, it } from 'vitest';
import { segments } from './segments.ts';

const pieces = (text: string, base: number, spans: Array<[number, number]>) =>
  segments(
    text,
    base,
    spans.map(([start, end]) => ({ start, end, value: null })),
  ).map((s) => (s.span ? `[${s.text}]` : s.text));

describe('segments', () => {
  it.each([
    ['no spans: one plain piece', 'abcdef', 0, [], ['abcdef']],
    [
      'offsets are document offsets, shifted by the clause start',
      'abcdef',
      100,
      [[101, 103]],
      ['a', '[bc]', 'def'],
    ],
    [
      'spans in any order come out in text order',
      'abcdef',
      0,
      [
        [4, 6],
        [0, 1],
      ],
      ['[a]', 'bcd', '[ef]'],
    ],
    [
      'a span overlapping an earlier one is dropped',
      'abcdef',
      0,
      [
        [0, 3],
        [2, 5],
      ],
      ['[abc]', 'def'],
    ],
    [
      'the longer of two spans starting together wins',
      'abcdef',
      0,
      [
        [1, 2],
        [1, 4],
      ],
      ['a', '[bcd]', 'ef'],
    ],
    ['spans past the end are clipped', 'abc', 0, [[2, 9]], ['ab', '[c]']],
  ] as const)('%s', (_reason, text, base, spans, expected) => {
    expect(pieces(text, base, spans as unknown as Array<[number, number]>)).toEqual(expected);
  });

  it('keeps every character exactly once', () => {
    const text = 'Le Groupe de travail CMII et le GEMC';
    const joined = segments(text, 0, [
      { start: 3, end: 25, value: 1 },
      { start: 32, end: 36, value: 2 },
    ])
      .map((s) => s.text)
      .join('');
    expect(joined).toBe(text);
  });
});
