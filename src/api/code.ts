import { canonicalCode, type Knowledge } from '../extract/index.js';

/** Turns what a user typed into the codes to look up, most likely first. */
export type CodeSpellings = (input: string) => string[];

/**
 * The extractor's own canonical form first (so lookups agree with ingest whatever the family: `AGN/69/RES/2`,
 * `A/RES/58/85`, `AG-2014-RES-04`), then the generic spellings for codes no family describes.
 */
export function codeSpellings(knowledge: Knowledge): CodeSpellings {
  return (input) => {
    const canonical = canonicalCode(input, knowledge);
    return [...new Set([...(canonical ? [canonical] : []), ...codeCandidates(input)])];
  };
}

/**
 * Spellings a document code may take in the store, most likely first. Accepts the forms people type:
 * `AG/2014/RES/04`, `ag-2014-res-4`, `A/RES/58/85`, `AGN 69 RES 2`. The trailing number is tried both as
 * written, zero-padded to two digits, and unpadded, since sources write both (RES/04, RES/4).
 */
export function codeCandidates(input: string): string[] {
  const normalised = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\s/_.\u2010-\u2015-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!normalised) return [];
  const candidates = [normalised];
  const match = /^(.*-)(\d+)$/.exec(normalised);
  if (match) {
    const [, head, digits] = match as unknown as [string, string, string];
    const value = String(Number.parseInt(digits, 10));
    candidates.push(`${head}${value.padStart(2, '0')}`, `${head}${value}`);
  }
  return [...new Set(candidates)];
}
