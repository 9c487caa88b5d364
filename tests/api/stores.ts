import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import type { DocumentRecord, Extraction, GraphEdge, GraphNode } from '../../src/model/index.js';

/** The graph a test wants, as stored facts: nodes, edges (each edge's evidence names its document), documents. */
export interface StoreData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  documents: DocumentRecord[];
}

/**
 * One extraction per document: its edges (by their evidence), the nodes those edges, its mentions and its
 * own node name, and, in the first document, the nodes no document names (so every node is stored).
 */
export function extractionsOf({ nodes, edges, documents }: StoreData): Extraction[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const extractions = documents.map((document) => {
    const own = edges.filter((e) => e.evidence.some((ev) => ev.document === document.id));
    const ids = new Set([
      ...(byId.has(document.id) ? [document.id] : []),
      ...own.flatMap((e) => [e.from, e.to]),
      ...document.mentions.map((m) => m.node),
    ]);
    for (const id of ids) placed.add(id);
    return {
      document,
      nodes: [...ids].map((id) => {
        const node = byId.get(id);
        if (!node)
          throw new Error(`test data: ${id} is referenced by ${document.id} but not among the nodes`);
        return node;
      }),
      edges: own.map((e) => ({ ...e, evidence: e.evidence.filter((ev) => ev.document === document.id) })),
      warnings: [],
    };
  });
  const unplaced = nodes.filter((n) => !placed.has(n.id));
  if (unplaced.length && !extractions[0]) throw new Error('test data: nodes without any document');
  extractions[0]?.nodes.push(...unplaced);
  return extractions;
}

const root = mkdtempSync(join(tmpdir(), 'lineage-api-'));
let count = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A real embedded store in a fresh temporary folder holding `data` (removed after the test file). */
export async function storeWith(data: StoreData): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(join(root, String(count++)));
  await store.init();
  const outcomes = await store.writeDocuments(extractionsOf(data));
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length) throw new Error(`test data refused by the store: ${JSON.stringify(failed)}`);
  return store;
}

/** A store wrapper that counts calls per method (for the N+1 test) and can inject failures or delays. */
export function instrument(
  store: GraphStore,
  options: { fail?: (method: string) => Error | undefined; delayMs?: number } = {},
): { store: GraphStore; calls: Map<string, number>; total: () => number } {
  const calls = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        const failure = options.fail?.(property);
        if (failure) throw failure;
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}
