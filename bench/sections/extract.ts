/**
 * Extraction throughput (issue 2) and G4: the full extractor vs a bare pass of the knowledge's regular
 * expressions over the same texts, single process, interleaved.
 */

import { interleave, timed } from '../harness/interleave.js';
import { check } from '../harness/result.js';
import { spread } from '../harness/stats.js';
import { barePass, bareRegexes } from './bare-regex.js';
import type { Section } from './section.js';

/** Each timed run repeats the corpus until it lasts at least this long, so timer noise stays small. */
const MIN_RUN_MS = 1500;

export const extractSection: Section = {
  id: 'extract',
  aliases: ['g4', 'extraction'],
  title: 'Extraction throughput and G4 (full extractor vs bare regex pass)',
  async run(ctx) {
    const extractor = await ctx.extractor();
    const { loadKnowledge } = await import('../../src/ingest/knowledge.js');
    const regexes = bareRegexes(loadKnowledge());
    const { planSources, readSource } = await import('../../src/ingest/index.js');
    const figures = [];
    const targets = [];
    const notes: string[] = [];
    const corpora = [await ctx.sample()];
    const generated = await ctx.corpusOfSize(1000, '1k');
    corpora.push(generated);
    for (const corpus of corpora) {
      const plan = await planSources([corpus.docs]);
      const texts: Array<{ text: string; source: string; sha256: string }> = [];
      for (const item of plan.items) {
        if (item.type === 'rejected') continue;
        const source = await readSource(item.path);
        texts.push({ text: source.text, source: item.source, sha256: source.sha256 });
      }
      const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
      const languages = texts.map((t) => extractor.detectLanguage(t.text).language ?? undefined);
      const fullOnce = () => {
        for (const [i, t] of texts.entries()) extractor.extract({ ...t, language: languages[i] });
      };
      let sink = 0;
      const bareOnce = () => {
        for (const t of texts) sink += barePass(regexes, t.text);
      };
      // Warm up (JIT, compiled knowledge), then size the repetitions.
      const once = await timed(fullOnce);
      const reps = Math.max(1, Math.ceil(MIN_RUN_MS / Math.max(1, once)));
      const bareOne = await timed(bareOnce);
      const bareReps = Math.max(1, Math.ceil(MIN_RUN_MS / Math.max(0.05, bareOne)));
      const samples = await interleave(ctx.options.runs, {
        full: async () =>
          (await timed(() => {
            for (let r = 0; r < reps; r++) fullOnce();
          })) / reps,
        bare: async () =>
          (await timed(() => {
            for (let r = 0; r < bareReps; r++) bareOnce();
          })) / bareReps,
      });
      const docsPerSec = samples.full.map((ms) => (texts.length * 1000) / ms);
      const mbPerSec = samples.full.map((ms) => bytes / 1e6 / (ms / 1000));
      const bareMb = samples.bare.map((ms) => bytes / 1e6 / (ms / 1000));
      const ratios = samples.full.map((ms, i) => ms / (samples.bare[i] as number));
      figures.push(
        {
          name: `full extractor, ${corpus.label} (${texts.length} docs, ${(bytes / 1e3).toFixed(0)} kB)`,
          unit: 'docs/s',
          ...spread(docsPerSec),
        },
        { name: `full extractor, ${corpus.label}`, unit: 'MB/s', ...spread(mbPerSec) },
        { name: `bare regex pass, ${corpus.label}`, unit: 'MB/s', ...spread(bareMb) },
        { name: `G4 full ÷ bare time, ${corpus.label}`, unit: 'ratio', ...spread(ratios) },
      );
      targets.push(
        check(
          'G4',
          `full extractor ÷ bare regex pass (time), ${corpus.label}`,
          spread(ratios).median,
          '<=',
          10,
        ),
      );
      notes.push(
        `${corpus.label}: bare pass = ${regexes.length} regular expressions from ingest/ (code patterns and one alternation per lexicon's phrase lists); ${sink > 0 ? 'matches found' : 'no matches'}.`,
      );
      if (corpus === generated && generated.manifest)
        notes.push(
          `generated 1k corpus: seed ${generated.manifest.seed}, ${generated.manifest.documents} documents.`,
        );
    }
    return { figures, targets, notes };
  },
};
