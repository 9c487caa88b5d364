import type { EvidenceInfo } from '../api/types.ts';
import { h, replaceChildren } from './dom.ts';
import { evidenceItem } from './evidence-panel.ts';

const SHOWN = 2;
const GAP = 12;

/** Show an edge's quotes next to the pointer (null hides it), kept inside the window. */
export function showEvidenceTooltip(
  tooltip: HTMLElement,
  evidence: EvidenceInfo[] | null,
  at: { x: number; y: number },
): void {
  if (!evidence || evidence.length === 0) {
    tooltip.hidden = true;
    return;
  }
  replaceChildren(
    tooltip,
    ...evidence.slice(0, SHOWN).map((e) => evidenceItem(e)),
    evidence.length > SHOWN ? h('p', { className: 'muted' }, `and ${evidence.length - SHOWN} more`) : null,
  );
  tooltip.hidden = false;
  // Near the window's edge, flip to the other side of the pointer.
  const { offsetWidth: width, offsetHeight: height } = tooltip;
  const left = at.x + GAP + width > window.innerWidth ? at.x - GAP - width : at.x + GAP;
  const top = at.y + GAP + height > window.innerHeight ? at.y - GAP - height : at.y + GAP;
  tooltip.style.left = `${Math.max(4, left)}px`;
  tooltip.style.top = `${Math.max(4, top)}px`;
}
