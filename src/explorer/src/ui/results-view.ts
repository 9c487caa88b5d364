import type { NodeSummary } from '../api/types.ts';
import type { KindStyle } from '../graph/kind-style.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import { h } from './dom.ts';
import { kindBadge } from './kind-badge.ts';

export interface ResultsInput {
  query: string;
  /** Every hit loaded so far, best first. */
  nodes: NodeSummary[];
  /** Whether the API has more. */
  more: boolean;
  lang: Lang;
  styles: Map<string, KindStyle>;
  onOpen(id: string): void;
  onMore(): void;
}

/** The search results page: every hit, a page at a time, each opening its lineage. */
export function resultsView(input: ResultsInput): Element[] {
  const { query, nodes, lang, styles } = input;
  const items = nodes.map((node, i) => {
    const caption = nodeCaption(node, lang);
    const label = labelIn(node, lang);
    return h(
      'li',
      { className: 'result', attrs: { 'data-node': node.id, 'data-rank': i + 1 } },
      h(
        'button',
        {
          className: 'link',
          attrs: { type: 'button', 'aria-label': `Open the lineage of ${caption}` },
          on: { click: () => input.onOpen(node.id) },
        },
        caption,
      ),
      ' ',
      kindBadge(node.kind, styles),
      caption !== label ? h('span', {}, ` ${label}`) : null,
      node.date ? h('span', { className: 'muted small' }, ` ${node.date}`) : null,
      node.aliases.length > 0
        ? h('span', { className: 'muted small' }, ` · ${node.aliases.join(' · ')}`)
        : null,
    );
  });
  return [
    h('h2', {}, `Results for “${query}”`),
    h(
      'p',
      { className: 'muted', attrs: { role: 'status' } },
      nodes.length === 0 ? 'No matches.' : `${nodes.length}${input.more ? '+' : ''} results, best first.`,
    ),
    h('ol', { className: 'results' }, ...items),
    input.more
      ? h(
          'button',
          { className: 'results-more', attrs: { type: 'button' }, on: { click: input.onMore } },
          'More results',
        )
      : null,
  ].filter((e) => e !== null);
}
