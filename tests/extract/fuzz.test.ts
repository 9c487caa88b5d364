import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extract } from '../../src/extract/index.js';
import { corpusFiles, extractFile, knowledge, ontology } from './helpers.js';

/** Whatever the input, extraction either returns facts whose quotes are verbatim, or says "not a resolution". */
function checkInvariant(text: string, source: string): void {
  let result: ReturnType<typeof extract>;
  try {
    result = extract({ text, source, sha256: '0' }, knowledge, ontology);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return;
  }
  for (const edge of result.edges) {
    for (const ev of edge.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  for (const mention of result.document.mentions)
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  for (const clause of result.document.clauses)
    expect(text.slice(clause.start, clause.end)).toBe(clause.text);
}

const texts = corpusFiles.map((name) => [name, extractFile(name).document.text] as const);
const noise = fc.constantFrom(
  '\u0000',
  '\u0007',
  '<sup>',
  '</sup>',
  '**',
  '_',
  '(',
  ')',
  '«',
  '»',
  '\n',
  '##',
  '* ',
  '1)',
  '’',
  '\ud83d',
  '漢',
  ' ',
);

describe('extraction never breaks on mutated resolutions', () => {
  it('keeps every quote verbatim under truncation, shuffling and injected noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 30 }),
        fc.nat(),
        fc.boolean(),
        (pick, insertions, cut, shuffle) => {
          const [name, original] = texts[pick]!;
          let text = original.slice(0, Math.max(1, cut % (original.length + 1)));
          if (shuffle) text = text.split('\n\n').reverse().join('\n\n');
          for (const [at, piece] of insertions) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + piece + text.slice(i);
          }
          checkInvariant(text, name);
        },
      ),
      { numRuns: 150, seed: 20261128 },
    );
  });

  it('never throws anything but ExtractionError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        checkInvariant(text, 'random.txt'),
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
