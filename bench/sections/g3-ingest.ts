/**
 * G3 (issue 6): loading into Neo4j, batched vs one statement per row, nodes/s and relationships/s,
 * interleaved runs on a freshly emptied database; plus the batched load of the whole generated corpus and
 * the embedded store's load time. Both are the Neo4j store's own write modes, fed the same extractions in
 * the pipeline's calls of 50 documents, and build the same graph (tests/neo4j/writers.test.ts):
 * - batched (the default): one transaction per call, three statements whatever its size: lock and read the
 *   documents, lock and read the nodes and relationships it touches, write everything with one UNWIND per
 *   label and type (src/graph/neo4j/write/applyBatch.ts);
 * - naive: the textbook loader, one document after the other, every read and write of a single row (a
 *   document, a node, a relationship, a contribution link) its own parameterised statement without UNWIND,
 *   each in its own auto-commit transaction (bench/neo4j-naive/applyNaive.ts). It merges with the same
 *   plan as the batched writer, so it writes the same rows; only the statements and transactions differ.
 */

import type { GraphStore } from '../../src/graph/store.js';
import type { Extraction } from '../../src/model/index.js';
import { type Corpus, writeAll } from '../harness/context.js';
import { interleave, timed } from '../harness/interleave.js';
import { clearNeo4j } from '../harness/neo4j.js';
import { check, type Figure, type TargetCheck } from '../harness/result.js';
import { spread } from '../harness/stats.js';
import type { Section } from './section.js';

interface Load {
  ms: number;
  nodes: number;
  edges: number;
}

async function load(store: GraphStore, extractions: Extraction[]): Promise<Load> {
  const ms = await timed(() => writeAll(store, extractions));
  const stats = await store.stats();
  return { ms, nodes: stats.nodes, edges: stats.edges };
}

const rate = (count: number, ms: number): number => (count * 1000) / ms;

export const g3Section: Section = {
  id: 'g3',
  aliases: ['ingest', 'load'],
  title: 'G3 load into Neo4j (batched vs one statement per row) and embedded store load time',
  async run(ctx) {
    const server = await ctx.neo4j();
    const batched = await ctx.openNeo4jStore('batched');
    const naive = await ctx.openNeo4jStore('naive');
    ctx.onCleanup(async () => {
      await batched.close();
      await naive.close();
    });
    const runs = Math.min(ctx.options.runs, 3);
    const figures: Figure[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const corpora: Array<{ corpus: Corpus; extractions: Extraction[] }> = [
      { corpus: await ctx.sample(), extractions: (await ctx.sampleExtracted()).extractions },
      { corpus: await ctx.queryCorpus(), extractions: (await ctx.queryExtracted()).extractions },
    ];
    // Untimed warm-up of both writers on a fresh server: JIT compilation and Cypher planning happen once
    // per server, not per load, and would otherwise land on whichever variant runs first.
    for (const store of [batched, naive]) {
      await clearNeo4j(server.uri);
      ctx.neo4jHoldsQueryCorpus = false;
      await writeAll(store, corpora[0]!.extractions);
    }
    notes.push(
      'Both writers load the sample corpus once, untimed, before the timed runs (JVM and plan warm-up).',
    );
    for (const { corpus, extractions } of corpora) {
      const subset = extractions.slice(0, ctx.options.naiveDocs);
      const loads: Record<'batched' | 'naive', Load[]> = { batched: [], naive: [] };
      await interleave(runs, {
        batched: async () => {
          await clearNeo4j(server.uri);
          ctx.neo4jHoldsQueryCorpus = false;
          const l = await load(batched, subset);
          loads.batched.push(l);
          return l.ms;
        },
        naive: async () => {
          await clearNeo4j(server.uri);
          ctx.neo4jHoldsQueryCorpus = false;
          const l = await load(naive, subset);
          loads.naive.push(l);
          return l.ms;
        },
      });
      const label = `${corpus.label}, ${subset.length} docs`;
      const nodeRatio = loads.batched.map(
        (b, i) => rate(b.nodes, b.ms) / rate(loads.naive[i]!.nodes, loads.naive[i]!.ms),
      );
      const edgeRatio = loads.batched.map(
        (b, i) => rate(b.edges, b.ms) / rate(loads.naive[i]!.edges, loads.naive[i]!.ms),
      );
      for (const mode of ['batched', 'naive'] as const) {
        figures.push(
          {
            name: `Neo4j ${mode}, ${label}: nodes`,
            unit: 'nodes/s',
            ...spread(loads[mode].map((l) => rate(l.nodes, l.ms))),
          },
          {
            name: `Neo4j ${mode}, ${label}: relationships`,
            unit: 'rels/s',
            ...spread(loads[mode].map((l) => rate(l.edges, l.ms))),
          },
        );
      }
      figures.push(
        { name: `G3 batched ÷ naive nodes/s, ${label}`, unit: 'ratio', ...spread(nodeRatio) },
        { name: `G3 batched ÷ naive rels/s, ${label}`, unit: 'ratio', ...spread(edgeRatio) },
      );
      targets.push(
        check('G3', `batched ÷ naive nodes/s (${label})`, spread(nodeRatio).median, '>=', 30),
        check('G3', `batched ÷ naive relationships/s (${label})`, spread(edgeRatio).median, '>=', 8),
      );
      notes.push(
        `${label}: ${loads.batched[0]?.nodes} nodes and ${loads.batched[0]?.edges} relationships stored per load.`,
      );

      // Throughput at scale: the whole corpus once (it then stays loaded for the query sections).
      if (subset.length < extractions.length) {
        await clearNeo4j(server.uri);
        const full = await load(batched, extractions);
        ctx.neo4jHoldsQueryCorpus = corpus === corpora[1]?.corpus;
        figures.push(
          {
            name: `Neo4j batched, ${corpus.label} (all ${extractions.length} docs): nodes`,
            unit: 'nodes/s',
            ...spread([rate(full.nodes, full.ms)]),
          },
          {
            name: `Neo4j batched, ${corpus.label} (all ${extractions.length} docs): relationships`,
            unit: 'rels/s',
            ...spread([rate(full.edges, full.ms)]),
          },
          {
            name: `Neo4j batched load time, ${corpus.label} (all docs)`,
            unit: 's',
            ...spread([full.ms / 1000]),
          },
        );
        notes.push(
          `${corpus.label}, all ${extractions.length} docs: ${full.nodes} nodes and ${full.edges} relationships stored.`,
        );
      }

      const embeddedMs: number[] = [];
      for (let run = 0; run < runs; run++) {
        const store = await ctx.openEmbeddedStore('embedded-load', true);
        embeddedMs.push((await load(store, extractions)).ms);
        await store.close();
      }
      figures.push({
        name: `embedded store load time, ${corpus.label} (${extractions.length} docs)`,
        unit: 's',
        ...spread(embeddedMs.map((ms) => ms / 1000)),
      });
    }
    notes.push(
      'Load times cover store writes only (texts are extracted once beforehand); the database is emptied before each Neo4j run.',
    );
    return { figures, targets, notes };
  },
};
