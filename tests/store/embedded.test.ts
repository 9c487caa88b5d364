import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { DOC, foundingExtraction, ID } from '../fixtures/contract/index.js';
import { generatedExtraction, generatedId, LARGE_ID, SHARED_BODY } from './generated.js';

const root = mkdtempSync(join(tmpdir(), 'lineage-embedded-'));
let n = 0;
const freshDir = () => join(root, String(n++));
const SCRIPT = fileURLToPath(new URL('./scripts/write.ts', import.meta.url));

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openStore(dir: string, busyTimeoutMs?: number): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(dir, { busyTimeoutMs });
  await store.init();
  return store;
}

/** Start the writer script; resolves each stdout line to `onLine`. */
function writer(
  dir: string,
  ...args: string[]
): { child: ChildProcess; output: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { child, output, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function integrity(dir: string): string {
  const db = new Database(join(dir, 'lineage.sqlite'), { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

describe('EmbeddedStore on disk', () => {
  it('keeps everything in <dataDir>/lineage.sqlite (WAL) across close and reopen', async () => {
    const dir = freshDir();
    const first = await openStore(dir);
    await first.writeDocuments([foundingExtraction()]);
    const exported = JSON.stringify(await first.exportAll());
    const lineage = await first.lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 3 });
    await first.close();
    expect(existsSync(join(dir, 'lineage.sqlite'))).toBe(true);
    const again = await openStore(dir);
    expect(JSON.stringify(await again.exportAll())).toBe(exported);
    expect(await again.lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 3 })).toEqual(lineage);
    expect(await again.writeDocuments([foundingExtraction()])).toEqual([
      { status: 'unchanged', document: DOC.founding },
    ]);
    expect(await again.health()).toEqual({ ok: true });
    await again.close();
    const db = new Database(join(dir, 'lineage.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('a process killed in the middle of a large write leaves the document wholly present or wholly absent', async () => {
    const dir = freshDir();
    const seeded = await openStore(dir);
    await seeded.writeDocuments([foundingExtraction()]);
    const before = JSON.stringify(await seeded.exportAll());
    await seeded.close();
    let killedMidWrite = 0;
    for (const delay of [150, 400, 900]) {
      const run = writer(dir, 'large', '20000');
      await waitFor(() => run.output.includes('writing'), 30_000);
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      await run.exited;
      if (!run.output.some((l) => l.startsWith('done'))) killedMidWrite++;
      expect(integrity(dir)).toBe('ok');
      const store = await openStore(dir);
      const stats = await store.stats();
      const [doc] = await store.getDocuments([LARGE_ID]);
      if (doc) {
        expect([stats.documents, stats.nodes, stats.edges]).toEqual([2, 12 + 20_001, 13 + 20_000]);
      } else {
        expect([stats.documents, stats.nodes, stats.edges]).toEqual([1, 12, 13]);
        expect(JSON.stringify(await store.exportAll())).toBe(before);
      }
      // Clean up for the next round so every kill starts from the same state.
      await store.removeDocument(LARGE_ID);
      await store.close();
    }
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 180_000);

  it('two processes ingesting at once both succeed and give the same graph as one process', async () => {
    const dir = freshDir();
    await (await openStore(dir)).close();
    const a = writer(dir, 'range', '0', '150');
    const b = writer(dir, 'range', '150', '300');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    expect(integrity(dir)).toBe('ok');
    const concurrent = await openStore(dir);
    const sequential = await openStore(freshDir());
    await sequential.writeDocuments(Array.from({ length: 300 }, (_, i) => generatedExtraction(i)));
    expect(await concurrent.stats()).toMatchObject({ documents: 300, nodes: 302, edges: 600 });
    expect(JSON.stringify(await concurrent.exportAll())).toBe(JSON.stringify(await sequential.exportAll()));
    await concurrent.close();
    await sequential.close();
  }, 120_000);

  it("sees another connection's writes in traversals (the adjacency index is refreshed)", async () => {
    const dir = freshDir();
    const reader = await openStore(dir);
    const writerStore = await openStore(dir);
    await writerStore.writeDocuments([generatedExtraction(1)]);
    const one = await reader.lineage({ id: SHARED_BODY, direction: 'BOTH', depth: 1 });
    expect(one.nodes.map((x) => x.node.id)).toEqual([SHARED_BODY, generatedId(1)]);
    await writerStore.writeDocuments([generatedExtraction(2)]);
    const two = await reader.lineage({ id: SHARED_BODY, direction: 'BOTH', depth: 1 });
    expect(two.nodes.map((x) => x.node.id)).toEqual([SHARED_BODY, generatedId(1), generatedId(2)]);
    expect((await reader.lineageCounts({ id: SHARED_BODY, direction: 'BOTH', depth: 2 })).nodes).toBe(4);
    await reader.close();
    await writerStore.close();
  });

  it('opened with writerLock, holds the data directory against other writers (not readers) until closed', async () => {
    const dir = freshDir();
    const first = new EmbeddedStore(dir, { writerLock: { waitMs: 0 } });
    await first.init();
    const second = new EmbeddedStore(dir, { writerLock: { waitMs: 0 } });
    await expect(second.init()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const reader = await openStore(dir);
    expect(await reader.isEmpty()).toBe(true);
    await first.close();
    await second.init();
    await second.close();
    await reader.close();
  });

  it("drops decoded rows with the index: a node changed by another connection's write reads fresh", async () => {
    const dir = freshDir();
    const reader = await openStore(dir);
    const writerStore = await openStore(dir);
    await writerStore.writeDocuments([generatedExtraction(1)]);
    const aliases = async () =>
      (await reader.lineage({ id: SHARED_BODY, direction: 'BOTH', depth: 1 })).nodes[0]!.node.aliases;
    expect(await aliases()).toEqual(['Shared Group 1']);
    // Read twice: the second answer comes from the decoded rows.
    expect(await aliases()).toEqual(['Shared Group 1']);
    await writerStore.writeDocuments([generatedExtraction(2)]);
    expect(await aliases()).toEqual(['Shared Group 1', 'Shared Group 2']);
    await reader.writeDocuments([generatedExtraction(3)]);
    expect(await aliases()).toEqual(['Shared Group 0', 'Shared Group 1', 'Shared Group 2']);
    await reader.close();
    await writerStore.close();
  });

  it('reports a lock held beyond the timeout as UNAVAILABLE, and reads still work meanwhile', async () => {
    const dir = freshDir();
    const store = await openStore(dir, 200);
    await store.writeDocuments([generatedExtraction(1)]);
    const other = new Database(join(dir, 'lineage.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      await expect(store.writeDocuments([generatedExtraction(2)])).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringContaining('locked by another process'),
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
      expect((await store.stats()).documents).toBe(1);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.writeDocuments([generatedExtraction(2)])).toMatchObject([{ status: 'written' }]);
    await store.close();
  });

  it('reports a data directory that cannot be opened as UNAVAILABLE', async () => {
    const file = join(root, `not-a-dir-${n++}`);
    writeFileSync(file, 'x');
    await expect(openStore(file)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const garbage = freshDir();
    mkdirSync(garbage);
    writeFileSync(join(garbage, 'lineage.sqlite'), Buffer.alloc(4096, 7));
    await expect(openStore(garbage)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
