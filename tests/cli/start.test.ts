import { describe, expect, it } from 'vitest';
import { freshStore, runCli } from './run-cli.js';

describe('lineage start', () => {
  it('ingests the sample corpus into an empty store, and leaves a filled store alone', async () => {
    const { dataDir, store } = freshStore();
    const first = await runCli(['start', ...store, '--no-serve']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Store embedded (${dataDir}) is empty; ingesting`);
    expect(first.stdout).toMatch(/\d+ files: \d+ written/);
    const stats = JSON.parse((await runCli(['stats', ...store, '--json'])).stdout) as { documents: number };
    expect(stats.documents).toBeGreaterThanOrEqual(15);

    const second = await runCli(['start', ...store, '--no-serve']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Store embedded (${dataDir}) already holds data`);
  }, 120_000);
});
