import type { TimelineEntry } from '../api/types.ts';
import { type KindStyle, UNKNOWN_KIND_STYLE } from '../graph/kind-style.ts';
import { nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const LANE = 26;
const MARGIN = { left: 120, right: 20, top: 10, bottom: 26 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Fractional years, so dates within a year spread out; a year-only date sits mid-year. */
export function yearOf(date: string): number {
  if (date.length === 4) return Number(date) + 0.5;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

export interface TimelineAxisInput {
  entries: TimelineEntry[];
  lang: Lang;
  styles: Map<string, KindStyle>;
  /** Ids outside the date range (drawn faded). */
  outside: ReadonlySet<string>;
  selected: string | null;
  onSelect(id: string): void;
}

/**
 * The dated nodes in view as a picture: one lane per kind, one dot per node on a shared year axis. Dots are
 * for pointer users (the list beside it is the accessible form); clicking one selects that node.
 */
export function timelineAxis(input: TimelineAxisInput): SVGSVGElement | null {
  const { entries, lang, styles, outside, selected, onSelect } = input;
  if (entries.length === 0) return null;
  const kinds = [...styles.keys()].filter((k) => entries.some((e) => e.node.kind === k));
  for (const e of entries) if (!kinds.includes(e.node.kind)) kinds.push(e.node.kind);
  const years = entries.map((e) => yearOf(e.date));
  const min = Math.floor(Math.min(...years));
  const max = Math.floor(Math.max(...years)) + 1;
  const height = MARGIN.top + kinds.length * LANE + MARGIN.bottom;
  const x = (year: number) =>
    MARGIN.left + ((year - min) / (max - min)) * (WIDTH - MARGIN.left - MARGIN.right);
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    class: 'timeline-axis',
    role: 'img',
    'aria-label': `Timeline chart of the view from ${min} to ${max - 1}`,
  });
  kinds.forEach((kind, lane) => {
    const y = MARGIN.top + lane * LANE + LANE / 2;
    root.append(
      svg('text', { x: MARGIN.left - 8, y: y + 4, 'text-anchor': 'end', class: 'lane-label' }, kind),
    );
    root.append(svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y, y2: y, class: 'lane' }));
  });
  const axisY = MARGIN.top + kinds.length * LANE;
  const step = Math.max(1, Math.ceil((max - min) / 12));
  for (let year = min; year <= max; year += step) {
    root.append(svg('line', { x1: x(year), x2: x(year), y1: MARGIN.top, y2: axisY + 4, class: 'tick' }));
    root.append(
      svg('text', { x: x(year), y: axisY + 18, 'text-anchor': 'middle', class: 'tick-label' }, String(year)),
    );
  }
  for (const entry of entries) {
    const style = styles.get(entry.node.kind) ?? UNKNOWN_KIND_STYLE;
    const classes = [
      'dot',
      outside.has(entry.node.id) ? 'outside' : '',
      selected === entry.node.id ? 'selected' : '',
    ];
    const dot = svg('circle', {
      cx: x(yearOf(entry.date)),
      cy: MARGIN.top + kinds.indexOf(entry.node.kind) * LANE + LANE / 2,
      r: 6,
      fill: style.color,
      class: classes.filter(Boolean).join(' '),
      'data-node': entry.node.id,
    });
    const when = entry.date.length === 4 ? `${entry.date} (year only)` : entry.date;
    dot.append(svg('title', {}, `${when} · ${nodeCaption(entry.node, lang)}`));
    dot.addEventListener('click', () => onSelect(entry.node.id));
    root.append(dot);
  }
  return root;
}
