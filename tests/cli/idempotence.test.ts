import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphExport } from '../../src/model/index.js';
import { CORPUS, freshStore, runCli } from './run-cli.js';

interface Report {
  outcomes: Array<{ status: string; source: string }>;
}

describe('lineage ingest is idempotent', () => {
  it('ingesting the corpus twice gives an identical export, the second run writing nothing', async () => {
    const { dataDir, store } = freshStore();
    const first = await runCli(['ingest', ...store, '--json', CORPUS]);
    expect(first.code).toBe(0);
    const firstReport = JSON.parse(first.stdout) as Report;
    const written = firstReport.outcomes.filter((o) => o.status === 'written').map((o) => o.source);
    expect(written.length).toBeGreaterThanOrEqual(15);
    const exported = await runCli(['export', ...store, '--format', 'json']);
    expect(exported.code).toBe(0);
    const graph = JSON.parse(exported.stdout) as GraphExport;
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.edges.length).toBeGreaterThan(0);

    const second = await runCli(['ingest', ...store, '--json', CORPUS]);
    const secondReport = JSON.parse(second.stdout) as Report;
    expect(secondReport.outcomes.filter((o) => o.status === 'unchanged').map((o) => o.source)).toEqual(
      written,
    );
    expect(secondReport.outcomes.filter((o) => o.status === 'written')).toEqual([]);
    const again = await runCli([
      'export',
      ...store,
      '--format',
      'json',
      '--out',
      join(dataDir, 'export.json'),
    ]);
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dataDir, 'export.json'), 'utf8')).toBe(exported.stdout);

    // A fresh store fed the same files ends in the same graph, byte for byte.
    const other = freshStore();
    await runCli(['ingest', ...other.store, CORPUS]);
    expect((await runCli(['export', ...other.store])).stdout).toBe(exported.stdout);

    const stats = JSON.parse((await runCli(['stats', ...store, '--json'])).stdout) as Record<string, number>;
    expect(stats).toMatchObject({
      documents: written.length,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
  }, 180_000);
});
