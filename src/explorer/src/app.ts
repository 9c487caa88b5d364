import { type LineageApi, type OntologySummary, PATH_MAX_DEPTH, TIMELINE_LIMIT } from './api/index.ts';
import { download, fileStem, type GraphData, sceneToSvg, toGraphml, toJson } from './export/index.ts';
import {
  buildViewGraph,
  dateBounds,
  EXPANSION_CAP,
  type KindStyle,
  kindStyles,
  LineageView,
  nodeCaption,
  type ViewGraph,
  type Visible,
  visibleElements,
} from './graph/index.ts';
import {
  addLineage,
  decodeState,
  type ExplorerState,
  encodeState,
  expand,
  focusOn,
  isExpanded,
  type LineageRequest,
  type Selection,
} from './state/index.ts';
import {
  type Actions,
  byId,
  elementList,
  entityPanel,
  errorMessage,
  evidencePanel,
  FiltersPanel,
  focusTargetClause,
  h,
  pathStatus,
  readerView,
  replaceChildren,
  SearchBox,
  showEvidenceTooltip,
  timelineAxis,
  timelineView,
} from './ui/index.ts';

/** A render that started before the latest navigation; its results are dropped. */
class Superseded extends Error {}

/**
 * The controller: the state lives in the URL; every navigation pushes a history entry and re-renders
 * what changed. Panels only call Actions; nothing but this class touches the history.
 */
export class ExplorerApp implements Actions {
  private state: ExplorerState = decodeState(window.location.search);
  private ontology: OntologySummary | null = null;
  private styles = new Map<string, KindStyle>();
  private filters: FiltersPanel | null = null;
  private view: LineageView;
  private graph: ViewGraph | null = null;
  private visible: Visible | null = null;
  private drawnKey = '';
  private readerKey = '';
  private renderToken = 0;
  private busy = 0;

  constructor(private readonly api: LineageApi) {
    this.view = new LineageView(byId('cy'), {
      onNode: (id) => this.select({ type: 'node', id }),
      onExpand: (id) => this.expand(id),
      onMore: (center) => this.expand(center, true),
      onEdge: (id) => this.select({ type: 'edge', id }),
      onEdgeHover: (edge, at) => showEvidenceTooltip(byId('edge-tooltip'), edge ? edge.evidence : null, at),
    });
    new SearchBox({
      input: byId<HTMLInputElement>('search-input'),
      listbox: byId('search-suggestions'),
      status: byId('search-status'),
      search: (text, signal) => this.api.search(text, 8, signal),
      onChoose: (node) => this.focus(node.id),
      onError: (error) => this.showError(error),
      lang: () => this.state.lang,
    });
    byId('view-graph').addEventListener('click', () => this.setView('graph'));
    byId('view-timeline').addEventListener('click', () => this.setView('timeline'));
    byId('lang-en').addEventListener('click', () => this.navigate({ ...this.state, lang: 'en' }));
    byId('lang-fr').addEventListener('click', () => this.navigate({ ...this.state, lang: 'fr' }));
    byId('export-png').addEventListener('click', () =>
      download(`${this.fileStem()}.png`, this.view.png(), 'image/png'),
    );
    byId('export-svg').addEventListener('click', () =>
      download(`${this.fileStem()}.svg`, sceneToSvg(this.view.scene()), 'image/svg+xml'),
    );
    byId('export-json').addEventListener('click', () =>
      download(`${this.fileStem()}.json`, toJson(this.viewData()), 'application/json'),
    );
    byId('export-graphml').addEventListener('click', () =>
      download(`${this.fileStem()}.graphml`, toGraphml(this.viewData()), 'application/graphml+xml'),
    );
    this.wireTools();
    byId('error-retry').addEventListener('click', () => void this.start());
    byId('reader').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeReader();
    });
    // Keep the canvas size in step with its box (window resize, panels opening); the view is not re-fitted.
    new ResizeObserver(() => this.view.cy.resize()).observe(byId('cy'));
    window.addEventListener('popstate', () => {
      this.state = decodeState(window.location.search);
      void this.render();
    });
  }

  /** Load the ontology (legend, filters, colours), then draw the state in the URL. */
  async start(): Promise<void> {
    this.setBusy(1);
    try {
      if (!this.ontology) {
        const ontology = await this.api.ontology();
        this.ontology = ontology;
        this.styles = kindStyles(ontology.nodeKinds.map((k) => k.kind));
        this.filters = new FiltersPanel(byId('filters'), ontology, this.styles, (f) => this.setFilters(f));
      }
      this.clearError();
      await this.render();
    } catch (error) {
      this.showError(error);
    } finally {
      this.setBusy(-1);
    }
  }

  // ---- Actions -------------------------------------------------------------------------------

  select(selection: Selection | null): void {
    this.navigate({ ...this.state, selection });
  }

  expand(id: string, all = false): void {
    this.navigate({ ...expand(this.state, id, all), selection: { type: 'node', id } });
  }

  focus(id: string): void {
    this.navigate(focusOn(this.state, id));
  }

  reveal(selection: Selection, via: string, other?: string): void {
    const shown =
      selection.type === 'node'
        ? this.visible?.nodes.has(selection.id)
        : this.visible?.edges.has(selection.id);
    if (shown) {
      this.navigate({ ...this.state, view: 'graph', selection });
      return;
    }
    // Past the API's per-hop limit `via`'s own expansion may never hold the neighbour, so a node is
    // brought in by expanding the node itself (its neighbourhood holds `via`): every neighbour is reachable.
    const base = expand(this.state, via, true);
    const far = selection.type === 'node' ? selection.id : other;
    const next = far ? expand(base, far) : base;
    this.navigate({ ...next, view: 'graph', selection });
  }

  /** Draw a page of related nodes at once (a fan-out group's page in the entity panel). */
  drawMany(ids: string[]): void {
    let next = this.state;
    for (const id of ids) next = expand(next, id);
    this.navigate({ ...next, view: 'graph' });
  }

  openReader(document: string, clause: number | null): void {
    this.navigate({ ...this.state, reader: { document, clause } });
  }

  openEntity(id: string): void {
    if (this.visible?.nodes.has(id))
      this.navigate({ ...this.state, view: 'graph', selection: { type: 'node', id } });
    else this.expand(id);
  }

  closeReader(): void {
    this.navigate({ ...this.state, reader: null });
  }

  setPathEnd(end: 'from' | 'to', id: string | null): void {
    this.navigate(end === 'from' ? { ...this.state, pathFrom: id } : { ...this.state, pathTo: id });
  }

  setFilters(filters: ExplorerState['filters']): void {
    this.navigate({ ...this.state, filters });
  }

  setView(view: ExplorerState['view']): void {
    this.navigate({ ...this.state, view });
  }

  addLineage(id: string, lineage: LineageRequest): void {
    this.navigate({ ...addLineage(this.state, id, lineage), view: 'graph' });
  }

  private wireTools(): void {
    const on = (id: string, run: () => void) => byId(id).addEventListener('click', run);
    // Every change is a history entry (the state is the URL), so undo and redo are Back and Forward.
    on('tool-undo', () => window.history.back());
    on('tool-redo', () => window.history.forward());
    on('tool-relayout', () => this.view.relayout());
    on('tool-fit', () => this.view.fit());
    on('tool-zoom-in', () => this.view.zoomBy(1.25));
    on('tool-zoom-out', () => this.view.zoomBy(0.8));
    on('tool-pin', () => this.view.togglePin(this.canvasSelection()));
    on('tool-hide', () => {
      const ids = this.canvasSelection().filter((id) => id !== this.state.focus);
      if (ids.length === 0) return;
      const hiddenNodes = [...new Set([...this.state.filters.hiddenNodes, ...ids])];
      this.navigate({ ...this.state, selection: null, filters: { ...this.state.filters, hiddenNodes } });
    });
    on('tool-unhide', () => this.setFilters({ ...this.state.filters, hiddenNodes: [] }));
    const find = byId<HTMLInputElement>('find-in-view');
    find.addEventListener('input', () => {
      const count = this.view.findInView(find.value);
      byId('find-status').textContent = find.value.trim() === '' ? '' : `${count} in view`;
    });
  }

  /** Canvas multi-selection, else the selected node. */
  private canvasSelection(): string[] {
    const picked = this.view.selectedIds();
    if (picked.length > 0) return picked;
    return this.state.selection?.type === 'node' ? [this.state.selection.id] : [];
  }

  // ---- State and rendering -------------------------------------------------------------------

  private navigate(next: ExplorerState): void {
    byId('edge-tooltip').hidden = true;
    const search = encodeState(next);
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}`);
    }
    this.state = next;
    void this.render();
  }

  private async render(): Promise<void> {
    if (!this.ontology) return;
    const token = ++this.renderToken;
    const check = () => {
      if (token !== this.renderToken) throw new Superseded();
    };
    this.setBusy(1);
    try {
      this.syncChrome();
      if (this.state.view === 'graph') await this.renderGraph(check);
      else await this.renderTimeline(check);
      await Promise.all([this.renderDetails(check), this.renderReader(check)]);
      this.clearError();
    } catch (error) {
      if (!(error instanceof Superseded)) this.showError(error);
    } finally {
      this.setBusy(-1);
    }
  }

  private syncChrome(): void {
    const { view, lang } = this.state;
    byId('view-graph').setAttribute('aria-pressed', String(view === 'graph'));
    byId('view-timeline').setAttribute('aria-pressed', String(view === 'timeline'));
    byId('lang-en').setAttribute('aria-pressed', String(lang === 'en'));
    byId('lang-fr').setAttribute('aria-pressed', String(lang === 'fr'));
    byId('graph-view').hidden = view !== 'graph';
    byId('timeline-view').hidden = view !== 'timeline';
    byId('graph-hint').hidden = this.state.focus !== null;
    for (const id of ['export-png', 'export-svg', 'export-json', 'export-graphml']) {
      byId<HTMLButtonElement>(id).disabled = this.state.focus === null || view !== 'graph';
    }
    this.filters?.sync(this.state.filters);
  }

  private async renderGraph(check: () => void): Promise<void> {
    const { focus, expanded, pathFrom, pathTo, filters, lang } = this.state;
    if (focus === null) {
      this.graph = null;
      this.visible = null;
      this.view.cy.elements().remove();
      replaceChildren(byId('element-list'), h('p', { className: 'muted' }, 'Nothing drawn yet.'));
      replaceChildren(byId('path-status'));
      this.drawnKey = '';
      return;
    }
    const key = JSON.stringify({ focus, expanded, pathFrom, pathTo, filters, lang });
    if (key !== this.drawnKey) {
      const wanted = [{ id: focus, all: false }, ...expanded];
      const [hoods, path] = await Promise.all([
        Promise.all(
          wanted.map((e) =>
            'lineage' in e && e.lineage ? this.api.lineage(e.id, e.lineage) : this.api.neighbours(e.id),
          ),
        ),
        pathFrom && pathTo ? this.api.path(pathFrom, pathTo) : Promise.resolve(null),
      ]);
      check();
      // The focus may also be listed as expanded in full.
      const steps = hoods.map((neighbourhood, i) => ({
        neighbourhood,
        all: wanted[i]?.all === true || expanded.some((e) => e.id === wanted[i]?.id && e.all),
      }));
      this.graph = buildViewGraph(
        steps,
        path,
        EXPANSION_CAP,
        this.ontology?.nodeKinds.map((k) => k.kind) ?? [],
      );
      this.visible = visibleElements(this.graph, filters, focus);
      byId('cy').hidden = false;
      this.view.cy.resize();
      this.view.render({
        graph: this.graph,
        visible: this.visible,
        lang,
        selection: this.state.selection,
        styles: this.styles,
      });
      this.drawnKey = key;
      this.renderPathStatus(pathFrom && pathTo ? path !== null : null);
    } else {
      // The canvas may have been hidden (timeline view) since it was drawn.
      this.view.cy.resize();
      this.view.select(this.state.selection);
    }
    if (this.graph && this.visible) {
      replaceChildren(
        byId('element-list'),
        elementList(this.graph, this.visible, lang, this.state.selection, this),
      );
    }
  }

  private renderPathStatus(found: boolean | null): void {
    const name = (id: string | null) => {
      const node = id === null ? undefined : this.graph?.nodes.get(id);
      return node ? nodeCaption(node, this.state.lang) : id;
    };
    const content = pathStatus({
      from: name(this.state.pathFrom),
      to: name(this.state.pathTo),
      found,
      maxDepth: PATH_MAX_DEPTH,
      onClear: () => this.navigate({ ...this.state, pathFrom: null, pathTo: null }),
    });
    replaceChildren(byId('path-status'), ...(content ?? []));
  }

  private async renderTimeline(check: () => void): Promise<void> {
    const { filters, lang } = this.state;
    const { from, to } = dateBounds(filters);
    const ontology = this.ontology;
    const kinds = ontology?.nodeKinds.map((k) => k.kind).filter((k) => !filters.hiddenKinds.includes(k));
    const entries = await this.api.timeline(
      from,
      to,
      filters.hiddenKinds.length > 0 ? (kinds ?? null) : null,
    );
    check();
    replaceChildren(
      byId('timeline-view'),
      h('h2', {}, 'Timeline'),
      entries.length >= TIMELINE_LIMIT
        ? h(
            'p',
            { className: 'muted' },
            `Showing the first ${TIMELINE_LIMIT} items: narrow the dates to see the rest.`,
          )
        : null,
      timelineAxis(entries, lang, this.styles, (id) => this.focus(id)),
      timelineView(entries, lang, this.styles, this),
    );
  }

  private async renderDetails(check: () => void): Promise<void> {
    const container = byId('details');
    const selection =
      this.state.selection ?? (this.state.focus ? { type: 'node' as const, id: this.state.focus } : null);
    if (!selection || !this.ontology) {
      replaceChildren(
        container,
        h('p', { className: 'muted' }, 'Select a node or a relation to see its details.'),
      );
      return;
    }
    if (selection.type === 'edge') {
      const edge = this.graph?.edges.get(selection.id);
      replaceChildren(
        container,
        edge
          ? evidencePanel({
              edge,
              from: this.graph?.nodes.get(edge.from),
              to: this.graph?.nodes.get(edge.to),
              lang: this.state.lang,
              ontology: this.ontology,
              actions: this,
            })
          : h('p', { className: 'muted' }, 'This relation is not in the current view.'),
      );
      return;
    }
    const entity = await this.api.entity(selection.id);
    check();
    replaceChildren(
      container,
      entityPanel({
        entity,
        lang: this.state.lang,
        expanded: isExpanded(this.state, entity.id),
        hiddenNeighbours: this.graph?.more.find((m) => m.center === entity.id)?.count ?? 0,
        pathFrom: this.state.pathFrom,
        pathTo: this.state.pathTo,
        ontology: this.ontology,
        styles: this.styles,
        actions: this,
      }),
    );
  }

  private async renderReader(check: () => void): Promise<void> {
    const pane = byId('reader');
    const reader = this.state.reader;
    const selected =
      this.state.selection?.type === 'edge' ? this.graph?.edges.get(this.state.selection.id) : undefined;
    const key = reader ? `${reader.document}#${reader.clause}#${selected?.id ?? ''}` : '';
    if (key === this.readerKey) return;
    if (!reader) {
      pane.hidden = true;
      replaceChildren(pane);
      this.readerKey = '';
      return;
    }
    const doc = await this.api.document(reader.document);
    const versions = await this.api.languageVersions(doc.id);
    check();
    // Underline what the selected relation quotes from this document: the sentence being checked.
    const quotes = (selected?.evidence ?? []).filter((e) => e.document === doc.id);
    replaceChildren(pane, readerView(doc, reader.clause, quotes, versions, this));
    pane.hidden = false;
    this.readerKey = key;
    focusTargetClause(pane);
  }

  // ---- Feedback ------------------------------------------------------------------------------

  private showError(error: unknown): void {
    byId('error-message').textContent = errorMessage(error);
    byId('error-banner').hidden = false;
  }

  private clearError(): void {
    byId('error-banner').hidden = true;
  }

  private setBusy(delta: number): void {
    this.busy += delta;
    byId('app').setAttribute('aria-busy', String(this.busy > 0));
  }

  // ---- Exports -------------------------------------------------------------------------------

  private viewData(): GraphData {
    const { graph, visible } = this;
    if (!graph || !visible) return { nodes: [], edges: [] };
    return {
      nodes: [...graph.nodes.values()].filter((n) => visible.nodes.has(n.id)),
      edges: [...graph.edges.values()].filter((e) => visible.edges.has(e.id)),
    };
  }

  private fileStem(): string {
    const focus = this.state.focus ? this.graph?.nodes.get(this.state.focus) : undefined;
    return fileStem(focus ? nodeCaption(focus, this.state.lang) : null);
  }

  /** Test hooks: element ids and screen positions, so end-to-end tests can click canvas elements. */
  testHooks() {
    return {
      nodes: () =>
        this.view.cy.nodes().map((n) => ({
          id: n.id(),
          label: String(n.data('label') ?? ''),
          kind: String(n.data('kind') ?? ''),
          classes: n.classes(),
        })),
      edges: () =>
        this.view.cy.edges().map((e) => ({
          id: e.id(),
          type: String(e.data('type') ?? ''),
          classes: e.classes(),
        })),
      clientPosition: (id: string) => this.view.clientPosition(id),
      modelPositions: () =>
        Object.fromEntries(this.view.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const)),
      viewport: () => ({ zoom: this.view.cy.zoom(), pan: { ...this.view.cy.pan() } }),
      pinned: () => this.view.cy.nodes(':locked').map((n) => n.id()),
      selectOnCanvas: (ids: string[]) => {
        this.view.cy.nodes().unselect();
        for (const id of ids) this.view.cy.getElementById(id).select();
      },
    };
  }
}
