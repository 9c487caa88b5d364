import { h } from './dom.ts';

export interface PathStatusInput {
  /** Display names of the chosen ends (null when not chosen). */
  from: string | null;
  to: string | null;
  /** Whether the API found a path; null until both ends are chosen. */
  found: boolean | null;
  maxDepth: number;
  onClear(): void;
}

/** One line saying where the path choice stands, with a way to clear it; null when no end is chosen. */
export function pathStatus({
  from,
  to,
  found,
  maxDepth,
  onClear,
}: PathStatusInput): Array<Node | string> | null {
  if (from === null && to === null) return null;
  const text =
    found === null || from === null || to === null
      ? `Path ${from !== null ? `from ${from}` : `to ${to}`}: choose the other end in an entity's panel.`
      : found
        ? `Path from ${from} to ${to} highlighted.`
        : `No path between ${from} and ${to} within ${maxDepth} steps.`;
  const clear = h(
    'button',
    { className: 'link', attrs: { type: 'button' }, on: { click: onClear } },
    'Clear path',
  );
  return [text, ' ', clear];
}
