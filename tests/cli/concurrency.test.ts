import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS, freshStore, ROOT, runCli } from './run-cli.js';

const holders: ChildProcess[] = [];

afterEach(() => {
  for (const child of holders.splice(0)) child.kill('SIGKILL');
});

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
    expect((await runCli(['export', ...store])).stdout).toBe(
      (await runCli(['export', ...reference.store])).stdout,
    );
  }, 180_000);

  it('fails with a clear message naming the holder when the lock is not freed in time', async () => {
    const { dataDir, store } = freshStore();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tests', 'ingest', 'hold-lock.ts'), dataDir],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    holders.push(holder);
    await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
    const result = await runCli(['ingest', ...store, '--lock-timeout', '0.5', CORPUS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Waiting for another ingest into ${dataDir} (pid ${holder.pid}`);
    expect(result.stderr).toMatch(
      new RegExp(
        `lineage: Another ingest \\(pid ${holder.pid}, since .+\\) is writing to ${dataDir}; gave up after`,
      ),
    );
  }, 60_000);
});
