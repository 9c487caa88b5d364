/**
 * Recall and precision of the real extractor on the facts the generator planted (nodes and edges,
 * overall and per relation type), on a generated corpus.
 */
import { check, type Figure, singleFigure as one } from '../harness/result.js';
import { FactScorer, readPlanted, type Score } from '../score/index.js';
import type { Section } from './section.js';

/** Scoring runs on this many generated documents: enough for every fact type, quick to extract. */
const RECALL_CORPUS = { size: 1000, label: '1k' };

export const recallSection: Section = {
  id: 'recall',
  aliases: ['planted'],
  title: 'Extractor recall and precision on planted facts',
  async run(ctx) {
    const corpus = await ctx.corpusOfSize(RECALL_CORPUS.size, RECALL_CORPUS.label);
    const planted = readPlanted(corpus.planted as string);
    const extracted = await ctx.extract(corpus);
    const scorer = new FactScorer(planted);
    for (const extraction of extracted.extractions) scorer.add(extraction);
    const score: Score = scorer.score();
    const figures: Figure[] = [
      one('edge recall', 'fraction', score.edges.recall),
      one('edge precision', 'fraction', score.edges.precision),
      one('node recall', 'fraction', score.nodes.recall),
      one('node precision', 'fraction', score.nodes.precision),
    ];
    for (const [type, s] of Object.entries(score.edgesByType))
      figures.push(
        one(
          `${type} recall (${s.found}/${s.planted}), precision (${s.correct}/${s.extracted})`,
          'recall',
          s.recall,
        ),
      );
    const notes = [
      `${corpus.label}, seed ${corpus.manifest?.seed}: ${planted.nodes.length} planted nodes, ${score.edges.planted} distinct planted edges; extracted ${score.nodes.extracted} nodes, ${score.edges.extracted} edges; ${extracted.failures.length} documents failed to extract.`,
      ...extracted.failures.slice(0, 3).map((f) => `failed: ${f.file}: ${f.message}`),
    ];
    return {
      figures,
      targets: [
        check(
          'recall',
          'edge recall on planted facts, generated 1k (our bar; the issue sets none)',
          score.edges.recall,
          '>=',
          0.8,
        ),
      ],
      notes,
      details: score,
    };
  },
};
