import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, freshStore, runCli } from './run-cli.js';

interface Report {
  outcomes: Array<{ status: string; document?: string }>;
  totals: { written: number; unchanged: number; failed: number };
}

const FILES = ['AG-2014-RES-04.fr.md', 'CGPM-1948-RES-4.fr.md', 'A-RES-58-85.en.txt'].map((f) =>
  join(CORPUS, f),
);

describe('lineage reindex and export formats', { timeout: 240_000 }, () => {
  it('reindexes every stored document, then exports csv, graphml and jsonld', async () => {
    const { store } = freshStore();
    expect((await runCli(['ingest', ...store, '--json', ...FILES])).code).toBe(0);

    const reindex = await runCli(['reindex', ...store, '--json']);
    expect(reindex.code).toBe(0);
    const report = JSON.parse(reindex.stdout) as Report;
    // Same knowledge as the ingest: every document is re-extracted and found unchanged.
    expect(report.totals).toMatchObject({ unchanged: 3, written: 0, failed: 0 });

    const out = join(mkdtempSync(join(tmpdir(), 'lineage-export-')), 'csv');
    const csv = await runCli(['export', ...store, '--format', 'csv', '--out', out]);
    expect(csv.code).toBe(0);
    const files = readdirSync(out);
    expect(files.sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toContain('resolution:AG-2014-RES-04');

    const graphml = await runCli(['export', ...store, '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    expect(graphml.stdout).toContain('<key id="label_fr" for="node"');
    expect(graphml.stdout).toContain('resolution:AG-2014-RES-04');

    const jsonldPath = join(out, '..', 'graph.jsonld');
    const jsonld = await runCli(['export', ...store, '--format', 'jsonld', '--out', jsonldPath]);
    expect(jsonld.code).toBe(0);
    const doc = JSON.parse(readFileSync(jsonldPath, 'utf8')) as { '@graph': Array<{ '@id': string }> };
    expect(doc['@graph'].some((n) => n['@id'] === 'resolution:AG-2014-RES-04')).toBe(true);

    const noOut = await runCli(['export', ...store, '--format', 'csv']);
    expect(noOut.code).not.toBe(0);
    expect(noOut.stderr).toContain('--out DIR');
  });
});
