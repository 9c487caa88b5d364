import type { GraphStore } from '../../src/graph/store.js';

/**
 * What one document contributes to a store, in a canonical form that two stores (or two ingests) can be
 * compared by: its record, and every piece of evidence citing it with the edge it supports. `null` when
 * the document is wholly absent (no record and no evidence); `partial` when only part of it is there.
 */
export type DocumentFacts =
  | { state: 'present'; facts: string }
  | { state: 'absent' }
  | { state: 'partial'; why: string };

export async function documentFacts(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, DocumentFacts>> {
  const [records, graph] = await Promise.all([store.getDocuments([...ids]), store.exportAll()]);
  const cited = new Map<string, string[]>();
  for (const edge of graph.edges) {
    for (const evidence of edge.evidence) {
      const line = JSON.stringify([edge.id, edge.type, edge.from, edge.to, evidence]);
      cited.set(evidence.document, [...(cited.get(evidence.document) ?? []), line]);
    }
  }
  const facts = new Map<string, DocumentFacts>();
  ids.forEach((id, i) => {
    const record = records[i];
    const evidence = (cited.get(id) ?? []).sort();
    if (!record) {
      facts.set(
        id,
        evidence.length
          ? { state: 'partial', why: `no record but ${evidence.length} evidence` }
          : { state: 'absent' },
      );
      return;
    }
    const { sha256, language, text, clauses, mentions } = record;
    const sortedMentions = mentions.map((m) => JSON.stringify(m)).sort();
    facts.set(id, {
      state: 'present',
      facts: JSON.stringify({ sha256, language, text, clauses, mentions: sortedMentions, evidence }),
    });
  });
  return facts;
}
