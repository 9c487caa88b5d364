import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreClauses } from '../../bench/score/bipm-clauses.js';
import { scoreCorpus } from '../../bench/score/bipm-clauses-cli.js';

const BIPM = fileURLToPath(new URL('../../../shared/corpora/bipm/', import.meta.url));
const present = existsSync(`${BIPM}clause-labels.jsonl`);

/** Reached on the BIPM archive (development figures: the verb forms were added while reading it). */
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.955;

describe('clause-verb scorer', () => {
  it('counts a wrong mapped verb against both types and an unmapped type not at all', () => {
    const labels = [
      { file: 'a', type: 'decides', start: 0, end: 10 },
      { file: 'a', type: 'approves', start: 10, end: 20 },
      { file: 'a', type: 'states', start: 20, end: 30 },
    ];
    const ours = new Map([
      [
        'a',
        [
          { start: 0, end: 10, verbRule: 'en.verb.decides' },
          { start: 10, end: 20, verbRule: 'en.verb.decides' },
          { start: 20, end: 30, verbRule: 'en.verb.declares' },
        ],
      ],
    ]);
    const score = scoreClauses(labels, ours);
    expect(score.overall).toMatchObject({ labelled: 2, correct: 1, predicted: 2 });
    expect(score.perType.find((t) => t.type === 'decides')).toMatchObject({ precision: 0.5, recall: 1 });
    expect(score.perType.find((t) => t.type === 'approves')).toMatchObject({ recall: 0 });
  });
});

describe.skipIf(!present)(
  'BIPM clause verbs against the source labels (../shared/corpora/bipm absent: skipped)',
  () => {
    it('reaches the measured precision and recall floors over the mapped types', () => {
      const { overall } = scoreCorpus(BIPM);
      expect(overall.labelled).toBeGreaterThan(3000);
      expect(overall.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(overall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  },
);
