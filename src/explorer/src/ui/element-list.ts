import type { NodeSummary } from '../api/types.ts';
import type { Visible } from '../graph/filter.ts';
import { nodeCaption } from '../graph/labels.ts';
import { moreLabel, type ViewGraph } from '../graph/view-graph.ts';
import type { Lang, Selection } from '../state/state.ts';
import type { Actions } from './actions.ts';
import { h } from './dom.ts';

/**
 * The lineage view as lists of buttons: the keyboard and screen-reader way into the canvas.
 * Enter on a node expands and selects it (as a click does); Enter on a relation shows its evidence.
 */
export function elementList(
  graph: ViewGraph,
  visible: Visible,
  lang: Lang,
  selection: Selection | null,
  actions: Actions,
): HTMLElement {
  const caption = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? nodeCaption(node, lang) : id;
  };
  const nodeItem = (node: NodeSummary) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          className: 'element',
          attrs: {
            type: 'button',
            'data-node': node.id,
            'aria-current': selection?.type === 'node' && selection.id === node.id ? 'true' : undefined,
            'aria-label': `${nodeCaption(node, lang)}, ${node.kind}${graph.expanded.has(node.id) ? ', expanded' : ', expand'}`,
          },
          on: { click: () => actions.expand(node.id) },
        },
        nodeCaption(node, lang),
      ),
    );
  const nodes = [...graph.nodes.values()].filter((n) => visible.nodes.has(n.id)).map(nodeItem);
  const more = graph.more
    .filter((m) => visible.more.has(m.id))
    .map((m) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            className: 'element more',
            attrs: { type: 'button', 'data-more': m.id },
            on: { click: () => actions.expand(m.center, true) },
          },
          `${moreLabel(m)} around ${caption(m.center)}, show all`,
        ),
      ),
    );
  const edges = [...graph.edges.values()]
    .filter((e) => visible.edges.has(e.id))
    .map((e) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            className: 'element',
            attrs: {
              type: 'button',
              'data-edge': e.id,
              'aria-current': selection?.type === 'edge' && selection.id === e.id ? 'true' : undefined,
            },
            on: { click: () => actions.select({ type: 'edge', id: e.id }) },
          },
          `${caption(e.from)} —${e.type}→ ${caption(e.to)}`,
        ),
      ),
    );
  return h(
    'div',
    { className: 'element-list' },
    h('h3', { attrs: { id: 'nodes-heading' } }, `Nodes (${nodes.length})`),
    h('ul', { attrs: { 'aria-labelledby': 'nodes-heading' } }, ...nodes, ...more),
    h('h3', { attrs: { id: 'edges-heading' } }, `Relations (${edges.length})`),
    h('ul', { attrs: { 'aria-labelledby': 'edges-heading' } }, ...edges),
  );
}
