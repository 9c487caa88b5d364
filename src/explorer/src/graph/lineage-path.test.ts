import { describe, expect, it } from 'vitest';
import type { EdgeInfo, Neighbourhood, NodeSummary } from '../api/types.ts';
import { lineagePath } from './lineage-path.ts';
import { testNode } from './test-node.ts';

const node = (id: string) => testNode(id);
/** `from` is stored as the source; `antecedentFirst` false stores it the other way (as ESTABLISHES-like kinds). */
const edge = (from: string, to: string, sourceIsAntecedent = true): EdgeInfo => ({
  id: `E:${from}->${to}`,
  type: 'E',
  from,
  to,
  sourceIsAntecedent,
  evidence: [],
});
const walk = (center: string, ids: string[], edges: EdgeInfo[]): Neighbourhood => ({
  center,
  nodes: ids.map(node),
  edges,
  omitted: 0,
});

describe('lineagePath', () => {
  // a → b → c downstream, and a shortcut a ← d → c where d is the antecedent of both (not a lineage from a).
  const edges = [edge('r:a', 'r:b'), edge('r:b', 'r:c'), edge('r:d', 'r:a'), edge('r:d', 'r:c')];
  const hood = walk('r:a', ['r:a', 'r:b', 'r:c', 'r:d'], edges);

  it('follows antecedent → descendant steps only, never a step against the lineage', () => {
    const path = lineagePath(hood, 'r:a', 'r:c', 'downstream');
    expect(path?.nodes.map((n) => n.id)).toEqual(['r:a', 'r:b', 'r:c']);
    expect(path?.edges.map((e) => e.id)).toEqual(['E:r:a->r:b', 'E:r:b->r:c']);
  });

  it('walks upstream the other way, and finds nothing where the lineage runs the other way', () => {
    expect(lineagePath(hood, 'r:c', 'r:a', 'upstream')?.nodes.map((n) => n.id)).toEqual([
      'r:c',
      'r:b',
      'r:a',
    ]);
    expect(lineagePath(hood, 'r:c', 'r:a', 'downstream')).toBeNull();
    expect(lineagePath(hood, 'r:a', 'r:d', 'downstream'), 'd is upstream of a').toBeNull();
  });

  it('reads the antecedent end from sourceIsAntecedent, not from the stored direction', () => {
    // Stored body → resolution, but the resolution is the antecedent.
    const reversed = walk('r:x', ['r:x', 'b:y'], [edge('b:y', 'r:x', false)]);
    expect(lineagePath(reversed, 'r:x', 'b:y', 'downstream')?.edges).toHaveLength(1);
    expect(lineagePath(reversed, 'b:y', 'r:x', 'downstream')).toBeNull();
  });

  it('avoids hidden nodes but never the ends', () => {
    const avoidB = (n: NodeSummary) => n.id === 'r:b' || n.id === 'r:c';
    expect(lineagePath(hood, 'r:a', 'r:c', 'downstream', avoidB)).toBeNull();
    const around = walk(
      'r:a',
      ['r:a', 'r:b', 'r:e', 'r:c'],
      [...edges, edge('r:a', 'r:e'), edge('r:e', 'r:c')],
    );
    expect(
      lineagePath(around, 'r:a', 'r:c', 'downstream', (n) => n.id === 'r:b')?.nodes.map((n) => n.id),
    ).toEqual(['r:a', 'r:e', 'r:c']);
  });
});
