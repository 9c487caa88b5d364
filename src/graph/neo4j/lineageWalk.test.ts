import { describe, expect, it } from 'vitest';
import { type LineageStep, type LineageWalk, walkSteps } from './lineageWalk.js';

/** Steps from a compact list "u>w" (edge id `u-w`). */
const steps = (...pairs: string[]): LineageStep[] =>
  pairs.map((pair) => {
    const [u, w] = pair.split('>') as [string, string];
    return { u, w, edge: `${u}-${w}` };
  });

/** [id, hop] pairs in the walk's order. */
const hopsOf = (walk: LineageWalk) => walk.nodes.map((id, i) => [id, walk.hops[i]]);

describe('walkSteps (the shared lineage walk over fetched steps)', () => {
  // s → a, b, c; a → d; c → e; d → f; b → a (already seen); e → s (back to the start).
  const graph = steps('s>a', 's>b', 's>c', 'a>d', 'c>e', 'd>f', 'b>a', 'e>s');

  it('without a cap, visits by hop and returns every step between returned nodes from hops below depth', () => {
    const walk = walkSteps('s', 3, graph);
    expect(hopsOf(walk)).toEqual([
      ['s', 0],
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 2],
      ['e', 2],
      ['f', 3],
    ]);
    expect(walk.edges).toEqual(['a-d', 'b-a', 'c-e', 'd-f', 'e-s', 's-a', 's-b', 's-c']);
    expect(walk.perHop).toEqual([3, 2, 1]);
    expect(walk.truncated).toEqual([]);
  });

  it('stops stepping at depth: steps from the last hop are not returned', () => {
    const walk = walkSteps('s', 2, graph);
    expect(walk.nodes.includes('f')).toBe(false);
    expect(walk.edges).not.toContain('d-f');
    expect(walk.edges).not.toContain('e-s');
  });

  it('with perHopLimit keeps the first ids, counts the rest, marks them seen and does not expand them', () => {
    const walk = walkSteps('s', 3, graph, 1);
    // hop 1 keeps a (b, c omitted); hop 2 reaches d only (c was not expanded, so e is never reached).
    expect(hopsOf(walk)).toEqual([
      ['s', 0],
      ['a', 1],
      ['d', 2],
      ['f', 3],
    ]);
    expect(walk.truncated).toEqual([{ hop: 1, omitted: 2 }]);
    expect(walk.perHop).toEqual([3, 1, 1]);
    expect(walk.edges).toEqual(['a-d', 'd-f', 's-a']);
  });

  it('an omitted node never appears at a later hop, even when reachable from a kept one', () => {
    // s → a, b; a → b: b is omitted at hop 1 and must not come back at hop 2.
    const walk = walkSteps('s', 2, steps('s>a', 's>b', 'a>b'), 1);
    expect(walk.nodes).toEqual(['s', 'a']);
    expect(walk.perHop).toEqual([2, 0]);
    expect(walk.edges).toEqual(['s-a']);
  });

  it('sorts candidates by code unit, as both stores do', () => {
    const walk = walkSteps('s', 1, steps('s>b', 's>B', 's>a'), 2);
    expect(walk.nodes).toEqual(['s', 'B', 'a']);
    expect(walk.truncated).toEqual([{ hop: 1, omitted: 1 }]);
  });

  it('two edges joining the same pair are both returned', () => {
    const walk = walkSteps('s', 1, [
      { u: 's', w: 'a', edge: 'RECALLS:s->a' },
      { u: 's', w: 'a', edge: 'NOTES:s->a' },
    ]);
    expect(walk.edges).toEqual(['NOTES:s->a', 'RECALLS:s->a']);
    expect(walk.perHop).toEqual([1]);
  });
});
