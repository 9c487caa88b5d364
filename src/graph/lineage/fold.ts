import { fold as foldUnits } from '../../extract/text/fold.js';

/**
 * The store's fold, shared by name lookup and search so both stores match the same strings: the extractor's
 * one folding rule (lower case, accents off, curly quotes → ', unit by unit: extract/text/fold.ts) applied
 * after NFKD (compatibility forms: ﬁ → fi; œ stays œ), then what a key needs and an offset map must not:
 * combining marks dropped, backtick → ', whitespace collapsed and trimmed.
 */
export function fold(text: string): string {
  return foldUnits(text.normalize('NFKD'))
    .replace(/\p{M}+/gu, '')
    .replace(/`/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded tokens: runs of letters and digits (the same split as FTS5's unicode61 tokenizer). */
export function foldedTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Distinct folded query terms in first-seen order. */
export function searchTerms(text: string): string[] {
  return [...new Set(foldedTokens(text))];
}
