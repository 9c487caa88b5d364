import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Prng } from '../../bench/generate/index.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { GraphStore, StoreStats } from '../../src/graph/store.js';
import { finished, runCli, spawnCli } from './cli.js';
import { type DocumentFacts, documentFacts } from './document-facts.js';
import { generatedCorpus } from './generated-corpus.js';

/** One store under test: how the CLI reaches it, how to empty it, how to open it in this process. */
export interface CrashTarget {
  /** Global CLI options and environment selecting the store of iteration `i`. */
  cli(i: number): { args: string[]; env: Record<string, string> };
  /** Empties (or creates) the store of iteration `i`. */
  reset(i: number): Promise<void>;
  /** Opens the store of iteration `i`; the caller closes it. */
  open(i: number): Promise<GraphStore>;
}

export const KILLS = 20;
const DOCUMENTS = 40;
// Small batches: a kill then lands between, inside and around many commits.
const BATCH = ['--batch-size', '3', '--no-progress'];

interface Report {
  totals: { files: number; written: number; unchanged: number; failed: number };
  outcomes: Array<{ document?: string }>;
}

/**
 * Issue 7 item 2 for one store: `lineage ingest` is SIGKILLed at seeded random points; each time the store
 * must open, hold every document wholly or not at all (compared with a clean ingest of the same files), and
 * a re-run must complete the ingest with the right counts.
 */
export function crashSuite(target: CrashTarget, seed: number): void {
  const corpus = generatedCorpus(DOCUMENTS, seed);
  let ids: string[] = [];
  let reference: Map<string, DocumentFacts>;
  let referenceStats: StoreStats;
  const referenceDir = mkdtempSync(join(tmpdir(), 'lineage-crash-reference-'));
  afterAll(() => {
    rmSync(join(corpus, '..'), { recursive: true, force: true });
    rmSync(referenceDir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    // The reference: one uninterrupted ingest into a fresh embedded store.
    const dataDir = referenceDir;
    const clean = await runCli([
      'ingest',
      '--store',
      'embedded',
      '--data-dir',
      dataDir,
      '--json',
      ...BATCH,
      corpus,
    ]);
    expect(clean.code, clean.stderr).toBe(0);
    const report = JSON.parse(clean.stdout) as Report;
    expect(report.totals).toMatchObject({ files: DOCUMENTS, written: DOCUMENTS, failed: 0 });
    ids = report.outcomes.map((o) => o.document!);
    const store = new EmbeddedStore(dataDir);
    await store.init();
    try {
      reference = await documentFacts(store, ids);
      referenceStats = await store.stats();
    } finally {
      await store.close();
    }
  }, 600_000);

  it(`survives ${KILLS} SIGKILLs at random points of an ingest`, async () => {
    const random = new Prng(seed);
    let landedMidIngest = 0;
    for (let i = 0; i < KILLS; i++) {
      await target.reset(i);
      const { args, env } = target.cli(i);
      // Kill after the k-th file was reported written, plus a few ms: inside the next extraction or write.
      const afterFiles = Math.floor(random.next() * DOCUMENTS);
      const extraMs = Math.floor(random.next() * 40);
      const child = spawnCli(['ingest', ...args, ...BATCH, corpus], { ...env, LINEAGE_LOG_LEVEL: 'debug' });
      const done = finished(child);
      let reported = 0;
      createInterface({ input: child.stderr! }).on('line', (line) => {
        if (line.includes('"msg":"ingested"') && ++reported === afterFiles + 1) {
          setTimeout(() => child.kill('SIGKILL'), extraMs);
        }
      });
      if (afterFiles === 0) setTimeout(() => child.kill('SIGKILL'), 300 + extraMs * 20);
      const killed = await done;

      const store = await target.open(i);
      let present = 0;
      try {
        const facts = await documentFacts(store, ids);
        for (const id of ids) {
          const found = facts.get(id)!;
          expect(found.state, `${id} after kill ${i}`).not.toBe('partial');
          if (found.state === 'present') {
            present++;
            expect(found, `${id} after kill ${i}`).toEqual(reference.get(id));
          }
        }
      } finally {
        await store.close();
      }
      if (killed.signal === 'SIGKILL' && present > 0 && present < DOCUMENTS) landedMidIngest++;

      const rerun = await runCli(['ingest', ...args, '--json', ...BATCH, corpus], env);
      expect(rerun.code, rerun.stderr).toBe(0);
      const totals = (JSON.parse(rerun.stdout) as Report).totals;
      expect(totals, `re-run after kill ${i}`).toEqual(
        expect.objectContaining({
          files: DOCUMENTS,
          written: DOCUMENTS - present,
          unchanged: present,
          failed: 0,
        }),
      );
      const after = await target.open(i);
      try {
        expect(await after.stats()).toEqual(referenceStats);
        expect(await documentFacts(after, ids)).toEqual(reference);
      } finally {
        await after.close();
      }
    }
    // Otherwise the test proved nothing: most kills must have cut an ingest in the middle.
    expect(landedMidIngest).toBeGreaterThanOrEqual(KILLS / 2);
  }, 1_800_000);
}
