import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extract } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/ingest/knowledge.js';
import { loadOntology } from '../../src/ontology/index.js';
import { ROOT } from './cli.js';

// Issue 7 item 1, beyond tests/extract/fuzz.test.ts (mutations of the sample corpus): resolutions assembled
// from clauses of every corpus document, with huge clauses, control characters, mixed scripts, nested
// parentheses and repeated acronyms; and time that scales linearly with the input.

const knowledge = loadKnowledge();
const ontology = loadOntology();
const corpusDir = join(ROOT, 'corpus');
const paragraphs = readdirSync(corpusDir)
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md')
  .flatMap((name) => readFileSync(join(corpusDir, name), 'utf8').split(/\n\s*\n/))
  .filter((p) => p.trim().length > 0);

/** Either a typed "not a resolution", or facts whose every quote is the source at its offsets. */
function checkVerbatim(text: string): void {
  let result: ReturnType<typeof extract>;
  try {
    result = extract({ text, source: 'fuzz.md', sha256: '0' }, knowledge, ontology);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return;
  }
  for (const edge of result.edges) {
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const ev of edge.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  for (const mention of result.document.mentions)
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  for (const clause of result.document.clauses)
    expect(text.slice(clause.start, clause.end)).toBe(clause.text);
}

const hostile = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u001b[31m',
    '\u200b',
    '\u202e',
    '\ufeff',
    '\r',
    '\t',
    '\u2028',
    '\ud800',
  ),
  fc.constantFrom('漢字', 'Ελληνικά', 'кириллица', 'العربية', 'עברית', 'हिन्दी', '👩‍⚖️', 'e\u0301'),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'('.repeat(n)}GEMC${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 2_000 }).map((n) => '(GTEC) '.repeat(n)),
  fc.constantFrom('AG-2014-RES-04', 'A/RES/70/1', 'CGPM-1889-RES-1', 'résolution n° 4', 'Resolution 2'),
);

const clause = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...paragraphs) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...paragraphs), fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 6 }))
      .map(([p, inserts]) =>
        inserts.reduce((text, [at, piece]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + piece + text.slice(i);
        }, p),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...paragraphs), fc.integer({ min: 2, max: 60 }))
      .map(([p, n]) => `${p.replace(/[;,.]\s*$/, '')} ${p.repeat(n)}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

describe('the extractor on assembled and mutated resolutions', () => {
  it('keeps every quote verbatim or refuses with ExtractionError', () => {
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n\n', '\n', ' ', '\r\n\r\n'),
        fc.nat(),
        (clauses, joiner, cut) => {
          const text = clauses.join(joiner);
          checkVerbatim(text);
          checkVerbatim(text.slice(0, cut % (text.length + 1)));
        },
      ),
      { numRuns: 120, seed: 1129 },
    );
  }, 240_000);
});

/** Least CPU milliseconds over `runs` of extracting `text` (CPU time: a loaded machine slows wall time, not this). */
function cpuMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    try {
      extract({ text, source: 'scale.md', sha256: '0', language: 'fr' }, knowledge, ontology);
    } catch (error) {
      if (!(error instanceof ExtractionError)) throw error;
    }
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  // The least: interference from other processes only ever adds time.
  return Math.min(...times);
}

const founding = readFileSync(join(corpusDir, 'AG-2014-RES-04.fr.md'), 'utf8');
const preamble = founding.indexOf('CONSCIENTE');
// Each builds an input of about n units of one pathological shape.
const shapes: Array<[string, (n: number) => string]> = [
  ['repeated resolutions', (n) => founding.slice(0, preamble) + `\n\n${founding.slice(preamble)}`.repeat(n)],
  [
    'one huge clause',
    (n) => `AG-2014-RES-04\n\nRAPPELANT ${'le Groupe de travail CMII de la '.repeat(200 * n)}`,
  ],
  ['repeated acronyms', (n) => `AG-2014-RES-04\n\nENCOURAGE ${'(GEMC) GEMC GTEC (GTEC) '.repeat(1_200 * n)}`],
  [
    'nested parentheses',
    (n) => `AG-2014-RES-04\n\nRECOMMANDE ${'('.repeat(5_000 * n)}le Groupe${')'.repeat(5_000 * n)}`,
  ],
  ['unclosed markup', (n) => `AG-2014-RES-04\n\nDÉCIDE ${'**_<sup>« '.repeat(3_000 * n)}`],
  [
    'control characters and scripts',
    (n) => `AG-2014-RES-04\n\nPRIE ${'\u0007漢 Ελ (\u202e ) '.repeat(300 * n)}`,
  ],
];

describe('extraction time is linear in input size', () => {
  // time(8x) < 30 x time(1x) + slack: linear work gives about 8x; catastrophic backtracking gives 64x or
  // far worse. The slack absorbs timer noise. Sizes are such that
  // a quadratic step shows: evidence once de-duplicated by a linear scan per fact (src/extract/resolve.ts)
  // made each doubling of the acronym input quadruple the time at these sizes.
  it.each(shapes)(
    '%s: 8x the input costs less than 30x the time',
    (_name, build) => {
      const small = build(4);
      const large = build(32);
      expect(large.length).toBeGreaterThan(7 * small.length);
      const t1 = cpuMs(small, 3);
      const t8 = cpuMs(large, 2);
      console.info(`${_name}: 1x ${t1.toFixed(1)} ms, 8x ${t8.toFixed(1)} ms`);
      expect(t8, `1x: ${t1.toFixed(1)} ms, 8x: ${t8.toFixed(1)} ms`).toBeLessThan(30 * t1 + 100);
    },
    120_000,
  );
});
