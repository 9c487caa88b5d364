/** `npm run bench -- [--size 10k] [--only g3,g4] [--runs N] [--seed N] [--keep]`. */
import { Command } from 'commander';
import { parseSize } from '../generate/index.js';

export interface BenchOptions {
  /** Generated corpus size for the scale sections. */
  size: number;
  sizeLabel: string;
  /** Section ids to run (all when empty). */
  only: string[];
  runs: number;
  seed: number;
  /** Requests per latency sample set. */
  requests: number;
  /** Documents written one statement per row in the naive G3 variant (the batched variant writes them all). */
  naiveDocs: number;
  outDir: string;
  /** Scratch directory (stores, Neo4j home); two concurrent runs need different ones. */
  workDir: string;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const program = new Command()
    .name('bench')
    .description('Decision Lineage benchmarks (see docs/performance.md)')
    .option('--size <n>', 'generated corpus size: 1k, 10k, 100k', '10k')
    .option(
      '--only <ids>',
      'comma-separated section ids (extract|g4, recall, g3, embedded, g6|lineage, g1, g2, memory)',
      '',
    )
    .option('--runs <n>', 'interleaved runs per figure', '5')
    .option('--seed <n>', 'generator seed', '42')
    .option('--requests <n>', 'queries per latency run', '200')
    .option('--naive-docs <n>', 'documents in the one-statement-per-row load (G3)', '200')
    .option('--out <dir>', 'results directory', 'bench/results')
    .option('--work <dir>', 'scratch directory for stores and the Neo4j home', 'bench/work')
    .exitOverride();
  program.parse(argv as string[], { from: 'user' });
  const o = program.opts<{
    size: string;
    only: string;
    runs: string;
    seed: string;
    requests: string;
    naiveDocs: string;
    out: string;
    work: string;
  }>();
  const int = (name: string, text: string, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be an integer >= ${min}, got "${text}"`);
    return n;
  };
  return {
    size: parseSize(o.size),
    sizeLabel: o.size,
    only: o.only
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    runs: int('runs', o.runs, 1),
    seed: int('seed', o.seed, 0),
    requests: int('requests', o.requests, 10),
    naiveDocs: int('naive-docs', o.naiveDocs, 1),
    outDir: o.out,
    workDir: o.work,
  };
}
