import { expect, it } from 'vitest';
import type { GraphStore } from '../../../src/graph/store.js';
import { buildExtraction, foundingExtraction, ID, node } from '../../fixtures/contract/index.js';
import { type ContractContext, seed } from '../context.js';

const HOSTILE = [
  "x'}) MATCH (n) DETACH DELETE n //",
  "'; DROP TABLE nodes; --",
  '" OR 1=1 --',
  '*) OR (name:*',
  'cmii" OR "a',
];

/** Run a call that may reject: only public (coded) errors are acceptable answers to hostile input. */
async function settle(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    expect(error).toMatchObject({ code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/) });
  }
}

async function everyCall(s: GraphStore, x: string): Promise<void> {
  expect(await s.getNodes([x])).toEqual([null]);
  expect(await s.getDocuments([x])).toEqual([null]);
  expect(await s.documentHashes([x])).toEqual(new Map());
  expect(await s.findByCode(x)).toBeNull();
  expect(await s.findByName(x)).toEqual([]);
  expect(await s.edges({ ids: [x], direction: 'both' })).toEqual([]);
  expect(await s.removeDocument(x)).toBe(false);
  expect(await s.path({ from: x, to: ID.gemc, maxDepth: 2 })).toBeNull();
  await settle(() => s.search({ text: x, first: 5 }));
  await settle(() => s.search({ text: 'cmii', first: 5, after: x }));
  await settle(() => s.findByName('cmii', [x]));
  await settle(() => s.edges({ ids: [ID.gemc], direction: 'both', types: [x] }));
  await settle(() => s.relations(x, 5));
  await settle(() => s.relations(undefined, 5, x));
  await settle(() => s.lineage({ id: x, direction: 'BOTH', depth: 2 }));
  await settle(() => s.lineage({ id: ID.gemc, direction: 'BOTH', depth: 2, relationTypes: [x] }));
  await settle(() => s.lineageCounts({ id: x, direction: 'BOTH', depth: 2 }));
  const asOf = await s.lineage({ id: ID.gemc, direction: 'UPSTREAM', depth: 1, asOf: x });
  expect(asOf.nodes[0]!.node.id).toBe(ID.gemc);
  await settle(() => s.timeline({ from: x, to: x, kinds: [x] }));
  expect(await s.timeline({ from: x, to: x })).toEqual([]);
}

export function injectionScenarios({ store }: ContractContext): void {
  it('treats injection strings in every argument as plain data', async () => {
    const s = store();
    await seed(s, foundingExtraction());
    const before = JSON.stringify(await s.exportAll());
    for (const x of HOSTILE) await everyCall(s, x);
    expect(JSON.stringify(await s.exportAll())).toBe(before);
  });

  it('stores injection strings in ids, names and quotes verbatim', async () => {
    const s = store();
    const [hostileId, hostileName, hostileQuote] = HOSTILE;
    const docId = `resolution:${hostileId}`;
    const text = `${hostileQuote} RECALLS ${hostileName}\n`;
    const extraction = buildExtraction({
      id: docId,
      source: 'hostile.txt',
      language: 'en',
      text,
      nodes: [
        node(docId, 'Resolution', hostileId!, { code: hostileId }),
        node(`body:${hostileName}`, 'Body', hostileName!, { aliases: [HOSTILE[2]!] }),
      ],
      facts: [{ type: 'THANKS', from: docId, to: `body:${hostileName}`, quote: hostileQuote! }],
    });
    await seed(s, foundingExtraction(), extraction);
    expect((await s.findByCode(hostileId!))?.id).toBe(docId);
    expect((await s.findByName(hostileName!)).map((n) => n.id)).toEqual([`body:${hostileName}`]);
    expect((await s.findByName(HOSTILE[2]!)).map((n) => n.id)).toEqual([`body:${hostileName}`]);
    const [thanks] = await s.edges({ ids: [docId], direction: 'out' });
    expect(thanks!.evidence[0]!.quote).toBe(hostileQuote);
    expect(await s.stats()).toMatchObject({ documents: 2, nodes: 14, edges: 14 });
    expect(await s.removeDocument(docId)).toBe(true);
    expect(await s.stats()).toMatchObject({ documents: 1, nodes: 12, edges: 13 });
  });
}
