/**
 * The G4 baseline: one bare pass of the extraction knowledge's patterns over a text — every code pattern
 * from ingest/codes.yaml and ingest/institutions/, and each lexicon's phrase lists (verbs, body types, addressees, months) as one
 * alternation — counting matches and nothing else.
 */
import { expandPattern } from '../../src/extract/knowledge/compile.js';
import type { Knowledge } from '../../src/extract/knowledge/schema.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function bareRegexes(knowledge: Knowledge): RegExp[] {
  const ordinal = '\\d{1,3}(?:<sup>)?\\p{L}{1,4}(?:</sup>)?';
  const codes = [
    ...knowledge.codes.families.map((f) => new RegExp(f.pattern, f.caseSensitive ? 'gu' : 'giu')),
    ...knowledge.codes.references.map((r) => {
      const organ = knowledge.codes.families.find((f) => f.id === r.family)?.organ ?? '';
      return new RegExp(expandPattern(knowledge, r.pattern, ordinal, organ), 'giu');
    }),
  ];
  const phrases = knowledge.lexicons.map((lexicon) => {
    const list = [
      ...lexicon.verbs.flatMap((v) => v.forms),
      ...lexicon.bodyTypes.flatMap((b) => b.terms),
      ...lexicon.addressees.flatMap((a) => a.names),
      ...lexicon.months.names.flat(),
      ...lexicon.meetings.conferenceWords,
      ...lexicon.meetings.sessionWords,
    ];
    const alternation = [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    return new RegExp(`\\b(?:${alternation})\\b`, 'giu');
  });
  return [...codes, ...phrases];
}

/** Matches of every pattern over the text (the count keeps the work from being optimised away). */
export function barePass(regexes: readonly RegExp[], text: string): number {
  let matches = 0;
  for (const regex of regexes) {
    regex.lastIndex = 0;
    while (regex.exec(text) !== null) matches++;
  }
  return matches;
}
