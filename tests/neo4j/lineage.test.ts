import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { Neo4jStore } from '../../src/graph/neo4j/index.js';
import type { LineageQuery } from '../../src/graph/store.js';
import type { Extraction } from '../../src/model/index.js';
import type { FactSpec } from '../fixtures/contract/build.js';
import { buildExtraction, node } from '../fixtures/contract/index.js';
import { describeNeo4j } from '../setup/neo4j.js';
import { freshNeo4jStore, holdNeo4jTestDatabase } from './connection.js';

/** Deterministic PRNG (mulberry32), so a failure names a reproducible graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOLUTIONS = 40;
const BODIES = 6;
const resolutionId = (i: number) => `resolution:RND-${String(i).padStart(3, '0')}`;
const bodyId = (i: number) => `body:rnd-${i}`;
/** Some resolutions are undated: their documents are never late and they are never skipped by asOf. */
const dateOf = (i: number): string | undefined =>
  i % 7 === 3 ? undefined : `${2000 + Math.floor(i / 2)}-0${(i % 2) + 1}-15`;

/**
 * A random lineage graph with cycles, hubs, several edge types and edges stated by more than one document:
 * resolution i recalls, amends or notes random resolutions (earlier ones mostly, later ones sometimes),
 * thanks or establishes bodies, and may restate an edge an earlier document stated.
 */
function randomGraph(seed: number): Extraction[] {
  const rnd = random(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const stated: FactSpec[] = [];
  const extractions: Extraction[] = [];
  for (let i = 0; i < RESOLUTIONS; i++) {
    const facts: FactSpec[] = [];
    const fact = (type: string, from: string, to: string) => {
      if (from === to || facts.some((f) => f.type === type && f.from === from && f.to === to)) return;
      facts.push({ type, from, to, quote: `FACT ${facts.length}: ${type} ${from} ${to}.` });
    };
    const own = resolutionId(i);
    for (let k = pick(4); k > 0; k--) {
      const target = i > 0 && rnd() < 0.85 ? pick(i) : pick(RESOLUTIONS);
      fact(['RECALLS', 'AMENDS', 'NOTES', 'DECIDES'][pick(4)]!, own, resolutionId(target));
    }
    for (let k = pick(3); k > 0; k--)
      fact(['THANKS', 'ESTABLISHES', 'REQUESTS'][pick(3)]!, own, bodyId(pick(BODIES)));
    if (rnd() < 0.3) fact(['PART_OF', 'SUCCEEDS'][pick(2)]!, bodyId(pick(BODIES)), bodyId(pick(BODIES)));
    if (stated.length && rnd() < 0.4) {
      const again = stated[pick(stated.length)]!;
      fact(again.type, again.from, again.to);
    }
    stated.push(...facts);
    const ids = [...new Set([own, ...facts.flatMap((f) => [f.from, f.to])])];
    const date = dateOf(i);
    extractions.push(
      buildExtraction({
        id: own,
        source: `RND-${i}.txt`,
        language: 'en',
        text: `RND-${i}\n\n${facts.map((f) => f.quote).join('\n\n')}\n`,
        nodes: ids.map((id) =>
          id.startsWith('body:')
            ? node(id, 'Body', `Body ${id}`)
            : node(id, 'Resolution', id.slice('resolution:'.length), {
                code: id.slice('resolution:'.length),
                props: id === own && date ? { date } : {},
              }),
        ),
        facts,
      }),
    );
  }
  return extractions;
}

/** A spread of questions: every direction, shallow to maximal depth, caps, dates and type filters. */
function questions(seed: number): LineageQuery[] {
  const rnd = random(seed + 1);
  const out: LineageQuery[] = [];
  const typeSets = [undefined, ['RECALLS', 'AMENDS'], ['THANKS', 'PART_OF', 'SUCCEEDS', 'NOTES']];
  for (let q = 0; q < 60; q++) {
    const id =
      rnd() < 0.8 ? resolutionId(Math.floor(rnd() * RESOLUTIONS)) : bodyId(Math.floor(rnd() * BODIES));
    const direction = (['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const)[q % 3]!;
    const depth = [1, 2, 3, 5, 12][Math.floor(rnd() * 5)]!;
    const query: LineageQuery = { id, direction, depth };
    if (rnd() < 0.4) query.perHopLimit = 1 + Math.floor(rnd() * 3);
    if (rnd() < 0.4) query.asOf = `${2000 + Math.floor(rnd() * 20)}-02-01`;
    const types = typeSets[Math.floor(rnd() * typeSets.length)];
    if (types) query.relationTypes = types;
    out.push(query);
  }
  return out;
}

describeNeo4j('Neo4j lineage in one statement agrees with the embedded walk', () => {
  holdNeo4jTestDatabase();
  let neo4j: Neo4jStore;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineage-neo4j-random-'));
    neo4j = await freshNeo4jStore();
  });

  afterAll(async () => {
    await neo4j?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Generous timeout: the first statements plan for seconds on a loaded machine (then Neo4j caches them).
  it.each([7, 42, 1234])(
    'random graph %i: same lineage and counts for every question',
    { timeout: 300_000 },
    async (seed) => {
      const extractions = randomGraph(seed);
      await neo4j.clear();
      const embedded = new EmbeddedStore(join(dir, String(seed)));
      await embedded.init();
      onTestFinished(() => embedded.close());
      expect((await neo4j.writeDocuments(extractions)).filter((o) => o.status !== 'written')).toEqual([]);
      expect((await embedded.writeDocuments(extractions)).filter((o) => o.status !== 'written')).toEqual([]);
      let deep = 0;
      let capped = 0;
      for (const query of questions(seed)) {
        const expected = await embedded.lineage(query);
        expect(await neo4j.lineage(query), JSON.stringify(query)).toEqual(expected);
        const { perHopLimit: _, ...uncapped } = query;
        expect(await neo4j.lineageCounts(uncapped), JSON.stringify(uncapped)).toEqual(
          await embedded.lineageCounts(uncapped),
        );
        if (expected.nodes.some((n) => n.hop >= 3)) deep++;
        if (expected.truncated.length > 0) capped++;
      }
      // The questions must exercise deep walks and caps, or the comparison proves little.
      expect(deep).toBeGreaterThan(5);
      expect(capped).toBeGreaterThan(3);
    },
  );
});
