import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { planSources } from '../../src/ingest/walk.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lineage-walk-'));
  for (const file of [
    'b.md',
    'a.txt',
    'B.html',
    'notes.docx',
    '.hidden.md',
    'sub/z.pdf',
    'sub/c.htm',
    '.git/x.md',
    'sub/SOURCES.md',
    'README.txt',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
  }
});

describe('planSources', () => {
  it('walks folders recursively in code-point order, with sources relative to the folder given', async () => {
    const plan = await planSources([dir]);
    expect(plan.items.map((i) => (i.type === 'file' ? i.source : i.path))).toEqual([
      'B.html',
      'a.txt',
      'b.md',
      'sub/c.htm',
      'sub/z.pdf',
    ]);
  });

  it('skips unsupported files and folder documentation with a note, and hidden entries silently', async () => {
    const plan = await planSources([dir]);
    expect(plan.skipped).toEqual([
      { path: join(dir, 'README.txt'), reason: 'folder-documentation' },
      { path: join(dir, 'notes.docx'), reason: 'unsupported-format' },
      { path: join(dir, 'sub', 'SOURCES.md'), reason: 'folder-documentation' },
    ]);
  });

  it('ingests a documentation-like file when it is named explicitly', async () => {
    const plan = await planSources([join(dir, 'sub', 'SOURCES.md')]);
    expect(plan.items).toEqual([
      { type: 'file', path: join(dir, 'sub', 'SOURCES.md'), source: 'SOURCES.md' },
    ]);
  });

  it('keeps arguments in the order given; a file argument is sourced by its name', async () => {
    const plan = await planSources([join(dir, 'sub', 'z.pdf'), join(dir, 'a.txt')]);
    expect(plan.items).toEqual([
      { type: 'file', path: join(dir, 'sub', 'z.pdf'), source: 'z.pdf' },
      { type: 'file', path: join(dir, 'a.txt'), source: 'a.txt' },
    ]);
  });

  it('rejects missing paths and explicitly named unsupported files, in place', async () => {
    const plan = await planSources([join(dir, 'nope.md'), join(dir, 'a.txt'), join(dir, 'notes.docx')]);
    expect(plan.items.map((i) => [i.type, i.type === 'rejected' ? i.reason : i.source])).toEqual([
      ['rejected', 'not-found'],
      ['file', 'a.txt'],
      ['rejected', 'unsupported-format'],
    ]);
    const [missing] = plan.items;
    expect(missing?.type === 'rejected' && missing.message).toBe(
      `${join(dir, 'nope.md')}: no such file or directory`,
    );
  });

  it('reads a file reached twice (repeated argument, symlinked folder) once', async () => {
    symlinkSync(join(dir, 'sub'), join(dir, 'link'));
    const plan = await planSources([join(dir, 'a.txt'), dir, join(dir, 'a.txt')]);
    const sources = plan.items.map((i) => (i.type === 'file' ? i.source : i.path));
    // "link" sorts before "sub", so the folder is reached (and named) through the link first.
    expect(sources).toEqual(['a.txt', 'B.html', 'b.md', 'link/c.htm', 'link/z.pdf']);
  });
});
