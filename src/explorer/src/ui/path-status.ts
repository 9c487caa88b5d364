import type { PathDirection } from '../graph/lineage-path.ts';
import type { PathMode } from '../state/state.ts';
import { h } from './dom.ts';

export interface PathStatusInput {
  /** Display names of the chosen ends (null when not chosen). */
  from: string | null;
  to: string | null;
  /** Whether a path was found; null until both ends are chosen. */
  found: boolean | null;
  mode: PathMode;
  /** For a lineage path: whether `to` is downstream of `from` or upstream. */
  direction: PathDirection | null;
  /** A lineage walk was cut by the API's per-hop limit (so "none" is not certain). */
  truncated: boolean;
  /** Nodes hidden by the user that the shortest path runs through (shown for the path). */
  throughHidden: number;
  /** Some relation types are hidden (the path follows the shown ones only). */
  filtered: boolean;
  maxDepth: number;
  /** The next canvas click chooses the missing end. */
  picking: boolean;
  onPick(): void;
  onMode(mode: PathMode): void;
  onClear(): void;
}

/**
 * Where the path choice stands: which ends are chosen (the other one can be picked on the canvas), the kind
 * of path (shortest either way, or a lineage path from antecedent to descendant), and what was found.
 */
export function pathStatus(input: PathStatusInput): Array<Node | string> | null {
  const { from, to, found, mode, direction, maxDepth } = input;
  if (from === null && to === null) return null;
  const types = input.filtered ? ' (shown relation types only)' : '';
  let text: string;
  if (found === null || from === null || to === null) {
    text = `Path ${from !== null ? `from ${from}` : `to ${to}`}: choose the other end in an entity's panel, by search, or on the canvas.`;
  } else if (!found) {
    text =
      mode === 'lineage'
        ? `No lineage path between ${from} and ${to} within ${maxDepth} hops${types}${input.truncated ? '; the walk was cut at the API’s per-hop limit, so one may lie beyond it' : ''}.`
        : `No path between ${from} and ${to} within ${maxDepth} steps${types}.`;
  } else if (mode === 'lineage') {
    text =
      direction === 'upstream'
        ? `Lineage path highlighted: ${to} is an antecedent of ${from}${types}.`
        : `Lineage path highlighted: ${from} is an antecedent of ${to}${types}.`;
  } else {
    text = `Shortest path from ${from} to ${to} highlighted (any direction${input.filtered ? ', shown relation types only' : ''}).`;
  }
  const hiddenNote =
    found && input.throughHidden > 0
      ? ` It runs through ${input.throughHidden} hidden node${input.throughHidden === 1 ? '' : 's'}, shown for the path.`
      : '';
  const modes = h(
    'span',
    { className: 'path-modes', attrs: { role: 'group', 'aria-label': 'Kind of path' } },
    'Kind: ',
    ...(
      [
        ['shortest', 'Shortest (any direction)'],
        ['lineage', 'Lineage (antecedent → descendant)'],
      ] as const
    ).flatMap(([value, label], i) => [
      i > 0 ? ' · ' : '',
      h(
        'button',
        {
          className: 'link',
          attrs: { type: 'button', 'data-path-mode': value, 'aria-pressed': String(mode === value) },
          on: { click: () => input.onMode(value) },
        },
        label,
      ),
    ]),
  );
  const pick =
    (from === null) !== (to === null)
      ? h(
          'button',
          {
            className: 'link path-pick',
            attrs: { type: 'button', 'aria-pressed': String(input.picking) },
            on: { click: input.onPick },
          },
          input.picking
            ? 'Click a node on the canvas… (click here to cancel)'
            : 'Pick the other end on the canvas',
        )
      : null;
  const clear = h(
    'button',
    { className: 'link', attrs: { type: 'button' }, on: { click: input.onClear } },
    'Clear path',
  );
  return [`${text}${hiddenNote}`, ' ', ...(pick ? [pick, ' '] : []), clear, ' ', modes];
}
