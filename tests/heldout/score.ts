import type { Extraction } from '../../src/model/index.js';

export interface EdgeRef {
  type: string;
  from: string;
  to: string;
}

/** A held-out text's reviewed expectation (tests/fixtures/heldout/<file>.expected.json). */
export interface HeldoutExpectation {
  source: string;
  resolution: {
    id: string;
    code: string;
    title: string;
    language: string;
    date?: string;
    adoptedAt: string[];
  };
  /** Facts the text states, checked by hand: recall is measured on these. */
  edges: EdgeRef[];
  /** Readings that are defensible but not required: neither counted for recall nor as errors. */
  acceptable: EdgeRef[];
  /** Nodes that must be found. */
  nodes: string[];
  /** Known wrong readings that must not come back. */
  wrongNodes: string[];
  review: string;
}

export interface EdgeScore {
  truePositives: number;
  predicted: number;
  expected: number;
  missed: EdgeRef[];
  wrong: EdgeRef[];
}

const keyOf = (e: EdgeRef) => `${e.type} ${e.from} ${e.to}`;

/** Edge precision counts predicted edges that are neither expected nor acceptable as errors. */
export function scoreEdges(extraction: Extraction, expectation: HeldoutExpectation): EdgeScore {
  const gold = new Set(expectation.edges.map(keyOf));
  const acceptable = new Set(expectation.acceptable.map(keyOf));
  const predicted = extraction.edges.filter((e) => !acceptable.has(keyOf(e)));
  const found = new Set(predicted.map(keyOf));
  return {
    truePositives: predicted.filter((e) => gold.has(keyOf(e))).length,
    predicted: predicted.length,
    expected: gold.size,
    missed: expectation.edges.filter((e) => !found.has(keyOf(e))),
    wrong: predicted.filter((e) => !gold.has(keyOf(e))).map(({ type, from, to }) => ({ type, from, to })),
  };
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
