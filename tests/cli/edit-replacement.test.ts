import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphExport } from '../../src/model/index.js';
import { CORPUS, freshStore, runCli } from './run-cli.js';

const REMOVED = /^REMERCIANT .*\n\n/m;

async function exportGraph(store: string[]): Promise<GraphExport> {
  return JSON.parse((await runCli(['export', ...store])).stdout) as GraphExport;
}

describe('re-ingesting an edited file replaces its facts', () => {
  it('drops the edges evidenced only by a removed clause and keeps the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lineage-edit-'));
    const file = join(folder, 'AG-2014-RES-04.fr.md');
    copyFileSync(join(CORPUS, 'AG-2014-RES-04.fr.md'), file);
    const { store } = freshStore();
    expect((await runCli(['ingest', ...store, file])).code).toBe(0);
    const before = await exportGraph(store);

    const original = readFileSync(file, 'utf8');
    const clause = REMOVED.exec(original);
    if (!clause) throw new Error('the founding text has no REMERCIANT clause');
    const [start, end] = [clause.index, clause.index + clause[0].length];
    const onlyFromClause = (edge: GraphEdge) => edge.evidence.every((e) => e.start >= start && e.end <= end);
    const thanks = before.edges.filter((e) => e.type === 'THANKS');
    expect(thanks.length).toBeGreaterThan(0);
    expect(thanks.every(onlyFromClause)).toBe(true);

    writeFileSync(file, original.replace(REMOVED, ''));
    const again = await runCli(['ingest', ...store, '--json', file]);
    expect(JSON.parse(again.stdout).outcomes[0].status).toBe('written');
    const after = await exportGraph(store);

    const expected = before.edges.filter((e) => !onlyFromClause(e)).map((e) => e.id);
    expect(after.edges.map((e) => e.id)).toEqual(expected);
    expect(after.edges.some((e) => e.type === 'THANKS')).toBe(false);
    for (const edge of after.edges) {
      for (const evidence of edge.evidence) expect(evidence.quote).not.toContain('REMERCIANT');
    }
  }, 120_000);
});
