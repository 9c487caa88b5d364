import type { TimelineEntry } from '../api/types.ts';
import type { KindStyle } from '../graph/kind-style.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import type { Actions } from './actions.ts';
import { h } from './dom.ts';
import { kindBadge } from './kind-badge.ts';

/** Decisions, sessions and other dated entities by year, oldest first; each opens its lineage. */
export function timelineView(
  entries: TimelineEntry[],
  lang: Lang,
  styles: Map<string, KindStyle>,
  actions: Actions,
): HTMLElement {
  if (entries.length === 0) return h('p', { className: 'muted' }, 'Nothing dated in this range.');
  const years = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const year = entry.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return h(
    'ol',
    { className: 'timeline', attrs: { 'aria-label': 'Timeline' } },
    ...[...years].map(([year, items]) =>
      h(
        'li',
        { className: 'timeline-year' },
        h('h3', {}, year),
        h(
          'ul',
          {},
          ...items.map((entry) => {
            const caption = nodeCaption(entry.node, lang);
            const label = labelIn(entry.node, lang);
            return h(
              'li',
              { className: 'timeline-item', attrs: { 'data-node': entry.node.id } },
              h('time', { attrs: { datetime: entry.date } }, entry.date),
              ' ',
              kindBadge(entry.node.kind, styles),
              ' ',
              h(
                'button',
                {
                  className: 'link',
                  attrs: { type: 'button', 'aria-label': `Open the lineage of ${caption}` },
                  on: { click: () => actions.focus(entry.node.id) },
                },
                caption,
              ),
              caption !== label ? h('span', { className: 'muted' }, ` ${label}`) : null,
            );
          }),
        ),
      ),
    ),
  );
}
