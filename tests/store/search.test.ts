import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import {
  compareStrings,
  ownNodeId,
  searchFieldsOf,
  searchScore,
  searchTerms,
} from '../../src/graph/lineage/index.js';
import type { Extraction } from '../../src/model/index.js';
import {
  chainExtractions,
  foundingExtraction,
  secondExtraction,
  secondFrenchExtraction,
} from '../fixtures/contract/index.js';

const QUERIES = [
  'cyber',
  'CYBERCRIMINALITÉ',
  'groupe cmii',
  'Europol',
  'CMII Working Group',
  'ag-2014-res-04',
  'AG 2014',
  'ch 20',
  'report',
  'the',
  'group',
  'encourage',
  'pays membres',
  'partager',
  'gemc',
  '2014',
  'alpha group',
  'future conference',
  'zzz',
];

/**
 * The embedded store scores from the FTS index; this checks it against the shared `searchScore` computed by
 * brute force over every node, so the index-based shortcut cannot drift from the contract.
 */
describe('embedded search equals the shared searchScore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-search-'));
  const store = new EmbeddedStore(dir);
  const extractions: Extraction[] = [
    foundingExtraction(),
    secondExtraction(),
    secondFrenchExtraction(),
    ...chainExtractions(),
  ];

  beforeAll(async () => {
    await store.init();
    await store.writeDocuments(extractions);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function bruteForce(text: string): Promise<Array<[number, string]>> {
    const textsByNode = new Map<string, string[]>();
    for (const e of [...extractions].sort((a, b) => compareStrings(a.document.id, b.document.id))) {
      const own = ownNodeId(e)!;
      textsByNode.set(own, [...(textsByNode.get(own) ?? []), ...e.document.clauses.map((c) => c.text)]);
    }
    const ids = (await store.exportAll()).nodes.map((n) => n.id);
    const nodes = await store.getNodes(ids);
    const terms = searchTerms(text);
    return nodes
      .map((node): [number, string] => [
        searchScore(text, terms, searchFieldsOf(node!, textsByNode.get(node!.id) ?? [])),
        node!.id,
      ])
      .filter(([score]) => score > 0)
      .sort((a, b) => b[0] - a[0] || compareStrings(a[1], b[1]));
  }

  it.each(QUERIES)('%s', async (text) => {
    const expected = await bruteForce(text);
    const seen: Array<[number, string]> = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.search({ text, first: 3, after });
      seen.push(...page.items.map((h): [number, string] => [h.score, h.node.id]));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(seen).toEqual(expected);
  });
});
