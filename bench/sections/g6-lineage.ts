/**
 * Lineage latency on both stores (issue 3) at depth 3, 6 and 10, G6 (embedded ÷ Neo4j p50), search
 * latency on both, and a check that both stores give identical answers to every benchmarked query.
 */
import { join } from 'node:path';
import type { LineageQuery } from '../../src/graph/store.js';
import { diskMiB } from '../harness/disk.js';
import { interleave } from '../harness/interleave.js';
import { type LatencyRun, measureLatency } from '../harness/latency.js';
import { lineageStarts } from '../harness/probes.js';
import { check, type Figure, type TargetCheck } from '../harness/result.js';
import { firstDifference } from '../harness/same.js';
import { spread } from '../harness/stats.js';
import type { Section } from './section.js';

export const DEPTHS = [3, 6, 10] as const;
const SEARCH_TERMS = [
  'cybercriminalité',
  'cybercrime',
  'working group',
  'groupe de travail',
  'metrology',
  'terrorism',
];

export const g6Section: Section = {
  id: 'g6',
  aliases: ['lineage', 'search'],
  title: 'Lineage and search latency on both stores, G6 (embedded ÷ Neo4j), identical answers',
  async run(ctx) {
    const corpus = await ctx.queryCorpus();
    const { embedded, neo4j } = await ctx.loadedStores();
    const starts = await lineageStarts(embedded, corpus.manifest);
    const figures: Figure[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const mismatches: string[] = [];
    let compared = 0;
    const runs = ctx.options.runs;
    const n = ctx.options.requests;

    for (const depth of DEPTHS) {
      const query = (i: number): LineageQuery => ({
        id: starts[i % starts.length] as string,
        direction: 'UPSTREAM',
        depth,
      });
      let reached = 0;
      for (let i = 0; i < starts.length; i++) {
        const [a, b] = await Promise.all([embedded.lineage(query(i)), neo4j.lineage(query(i))]);
        compared++;
        reached = Math.max(reached, a.nodes.length);
        const diff = firstDifference(a, b);
        if (diff) mismatches.push(`lineage ${query(i).id} depth ${depth}: ${diff}`);
      }
      const runsOf: Record<'embedded' | 'neo4j', LatencyRun[]> = { embedded: [], neo4j: [] };
      await interleave(runs, {
        embedded: async () => {
          const r = await measureLatency(n, 1, (i) => embedded.lineage(query(i)));
          runsOf.embedded.push(r);
          return r.p50;
        },
        neo4j: async () => {
          const r = await measureLatency(n, 1, (i) => neo4j.lineage(query(i)));
          runsOf.neo4j.push(r);
          return r.p50;
        },
      });
      for (const store of ['embedded', 'neo4j'] as const) {
        figures.push(
          {
            name: `lineage depth ${depth} upstream, ${store} p50`,
            unit: 'ms',
            ...spread(runsOf[store].map((r) => r.p50)),
          },
          {
            name: `lineage depth ${depth} upstream, ${store} p99`,
            unit: 'ms',
            ...spread(runsOf[store].map((r) => r.p99)),
          },
        );
      }
      const ratio = runsOf.embedded.map((r, i) => r.p50 / runsOf.neo4j[i]!.p50);
      figures.push({ name: `G6 embedded ÷ Neo4j p50, depth ${depth}`, unit: 'ratio', ...spread(ratio) });
      targets.push(
        check('G6', `embedded ÷ Neo4j lineage p50, depth ${depth}`, spread(ratio).median, '<=', 0.1),
      );
      notes.push(
        `depth ${depth}: ${starts.length} start nodes (ends of the deepest planted chains), largest answer ${reached} nodes.`,
      );
    }

    const search = (i: number) => ({ text: SEARCH_TERMS[i % SEARCH_TERMS.length] as string, first: 20 });
    for (let i = 0; i < SEARCH_TERMS.length; i++) {
      const [a, b] = await Promise.all([embedded.search(search(i)), neo4j.search(search(i))]);
      compared++;
      const ids = (p: typeof a) => ({ ids: p.items.map((h) => h.node.id), hasNextPage: p.hasNextPage });
      const diff = firstDifference(ids(a), ids(b));
      if (diff) mismatches.push(`search "${search(i).text}": ${diff}`);
    }
    const searchRuns: Record<'embedded' | 'neo4j', LatencyRun[]> = { embedded: [], neo4j: [] };
    await interleave(runs, {
      embedded: async () => {
        const r = await measureLatency(n, 1, (i) => embedded.search(search(i)));
        searchRuns.embedded.push(r);
        return r.p50;
      },
      neo4j: async () => {
        const r = await measureLatency(n, 1, (i) => neo4j.search(search(i)));
        searchRuns.neo4j.push(r);
        return r.p50;
      },
    });
    for (const store of ['embedded', 'neo4j'] as const)
      figures.push(
        {
          name: `search (first 20), ${store} p50`,
          unit: 'ms',
          ...spread(searchRuns[store].map((r) => r.p50)),
        },
        {
          name: `search (first 20), ${store} p99`,
          unit: 'ms',
          ...spread(searchRuns[store].map((r) => r.p99)),
        },
      );

    const neo = await ctx.neo4j();
    const disk = (name: string, dir: string): Figure => {
      const mib = diskMiB(dir);
      return { name, unit: 'MiB', median: mib, min: mib, max: mib, runs: 1 };
    };
    figures.push(
      disk(`Neo4j home on disk (store files and transaction logs), ${corpus.label}`, neo.home),
      disk(`embedded store on disk, ${corpus.label}`, join(ctx.workDir, 'embedded-query')),
    );

    targets.push(
      check('same', `queries where the stores' answers differ (of ${compared})`, mismatches.length, '<=', 0),
    );
    notes.push(
      `${compared} benchmarked queries compared between the stores; ${mismatches.length} differ (search compared by ids and order).`,
    );
    notes.push(...mismatches.slice(0, 5));
    notes.push(`${corpus.label}: ${corpus.files} documents.`);
    return { figures, targets, notes, details: { starts, mismatches } };
  },
};
