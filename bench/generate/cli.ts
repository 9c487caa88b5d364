/**
 * `tsx bench/generate/cli.ts --size 10k --seed 42 --out bench/corpora/10k`
 * Writes <out>/docs/**, <out>/planted.json and <out>/manifest.json.
 */
import { Command } from 'commander';
import { generateCorpus } from './generate.js';
import { FileSink } from './sink.js';
import { parseSize } from './size.js';

const program = new Command()
  .name('generate-corpus')
  .description('Generate a deterministic corpus of resolutions with the facts it plants')
  .option('--size <n>', 'documents: 1k, 10k, 100k or a number', '1k')
  .option('--seed <n>', 'PRNG seed', '42')
  .option('--out <dir>', 'output directory (replaced)', '')
  .action((opts: { size: string; seed: string; out: string }) => {
    const size = parseSize(opts.size);
    const seed = Number(opts.seed);
    if (!Number.isInteger(seed)) throw new Error(`Invalid seed "${opts.seed}": expected an integer`);
    const out = opts.out || `bench/corpora/${opts.size}-seed${seed}`;
    const started = performance.now();
    const manifest = generateCorpus({ size, seed }, new FileSink(out));
    const seconds = (performance.now() - started) / 1000;
    const deepest = manifest.probes[0]?.depth ?? 0;
    console.log(
      `${manifest.documents} documents (${(manifest.bytes / 1e6).toFixed(1)} MB), ${manifest.plantedNodes} planted nodes, ` +
        `${manifest.plantedEdges} planted edges, deepest chain ${deepest} resolutions, in ${seconds.toFixed(1)} s -> ${out}`,
    );
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
