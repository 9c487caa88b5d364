import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { naiveWriter } from '../../bench/neo4j-naive/applyNaive.js';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { Neo4jStore } from '../../src/graph/neo4j/index.js';
import { CypherExecutor, schemaStatements } from '../../src/graph/neo4j/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { loadOntology } from '../../src/ontology/index.js';
import { foundingExtraction, ID } from '../fixtures/contract/index.js';
import { describeNeo4j, requireNeo4jTestConfig } from '../setup/neo4j.js';
import { freshNeo4jStore, holdNeo4jTestDatabase, openTestNeo4jStore } from './connection.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const ontology = loadOntology();
const extractor = createRuleExtractor();

/** The sample corpus's extractions, captured on their way into a store. */
async function corpusExtractions(): Promise<Extraction[]> {
  const captured: Extraction[] = [];
  const recorder: Pick<GraphStore, 'documentHashes' | 'writeDocuments'> = {
    documentHashes: async () => new Map(),
    writeDocuments: async (extractions) => {
      captured.push(...extractions);
      return extractions.map((e) => ({
        status: 'written',
        document: e.document.id,
        nodes: e.nodes.length,
        edges: e.edges.length,
      }));
    },
  };
  await ingestPaths([CORPUS], { store: recorder, extractor });
  return captured;
}

/** Labels and relationship types actually present in the database. */
async function schemaInUse(): Promise<{ labels: string[]; types: string[] }> {
  const executor = new CypherExecutor(requireNeo4jTestConfig());
  try {
    const [labels] = await executor.read({
      cypher: 'CALL db.labels() YIELD label RETURN collect(label) AS all',
      params: {},
    });
    const [types] = await executor.read({
      cypher: 'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS all',
      params: {},
    });
    return { labels: labels!.get('all'), types: types!.get('all') };
  } finally {
    await executor.close();
  }
}

describeNeo4j('Neo4j store on the real server', () => {
  holdNeo4jTestDatabase();
  let extractions: Extraction[];
  let store: Neo4jStore;

  beforeAll(async () => {
    extractions = await corpusExtractions();
    expect(extractions.length).toBeGreaterThanOrEqual(10);
  });

  afterAll(async () => {
    await store?.close();
  });

  it('loading the same corpus twice leaves identical node and relationship counts', async () => {
    store = await freshNeo4jStore();
    const first = await ingestPaths([CORPUS], { store, extractor });
    expect(first.totals.written).toBe(extractions.length);
    const afterFirst = await store.stats();
    expect(afterFirst.documents).toBe(extractions.length);
    expect(afterFirst.nodes).toBeGreaterThan(extractions.length);
    expect(afterFirst.edges).toBeGreaterThan(extractions.length);
    const exported = await store.exportAll();

    // Second load: every file is unchanged (same sha256), nothing is rewritten.
    const second = await ingestPaths([CORPUS], { store, extractor });
    expect(second.totals.unchanged).toBe(extractions.length);
    expect(await store.stats()).toEqual(afterFirst);

    // Third load through the replace path: same facts, new hashes, so every document's facts are taken
    // out and written again.
    const outcomes = await store.writeDocuments(
      extractions.map((e) => ({ ...e, document: { ...e.document, sha256: `${e.document.sha256}-again` } })),
    );
    expect(outcomes.every((o) => o.status === 'written')).toBe(true);
    expect(await store.stats()).toEqual(afterFirst);
    expect(await store.exportAll()).toEqual(exported);
  });

  it('gives the same export as the embedded store for the sample corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineage-neo4j-vs-embedded-'));
    const embedded = new EmbeddedStore(dir);
    try {
      await embedded.init();
      const outcomes = await embedded.writeDocuments(extractions);
      expect(outcomes.filter((o) => o.status !== 'written')).toEqual([]);
      await store?.close();
      store = await freshNeo4jStore();
      await store.writeDocuments(extractions);
      const exported = await store.exportAll();
      expect(exported.nodes.length).toBeGreaterThan(extractions.length);
      expect(exported).toEqual(await embedded.exportAll());
      expect(await store.stats()).toEqual(await embedded.stats());
      // Taking out a language version (its Resolution is shared with the other version) and putting it
      // back re-merges the shared node from what remains, the same way in both stores.
      const twin = extractions.find(
        (e) =>
          e.document.id.endsWith('.fr') &&
          extractions.some((o) => o.document.id === e.document.id.replace(/\.fr$/, '.en')),
      );
      expect(twin).toBeDefined();
      expect(await store.removeDocument(twin!.document.id)).toBe(true);
      expect(await embedded.removeDocument(twin!.document.id)).toBe(true);
      expect(await store.exportAll()).toEqual(await embedded.exportAll());
      await store.writeDocuments([twin!]);
      await embedded.writeDocuments([twin!]);
      expect(await store.exportAll()).toEqual(exported);
      // The same questions get the same answers, in the same order.
      for (const text of [
        'cyber',
        'groupe de travail',
        'resolution',
        'metre',
        'General Assembly',
        'AG-2014',
      ]) {
        expect(await store.search({ text, first: 20 }), text).toEqual(
          await embedded.search({ text, first: 20 }),
        );
      }
      const resolutions = exported.nodes.filter((n) => n.kind === 'Resolution').map((n) => n.id);
      for (const id of resolutions) {
        for (const direction of ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const) {
          const query = { id, direction, depth: 3 };
          expect(await store.lineage(query), `${id} ${direction}`).toEqual(await embedded.lineage(query));
        }
      }
      const [first, last] = [resolutions[0]!, resolutions.at(-1)!];
      const pathQuery = { from: first, to: last, maxDepth: 6 };
      expect(await store.path(pathQuery)).toEqual(await embedded.path(pathQuery));
      expect(await store.timeline({})).toEqual(await embedded.timeline({}));
    } finally {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the naive one-statement-per-row writer builds the same graph as the batched writer', async () => {
    const naive = await freshNeo4jStore({ writer: naiveWriter });
    try {
      const subset = extractions.slice(0, 4);
      await naive.writeDocuments(subset);
      const viaNaive = await naive.exportAll();
      await naive.clear();
      const viaBatched = await freshNeo4jStore({ batchSize: 2 });
      try {
        await viaBatched.writeDocuments(subset);
        expect(await viaBatched.exportAll()).toEqual(viaNaive);
        expect(viaNaive.nodes.length).toBeGreaterThan(0);
      } finally {
        await viaBatched.close();
      }
    } finally {
      await naive.close();
    }
  });

  it('concurrent writers of overlapping documents end in the same graph as one writer', async () => {
    const subset = extractions.slice(0, 6);
    const single = await freshNeo4jStore({ batchSize: 1 });
    await single.writeDocuments(subset);
    const expected = await single.exportAll();
    await single.clear();
    await single.close();
    const writers = await Promise.all([0, 1, 2].map(() => openTestNeo4jStore({ batchSize: 1 })));
    try {
      const outcomes = await Promise.all(
        writers.map((w, i) => w.writeDocuments(i === 1 ? [...subset].reverse() : subset)),
      );
      expect(outcomes.flat().filter((o) => o.status === 'failed')).toEqual([]);
      expect(await writers[0]!.exportAll()).toEqual(expected);
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
  });

  it('applies the schema idempotently: a second init and a forced re-run of every statement change nothing', async () => {
    const names = async () => {
      const executor = new CypherExecutor(requireNeo4jTestConfig());
      try {
        const indexes = await executor.read({
          cypher: 'SHOW INDEXES YIELD name, state RETURN name, state',
          params: {},
        });
        return indexes.map((r) => `${r.get('name')}:${r.get('state')}`).sort();
      } finally {
        await executor.close();
      }
    };
    const first = await openTestNeo4jStore();
    await first.close();
    const before = await names();
    for (const statement of schemaStatements(ontology))
      expect(before).toContainEqual(expect.stringMatching(new RegExp(`^${statement.name}:`)));
    const second = await openTestNeo4jStore();
    await second.close();
    const executor = new CypherExecutor(requireNeo4jTestConfig());
    try {
      for (const statement of schemaStatements(ontology))
        await executor.autoCommit({ cypher: statement.cypher, params: {} });
    } finally {
      await executor.close();
    }
    expect(await names()).toEqual(before);
  });

  it('finds names and prefixes longer than the 255 characters Lucene keeps in one token', async () => {
    const long = `Groupe${'x'.repeat(300)}`;
    const s = await freshNeo4jStore();
    try {
      const base = foundingExtraction();
      const extraction: Extraction = {
        ...base,
        nodes: base.nodes.map((n) => (n.id === ID.gemc ? { ...n, aliases: [...n.aliases, long] } : n)),
      };
      expect((await s.writeDocuments([extraction]))[0]?.status).toBe('written');
      expect((await s.findByName(long.toUpperCase())).map((n) => n.id)).toEqual([ID.gemc]);
      const hits = await s.search({ text: long.slice(0, 280), first: 5 });
      expect(hits.items.map((h) => h.node.id)).toEqual([ID.gemc]);
    } finally {
      await s.close();
    }
  });

  it('an injection string in every string field is stored as plain data and creates no label or type', async () => {
    const hostile = "x'}) MATCH (n) DETACH DELETE n //";
    const s = await freshNeo4jStore();
    try {
      const base = foundingExtraction();
      const extraction: Extraction = {
        ...base,
        nodes: base.nodes.map((n) => ({
          ...n,
          name: `${n.name} ${hostile}`,
          aliases: [...n.aliases, hostile],
        })),
        document: { ...base.document, source: hostile },
      };
      expect((await s.writeDocuments([extraction]))[0]?.status).toBe('written');
      const [gemc] = await s.getNodes([ID.gemc]);
      expect(gemc?.aliases).toContain(hostile);
      expect((await s.getDocuments([base.document.id]))[0]?.source).toBe(hostile);
      expect(await s.findByName(hostile)).toHaveLength(base.nodes.length);
      expect((await s.search({ text: hostile, first: 100 })).items.length).toBe(base.nodes.length);
      const { labels, types } = await schemaInUse();
      const allowedLabels = new Set(['Entity', 'Document', ...ontology.nodeKinds]);
      expect(labels.filter((l) => !allowedLabels.has(l) && !l.startsWith('Smoke_'))).toEqual([]);
      const allowedTypes = new Set(['CONTRIBUTES', ...ontology.relationKinds]);
      expect(types.filter((t) => !allowedTypes.has(t))).toEqual([]);
      expect((await s.stats()).nodes).toBe(new Set(base.nodes.map((n) => n.id)).size);
    } finally {
      await s.close();
    }
  });
});
