/**
 * `npm run bench:load [-- --stores embedded,neo4j --connections 200 --seconds 30 --size 300]`
 *
 * Issue 7 item 6: a real `lineage serve` per store, loaded with a generated corpus, then autocannon with
 * `connections` concurrent connections for `seconds` of mixed lineage, search and entity queries. Prints
 * throughput and latency per store; exits 1 unless every reply was a 2xx without GraphQL errors.
 * Neo4j: NEO4J_URI when set (the benchmark writes into it!), else a local launcher on a free port.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../src/config.js';
import { FileSink, generateCorpus } from '../generate/index.js';
import { startNeo4j } from '../harness/neo4j.js';
import { type LoadFigures, runLoad } from './cannon.js';
import { requestBodies, seedFrom } from './mix.js';
import { runLineage, serveLineage } from './server.js';

type StoreName = 'embedded' | 'neo4j';

interface Options {
  stores: StoreName[];
  connections: number;
  seconds: number;
  size: number;
  out?: string;
  cold?: boolean;
}

/** Global CLI options and environment reaching one store, and how to release what was started for it. */
async function prepareStore(
  store: StoreName,
  work: string,
): Promise<{ args: string[]; env: Record<string, string>; release: () => Promise<void> }> {
  switch (store) {
    case 'embedded':
      return {
        args: ['--store', 'embedded', '--data-dir', join(work, 'embedded')],
        env: {},
        release: async () => {},
      };
    case 'neo4j': {
      const configured = loadConfig().neo4j;
      if (configured.uri) return { args: ['--store', 'neo4j'], env: {}, release: async () => {} };
      const neo4j = await startNeo4j(join(work, 'neo4j'), '768m', '256m');
      return { args: ['--store', 'neo4j'], env: { NEO4J_URI: neo4j.uri }, release: () => neo4j.stop() };
    }
    default:
      return store satisfies never;
  }
}

async function benchStore(
  store: StoreName,
  corpus: string,
  work: string,
  options: Options,
): Promise<LoadFigures> {
  const target = await prepareStore(store, work);
  try {
    process.stderr.write(`[${store}] ingesting ${options.size} documents...\n`);
    await runLineage(['ingest', ...target.args, '--no-progress', corpus], target.env);
    const server = await serveLineage(target.args, target.env);
    try {
      const bodies = requestBodies(await seedFrom(server.url), 500);
      process.stderr.write(
        `[${store}] ${options.connections} connections for ${options.seconds} s on ${server.url}\n`,
      );
      // A short warm-up so that the figures are of a running server, not of its first queries (--cold: none).
      if (!options.cold) await runLoad(store, server.url, bodies, 10, 3);
      return await runLoad(store, server.url, bodies, options.connections, options.seconds);
    } finally {
      await server.stop();
    }
  } finally {
    await target.release();
  }
}

function table(figures: LoadFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.store} | ${f.connections} | ${f.seconds} s | ${f.requests} | ${f.throughput.toFixed(0)} req/s | ${f.p50Ms} ms | ${f.p99Ms} ms | ${f.maxMs} ms | ${f.errors} | ${f.non2xx} | ${f.graphqlErrors} |`,
  );
  return [
    '| store | connections | duration | requests | throughput | p50 | p99 | max | errors | non-2xx | GraphQL errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main(options: Options): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'lineage-load-'));
  try {
    generateCorpus({ size: options.size, seed: 42 }, new FileSink(join(work, 'corpus')));
    const figures: LoadFigures[] = [];
    for (const store of options.stores)
      figures.push(await benchStore(store, join(work, 'corpus', 'docs'), work, options));
    console.log(table(figures));
    if (options.out) writeFileSync(options.out, `${JSON.stringify(figures, null, 2)}\n`);
    const clean = figures.every((f) => f.errors === 0 && f.non2xx === 0 && f.graphqlErrors === 0);
    if (!clean) console.error('FAILED: some requests errored, were not 2xx, or carried GraphQL errors');
    return clean ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, got "${value}"`);
  return n;
};

await new Command()
  .name('bench:load')
  .option('--stores <list>', 'stores to load, comma-separated', 'embedded,neo4j')
  .option('--connections <n>', 'concurrent connections', positive, 200)
  .option('--seconds <n>', 'duration of the measured run', positive, 30)
  .option('--size <n>', 'documents in the generated corpus', positive, 300)
  .option('--out <file>', 'also write the figures as JSON')
  .option('--cold', 'no warm-up: measure from the first requests of the server')
  .action(
    async (raw: { stores: string; connections: number; seconds: number; size: number; out?: string }) => {
      const stores = raw.stores.split(',').map((s) => s.trim());
      for (const s of stores) if (s !== 'embedded' && s !== 'neo4j') throw new Error(`unknown store "${s}"`);
      process.exitCode = await main({ ...raw, stores: stores as StoreName[] });
    },
  )
  .parseAsync();
