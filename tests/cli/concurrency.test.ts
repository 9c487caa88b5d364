import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS, freshStore, ROOT, runCli } from './run-cli.js';

const holders: ChildProcess[] = [];

afterEach(() => {
  for (const child of holders.splice(0)) child.kill('SIGKILL');
});

/** Another process holding the data directory's ingest lock, as a running ingest would. */
async function holdLock(dataDir: string): Promise<ChildProcess> {
  const script = join(ROOT, 'tests', 'ingest', 'hold-lock.ts');
  const holder = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  holders.push(holder);
  await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
  return holder;
}

describe('two ingests into the same embedded store', () => {
  it('are serialised and end in the same graph as one ingest', async () => {
    const { store } = freshStore();
    const [a, b] = await Promise.all([
      runCli(['ingest', ...store, CORPUS]),
      runCli(['ingest', ...store, CORPUS]),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const reference = freshStore();
    await runCli(['ingest', ...reference.store, CORPUS]);
    const [ours, theirs] = await Promise.all([
      runCli(['export', ...store]),
      runCli(['export', ...reference.store]),
    ]);
    expect(ours.stdout).toBe(theirs.stdout);
  }, 180_000);

  it('waits for a running ingest to finish, then proceeds', async () => {
    const { dataDir, store } = freshStore();
    const holder = await holdLock(dataDir);
    const result = await runCli(['ingest', ...store, join(CORPUS, 'AG-2014-RES-04.fr.md')], {
      onStderr: (chunk) => {
        if (chunk.includes('Waiting for another ingest')) holder.kill('SIGKILL');
      },
    });
    expect(result.stderr).toContain(`Waiting for another ingest into ${dataDir} (pid ${holder.pid}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 file: 1 written/);
  }, 60_000);

  it('fails with a clear message naming the holder when the lock is not freed in time', async () => {
    const { dataDir, store } = freshStore();
    const holder = await holdLock(dataDir);
    const result = await runCli(['ingest', ...store, '--lock-timeout', '0.5', CORPUS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Waiting for another ingest into ${dataDir} (pid ${holder.pid}`);
    const gaveUp = `lineage: Another ingest \\(pid ${holder.pid}, since .+\\) is writing to ${dataDir}; gave up after`;
    expect(result.stderr).toMatch(new RegExp(gaveUp));
  }, 60_000);
});
