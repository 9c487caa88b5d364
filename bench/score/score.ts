/**
 * Recall and precision of extracted facts against planted ones. Extracted nodes are merged by id (as a
 * store does) and mapped to planted keys; an extracted edge counts as found when its type and both mapped
 * ends equal a planted edge.
 */
import type { Extraction, GraphExport, GraphNode } from '../../src/model/index.js';
import { PlantedIndex } from './match.js';
import type { Planted } from './planted.js';

export interface FactScore {
  planted: number;
  extracted: number;
  /** Planted facts found. */
  found: number;
  /** Extracted facts that match a planted one. */
  correct: number;
  recall: number;
  precision: number;
}

export interface Score {
  nodes: FactScore;
  edges: FactScore;
  edgesByType: Record<string, FactScore>;
  nodesByKind: Record<string, FactScore>;
  /** A few misses and false positives per edge type, to see what the extractor gets wrong. */
  samples: Record<string, { missed: string[]; wrong: string[] }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function fact(planted: number, extracted: number, found: number, correct: number): FactScore {
  return {
    planted,
    extracted,
    found,
    correct,
    recall: ratio(found, planted),
    precision: ratio(correct, extracted),
  };
}

export class FactScorer {
  private readonly index: PlantedIndex;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly nodeKeys = new Map<string, string | undefined>();
  private readonly edges = new Map<string, { type: string; from: string; to: string }>();

  constructor(private readonly planted: Planted) {
    this.index = new PlantedIndex(planted.nodes);
  }

  add(extraction: Pick<Extraction, 'nodes' | 'edges'>): void {
    for (const node of extraction.nodes) {
      if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
      if (this.nodeKeys.get(node.id) === undefined) this.nodeKeys.set(node.id, this.index.match(node));
    }
    for (const edge of extraction.edges) this.edges.set(`${edge.type}|${edge.from}|${edge.to}`, edge);
  }

  score(): Score {
    const plantedKind = new Map(this.planted.nodes.map((n) => [n.key, n.kind]));
    // Nodes
    const foundKeys = new Set<string>();
    const kindTally = new Map<
      string,
      { planted: number; extracted: number; found: Set<string>; correct: number }
    >();
    const tally = (kind: string) => {
      const t = kindTally.get(kind) ?? { planted: 0, extracted: 0, found: new Set<string>(), correct: 0 };
      kindTally.set(kind, t);
      return t;
    };
    for (const n of this.planted.nodes) tally(n.kind).planted++;
    let correctNodes = 0;
    for (const [id, node] of this.nodes) {
      const key = this.nodeKeys.get(id);
      const t = tally(node.kind);
      t.extracted++;
      if (key) {
        correctNodes++;
        t.correct++;
        foundKeys.add(key);
        tally(plantedKind.get(key) ?? node.kind).found.add(key);
      }
    }
    // Edges
    const plantedEdges = new Map<string, string>();
    for (const e of this.planted.edges) plantedEdges.set(`${e.type}|${e.from}|${e.to}`, e.type);
    const typeTally = new Map<
      string,
      { planted: number; extracted: number; found: number; correct: number }
    >();
    const ttally = (type: string) => {
      const t = typeTally.get(type) ?? { planted: 0, extracted: 0, found: 0, correct: 0 };
      typeTally.set(type, t);
      return t;
    };
    const samples: Score['samples'] = {};
    const sample = (type: string) => {
      samples[type] ??= { missed: [], wrong: [] };
      return samples[type];
    };
    for (const type of plantedEdges.values()) ttally(type).planted++;
    const hit = new Set<string>();
    let correctEdges = 0;
    for (const edge of this.edges.values()) {
      const from = this.nodeKeys.get(edge.from);
      const to = this.nodeKeys.get(edge.to);
      const key = from && to ? `${edge.type}|${from}|${to}` : undefined;
      const t = ttally(edge.type);
      t.extracted++;
      if (key && plantedEdges.has(key)) {
        correctEdges++;
        t.correct++;
        hit.add(key);
      } else {
        const s = sample(edge.type);
        if (s.wrong.length < 5) s.wrong.push(`${edge.from} -> ${edge.to}${key ? '' : ' (unmatched end)'}`);
      }
    }
    for (const [key, type] of plantedEdges) {
      if (hit.has(key)) ttally(type).found++;
      else {
        const s = sample(type);
        if (s.missed.length < 5) s.missed.push(key.slice(type.length + 1).replace('|', ' -> '));
      }
    }
    const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    return {
      nodes: fact(this.planted.nodes.length, this.nodes.size, foundKeys.size, correctNodes),
      edges: fact(plantedEdges.size, this.edges.size, hit.size, correctEdges),
      edgesByType: Object.fromEntries(
        sorted(typeTally).map(([k, t]) => [k, fact(t.planted, t.extracted, t.found, t.correct)]),
      ),
      nodesByKind: Object.fromEntries(
        sorted(kindTally).map(([k, t]) => [k, fact(t.planted, t.extracted, t.found.size, t.correct)]),
      ),
      samples: Object.fromEntries(sorted(new Map(Object.entries(samples)))),
    };
  }
}

/** A store's export (`lineage export --format json`) as scorable nodes: flattened properties back under props. */
export function graphFromExport(graph: GraphExport): Pick<Extraction, 'nodes' | 'edges'> {
  const nodes = graph.nodes.map((n): GraphNode => {
    const { id, kind, name, code, acronym, aliases, labels, ...props } = n;
    return { id, kind, name, code, acronym, aliases, labels, props: props as GraphNode['props'] };
  });
  return { nodes, edges: graph.edges };
}
