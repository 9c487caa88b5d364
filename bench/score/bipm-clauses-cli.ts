/**
 * Clause verbs against the BIPM labels: `npx tsx bench/score/bipm-clauses-cli.ts [corpus dir] [--misses N]`.
 * Prints precision and recall per mapped type and overall (development figures: the rules were tuned on it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/extract/analyse.js';
import { detectLanguage } from '../../src/extract/index.js';
import { toOriginal } from '../../src/extract/text/view.js';
import { loadKnowledge } from '../../src/ingest/knowledge.js';
import { loadOntology } from '../../src/ontology/index.js';
import { type ClauseLabel, type OurClause, scoreClauses } from './bipm-clauses.js';

/** Our clauses of one text, each with the verb group that governs it (own verb, else its parent's). */
export function clausesOf(
  text: string,
  source: string,
  knowledge = loadKnowledge(),
  ontology = loadOntology(),
): OurClause[] {
  const language = detectLanguage(text, knowledge).language ?? (source.includes('.fr.') ? 'fr' : 'en');
  const { ctx } = analyse(text, knowledge, ontology, { language, source });
  return ctx.segments.map((s) => {
    const parent = s.parent === undefined ? undefined : ctx.segments[s.parent];
    // Segments index the normalised view; the labels index the file.
    const { start, end } = toOriginal(ctx.view, s.start, s.end);
    return {
      start,
      end,
      verbRule: (() => {
        const v = s.verb ?? parent?.verb;
        return (v?.lead ?? v?.group)?.id;
      })(),
    };
  });
}

export function scoreCorpus(dir: string) {
  const knowledge = loadKnowledge();
  const ontology = loadOntology();
  const labels: ClauseLabel[] = readFileSync(join(dir, 'clause-labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const ours = new Map<string, OurClause[]>();
  for (const file of new Set(labels.map((l) => l.file))) {
    ours.set(file, clausesOf(readFileSync(join(dir, 'texts', file), 'utf8'), file, knowledge, ontology));
  }
  return scoreClauses(labels, ours);
}

if (process.argv[1]?.endsWith('bipm-clauses-cli.ts')) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '../shared/corpora/bipm';
  const showMisses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1] ?? 20) : 0;
  const score = scoreCorpus(dir);
  const f = (x: number) => x.toFixed(3);
  for (const t of [...score.perType, score.overall])
    console.log(
      `${t.type.padEnd(34)} labelled ${String(t.labelled).padStart(5)}  P ${f(t.precision)}  R ${f(t.recall)}`,
    );
  for (const m of score.misses.slice(0, showMisses))
    console.log(`miss ${m.file} @${m.start} ${m.type} -> ${m.got}`);
}
