import { describe, expect, it } from 'vitest';
import type { EdgeInfo, Neighbourhood, NodeSummary } from '../api/types.ts';
import { INITIAL_STATE } from '../state/state.ts';
import { dateBounds, dateInRange, visibleElements } from './filter.ts';
import { testNode } from './test-node.ts';
import { buildViewGraph, moreLabel, neighbourPriority } from './view-graph.ts';

const node = testNode;
const edge = (type: string, from: string, to: string): EdgeInfo => ({
  id: `${type}:${from}->${to}`,
  type,
  from,
  to,
  sourceIsAntecedent: true,
  evidence: [],
});
const KINDS = ['f', 'r', 'b', 'p', 'x'];
const hood = (center: string, neighbours: NodeSummary[], type = 'R', omitted = 0): Neighbourhood => ({
  center,
  nodes: [node(center), ...neighbours],
  edges: neighbours.map((n) => edge(type, center, n.id)),
  omitted,
});

describe('neighbourPriority', () => {
  it('orders by kind in ontology order, then oldest first with undated last, then by id', () => {
    const sorted = [
      node('b:z'),
      node('b:a'),
      node('r:new', { date: '2014-01-01' }),
      node('r:undated'),
      node('r:old', { date: '2010-01-01' }),
      node('x:unknown-kind'),
    ].sort(neighbourPriority(['r', 'b']));
    expect(sorted.map((n) => n.id)).toEqual(['r:old', 'r:new', 'r:undated', 'b:a', 'b:z', 'x:unknown-kind']);
  });
});

describe('buildViewGraph', () => {
  const many = Array.from({ length: 5 }, (_, i) => node(`b:${i}`));

  it('caps each expansion and counts the rest in an "N more" node', () => {
    const graph = buildViewGraph([{ neighbourhood: hood('f:0', many, 'R', 2), all: false }], null, 3, KINDS);
    expect([...graph.nodes.keys()]).toEqual(['f:0', 'b:0', 'b:1', 'b:2']);
    expect(graph.edges.size).toBe(3);
    // 2 left out by the cap (grouped by their relation to the centre), 2 more by the API's own limit.
    // A group under MIN_GROUP joins the untyped node.
    expect(graph.more).toEqual([{ id: 'more:f:0', center: 'f:0', count: 4, group: null }]);
    expect(graph.more.map(moreLabel)).toEqual(['4 more']);
  });

  it('groups a fan-out per relation type and side: "RECALLS by N" for those pointing at the centre', () => {
    const recalling = Array.from({ length: 6 }, (_, i) => node(`r:${i}`));
    const neighbourhood: Neighbourhood = {
      center: 'f:0',
      nodes: [node('f:0'), ...recalling, node('b:0'), node('b:1')],
      edges: [
        ...recalling.map((n) => edge('RECALLS', n.id, 'f:0')),
        edge('ESTABLISHES', 'f:0', 'b:0'),
        edge('ESTABLISHES', 'f:0', 'b:1'),
        // A second relation to a recalling resolution does not count it twice.
        edge('NOTES', 'r:5', 'f:0'),
      ],
      omitted: 0,
    };
    const graph = buildViewGraph([{ neighbourhood, all: false }], null, 2, KINDS);
    // The cap keeps r:0 and r:1 (kinds in ontology order, then by id); the rest are grouped.
    expect(graph.more.map((m) => [m.id, m.count, moreLabel(m)])).toEqual([
      ['more:f:0|in:RECALLS', 4, 'RECALLS by 4'],
      ['more:f:0', 2, '2 more'],
    ]);
    // The centre pointing at three or more of the left-out: an outgoing group.
    const wider: Neighbourhood = {
      ...neighbourhood,
      nodes: [...neighbourhood.nodes, node('b:2')],
      edges: [...neighbourhood.edges, edge('ESTABLISHES', 'f:0', 'b:2')],
    };
    expect(
      buildViewGraph([{ neighbourhood: wider, all: false }], null, 0, KINDS).more.map(moreLabel),
    ).toEqual(['RECALLS by 6', 'ESTABLISHES 3 →']);
    expect(buildViewGraph([{ neighbourhood, all: true }], null, 2, KINDS).more).toEqual([]);
  });

  it('shows everything when the step asks for all', () => {
    const graph = buildViewGraph([{ neighbourhood: hood('f:0', many), all: true }], null, 3, KINDS);
    expect(graph.nodes.size).toBe(6);
    expect(graph.more).toEqual([]);
  });

  it('does not count nodes already shown against the cap, nor as left out once a later step adds them', () => {
    const steps = [
      { neighbourhood: hood('f:0', many), all: false },
      { neighbourhood: hood('b:0', [node('b:1'), node('b:4'), node('x:1')]), all: false },
    ];
    const graph = buildViewGraph(steps, null, 3, KINDS);
    expect([...graph.nodes.keys()]).toEqual(['f:0', 'b:0', 'b:1', 'b:2', 'b:4', 'x:1']);
    expect(graph.more).toEqual([{ id: 'more:f:0', center: 'f:0', count: 1, group: null }]);
    expect(graph.expanded).toEqual(new Set(['f:0', 'b:0']));
    expect(graph.edges.has('R:b:0->b:1')).toBe(true);
  });

  it('adds and marks the path, edges only between shown nodes', () => {
    const path = {
      nodes: [node('f:0'), node('p:1'), node('p:2')],
      edges: [edge('P', 'f:0', 'p:1'), edge('P', 'p:2', 'p:1')],
    };
    const graph = buildViewGraph([{ neighbourhood: hood('f:0', [node('b:0')]), all: false }], path, 3, KINDS);
    expect(graph.path).toEqual(new Set(['f:0', 'p:1', 'p:2', 'P:f:0->p:1', 'P:p:2->p:1']));
    expect([...graph.edges.keys()]).toEqual(['P:f:0->p:1', 'P:p:2->p:1', 'R:f:0->b:0']);
  });
});

describe('visibleElements', () => {
  const graph = buildViewGraph(
    [
      {
        neighbourhood: {
          center: 'f:0',
          nodes: [
            node('f:0'),
            node('r:1', { date: '2009-05-01' }),
            node('r:2', { date: '2012-05-01' }),
            node('b:1'),
          ],
          edges: [
            edge('A', 'f:0', 'r:1'),
            edge('A', 'f:0', 'r:2'),
            edge('B', 'f:0', 'b:1'),
            edge('A', 'r:2', 'b:1'),
          ],
          omitted: 0,
        },
        all: false,
      },
    ],
    null,
    10,
    KINDS,
  );

  it('filters by date range, hiding undated nodes but never the focus', () => {
    const visible = visibleElements(graph, { ...INITIAL_STATE.filters, from: '2010', to: '2012' }, 'f:0');
    expect(visible.nodes).toEqual(new Set(['f:0', 'r:2']));
    expect(visible.edges).toEqual(new Set(['A:f:0->r:2']));
    const open = visibleElements(graph, INITIAL_STATE.filters, 'f:0');
    expect(open.nodes.has('b:1'), 'without a date filter undated nodes show').toBe(true);
  });

  it.each([
    ['1990', '1990-01-01', '1990-12-31', true, 'a year overlapping the range'],
    ['1990', '1990-06-01', null, true, 'a year containing the lower bound'],
    ['1989', '1990-01-01', null, false, 'a year before the range'],
    ['1991', null, '1990-12-31', false, 'a year after the range'],
    ['2010-05-01', '2010-01-01', '2010-12-31', true, 'a full date inside'],
    ['2011-01-01', null, '2010-12-31', false, 'a full date after'],
    [null, '2010-01-01', null, false, 'undated, with a bound set'],
    [null, null, null, true, 'undated, no bound'],
  ])('dateInRange(%s, %s, %s) is %s: %s', (date, from, to, expected, _why) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });

  it('hides relation types, and nodes left without a visible edge', () => {
    const visible = visibleElements(graph, { ...INITIAL_STATE.filters, hiddenRelations: ['A'] }, 'f:0');
    expect(visible.nodes).toEqual(new Set(['f:0', 'b:1']));
    expect(visible.edges).toEqual(new Set(['B:f:0->b:1']));
  });

  it('hides kinds but never the focus', () => {
    const visible = visibleElements(graph, { ...INITIAL_STATE.filters, hiddenKinds: ['f', 'b'] }, 'f:0');
    expect(visible.nodes).toEqual(new Set(['f:0', 'r:1', 'r:2']));
  });

  it('widens year bounds to whole years', () => {
    expect(dateBounds({ from: '2010', to: '2014' })).toEqual({ from: '2010-01-01', to: '2014-12-31' });
    expect(dateBounds({ from: '2010-03-04', to: null })).toEqual({ from: '2010-03-04', to: null });
  });
});
