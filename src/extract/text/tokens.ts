import type { TextView } from './view.js';

export type TokenKind = 'word' | 'number' | 'punct';

/** A word, number or punctuation mark of the view. Offsets index the view's text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-case, accent-free text. */
  readonly fold: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** At least two letters, all upper-case ("CMII", "EC3", "O.I.P.C.-INTERPOL"). */
  readonly upper: boolean;
  /** A line break separates this token from the previous one. */
  readonly newline: boolean;
}

// Words keep inner hyphens, dots and apostrophes ("sous-régional", "B.C.N", "O.I.P.C.-INTERPOL");
// elided articles ("d'", "l'") are split off below.
const TOKEN = /[\p{L}\p{N}]+(?:[-.'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ELISION = /^(\p{L}{1,2}|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/iu;

const WORD_START = /[\p{L}\p{N}]/u;
const DIGITS = /^\p{N}+$/u;
const NON_LETTERS = /[^\p{L}]/gu;

export function tokenize(view: TextView, from = 0, to = view.text.length): Token[] {
  const { text, folded } = view;
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let previousEnd = from;
  let nextNewline = text.indexOf('\n', from);
  const add = (start: number, end: number) => {
    const t = text.slice(start, end);
    const first = t[0]!;
    const fold = folded.slice(start, end);
    const kind: TokenKind = WORD_START.test(first) ? (DIGITS.test(t) ? 'number' : 'word') : 'punct';
    // Upper-case needs a letter that folding changes; only then compare the letters.
    const cap = first !== fold[0] && first !== first.toLowerCase();
    let upper = false;
    if (cap && kind === 'word') {
      const letters = t.replace(NON_LETTERS, '');
      upper = letters.length >= 2 && letters === letters.toUpperCase();
    }
    while (nextNewline >= 0 && nextNewline < previousEnd) nextNewline = text.indexOf('\n', previousEnd);
    tokens.push({
      start,
      end,
      text: t,
      fold,
      kind,
      cap,
      upper,
      newline: nextNewline >= 0 && nextNewline < start,
    });
    previousEnd = end;
  };
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    const elision = ELISION.exec(m[0]);
    if (elision) {
      add(start, start + elision[0].length);
      start += elision[0].length;
    }
    // "B.C.N." keeps its final dot: an abbreviation, not the end of a sentence.
    if (text[end] === '.' && /\p{L}\.\p{L}/u.test(m[0])) end++;
    add(start, end);
    TOKEN.lastIndex = end;
  }
  return tokens;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
