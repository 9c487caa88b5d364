import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import { acquireIngestLock } from '../../src/graph/embedded/writerLock.js';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Start a process that holds the lock; resolves once it does. */
async function holdInChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'hold-lock.ts'), dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

describe('acquireIngestLock', () => {
  it('lets one writer in at a time and the next one in after release', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lineage-lock-'));
    const first = await acquireIngestLock(dataDir, { waitMs: 0 });
    const waits: string[] = [];
    const error = await acquireIngestLock(dataDir, {
      waitMs: 300,
      onWait: (holder) => waits.push(holder),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Another ingest \\(pid ${process.pid}, since [0-9T:.-]+Z\\) is writing to ${dataDir}; gave up after 0 s`,
      ),
    );
    expect(waits).toHaveLength(1);
    first.release();
    const second = await acquireIngestLock(dataDir, { waitMs: 0 });
    second.release();
  });

  it('waits for the holder to finish instead of failing, within the timeout', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lineage-lock-'));
    const first = await acquireIngestLock(dataDir, { waitMs: 0 });
    let released = false;
    setTimeout(() => {
      released = true;
      first.release();
    }, 300);
    const second = await acquireIngestLock(dataDir, { waitMs: 5_000 });
    // Causal, not timed: the second ingest got the lock only once the first let go.
    expect(released).toBe(true);
    second.release();
  });

  it('is held across processes and freed at once when the holder is killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lineage-lock-'));
    const child = await holdInChild(dataDir);
    const blocked = await acquireIngestLock(dataDir, { waitMs: 200 }).catch((e: unknown) => e);
    expect((blocked as Error).message).toContain(`pid ${child.pid}`);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const lock = await acquireIngestLock(dataDir, { waitMs: 2_000 });
    lock.release();
  });
});
