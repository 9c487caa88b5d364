import { type KindStyle, UNKNOWN_KIND_STYLE } from '../graph/kind-style.ts';
import { h } from './dom.ts';

/** A kind name with its graph colour, used as legend and label everywhere a kind is shown. */
export function kindBadge(kind: string, styles: Map<string, KindStyle>): HTMLElement {
  const style = styles.get(kind) ?? UNKNOWN_KIND_STYLE;
  const swatch = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  swatch.style.backgroundColor = style.color;
  return h('span', { className: 'kind-badge' }, swatch, kind);
}
