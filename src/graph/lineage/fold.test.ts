import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fold, searchTerms } from './fold.js';

describe('fold', () => {
  it.each([
    ['accents and case', 'Centre Européen', 'centre europeen'],
    ['curly apostrophes', 'Groupe d’experts', "groupe d'experts"],
    ['spaces', '  pays \n membres ', 'pays membres'],
    ['ligatures are kept (not decomposed by NFKD)', 'Œuvre', 'œuvre'],
    ['compatibility forms are decomposed', 'ﬁnance Ｂ²', 'finance b2'],
    ['backticks and modifier apostrophes', 'd`experts dʼexperts', "d'experts d'experts"],
    ['a stray combining mark', 'e\u0301te\u0301', 'ete'],
  ])('folds %s', (_why, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('splits search text into distinct letter/digit terms', () => {
    expect(searchTerms("Groupe d'experts (GEMC) — groupe 2014")).toEqual([
      'groupe',
      'd',
      'experts',
      'gemc',
      '2014',
    ]);
    expect(searchTerms("'; DROP TABLE nodes; --")).toEqual(['drop', 'table', 'nodes']);
  });
});

describe('cursor', () => {
  it('round-trips a keyset and rejects anything else', () => {
    expect(decodeCursor(encodeCursor([3, 'body:x']), ['number', 'string'])).toEqual([3, 'body:x']);
    expect(() => decodeCursor(encodeCursor(['3', 'body:x']), ['number', 'string'])).toThrow('Invalid cursor');
    expect(() => decodeCursor('%%%', ['string'])).toThrow('Invalid cursor');
  });
});
