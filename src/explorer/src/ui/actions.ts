import type { Filters, Selection, View } from '../state/state.ts';

/** What the panels may ask the explorer to do; each call becomes a new state (and a history entry). */
export interface Actions {
  select(selection: Selection | null): void;
  /** Expand a node in place (all: past the cap) and select it. */
  expand(id: string, all?: boolean): void;
  /** Start a new lineage at a node. */
  focus(id: string): void;
  /** Select a related node or edge, expanding `via` in full first when it is not in view. */
  reveal(selection: Selection, via: string): void;
  openReader(document: string, clause: number | null): void;
  closeReader(): void;
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  setFilters(filters: Filters): void;
  setView(view: View): void;
}
