import { afterAll, describe, expect, it } from 'vitest';
import { heldoutFiles, loadHeldout } from './devset.js';
import { type EdgeScore, formatTable, groupScores, ratio, scoreEdges, scoreFile } from './score.js';

/**
 * Real resolutions that are not in the sample corpus (tests/fixtures/heldout/SOURCES.md). "strict" files (CGPM, UN GA)
 * are asserted fact by fact; "measured" files (UN Security Council, UNESCO committees, BIPM consultative committees:
 * the development set) are scored per genre against floors. Print the table: `npx tsx tests/heldout/report.ts`.
 */
const strict = heldoutFiles.filter((name) => loadHeldout(name).expected.gate === 'strict');

/** Floors measured on the strict set (docs/extraction.md, "Held-out texts"); a drop below is a regression. */
const MIN_OVERALL_RECALL = 0.95;
const MIN_OVERALL_PRECISION = 0.9;
const MIN_FILE_RECALL = 0.8;

/**
 * Development-set floors: the F1 measured on 2026-12-04 at 04:35 UTC on main 6348bca (entity F1, relation F1 per
 * group of `groupScores`; development figures, the rules were tuned on these texts) minus a margin of 0.05, or 0.1
 * for a group with fewer than 15 reviewed facts (Spanish: one fact moves its F1 by about 0.07). Raise a floor when a
 * change lifts its figure; a drop below it is a regression.
 * The strict set's entity lists were derived from its reviewed facts plus the nodes checked on that day, not listed
 * exhaustively, so a newly found correct entity there counts as an error: its entity floors keep a wider margin.
 */
const FLOORS: Record<string, { entities: number; relations: number }> = {
  'genre unsc': { entities: 0.84, relations: 0.81 },
  'genre unesco-ich': { entities: 0.79, relations: 0.88 },
  'genre unesco-whc': { entities: 0.8, relations: 0.79 },
  'genre bipm-cc': { entities: 0.91, relations: 0.71 },
  'genre cgpm': { entities: 0.9, relations: 0.93 },
  'genre unga': { entities: 0.8, relations: 0.9 },
  'lang en': { entities: 0.83, relations: 0.8 },
  'lang fr': { entities: 0.85, relations: 0.93 },
  'lang es': { entities: 0.68, relations: 0.65 },
  'development set (measured)': { entities: 0.83, relations: 0.82 },
};

const scores = new Map<string, EdgeScore>();

describe('held-out real resolutions', () => {
  it('has at least 8 strict texts and 12 development texts, each with a reviewed expectation', () => {
    expect(strict.length).toBeGreaterThanOrEqual(8);
    expect(heldoutFiles.length - strict.length).toBeGreaterThanOrEqual(12);
  });

  it.each(heldoutFiles)('%s: every quote is verbatim at its offsets', (name) => {
    const { text, extraction } = loadHeldout(name);
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

  it.each(strict)('%s: resolution code, title, language and adoption', (name) => {
    const { extraction, expected } = loadHeldout(name);
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

  it.each(strict)('%s: finds the reviewed nodes and none of the known wrong readings', (name) => {
    const { extraction, expected } = loadHeldout(name);
    const ids = new Set(extraction.nodes.map((n) => n.id));
    expect(extraction.edges.length).toBeGreaterThan(0);
    for (const id of expected.nodes) expect(ids, id).toContain(id);
    for (const id of expected.wrongNodes) expect(ids.has(id), id).toBe(false);
  });

  it.each(strict)('%s: edge recall against the reviewed facts', (name) => {
    const { extraction, expected } = loadHeldout(name);
    const score = scoreEdges(extraction, expected);
    scores.set(name, score);
    expect(ratio(score.truePositives, score.expected), JSON.stringify(score.missed)).toBeGreaterThanOrEqual(
      MIN_FILE_RECALL,
    );
  });

  it('strict set: overall edge precision and recall stay above the measured floors', () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const name of strict) {
      const { extraction, expected } = loadHeldout(name);
      const score = scoreEdges(extraction, expected);
      tp += score.truePositives;
      predicted += score.predicted;
      gold += score.expected;
    }
    expect(ratio(tp, gold)).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(ratio(tp, predicted)).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
  });

  it('every expectation is well formed: facts join expected entities, ids carry a known prefix', () => {
    const prefixes = /^(resolution|report|body|conference|meeting|session|organization|addressee):/;
    for (const name of heldoutFiles) {
      const { expected } = loadHeldout(name);
      expect(expected.genre, name).toMatch(/^[a-z-]+$/);
      if (expected.gate !== 'measured') continue;
      const known = new Set(
        [...(expected.entities ?? []), ...(expected.acceptableEntities ?? [])].map((e) => e.id),
      );
      expect(known.has(expected.resolution.id), name).toBe(true);
      for (const edge of [...expected.edges, ...expected.acceptable]) {
        expect(known.has(edge.from) && known.has(edge.to), `${name}: ${JSON.stringify(edge)}`).toBe(true);
      }
      for (const id of known) expect(id, name).toMatch(prefixes);
    }
  });

  it('entity and relation F1 per genre and language stay above the development floors', () => {
    const groups = groupScores(
      heldoutFiles.map((name) => scoreFile(loadHeldout(name).extraction, loadHeldout(name).expected)),
    );
    console.log(
      `held-out and development texts (development figures once tuned on):\n${formatTable(groups)}`,
    );
    for (const [group, floor] of Object.entries(FLOORS)) {
      const g = groups.find((x) => x.group === group);
      expect(g, group).toBeDefined();
      expect(g!.entities.f1, `${group} entity F1`).toBeGreaterThanOrEqual(floor.entities);
      expect(g!.relations.f1, `${group} relation F1`).toBeGreaterThanOrEqual(floor.relations);
    }
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
    console.log(`held-out edges (strict set):\n${rows.join('\n')}\n${overall}`);
  });
});
