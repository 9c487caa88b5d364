import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { EdgeInfo } from '../api/types.ts';
import { type FigureFrame, PNG_MAX_SIDE } from '../export/figure-frame.ts';
import { framePng } from '../export/png-figure.ts';
import type { SvgEdge, SvgScene } from '../export/svg-scene.ts';
import type { Lang, Selection } from '../state/state.ts';
import { edgesCrossing, type RouteBox, type RouteEdge, routeEdges } from './edge-routing.ts';
import type { Visible } from './filter.ts';
import { type KindStyle, UNKNOWN_KIND_STYLE } from './kind-style.ts';
import { nodeCaption } from './labels.ts';
import { moreLabel, type ViewGraph } from './view-graph.ts';

cytoscape.use(dagre);

export interface LineageViewEvents {
  /** A node was clicked: select it (selecting never expands). */
  onNode(id: string): void;
  /** A node was double-clicked: expand it one hop both ways. */
  onExpand(id: string): void;
  /** An untyped "N more" node was clicked, or any fan-out group double-clicked: show all neighbours of `center`. */
  onMore(center: string): void;
  /** A fan-out group ("RECALLS by 90") was clicked: open `center`'s paged list of that group. */
  onGroup(center: string, group: string): void;
  onEdge(id: string): void;
  /** The pointer is over an edge (null when it leaves), with its position in viewport coordinates. */
  onEdgeHover(edge: EdgeInfo | null, at: { x: number; y: number }): void;
}

export interface RenderInput {
  graph: ViewGraph;
  visible: Visible;
  lang: Lang;
  selection: Selection | null;
  styles: Map<string, KindStyle>;
}

const MAX_FIT_ZOOM = 1.1;

function classList(classes: ElementDefinition['classes']): string[] {
  return (Array.isArray(classes) ? classes : (classes ?? '').split(' ')).filter(Boolean);
}

/** The classes `render` derives from the view graph (the others are set by pin, routing and hover). */
const RENDERED_CLASSES = ['expanded', 'on-path', 'reversed', 'more', 'more-link'] as const;

/** Where new nodes go next to the node that brought them in: a column of up to this many rows, this far apart. */
const PLACE_ROWS = 12;
const PLACE_ROW_GAP = 44;
const PLACE_COLUMN_GAP = 150;
/** The share of a half turn a large fan-out's ring spans (a little less than the whole half). */
const PLACE_ARC = 0.9;

const STYLESHEET: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      width: 30,
      height: 30,
      color: '#1f2933',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'border-width': 1,
      'border-color': '#ffffff',
      // An edge passing under a label must not garble it.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1f2933' } },
  {
    selector: 'node.more',
    style: {
      'background-color': '#f3f4f6',
      'border-style': 'dashed',
      'border-width': 2,
      'border-color': '#6b7280',
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 24,
      'text-valign': 'center',
      'text-margin-y': 0,
      color: '#374151',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9aa5b1',
      'source-arrow-color': '#9aa5b1',
      'arrow-scale': 0.9,
      label: 'data(type)',
      'font-size': 8,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  // Bent round the nodes its straight line would cross (graph/edge-routing.ts); the bend is from node centres.
  {
    selector: 'edge.routed',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bend)' as never,
      'control-point-weights': 0.5,
      'edge-distances': 'node-position',
    },
  },
  {
    selector: 'edge.hover',
    style: {
      width: 3.5,
      'line-color': '#52606d',
      'target-arrow-color': '#52606d',
      'source-arrow-color': '#52606d',
      'z-index': 10,
    },
  },
  // The edge is drawn from its upstream end, so the stored direction may point backwards.
  { selector: 'edge.reversed', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle' } },
  { selector: 'edge.more-link', style: { 'line-style': 'dashed', label: '', 'target-arrow-shape': 'none' } },
  { selector: '.faded', style: { opacity: 0.25 } },
  {
    selector: 'node.pinned',
    style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#CC79A7' },
  },
  {
    selector: 'node:selected',
    style: {
      'background-color': 'data(color)',
      'underlay-color': '#0072B2',
      'underlay-opacity': 0.25,
      'underlay-padding': 6,
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      width: 4,
      'line-color': '#E69F00',
      'target-arrow-color': '#E69F00',
      'source-arrow-color': '#E69F00',
    },
  },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#E69F00' } },
  {
    selector: 'node.selected',
    style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.2, 'overlay-padding': 6 },
  },
  {
    selector: 'edge.selected',
    style: {
      width: 4,
      'line-color': '#0072B2',
      'target-arrow-color': '#0072B2',
      'source-arrow-color': '#0072B2',
    },
  },
];

/** The Cytoscape canvas: draws a ViewGraph left to right in lineage order and reports clicks. */
export class LineageView {
  readonly cy: Core;
  private edgeInfo = new Map<string, EdgeInfo>();
  /** Each drawn element's data and classes as last set (id → signature), to touch only what changed. */
  private drawn = new Map<string, string>();
  /** Ids of the drawn elements the last render had to update (not those it added). */
  private restyled: string[] = [];
  /** True while the viewport is where a fit left it; a pan or zoom by the user clears it. */
  private fitted = false;
  /** Set while the view moves the viewport itself, so that move is not taken for the user's. */
  private moving = false;

  constructor(container: HTMLElement, events: LineageViewEvents) {
    this.cy = cytoscape({
      container,
      style: STYLESHEET,
      minZoom: 0.02,
      maxZoom: 3,
      // Shift-drag draws a selection box; shift-click adds to it (Cytoscape's own multi-selection).
      boxSelectionEnabled: true,
      selectionType: 'additive',
    });
    this.cy.on('tap', 'node', (event: EventObject) => {
      const center = event.target.data('center') as string | undefined;
      const group = event.target.data('group') as string | undefined;
      if (center && group) events.onGroup(center, group);
      else if (center) events.onMore(center);
      else events.onNode(event.target.id());
    });
    this.cy.on('dbltap', 'node', (event: EventObject) => {
      const center = event.target.data('center') as string | undefined;
      if (center) events.onMore(center);
      else events.onExpand(event.target.id());
    });
    this.cy.on('tap', 'edge', (event: EventObject) => {
      if (!event.target.hasClass('more-link')) events.onEdge(event.target.id());
    });
    this.cy.on('mouseover', 'edge', (event: EventObject) => {
      const edge = this.edgeInfo.get(event.target.id());
      const at = clientPoint(container, event.renderedPosition);
      event.target.addClass('hover');
      if (edge) events.onEdgeHover(edge, at);
    });
    this.cy.on('mouseout', 'edge', (event: EventObject) => {
      event.target.removeClass('hover');
      events.onEdgeHover(null, { x: 0, y: 0 });
    });
    this.cy.on('viewport', () => {
      if (!this.moving) this.fitted = false;
    });
    // A node dragged by hand may now sit on other edges, and its own may need new bends.
    this.cy.on('dragfree', 'node', (event: EventObject) => this.routeAll([event.target.id()]));
  }

  /** Move the viewport without it counting as the user's move. */
  private program(move: () => void): void {
    this.moving = true;
    try {
      move();
    } finally {
      this.moving = false;
    }
  }

  /** After the canvas box changed size: keep the whole view in sight unless the user has panned or zoomed. */
  resized(): void {
    this.cy.resize();
    if (this.fitted && this.cy.nodes().nonempty()) this.fit();
  }

  /** The drawn elements the last render updated in place (tests: an expand must not restyle the view). */
  lastRestyled(): readonly string[] {
    return this.restyled;
  }

  /** Whether the viewport is still where the last fit put it (tests and the resize rule). */
  isFitted(): boolean {
    return this.fitted;
  }

  /** Node bodies as routing obstacles (from position and size: cheaper than a bounding box per node). */
  private routeBoxes(nodes: cytoscape.NodeCollection = this.cy.nodes()): RouteBox[] {
    return nodes.map((n) => {
      const { x, y } = n.position();
      const w = n.outerWidth() / 2;
      const h = n.outerHeight() / 2;
      return { id: n.id(), x1: x - w, y1: y - h, x2: x + w, y2: y + h };
    });
  }

  private routeLines(edges: cytoscape.EdgeCollection): RouteEdge[] {
    return edges.map((e: cytoscape.EdgeSingular) => ({
      id: e.id(),
      source: { id: e.source().id(), ...e.source().position() },
      target: { id: e.target().id(), ...e.target().position() },
    }));
  }

  /**
   * Bend the edges whose straight line would run under another node (all of them, or only those touching or
   * crossing the nodes `placed`, after an incremental placement: the others are as they were). Node bodies
   * are the obstacles, not their labels: labels sit on a white background above the edges, so an edge passing
   * under one leaves it legible, and label boxes packed in a column would leave no way through.
   */
  routeAll(placed?: string[]): void {
    const all = this.cy.edges().not('.more-link');
    let edges = all;
    if (placed) {
      const ids = new Set(placed);
      const fresh = this.cy.nodes().filter((n) => ids.has(n.id()));
      const touching = fresh.connectedEdges().not('.more-link');
      const crossing = new Set(edgesCrossing(this.routeBoxes(fresh), this.routeLines(all.not(touching))));
      edges = touching.union(all.filter((e) => crossing.has(e.id())));
    }
    if (edges.empty()) return;
    const bends = routeEdges(this.routeBoxes(), this.routeLines(edges));
    this.cy.batch(() => {
      for (const edge of edges) {
        const bend = bends.get(edge.id());
        if (bend === undefined) edge.removeClass('routed');
        else edge.data('bend', bend).addClass('routed');
      }
    });
    // Cytoscape measures the normal of a node pair in a fixed order, which can flip it for an edge: check
    // each bend lies on the side routeEdges meant, and mirror it when not.
    this.cy.batch(() => {
      for (const [id, bend] of bends) {
        const edge = this.cy.getElementById(id) as cytoscape.EdgeSingular;
        const drawn = edge.controlPoints()?.[0];
        if (!drawn) continue;
        const a = edge.source().position();
        const b = edge.target().position();
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
        const side = (drawn.x - (a.x + b.x) / 2) * normal.x + (drawn.y - (a.y + b.y) / 2) * normal.y;
        if (Math.sign(side) !== Math.sign(bend)) edge.data('bend', -bend);
      }
    });
  }

  render({ graph, visible, lang, selection, styles }: RenderInput): void {
    const elements: ElementDefinition[] = [];
    for (const node of graph.nodes.values()) {
      if (!visible.nodes.has(node.id)) continue;
      const style = styles.get(node.kind) ?? UNKNOWN_KIND_STYLE;
      const classes = [
        graph.expanded.has(node.id) ? 'expanded' : '',
        graph.path.has(node.id) ? 'on-path' : '',
      ];
      elements.push({
        group: 'nodes',
        data: {
          id: node.id,
          label: nodeCaption(node, lang),
          kind: node.kind,
          date: node.date ?? '',
          ...style,
        },
        classes: classes.filter(Boolean).join(' '),
      });
    }
    for (const more of graph.more) {
      if (!visible.more.has(more.id)) continue;
      const label = moreLabel(more);
      elements.push({
        group: 'nodes',
        data: {
          id: more.id,
          center: more.center,
          group: more.group ?? '',
          label,
          // Wide enough for its caption ("TAKES_INTO_ACCOUNT by 12") at the 10 px font.
          width: Math.max(60, Math.round(label.length * 6.2 + 16)),
          date: '',
        },
        classes: 'more',
      });
      elements.push({
        group: 'edges',
        data: { id: `${more.id}:link`, source: more.center, target: more.id },
        classes: 'more-link',
      });
    }
    this.edgeInfo = new Map();
    for (const edge of graph.edges.values()) {
      if (!visible.edges.has(edge.id)) continue;
      this.edgeInfo.set(edge.id, edge);
      // Draw from the upstream (earlier) end so the layered layout puts antecedents to the left.
      const [source, target] = edge.sourceIsAntecedent ? [edge.from, edge.to] : [edge.to, edge.from];
      const classes = [edge.sourceIsAntecedent ? '' : 'reversed', graph.path.has(edge.id) ? 'on-path' : ''];
      elements.push({
        group: 'edges',
        data: { id: edge.id, source, target, type: edge.type },
        classes: classes.filter(Boolean).join(' '),
      });
    }
    const firstDraw = this.cy.nodes().empty();
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    const added: string[] = [];
    this.cy.batch(() => {
      // Only what changed is touched, so positions, zoom and pan survive every navigation.
      this.cy
        .elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      const drawn = new Map<string, string>();
      this.restyled = [];
      for (const definition of elements) {
        const id = String(definition.data.id);
        // Touching an element's data or classes restyles it: in a 500-node view an expand would restyle
        // every node. Only what differs from the last draw is set again.
        const signature = `${classList(definition.classes).join(' ')}\u0000${JSON.stringify(definition.data)}`;
        drawn.set(id, signature);
        const existing = this.cy.getElementById(id);
        if (existing.nonempty()) {
          if (this.drawn.get(id) !== signature) {
            this.restyled.push(id);
            existing.data(definition.data);
            // Only the classes render owns: pinned, routed and hover belong to other actions.
            const wanted = new Set(classList(definition.classes));
            for (const name of RENDERED_CLASSES) existing.toggleClass(name, wanted.has(name));
          }
        } else {
          this.cy.add(definition);
          if (definition.group === 'nodes') added.push(id);
        }
      }
      this.drawn = drawn;
      this.cy.elements('.faded').removeClass('faded');
      if (graph.path.size > 0) this.cy.elements().not('.on-path').addClass('faded');
      this.cy.elements('.selected').removeClass('selected');
      if (selection) this.cy.getElementById(selection.id).addClass('selected');
    });
    if (firstDraw) this.relayout();
    else if (added.length > 0) {
      this.placeNear(added);
      this.routeAll(added);
    }
  }

  /** Lay the whole view out again (layered, left to right in lineage order) and fit it; pinned nodes stay. */
  relayout(): void {
    this.program(() => this.runLayout());
    this.routeAll();
    this.fitted = true;
  }

  private runLayout(): void {
    this.cy
      .layout({
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 16,
        rankSep: 120,
        nodeDimensionsIncludeLabels: true,
        edgeSep: 12,
        // Ties broken by date then id, so siblings read oldest first and a URL always draws the same picture.
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          String(a.data('date') ?? '').localeCompare(String(b.data('date') ?? '')) ||
          (a.id() < b.id() ? -1 : 1),
        fit: true,
        padding: 30,
        animate: false,
      } as cytoscape.LayoutOptions)
      .run();
    // Fitting a handful of nodes would blow them up; cap the zoom so small lineages stay readable.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  fit(): void {
    this.program(() => {
      this.cy.fit(undefined, 30);
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
    this.fitted = true;
  }

  zoomBy(factor: number): void {
    const { width, height } = { width: this.cy.width(), height: this.cy.height() };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  /** Pin (lock) or unpin the given nodes: a pinned node keeps its place through every re-layout. */
  togglePin(ids: string[]): void {
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      if (node.empty()) continue;
      if (node.locked()) node.unlock().removeClass('pinned');
      else node.lock().addClass('pinned');
    }
  }

  /** Ids of the nodes selected on the canvas (click, shift-click, shift-drag box). */
  selectedIds(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  /** Centre the view on the nodes whose label contains `text` and select them; returns how many matched. */
  findInView(text: string): number {
    const needle = text.trim().toLowerCase();
    this.cy.nodes(':selected').unselect();
    if (needle === '') return 0;
    const found = this.cy.nodes().filter((n) =>
      String(n.data('label') ?? '')
        .toLowerCase()
        .includes(needle),
    );
    if (found.nonempty()) {
      found.select();
      this.cy.fit(found, 80);
      if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(found);
    }
    return found.length;
  }

  /** Position/pan/zoom snapshot, for undo. */
  positions(): Map<string, { x: number; y: number }> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  restorePositions(positions: Map<string, { x: number; y: number }>): void {
    this.cy.batch(() => {
      for (const [id, at] of positions) {
        const node = this.cy.getElementById(id);
        if (node.nonempty() && !node.locked()) node.position(at);
      }
    });
  }

  /**
   * Put new nodes next to a neighbour already drawn, in columns to its right when they are downstream of it
   * and to its left when upstream, so nothing that was on screen moves and the view is not re-fitted.
   */
  private placeNear(added: string[]): void {
    const pending = new Set(added);
    const groups = new Map<string, { parent: cytoscape.NodeSingular; side: number; ids: string[] }>();
    let progress = true;
    while (pending.size > 0 && progress) {
      progress = false;
      const placedNow: string[] = [];
      for (const id of pending) {
        const node = this.cy.getElementById(id);
        const anchor = node
          .connectedEdges()
          .map((e) => {
            const other = e.source().id() === id ? e.target() : e.source();
            return { other, side: e.source().id() === id ? -1 : 1 };
          })
          .find(({ other }) => !pending.has(other.id()));
        if (!anchor) continue;
        const key = `${anchor.other.id()}|${anchor.side}`;
        const group = groups.get(key) ?? { parent: anchor.other, side: anchor.side, ids: [] };
        group.ids.push(id);
        groups.set(key, group);
        placedNow.push(id);
      }
      for (const id of placedNow) pending.delete(id);
      this.cy.batch(() => {
        for (const group of groups.values()) this.placeGroup(group.parent, group.side, group.ids);
      });
      groups.clear();
      progress = placedNow.length > 0;
    }
    // Nodes with no drawn neighbour (a path's far end): below everything. (The bounding box of every node
    // measures every label, so it is only taken when needed.)
    if (pending.size === 0) return;
    const box = this.cy
      .nodes()
      .filter((n) => !pending.has(n.id()))
      .boundingBox({});
    let i = 0;
    this.cy.batch(() => {
      for (const id of pending) {
        this.cy.getElementById(id).position({
          x: box.x1 + (i % 10) * PLACE_COLUMN_GAP,
          y: box.y2 + 80 + Math.floor(i / 10) * PLACE_ROW_GAP,
        });
        i++;
      }
    });
  }

  /**
   * A few new nodes go in one column beside their parent; a larger fan-out goes on a half ring round it, on
   * the same side, at a radius that keeps PLACE_ROW_GAP between neighbours. Either way the straight edges
   * from the parent reach every member without passing under another one (columns side by side would put
   * the near column in the way of the far ones).
   */
  private placeGroup(parent: cytoscape.NodeSingular, side: number, ids: string[]): void {
    const origin = parent.position();
    const sorted = [...ids].sort((a, b) => {
      const da = String(this.cy.getElementById(a).data('date') ?? '');
      const db = String(this.cy.getElementById(b).data('date') ?? '');
      return da.localeCompare(db) || (a < b ? -1 : 1);
    });
    if (sorted.length <= PLACE_ROWS) {
      sorted.forEach((id, row) => {
        this.cy.getElementById(id).position({
          x: origin.x + side * PLACE_COLUMN_GAP,
          y: origin.y + (row - (sorted.length - 1) / 2) * PLACE_ROW_GAP,
        });
      });
      return;
    }
    const spread = PLACE_ARC * Math.PI;
    const radius = Math.max(PLACE_COLUMN_GAP, ((sorted.length - 1) * PLACE_ROW_GAP) / spread);
    sorted.forEach((id, k) => {
      // Oldest at the top, as in a column.
      const angle = -spread / 2 + (k * spread) / (sorted.length - 1);
      this.cy.getElementById(id).position({
        x: origin.x + side * radius * Math.cos(angle),
        y: origin.y + radius * Math.sin(angle),
      });
    });
  }

  /** Move the selection highlight without redrawing. */
  select(selection: Selection | null): void {
    this.cy.batch(() => {
      this.cy.elements('.selected').removeClass('selected');
      if (selection) this.cy.getElementById(selection.id).addClass('selected');
    });
  }

  /** Rendered centre of an element in viewport coordinates (used by the end-to-end tests to click it). */
  clientPosition(id: string): { x: number; y: number } | null {
    const element = this.cy.getElementById(id);
    if (element.empty()) return null;
    const position = element.isEdge()
      ? (element as cytoscape.EdgeSingular).renderedMidpoint()
      : (element as cytoscape.NodeSingular).renderedPosition();
    return clientPoint(this.cy.container() as HTMLElement, position);
  }

  /** The whole drawing at 2×, at most PNG_MAX_SIDE pixels a side, framed with title, legend and source. */
  async png(frame: FigureFrame): Promise<Blob> {
    // Cytoscape ignores maxWidth/maxHeight once a scale is given, so the cap is applied to the scale here.
    const box = this.cy.elements().boundingBox({});
    const scale = Math.min(2, PNG_MAX_SIDE / Math.max(1, box.w), PNG_MAX_SIDE / Math.max(1, box.h));
    const drawing = (await this.cy.png({
      output: 'blob-promise',
      full: true,
      scale,
      bg: '#ffffff',
    })) as unknown as Blob;
    return framePng(drawing, frame);
  }

  /** The drawing as plain values, for the SVG export. */
  scene(): SvgScene {
    const box = this.cy.elements().boundingBox({});
    const nodes = this.cy.nodes().map((node) => ({
      x: node.position('x'),
      y: node.position('y'),
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape')),
      fill: String(node.style('background-color')),
      stroke: String(node.style('border-color')),
      strokeWidth: Number.parseFloat(String(node.style('border-width'))) || 0,
      dashed: node.style('border-style') === 'dashed',
      opacity: Number.parseFloat(String(node.style('opacity'))) || 1,
      label: String(node.data('label') ?? ''),
      labelInside: node.style('text-valign') === 'center',
    }));
    const edges = this.cy.edges().map((edge) => {
      const arrow: SvgEdge['arrow'] =
        edge.style('source-arrow-shape') !== 'none'
          ? 'source'
          : edge.style('target-arrow-shape') !== 'none'
            ? 'target'
            : 'none';
      return {
        points: [edge.sourceEndpoint(), ...(edge.controlPoints() ?? []), edge.targetEndpoint()],
        stroke: String(edge.style('line-color')),
        width: Number.parseFloat(String(edge.style('width'))) || 1,
        dashed: edge.style('line-style') === 'dashed',
        opacity: Number.parseFloat(String(edge.style('opacity'))) || 1,
        label: edge.hasClass('more-link') ? '' : String(edge.data('type') ?? ''),
        arrow,
      };
    });
    return { box, nodes, edges };
  }
}

function clientPoint(container: HTMLElement, rendered: { x: number; y: number }): { x: number; y: number } {
  const box = container.getBoundingClientRect();
  return { x: box.left + rendered.x, y: box.top + rendered.y };
}
