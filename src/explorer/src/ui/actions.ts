import type { Filters, LineageRequest, Selection, View } from '../state/state.ts';

/** What the panels may ask the explorer to do; each call becomes a new state (and a history entry). */
export interface Actions {
  select(selection: Selection | null): void;
  /** Expand a node in place (all: past the cap) and select it. */
  expand(id: string, all?: boolean): void;
  /** Add a lineage walk from a node to the view and select the node. */
  addLineage(id: string, lineage: LineageRequest): void;
  /** Start a new lineage at a node. */
  focus(id: string): void;
  /** Select a related node or edge (to `other`), expanding `via` and the far node first when not in view. */
  reveal(selection: Selection, via: string, other?: string): void;
  /** Add these nodes to the view (each with its neighbours). */
  drawMany(ids: string[]): void;
  openReader(document: string, clause: number | null): void;
  /** Select an entity named in a text: in place when drawn, else added to the view with its neighbours. */
  openEntity(id: string): void;
  closeReader(): void;
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  setFilters(filters: Filters): void;
  setView(view: View): void;
}
