import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { holdNeo4jTestDatabase, openTestNeo4jStore } from '../neo4j/connection.js';
import { describeNeo4j, neo4jTestConfig } from '../setup/neo4j.js';
import { runCli } from './cli.js';
import { documentFacts } from './document-facts.js';
import { generatedCorpus } from './generated-corpus.js';

// Issue 7 item 3 on Neo4j (tests/cli/concurrency.test.ts covers the embedded store, where a lock
// serialises ingests). Neo4j takes no lock: both ingests must land, with nothing interleaved or lost.
describeNeo4j('two ingests at once into the same Neo4j', () => {
  holdNeo4jTestDatabase();
  const corpus = generatedCorpus(30, 2026);
  const referenceDir = mkdtempSync(join(tmpdir(), 'lineage-concurrent-reference-'));
  afterAll(() => {
    rmSync(join(corpus, '..'), { recursive: true, force: true });
    rmSync(referenceDir, { recursive: true, force: true });
  });

  it('both succeed and leave the same documents and counts as one ingest', async () => {
    const config = neo4jTestConfig()!;
    const env: Record<string, string> = {
      NEO4J_URI: config.uri,
      NEO4J_USER: config.user,
      NEO4J_PASSWORD: config.password,
    };
    if (config.database) env.NEO4J_DATABASE = config.database;
    const store = await openTestNeo4jStore();
    await store.clear();
    await store.close();

    const clean = await runCli([
      'ingest',
      '--store',
      'embedded',
      '--data-dir',
      referenceDir,
      '--json',
      '--no-progress',
      corpus,
    ]);
    expect(clean.code, clean.stderr).toBe(0);
    const ids = (JSON.parse(clean.stdout) as { outcomes: Array<{ document: string }> }).outcomes.map(
      (o) => o.document,
    );

    // Small batches in opposite orders of arrival make the two writers overlap on shared entities.
    const ingest = () =>
      runCli(['ingest', '--store', 'neo4j', '--batch-size', '2', '--json', '--no-progress', corpus], env);
    const [a, b] = await Promise.all([ingest(), ingest()]);
    for (const run of [a, b]) {
      expect(run.code, run.stderr).toBe(0);
      const totals = (JSON.parse(run.stdout) as { totals: { files: number; failed: number } }).totals;
      expect(totals).toMatchObject({ files: ids.length, failed: 0 });
    }

    const reference = new EmbeddedStore(referenceDir);
    await reference.init();
    const neo4j = await openTestNeo4jStore();
    try {
      expect(await neo4j.stats()).toEqual(await reference.stats());
      expect(await documentFacts(neo4j, ids)).toEqual(await documentFacts(reference, ids));
    } finally {
      await neo4j.close();
      await reference.close();
    }
  }, 600_000);
});
