import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { planSources } from '../../src/ingest/walk.js';
import { fakeExtractor, MemoryStore } from './fake-extractor.js';

/** Folders whose listing fails with EACCES: tests run as root too, where chmod 000 would not stop readdir. */
const unreadable = new Set<string>();
// A spy on the shared module object rather than vi.mock: the unit tier runs without per-file isolation.
const realReaddir = fs.readdir.bind(fs);
vi.spyOn(fs, 'readdir').mockImplementation((async (path: string, options?: unknown) => {
  if (unreadable.has(String(path))) {
    throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
  }
  return (realReaddir as (p: string, o?: unknown) => Promise<unknown>)(path, options);
}) as unknown as typeof fs.readdir);
afterAll(() => vi.restoreAllMocks());

function corpusWithLockedFolder(): { dir: string; locked: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-walk-errors-'));
  writeFileSync(join(dir, 'a.md'), 'La résolution AG-2014-RES-04\nRAPPELANT la résolution AG-2010-RES-08,\n');
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'hidden.md'), 'La résolution AG-2010-RES-08\n');
  writeFileSync(join(dir, 'z.md'), 'La résolution AG-2013-RES-01\n');
  unreadable.add(locked);
  return { dir, locked };
}

describe('walk errors become failed outcomes (issue 12)', () => {
  it('an unreadable sub-folder is a rejected path naming it; its siblings are still planned', async () => {
    const { dir, locked } = corpusWithLockedFolder();
    const plan = await planSources([dir]);
    expect(plan.items.map((i) => i.type)).toEqual(['file', 'rejected', 'file']);
    const rejected = plan.items.find((i) => i.type === 'rejected');
    expect(rejected).toMatchObject({ path: locked, reason: 'unreadable' });
    expect(rejected && 'message' in rejected ? rejected.message : '').toContain('EACCES');
  });

  it('the ingest writes the other files and reports the folder as failed', async () => {
    const { dir, locked } = corpusWithLockedFolder();
    const store = new MemoryStore();
    const report = await ingestPaths([dir], { store, extractor: fakeExtractor });
    expect(report.totals.written).toBe(2);
    expect(report.totals.failed).toBe(1);
    const failed = report.outcomes.find((o) => o.status === 'failed');
    expect(failed?.source).toBe(locked);
  });

  it('a symbolic link loop is walked once and never hangs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineage-walk-loop-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.md'), 'La résolution AG-2014-RES-04\n');
    symlinkSync(dir, join(dir, 'sub', 'back')); // sub/back -> the root: a cycle
    symlinkSync(join(dir, 'self'), join(dir, 'self')); // a link to itself: ELOOP
    const plan = await planSources([dir]);
    expect(plan.items.filter((i) => i.type === 'file').map((i) => i.path)).toEqual([
      join(dir, 'sub', 'a.md'),
    ]);
  });
});
