import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model/index.js';
import { knowledge, ontology } from '../extract/helpers.js';
import { type EdgeScore, type HeldoutExpectation, ratio, scoreEdges } from './score.js';

const DIR = fileURLToPath(new URL('../fixtures/heldout/', import.meta.url));

/** Real resolutions that are not in the sample corpus (tests/fixtures/heldout/SOURCES.md). */
const files = readdirSync(DIR)
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md')
  .sort();

/** Floors measured on this set (docs/extraction.md, "Held-out texts"); a drop below is a regression. */
const MIN_OVERALL_RECALL = 0.95;
const MIN_OVERALL_PRECISION = 0.9;
const MIN_FILE_RECALL = 0.8;

const scores = new Map<string, EdgeScore>();

function load(name: string): { text: string; extraction: Extraction; expected: HeldoutExpectation } {
  const text = readFileSync(`${DIR}${name}`, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const extraction = extract({ text, source: name, sha256 }, knowledge, ontology);
  const expected = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as HeldoutExpectation;
  return { text, extraction, expected };
}

describe('held-out real resolutions', () => {
  it('has at least 8 held-out texts, each with a reviewed expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: resolution code, title, language and adoption', (name) => {
    const { extraction, expected } = load(name);
    const own = extraction.nodes.find((n) => n.id === expected.resolution.id);
    expect(own?.kind).toBe('Resolution');
    expect(own?.code).toBe(expected.resolution.code);
    expect(own?.props.title).toBe(expected.resolution.title);
    expect(extraction.document.language).toBe(expected.resolution.language);
    if (expected.resolution.date) expect(own?.props.date).toBe(expected.resolution.date);
    const adoptedAt = extraction.edges
      .filter((e) => e.type === 'ADOPTED_AT' && e.from === own?.id)
      .map((e) => e.to);
    expect(adoptedAt).toEqual(expected.resolution.adoptedAt);
  });

  it.each(files)('%s: finds the reviewed nodes and none of the known wrong readings', (name) => {
    const { extraction, expected } = load(name);
    const ids = new Set(extraction.nodes.map((n) => n.id));
    for (const id of expected.nodes) expect(ids, id).toContain(id);
    for (const id of expected.wrongNodes) expect(ids.has(id), id).toBe(false);
  });

  it.each(files)('%s: every quote is verbatim at its offsets', (name) => {
    const { text, extraction } = load(name);
    expect(extraction.edges.length).toBeGreaterThan(0);
    for (const edge of extraction.edges) {
      for (const ev of edge.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.quote.trim().length).toBeGreaterThan(0);
      }
    }
    for (const mention of extraction.document.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it.each(files)('%s: edge recall against the reviewed facts', (name) => {
    const { extraction, expected } = load(name);
    const score = scoreEdges(extraction, expected);
    scores.set(name, score);
    expect(ratio(score.truePositives, score.expected), JSON.stringify(score.missed)).toBeGreaterThanOrEqual(
      MIN_FILE_RECALL,
    );
  });

  it('overall edge precision and recall stay above the measured floors', () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const name of files) {
      const { extraction, expected } = load(name);
      const score = scoreEdges(extraction, expected);
      tp += score.truePositives;
      predicted += score.predicted;
      gold += score.expected;
    }
    expect(ratio(tp, gold)).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(ratio(tp, predicted)).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  afterAll(() => {
    const rows = [...scores.entries()].map(([name, s]) => {
      const p = ratio(s.truePositives, s.predicted).toFixed(2);
      const r = ratio(s.truePositives, s.expected).toFixed(2);
      const missed = s.missed.map((e) => `${e.type}->${e.to}`).join(', ');
      const wrong = s.wrong.map((e) => `${e.type}->${e.to}`).join(', ');
      return `${name}: P ${p} R ${r}${missed ? ` missed [${missed}]` : ''}${wrong ? ` wrong [${wrong}]` : ''}`;
    });
    const sum = (pick: (s: EdgeScore) => number) => [...scores.values()].reduce((a, s) => a + pick(s), 0);
    const tp = sum((s) => s.truePositives);
    const overall = `overall: P ${ratio(
      tp,
      sum((s) => s.predicted),
    ).toFixed(3)} R ${ratio(
      tp,
      sum((s) => s.expected),
    ).toFixed(3)} (${tp} of ${sum((s) => s.expected)} reviewed edges)`;
    console.log(`held-out edges:\n${rows.join('\n')}\n${overall}`);
  });
});
