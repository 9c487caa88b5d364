/**
 * `npm run bench [-- --size 10k|100k] [--only g3,g4] [--runs N]`: runs the sections, then writes
 * bench/results/<date>.json and bench/results/<date>.md. A section whose prerequisites are missing is
 * reported as "not run: <reason>"; one that throws is reported as failed; neither stops the others.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './harness/args.js';
import { BenchContext } from './harness/context.js';
import { machineInfo } from './harness/machine.js';
import { renderMarkdown } from './harness/report.js';
import { type BenchReport, NotRun, type SectionResult } from './harness/result.js';
import { SECTIONS } from './sections/index.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  const unknown = options.only.filter((id) => !SECTIONS.some((s) => s.id === id || s.aliases.includes(id)));
  if (unknown.length)
    throw new Error(
      `Unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => [s.id, ...s.aliases].join('|')).join(', ')}`,
    );
  const selected = SECTIONS.filter(
    (s) => options.only.length === 0 || options.only.some((id) => id === s.id || s.aliases.includes(id)),
  );
  const startedAt = new Date().toISOString();
  const report: BenchReport = {
    startedAt,
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    options: { ...options },
    machine: machineInfo(),
    sections: [],
  };
  const ctx = new BenchContext(options);
  mkdirSync(options.outDir, { recursive: true });
  const stamp = startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const base = join(options.outDir, stamp);
  // Written after every section, so a long run interrupted midway still leaves what it measured.
  const save = (): void => {
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(`${base}.md`, renderMarkdown(report));
  };
  try {
    for (const section of selected) {
      process.stderr.write(`bench: ${section.id}: ${section.title}\n`);
      const started = performance.now();
      let result: SectionResult;
      try {
        const out = await section.run(ctx);
        result = {
          id: section.id,
          title: section.title,
          status: 'ok',
          seconds: (performance.now() - started) / 1000,
          ...out,
        };
      } catch (error) {
        result =
          error instanceof NotRun
            ? { id: section.id, title: section.title, status: 'not-run', reason: error.message }
            : {
                id: section.id,
                title: section.title,
                status: 'failed',
                error: (error as Error).stack ?? String(error),
              };
      }
      process.stderr.write(
        `bench: ${section.id}: ${result.status === 'ok' ? `done in ${result.seconds.toFixed(0)} s` : result.status === 'not-run' ? `not run: ${result.reason}` : `FAILED: ${result.error.split('\n')[0]}`}\n`,
      );
      report.sections.push(result);
      save();
    }
  } finally {
    await ctx.close();
  }
  save();
  process.stderr.write(`bench: wrote ${base}.json and ${base}.md\n`);
}

main().catch((error: unknown) => {
  // --help and --version print their text and exit quietly.
  if ((error as { code?: string }).code === 'commander.helpDisplayed') return;
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
