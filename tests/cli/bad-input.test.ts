import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPagesPdf, flateBombPdf, repeatedAcronymsText } from '../../bench/hardening/bomb-files.js';
import { BAD_INPUT, CORPUS, freshStore, runCli } from './run-cli.js';

const GOOD = join(CORPUS, 'AG-2014-RES-04.fr.md');

interface Outcome {
  status: string;
  file: string;
  reason?: string;
  message?: string;
}

let huge: string;

const HUGE_BYTES = 20 * 1024 * 1024;
/** Peak RSS allowed for an ingest run that meets a 20 MB file (tsx compilation included). */
const MEMORY_BOUND_MB = 768;

afterAll(() => rmSync(dirname(huge), { recursive: true, force: true }));

beforeAll(() => {
  // A 20 MB "resolution": the founding text with one recital repeated until the file reaches 20 MB,
  // as a runaway conversion might produce.
  const founding = readFileSync(GOOD, 'utf8');
  const recital = /^CONSIDÉRANT .*$/m.exec(founding)?.[0];
  if (!recital) throw new Error('the founding text has no CONSIDÉRANT recital');
  const cut = founding.indexOf('RAPPELANT');
  const filler = `${recital}\n\n`;
  const count = Math.ceil((HUGE_BYTES - Buffer.byteLength(founding)) / Buffer.byteLength(filler));
  huge = join(freshStore().dataDir, 'huge.fr.md');
  writeFileSync(huge, founding.slice(0, cut) + filler.repeat(count) + founding.slice(cut));
});

describe('lineage ingest with bad input', () => {
  it('ingests the good file, names each bad one with its reason, and exits 0', async () => {
    const { store } = freshStore();
    const bad = [
      'empty.txt',
      'whitespace.txt',
      'binary.txt',
      'broken-utf8.fr.txt',
      'german.de.md',
      'not-a-pdf.pdf',
      'truncated.pdf',
    ];
    const result = await runCli(['ingest', ...store, '--json', GOOD, ...bad.map((f) => join(BAD_INPUT, f))]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { outcomes: Outcome[] };
    expect(report.outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['written', undefined],
      ['failed', 'empty'],
      ['failed', 'empty'],
      ['failed', 'binary'],
      ['failed', 'invalid-utf8'],
      ['failed', 'unsupported-language'],
      ['failed', 'invalid-pdf'],
      ['failed', 'invalid-pdf'],
    ]);
    for (const outcome of report.outcomes.slice(1))
      expect(outcome.message).toMatch(new RegExp(`^${outcome.file}: .+`));
    const stats = await runCli(['stats', ...store, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 1 });
  });

  it('prints one line per file with the reason in the human summary', async () => {
    const { store } = freshStore();
    const result = await runCli([
      'ingest',
      ...store,
      GOOD,
      join(BAD_INPUT, 'broken-utf8.fr.txt'),
      join(BAD_INPUT, 'nope.md'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^written\s+AG-2014-RES-04\.fr\.md\s+document:\S+ \[fr\]\s+\d+ entities, \d+ relations/m,
    );
    expect(result.stdout).toContain(`failed    broken-utf8.fr.txt`);
    expect(result.stdout).toContain(
      `${join(BAD_INPUT, 'broken-utf8.fr.txt')}: not valid UTF-8 (first invalid byte at offset 44)`,
    );
    expect(result.stdout).toContain(`${join(BAD_INPUT, 'nope.md')}: no such file or directory`);
    expect(result.stdout).toMatch(/3 files: 1 written, 0 unchanged, 2 failed\./);
  });

  it('exits 1 when there was input and nothing could be ingested', async () => {
    const { store } = freshStore();
    const result = await runCli([
      'ingest',
      ...store,
      join(BAD_INPUT, 'empty.txt'),
      join(BAD_INPUT, 'binary.txt'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2 files: 0 written, 0 unchanged, 2 failed\./);
  });

  it('accepts a text in an unrecognised language when --lang is given', async () => {
    const { store } = freshStore();
    const result = await runCli([
      'ingest',
      ...store,
      '--json',
      '--lang',
      'fr',
      join(BAD_INPUT, 'german.de.md'),
    ]);
    const [outcome] = (JSON.parse(result.stdout) as { outcomes: Outcome[] }).outcomes;
    expect(outcome?.reason).not.toBe('unsupported-language');
  });

  it('refuses a file over --max-file-size and still ingests the rest', async () => {
    const { store } = freshStore();
    const result = await runCli([
      'ingest',
      ...store,
      '--json',
      '--max-file-size',
      '0.001',
      GOOD,
      join(CORPUS, 'A-RES-58-85.en.txt'),
    ]);
    const report = JSON.parse(result.stdout) as { outcomes: Outcome[] };
    expect(report.outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['failed', 'too-large'],
      ['written', undefined],
    ]);
    expect(report.outcomes[0]?.message).toMatch(/over the 1\.0 KB limit/);
  });

  it('applies the per-file limits given as options: each bomb fails or is capped alone (issue 12)', async () => {
    const { store, dataDir } = freshStore();
    const pages = join(dataDir, 'pages.pdf');
    const flate = join(dataDir, 'flate.pdf');
    const acronyms = join(dataDir, 'acronyms.fr.txt');
    writeFileSync(pages, emptyPagesPdf(30));
    writeFileSync(flate, flateBombPdf(2 * 1024 * 1024));
    writeFileSync(acronyms, repeatedAcronymsText(12 * 1024));
    const result = await runCli([
      'ingest',
      ...store,
      '--json',
      '--workers',
      '1',
      '--max-pdf-pages',
      '10',
      '--max-pdf-inflated',
      '1',
      '--max-evidence',
      '3',
      '--max-mentions',
      '5',
      pages,
      flate,
      acronyms,
      GOOD,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      outcomes: Array<Outcome & { warnings?: Array<{ code: string; message: string }> }>;
    };
    expect(report.outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['failed', 'too-many-pages'],
      ['failed', 'too-large'],
      ['written', undefined],
      ['written', undefined],
    ]);
    expect(report.outcomes[0]?.message).toMatch(/30 pages, over the 10 limit/);
    expect(report.outcomes[1]?.message).toMatch(/inflate to more than 1 MB/);
    const capped = report.outcomes[2]?.warnings?.filter((w) => w.code.endsWith('_CAPPED'));
    expect(capped?.map((w) => w.code)).toEqual(['EVIDENCE_CAPPED', 'MENTIONS_CAPPED']);
    expect(capped?.[0]?.message).toMatch(/kept the first 3 pieces of evidence of each/);
  });

  it('refuses a 20 MB file with a clear message, keeps the others, and stays within a memory bound', async () => {
    const { store } = freshStore();
    expect(readFileSync(huge).length).toBeGreaterThanOrEqual(HUGE_BYTES);
    const result = await runCli(['ingest', ...store, '--json', huge, GOOD], {
      env: { LINEAGE_LOG_LEVEL: 'info' },
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { outcomes: Outcome[] };
    expect(report.outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['failed', 'too-large'],
      ['written', undefined],
    ]);
    expect(report.outcomes[0]?.message).toMatch(
      new RegExp(
        `^${huge}: the text is 19\\.\\d M characters long, over the 4\\.0 M limit for one document$`,
      ),
    );
    const finished = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; maxRssMb?: number })
      .find((entry) => entry.msg === 'ingest finished');
    expect(finished?.maxRssMb).toBeGreaterThan(0);
    expect(finished?.maxRssMb).toBeLessThan(MEMORY_BOUND_MB);
  });
});
