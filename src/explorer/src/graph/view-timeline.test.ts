import { describe, expect, it } from 'vitest';
import { testNode } from './test-node.ts';
import { buildViewGraph } from './view-graph.ts';
import { viewTimeline } from './view-timeline.ts';

const node = (id: string, date: string | null) => testNode(id, { date });

describe('viewTimeline', () => {
  const nodes = [
    node('r:focus', '2014-11-07'),
    node('b:year', '2010'),
    node('r:old', '2010-03-01'),
    node('b:undated', null),
    node('r:hidden', '1999-01-01'),
  ];
  const graph = buildViewGraph(
    [{ neighbourhood: { center: 'r:focus', nodes, edges: [], omitted: 0 }, all: true }],
    null,
    10,
    ['r', 'b'],
  );
  const shown = new Set(['r:focus', 'b:year', 'r:old', 'b:undated']);

  it('holds only what is in view, dated by date then id, a year-only date kept as a year', () => {
    const timeline = viewTimeline(graph, shown);
    expect(timeline.dated.map((e) => [e.date, e.node.id])).toEqual([
      ['2010', 'b:year'],
      ['2010-03-01', 'r:old'],
      ['2014-11-07', 'r:focus'],
    ]);
    expect(timeline.years).toEqual({ min: 2010, max: 2014 });
  });

  it('lists undated nodes apart', () => {
    expect(viewTimeline(graph, shown).undated.map((n) => n.id)).toEqual(['b:undated']);
    expect(viewTimeline(graph, new Set(['b:undated'])).years).toBeNull();
  });
});
