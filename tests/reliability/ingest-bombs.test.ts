import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPagesPdf, flateBombPdf, repeatedAcronymsText } from '../../bench/hardening/bomb-files.js';
import { finished, ROOT, spawnCli } from './cli.js';
import { watchPeakRss } from './serve.js';

// Issue 12 item 2, at full size: the bombs of the issue in one `lineage ingest`, with the default limits
// (only the time budget is lowered, to keep the run short). Each fails or is capped alone, the good file is
// written, and the process stays within a memory bound. Figures before/after: docs/operations.md.

/** Peak RSS of the whole ingest (main thread and extraction thread) meeting all the bombs. */
const RSS_BOUND_MB = 1024;
const FOUNDING = join(ROOT, 'corpus', 'AG-2014-RES-04.fr.md');

interface Outcome {
  file: string;
  status: string;
  reason?: string;
  message?: string;
  warnings?: Array<{ code: string; message: string }>;
}

describe('ingest bombs at full size', () => {
  const work = mkdtempSync(join(tmpdir(), 'lineage-bombs-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`each bomb fails or is capped alone, the rest is written, peak RSS under ${RSS_BOUND_MB} MB`, async () => {
    const file = (name: string, data: string | Buffer) => {
      const path = join(work, name);
      writeFileSync(path, data);
      return path;
    };
    const bombs = [
      file('pages.pdf', emptyPagesPdf(20_000)),
      file('flate.pdf', flateBombPdf(160 * 1024 * 1024)),
      file('hex-flate.pdf', flateBombPdf(160 * 1024 * 1024, { hexWrapped: true })),
      file('acronyms.fr.txt', repeatedAcronymsText(1024 * 1024)),
    ];
    const dataDir = join(work, 'data');
    const child = spawnCli(
      [
        'ingest',
        '--data-dir',
        dataDir,
        '--json',
        '--no-progress',
        '--file-timeout',
        '15',
        ...bombs,
        FOUNDING,
      ],
      { LINEAGE_LOG_LEVEL: 'info' },
    );
    const [result, sampled] = await Promise.all([finished(child, 600_000), watchPeakRss(child)]);
    expect(result.code, result.stderr).toBe(0);
    const logged = Number(/"maxRssMb":(\d+)/.exec(result.stderr)?.[1]);
    const peak = Math.max(sampled, logged);
    const { outcomes } = JSON.parse(result.stdout) as { outcomes: Outcome[] };
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['failed', 'too-many-pages'],
      ['failed', 'too-large'],
      ['failed', 'timeout'],
      ['written', undefined],
      ['written', undefined],
    ]);
    expect(outcomes[0]?.message).toMatch(/20000 pages, over the 1000 limit/);
    expect(outcomes[1]?.message).toMatch(/inflate to more than 64 MB/);
    expect(outcomes[2]?.message).toMatch(/took longer than the 15 s one file may take/);
    expect(outcomes[3]?.warnings?.map((w) => w.code)).toEqual(
      expect.arrayContaining(['EVIDENCE_CAPPED', 'MENTIONS_CAPPED']),
    );
    console.info(`ingest bombs: peak RSS ${peak.toFixed(0)} MB`);
    expect(peak).toBeLessThan(RSS_BOUND_MB);
  }, 600_000);
});
