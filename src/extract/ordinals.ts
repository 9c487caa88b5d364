import type { CompiledLexicon } from './knowledge/compile.js';
import type { Token } from './text/tokens.js';

export interface OrdinalMatch {
  value: number;
  /** Tokens consumed. */
  length: number;
  rule: string;
}

/** An ordinal at tokens[at]: "83ème" (one token once <sup> is stripped), "83 e"? no; "Neuvième", "twenty-first". */
export function ordinalAt(
  tokens: readonly Token[],
  at: number,
  lexicon: CompiledLexicon,
): OrdinalMatch | null {
  const token = tokens[at];
  if (!token) return null;
  if (token.kind === 'punct') return null;
  const rule = lexicon.source.ordinals.id;
  const first = token.fold.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const figure = lexicon.ordinalSuffix.exec(token.fold);
    return figure ? { value: Number(figure[1]), length: 1, rule } : null;
  }
  const word = lexicon.ordinalWords.match(tokens, at);
  if (word) return { value: word.values[0]!, length: word.length, rule };
  return null;
}

/** English ordinal for display names ("83rd"). */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}
