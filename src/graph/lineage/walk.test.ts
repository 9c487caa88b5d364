import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../ontology/index.js';
import { compareStrings } from './nodeMerge.js';
import {
  checkLineageQuery,
  ShortestPathSearch,
  stepTypes,
  type WalkSpace,
  walkFromLayers,
  walkLineage,
} from './walk.js';

const ontology = loadOntology();

/** A directed step space from "u>w" pairs (edge id `u-w`). */
function space(...pairs: string[]): WalkSpace<string, string> {
  const from = new Map<string, Array<[string, string]>>();
  for (const pair of pairs) {
    const [u, w] = pair.split('>') as [string, string];
    from.set(u, [...(from.get(u) ?? []), [`${u}-${w}`, w]]);
  }
  return {
    forEachStep: (u, visit) => {
      for (const [edge, w] of from.get(u) ?? []) visit(edge, w);
    },
    compareNodes: compareStrings,
    compareEdges: compareStrings,
  };
}

describe('stepTypes: the direction comes from each relation kind’s antecedent end', () => {
  it('follows RECALLS (antecedent: the recalled target) forward upstream, backward downstream', () => {
    expect(stepTypes(ontology, ['RECALLS'], 'UPSTREAM')).toEqual({ outTypes: ['RECALLS'], inTypes: [] });
    expect(stepTypes(ontology, ['RECALLS'], 'DOWNSTREAM')).toEqual({ outTypes: [], inTypes: ['RECALLS'] });
    expect(stepTypes(ontology, ['RECALLS'], 'BOTH')).toEqual({ outTypes: ['RECALLS'], inTypes: ['RECALLS'] });
  });

  it('follows ESTABLISHES (antecedent: the establishing source) backward upstream', () => {
    expect(stepTypes(ontology, ['ESTABLISHES'], 'UPSTREAM')).toEqual({
      outTypes: [],
      inTypes: ['ESTABLISHES'],
    });
  });

  it('checks a query once for every store: depth, perHopLimit and unknown types refused alike', () => {
    const query = { id: 'x', direction: 'UPSTREAM' as const, depth: 2 };
    expect(checkLineageQuery(query, ontology).relationTypes).toEqual(ontology.relationKinds);
    expect(() => checkLineageQuery({ ...query, depth: 0 }, ontology)).toThrow(/depth/);
    expect(() => checkLineageQuery({ ...query, perHopLimit: -1 }, ontology)).toThrow(/perHopLimit/);
    expect(() => checkLineageQuery({ ...query, relationTypes: ['NOPE'] }, ontology)).toThrow(/NOPE/);
  });
});

describe('walkLineage and walkFromLayers give one answer', () => {
  const graph = space('s>a', 's>b', 's>c', 'a>d', 'c>e', 'd>f', 'b>a', 'e>s');

  it('an uncapped walk computed as layers elsewhere orders like the walk itself', () => {
    const walked = walkLineage(graph, 's', 3);
    const layered = walkFromLayers(
      [['s'], ['c', 'a', 'b'], ['e', 'd'], ['f'], []],
      ['s-c', 'e-s', 's-a', 'b-a', 'a-d', 'c-e', 'd-f', 's-b', 's-a'],
      3,
      compareStrings,
      compareStrings,
    );
    expect(layered).toEqual(walked);
  });

  it('a node refused by nodeAllowed is never returned, nor reached later through another path', () => {
    const walk = walkLineage({ ...space('s>a', 's>b', 'a>b', 'b>c'), nodeAllowed: (v) => v !== 'b' }, 's', 3);
    expect(walk.nodes).toEqual(['s', 'a']);
    expect(walk.perHop).toEqual([1, 0, 0]);
    expect(walk.edges).toEqual(['s-a']);
  });
});

describe('ShortestPathSearch', () => {
  /** An undirected search over "u-v" edges named by the pair and a suffix. */
  function path(from: string, to: string, maxDepth: number, ...edges: string[]) {
    const search = new ShortestPathSearch<string, string>(from, to, maxDepth, compareStrings, compareStrings);
    while (search.searching) {
      for (const u of search.frontier) {
        for (const edge of edges) {
          const [a, b] = edge.split(':')[0]!.split('-') as [string, string];
          if (a === u) search.step(u, edge, b);
          if (b === u) search.step(u, edge, a);
        }
      }
      search.endLayer();
    }
    return search.result();
  }

  it('takes the lexicographically smallest node sequence among shortest paths, ignoring direction', () => {
    // s–b–t and s–a–t (stored t→a): both length 2, a < b.
    expect(path('s', 't', 3, 's-b', 'b-t', 's-a', 't-a')).toEqual({
      nodes: ['s', 'a', 't'],
      edges: ['s-a', 't-a'],
    });
  });

  it('between the same two nodes, the smallest edge id', () => {
    expect(path('s', 't', 1, 's-t:2', 's-t:1')?.edges).toEqual(['s-t:1']);
  });

  it('null beyond maxDepth or when unreachable; the node alone from itself', () => {
    expect(path('s', 't', 1, 's-a', 'a-t')).toBeNull();
    expect(path('s', 'z', 5, 's-a')).toBeNull();
    expect(path('s', 's', 1)).toEqual({ nodes: ['s'], edges: [] });
  });
});
