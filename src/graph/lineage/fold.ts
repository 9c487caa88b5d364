/**
 * Case- and accent-folding shared by name lookup and search, so both stores match the same strings.
 * NFKD then drop combining marks (é → e, œ stays œ), lower case, curly quotes → ', collapse whitespace.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
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
