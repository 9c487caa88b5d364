import { describe, expect, it } from 'vitest';
import type { EmbeddedStore } from '../../src/graph/embedded/index.js';
import type { LineageKeysOptions, LineageQuery } from '../../src/graph/store.js';
import type { DocumentRecord, GraphEdge, GraphNode } from '../../src/model/index.js';
import { apiOver, run } from './harness.js';
import { instrument, storeWith } from './stores.js';

/** A chain of n resolutions, each creating a "Task group <i>" and recalling the previous resolution. */
function chain(n: number): Promise<EmbeddedStore> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const documents: DocumentRecord[] = [];
  for (let i = 0; i < n; i++) {
    const res = `resolution:R-${String(i).padStart(3, '0')}`;
    const body = `body:task-group-${i}`;
    const text = `R-${i} creates Task group ${i}.`;
    nodes.push(
      { id: res, kind: 'Resolution', name: `R-${i}`, code: `R-${i}`, aliases: [], labels: {}, props: {} },
      { id: body, kind: 'Body', name: `Task group ${i}`, aliases: [], labels: {}, props: {} },
    );
    documents.push({
      id: res,
      source: `R-${i}.md`,
      sha256: String(i),
      language: 'en',
      text,
      clauses: [{ index: 0, function: 'operative', start: 0, end: text.length, text }],
      mentions: [
        { document: res, clause: 0, start: 14, end: text.length - 1, text: `Task group ${i}`, node: body },
      ],
    });
    const ev = (quote: string) => [
      {
        document: res,
        clause: 0,
        function: 'operative' as const,
        quote,
        start: 0,
        end: quote.length,
        rule: 'test',
      },
    ];
    edges.push({
      id: `ESTABLISHES:${res}->${body}`,
      type: 'ESTABLISHES',
      from: res,
      to: body,
      evidence: ev(`R-${i}`),
    });
    if (i > 0) {
      const prev = `resolution:R-${String(i - 1).padStart(3, '0')}`;
      edges.push({
        id: `RECALLS:${res}->${prev}`,
        type: 'RECALLS',
        from: res,
        to: prev,
        evidence: ev(`R-${i}`),
      });
    }
  }
  return storeWith({ nodes, edges, documents });
}

const NESTED = `{
  search(text: "task group", kinds: [Body], first: 100) {
    edges { node {
      id mentions { text document { id } }
      ... on Body { establishedBy { id ... on Resolution { recalls { id ... on Resolution { clauses { text } } } recalledBy { id } } } }
      relations { type evidence { quote clause { index } document { id } }
        from { id name relations { type to { name relations { type from { name } } } } } }
    } }
  }
}`;

async function storeCalls(n: number): Promise<{ calls: Map<string, number>; hits: number }> {
  const { store, calls } = instrument(await chain(n));
  // Cost limits are not the subject here: this query is deliberately heavy.
  const api = await apiOver(store, { maxCost: 10_000_000 });
  try {
    const result = await run(api, NESTED);
    expect(result.errors).toBeUndefined();
    const hits = (result.data?.search as { edges: unknown[] } | undefined)?.edges.length ?? 0;
    return { calls, hits };
  } finally {
    await api.apollo.stop();
  }
}

describe('no N+1: store calls do not grow with the result size', () => {
  it('a five-level nested query over 3 and over 40 hits makes the same store calls', async () => {
    const small = await storeCalls(3);
    const large = await storeCalls(40);
    expect(small.hits).toBe(3);
    expect(large.hits).toBe(40);
    expect(Object.fromEntries(large.calls)).toEqual(Object.fromEntries(small.calls));
    // One search, then a few batched lookups per nesting level, whatever the number of hits.
    expect(large.calls.get('search')).toBe(1);
    const total = [...large.calls.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(20);
  });
});

describe('lineage reads only what the selection needs', () => {
  async function lineageCalls(selection: string) {
    const { store, calls } = instrument(await chain(12));
    const api = await apiOver(store);
    try {
      const result = await run(
        api,
        `{ lineage(id: "resolution:R-011", direction: UPSTREAM, depth: 10) { ${selection} } }`,
      );
      expect(result.errors).toBeUndefined();
      return { data: result.data?.lineage as Record<string, unknown>, calls: Object.fromEntries(calls) };
    } finally {
      await api.apollo.stop();
    }
  }

  it('answers ids, kinds and hops from the walk structure alone, anything more from the full walk', async () => {
    const keysOnly = await lineageCalls(
      'start { id } nodes { hop node { __typename id kind } } edges { id type } truncated { hop }',
    );
    expect(keysOnly.calls).toEqual({ lineageKeys: 1 });
    const withNames = await lineageCalls(
      'start { id } nodes { hop node { __typename id kind name } } edges { id type } truncated { hop }',
    );
    expect(withNames.calls).toEqual({ lineage: 1 });
    // Same answer apart from the extra field.
    const names = withNames.data.nodes as Array<{ node: Record<string, unknown> }>;
    for (const n of names) delete n.node.name;
    expect(withNames.data).toEqual(keysOnly.data);
    expect((keysOnly.data.nodes as unknown[]).length).toBe(11);
    // Evidence or edge ends need the full walk too, as do fragments that read more.
    expect((await lineageCalls('edges { from { id } }')).calls).toEqual({ lineage: 1 });
    expect((await lineageCalls('nodes { node { ... on Body { name } } }')).calls).toEqual({ lineage: 1 });
  });

  it('asks the store for no edges when none are selected, and gets the same nodes', async () => {
    const inner = await chain(12);
    const asked: unknown[] = [];
    const store = new Proxy(inner, {
      get(target, key, receiver) {
        if (key !== 'lineageKeys') return Reflect.get(target, key, receiver);
        return (query: LineageQuery, options?: LineageKeysOptions) => {
          asked.push(options);
          return target.lineageKeys(query, options);
        };
      },
    });
    const api = await apiOver(store);
    try {
      const query = (selection: string) =>
        run(api, `{ lineage(id: "resolution:R-011", direction: UPSTREAM, depth: 10) { ${selection} } }`);
      const nodesOnly = await query('nodes { hop node { id } }');
      const withEdges = await query('nodes { hop node { id } } edges { id }');
      expect(asked).toEqual([{ edges: false }, { edges: true }]);
      type Answer = { lineage: { nodes: unknown[]; edges: unknown[] } };
      const without = nodesOnly.data as Answer;
      const withAll = withEdges.data as Answer;
      expect(without.lineage.nodes).toEqual(withAll.lineage.nodes);
      expect(withAll.lineage.edges).toHaveLength(10);
    } finally {
      await api.apollo.stop();
    }
  });
});
