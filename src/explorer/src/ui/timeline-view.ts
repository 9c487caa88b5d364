import type { NodeSummary, TimelineEntry } from '../api/types.ts';
import { dateBounds, dateInRange } from '../graph/filter.ts';
import type { KindStyle } from '../graph/kind-style.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { ViewTimeline } from '../graph/view-timeline.ts';
import type { Filters, Lang } from '../state/state.ts';
import { h } from './dom.ts';
import { kindBadge } from './kind-badge.ts';
import { timelineAxis } from './timeline-axis.ts';

export interface TimelineInput {
  timeline: ViewTimeline;
  lang: Lang;
  styles: Map<string, KindStyle>;
  filters: Filters;
  selected: string | null;
  onSelect(id: string): void;
  /** Set the date range (years; null: open). */
  onRange(from: string | null, to: string | null): void;
}

/**
 * The lineage in view on a time axis: a chart, a year slider that sets the date filter of the graph, the dated
 * nodes by year (year-only dates shown as years) and the undated ones apart. Clicking an item selects its node.
 */
export function timelinePanel(input: TimelineInput): Element[] {
  const { timeline, lang, styles, filters, selected, onSelect } = input;
  const { from, to } = dateBounds(filters);
  const outside = new Set(timeline.dated.filter((e) => !dateInRange(e.date, from, to)).map((e) => e.node.id));
  const item = (node: NodeSummary, date: string | null) => {
    const caption = nodeCaption(node, lang);
    const label = labelIn(node, lang);
    const classes = ['timeline-item', outside.has(node.id) ? 'outside' : ''].filter(Boolean).join(' ');
    return h(
      'li',
      { className: classes, attrs: { 'data-node': node.id } },
      date ? h('time', { attrs: { datetime: date } }, date) : null,
      date ? ' ' : null,
      kindBadge(node.kind, styles),
      ' ',
      h(
        'button',
        {
          className: 'link',
          attrs: {
            type: 'button',
            'aria-current': selected === node.id ? 'true' : undefined,
            'aria-label': `Select ${caption}`,
          },
          on: { click: () => onSelect(node.id) },
        },
        caption,
      ),
      caption !== label ? h('span', { className: 'muted' }, ` ${label}`) : null,
    );
  };
  const years = new Map<string, TimelineEntry[]>();
  for (const entry of timeline.dated) {
    const year = entry.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  const dated =
    timeline.dated.length === 0
      ? h('p', { className: 'muted' }, 'Nothing dated in view.')
      : h(
          'ol',
          { className: 'timeline', attrs: { 'aria-label': 'Dated nodes in view' } },
          ...[...years].map(([year, items]) =>
            h(
              'li',
              { className: 'timeline-year' },
              h('h3', {}, year),
              h('ul', {}, ...items.map((entry) => item(entry.node, entry.date))),
            ),
          ),
        );
  const ranged = filters.from !== null || filters.to !== null;
  const undated =
    timeline.undated.length === 0
      ? null
      : h(
          'section',
          { className: 'timeline-undated', attrs: { 'aria-label': 'Undated nodes in view' } },
          h('h3', {}, `Undated (${timeline.undated.length})`),
          h(
            'p',
            { className: 'muted small' },
            ranged
              ? 'Hidden from the lineage view while a date range is set (the focus and path ends excepted).'
              : 'Shown in the lineage view; a date range hides them.',
          ),
          h('ul', {}, ...timeline.undated.map((node) => item(node, null))),
        );
  return [
    timelineAxis({ entries: timeline.dated, lang, styles, outside, selected, onSelect }) ?? h('span', {}),
    rangeSlider(input),
    dated,
    undated ?? h('span', {}),
  ];
}

/** Two year sliders over the view's years; moving one sets the graph's date filter. */
function rangeSlider({ timeline, filters, onRange }: TimelineInput): HTMLElement {
  if (!timeline.years) return h('span', {});
  const { min, max } = timeline.years;
  const year = (value: string | null, fallback: number) =>
    value === null ? fallback : Math.min(max, Math.max(min, Number(value.slice(0, 4))));
  const slider = (name: string, label: string, value: number) =>
    h(
      'label',
      {},
      `${label} `,
      h('input', {
        attrs: { type: 'range', name, min, max, step: 1, value, 'aria-valuetext': String(value) },
      }),
      h('output', { attrs: { for: name } }, String(value)),
    );
  const fromSlider = slider('range-from', 'From', year(filters.from, min));
  const toSlider = slider('range-to', 'To', year(filters.to, max));
  const inputs = [fromSlider, toSlider].map((l) => l.querySelector('input') as HTMLInputElement);
  const [fromInput, toInput] = inputs as [HTMLInputElement, HTMLInputElement];
  for (const input of inputs) {
    input.addEventListener('input', () => {
      const output = input.parentElement?.querySelector('output');
      if (output) output.textContent = input.value;
    });
    input.addEventListener('change', () => {
      let a = Number(fromInput.value);
      let b = Number(toInput.value);
      if (a > b) [a, b] = [b, a];
      onRange(a <= min ? null : String(a), b >= max ? null : String(b));
    });
  }
  return h(
    'fieldset',
    { className: 'timeline-range' },
    h('legend', {}, 'Years shown in the lineage view'),
    fromSlider,
    toSlider,
  );
}
