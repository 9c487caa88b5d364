import type { EdgeSingular } from 'cytoscape';
import {
  type LineageApi,
  type NodeSummary,
  type OntologySummary,
  PATH_MAX_DEPTH,
  type PathInfo,
} from './api/index.ts';
import {
  download,
  type FigureFrame,
  fileStem,
  type GraphData,
  sceneToSvg,
  toGraphml,
  toJson,
} from './export/index.ts';
import {
  buildViewGraph,
  EXPANSION_CAP,
  type KindStyle,
  kindStyles,
  LineageView,
  lineagePath,
  nodeCaption,
  type PathDirection,
  UNKNOWN_KIND_STYLE,
  type ViewGraph,
  type Visible,
  viewTimeline,
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
  LINEAGE_MAX_DEPTH,
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
  resultsView,
  SearchBox,
  showEvidenceTooltip,
  timelinePanel,
} from './ui/index.ts';

/** A render that started before the latest navigation; its results are dropped. */
class Superseded extends Error {}

/** The path drawn: the API's shortest path, or a lineage path found inside a walk from the first end. */
interface PathOutcome {
  path: PathInfo | null;
  direction: PathDirection | null;
  /** The walk was cut by the API's per-hop limit, so a lineage path may exist beyond it. */
  truncated: boolean;
}

/** Search hits per page of the results page. */
const RESULTS_PAGE = 25;

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
  private pathOutcome: PathOutcome | null = null;
  /** Path ends fetched to name them when they are not in view. */
  private readonly pathEnds = new Map<string, NodeSummary>();
  /** What the graph was fetched for, and what the canvas drew. */
  private dataKey = '';
  private drawnKey = '';
  private readerKey = '';
  /** The next node clicked on the canvas becomes the path's missing end. */
  private pickingPathEnd = false;
  private results: { query: string; nodes: NodeSummary[]; next: string | null } | null = null;
  private renderToken = 0;
  /** The relation group to bring into view once the selected entity's panel is drawn. */
  private pendingGroup: string | null = null;
  private busy = 0;

  constructor(private readonly api: LineageApi) {
    this.view = new LineageView(byId('cy'), {
      onNode: (id) => this.onCanvasNode(id),
      onExpand: (id) => this.expand(id),
      onMore: (center) => this.expand(center, true),
      onGroup: (center, group) => this.openGroup(center, group),
      onEdge: (id) => this.select({ type: 'edge', id }),
      onEdgeHover: (edge, at) => showEvidenceTooltip(byId('edge-tooltip'), edge ? edge.evidence : null, at),
    });
    new SearchBox({
      input: byId<HTMLInputElement>('search-input'),
      listbox: byId('search-suggestions'),
      status: byId('search-status'),
      empty: byId('search-empty'),
      search: (text, signal) => this.api.search(text, 8, signal),
      onChoose: (node) => this.focus(node.id),
      onAll: (text) => this.navigate({ ...this.state, view: 'results', query: text }),
      onError: (error) => this.showError(error),
      lang: () => this.state.lang,
    });
    byId('view-graph').addEventListener('click', () => this.setView('graph'));
    byId('view-timeline').addEventListener('click', () => this.setView('timeline'));
    byId('lang-en').addEventListener('click', () => this.navigate({ ...this.state, lang: 'en' }));
    byId('lang-fr').addEventListener('click', () => this.navigate({ ...this.state, lang: 'fr' }));
    byId('export-png').addEventListener('click', () => {
      this.view.png(this.figureFrame()).then(
        (png) => download(`${this.fileStem()}.png`, png, 'image/png'),
        (error: unknown) => this.showError(error),
      );
    });
    byId('export-svg').addEventListener('click', () =>
      download(`${this.fileStem()}.svg`, sceneToSvg(this.view.scene(), this.figureFrame()), 'image/svg+xml'),
    );
    byId('export-json').addEventListener('click', () =>
      download(`${this.fileStem()}.json`, toJson(this.viewData()), 'application/json'),
    );
    byId('export-graphml').addEventListener('click', () => {
      const lang = this.state.lang;
      const graphml = toGraphml(this.viewData(), {
        caption: (node) => nodeCaption(node, lang),
        positions: this.view.positions(),
      });
      download(`${this.fileStem()}.graphml`, graphml, 'application/graphml+xml');
    });
    this.wireTools();
    byId('error-retry').addEventListener('click', () => void this.start());
    byId('reader').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeReader();
    });
    // Keep the canvas size in step with its box (window resize, panels opening); re-fitted only while the
    // user has not panned or zoomed it.
    new ResizeObserver(() => this.view.resized()).observe(byId('cy'));
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

  private onCanvasNode(id: string): void {
    if (!this.pickingPathEnd) {
      this.select({ type: 'node', id });
      return;
    }
    this.pickingPathEnd = false;
    const next = this.state.pathFrom === null ? { pathFrom: id } : { pathTo: id };
    this.navigate({ ...this.state, ...next, selection: { type: 'node', id } });
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
      this.prefetchDetails();
      if (this.state.view === 'graph') await this.renderGraph(check);
      else if (this.state.view === 'timeline') await this.renderTimeline(check);
      else await this.renderResults(check);
      this.syncExports();
      await Promise.all([this.renderDetails(check), this.renderReader(check)]);
      this.clearError();
    } catch (error) {
      if (!(error instanceof Superseded)) {
        this.showError(error);
        this.syncExports();
      }
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
    byId('results-view').hidden = view !== 'results';
    byId('graph-hint').hidden = this.state.focus !== null;
    this.syncExports();
    this.filters?.sync(this.state.filters);
  }

  /** Exports need something drawn: disabled on an empty view, outside the lineage view, or while it loads. */
  private syncExports(): void {
    const empty =
      this.state.view !== 'graph' ||
      this.state.focus === null ||
      this.visible === null ||
      this.visible.nodes.size === 0 ||
      this.dataKey === '';
    for (const id of ['export-png', 'export-svg', 'export-json', 'export-graphml']) {
      byId<HTMLButtonElement>(id).disabled = empty;
    }
  }

  /** Relation types a path may follow: the shown ones (all when none is hidden). */
  private pathTypes(): string[] {
    const hidden = this.state.filters.hiddenRelations;
    if (hidden.length === 0 || !this.ontology) return [];
    return this.ontology.relationKinds.map((r) => r.type).filter((t) => !hidden.includes(t));
  }

  /** Nodes the user hid (by node or kind): a lineage path goes round them. */
  private hiddenByUser(): (node: NodeSummary) => boolean {
    const nodes = new Set(this.state.filters.hiddenNodes);
    const kinds = new Set(this.state.filters.hiddenKinds);
    return (node) => nodes.has(node.id) || kinds.has(node.kind);
  }

  private async findPath(from: string, to: string): Promise<PathOutcome> {
    const types = this.pathTypes();
    if (this.state.pathMode === 'shortest') {
      return { path: await this.api.path(from, to, types), direction: null, truncated: false };
    }
    let truncated = false;
    for (const direction of ['downstream', 'upstream'] as const) {
      const walk = await this.api.lineage(from, {
        direction: direction === 'downstream' ? 'DOWNSTREAM' : 'UPSTREAM',
        depth: LINEAGE_MAX_DEPTH,
        types,
        asOf: null,
      });
      truncated ||= walk.omitted > 0;
      const path = lineagePath(walk, from, to, direction, this.hiddenByUser());
      if (path) return { path, direction, truncated: false };
    }
    return { path: null, direction: null, truncated };
  }

  /** Fetch what the state shows and build the view graph (the lineage and timeline views share it). */
  private async loadGraph(check: () => void): Promise<void> {
    const { focus, expanded, pathFrom, pathTo, pathMode, filters } = this.state;
    if (focus === null) {
      this.graph = null;
      this.visible = null;
      this.pathOutcome = null;
      this.dataKey = '';
      return;
    }
    const avoid = pathMode === 'lineage' ? [filters.hiddenNodes, filters.hiddenKinds] : null;
    const key = JSON.stringify({
      focus,
      expanded,
      pathFrom,
      pathTo,
      pathMode,
      types: this.pathTypes(),
      avoid,
    });
    if (key !== this.dataKey || !this.graph) {
      // Nothing to export until this view has loaded (a failed load leaves nothing drawn for it).
      this.dataKey = '';
      const wanted = [{ id: focus, all: false }, ...expanded];
      const [hoods, outcome] = await Promise.all([
        Promise.all(
          wanted.map((e) =>
            'lineage' in e && e.lineage ? this.api.lineage(e.id, e.lineage) : this.api.neighbours(e.id),
          ),
        ),
        pathFrom && pathTo ? this.findPath(pathFrom, pathTo) : Promise.resolve(null),
      ]);
      check();
      // The focus may also be listed as expanded in full.
      const steps = hoods.map((neighbourhood, i) => ({
        neighbourhood,
        all: wanted[i]?.all === true || expanded.some((e) => e.id === wanted[i]?.id && e.all),
      }));
      this.graph = buildViewGraph(
        steps,
        outcome?.path ?? null,
        EXPANSION_CAP,
        this.ontology?.nodeKinds.map((k) => k.kind) ?? [],
      );
      this.pathOutcome = outcome;
      // A path end that is not drawn (no path found) is still named by its caption, not its id.
      for (const end of [pathFrom, pathTo]) {
        if (end && !this.graph.nodes.has(end) && !this.pathEnds.has(end)) {
          const entity = await this.api.entity(end).catch(() => null);
          check();
          if (entity) this.pathEnds.set(end, entity);
        }
      }
      this.dataKey = key;
    }
    this.visible = visibleElements(this.graph, filters, focus);
  }

  private async renderGraph(check: () => void): Promise<void> {
    await this.loadGraph(check);
    const { filters, lang } = this.state;
    if (!this.graph || !this.visible) {
      this.view.cy.elements().remove();
      this.renderElementList();
      replaceChildren(byId('path-status'));
      this.drawnKey = '';
      return;
    }
    const key = JSON.stringify({ data: this.dataKey, filters, lang });
    if (key !== this.drawnKey) {
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
    } else {
      // The canvas may have been hidden (timeline view) since it was drawn.
      this.view.cy.resize();
      this.view.select(this.state.selection);
    }
    this.renderPathStatus();
    this.renderElementList();
  }

  /** The In view list; keyboard focus stays on the item it was on (the list is rebuilt on every change). */
  private renderElementList(): void {
    const list = byId('element-list');
    if (!this.graph || !this.visible) {
      replaceChildren(list, h('p', { className: 'muted' }, 'Nothing drawn yet.'));
      return;
    }
    const active = document.activeElement;
    const focused =
      active instanceof HTMLElement && list.contains(active)
        ? (['data-node', 'data-edge', 'data-more'] as const)
            .map((name) => [name, active.getAttribute(name)] as const)
            .find(([, value]) => value !== null)
        : undefined;
    replaceChildren(list, elementList(this.graph, this.visible, this.state.lang, this.state.selection, this));
    if (focused) {
      const [name, value] = focused;
      const again = [...list.querySelectorAll<HTMLElement>(`[${name}]`)].find(
        (e) => e.getAttribute(name) === value,
      );
      again?.focus();
    }
  }

  private renderPathStatus(): void {
    const { pathFrom, pathTo } = this.state;
    const name = (id: string | null) => {
      const node = id === null ? undefined : (this.graph?.nodes.get(id) ?? this.pathEnds.get(id));
      return node ? nodeCaption(node, this.state.lang) : id;
    };
    const outcome = pathFrom && pathTo ? this.pathOutcome : null;
    const hidden = this.hiddenByUser();
    const throughHidden =
      outcome?.path?.nodes.filter((n) => n.id !== pathFrom && n.id !== pathTo && hidden(n)).length ?? 0;
    const content = pathStatus({
      from: name(pathFrom),
      to: name(pathTo),
      found: outcome ? outcome.path !== null : null,
      mode: this.state.pathMode,
      direction: outcome?.direction ?? null,
      truncated: outcome?.truncated ?? false,
      throughHidden,
      filtered: this.state.filters.hiddenRelations.length > 0,
      maxDepth: PATH_MAX_DEPTH,
      picking: this.pickingPathEnd,
      onPick: () => {
        this.pickingPathEnd = !this.pickingPathEnd;
        this.renderPathStatus();
      },
      onMode: (pathMode) => this.navigate({ ...this.state, pathMode }),
      onClear: () => {
        this.pickingPathEnd = false;
        this.navigate({ ...this.state, pathFrom: null, pathTo: null });
      },
    });
    replaceChildren(byId('path-status'), ...(content ?? []));
  }

  private async renderTimeline(check: () => void): Promise<void> {
    await this.loadGraph(check);
    const pane = byId('timeline-view');
    this.renderElementList();
    if (!this.graph || this.state.focus === null) {
      replaceChildren(
        pane,
        h('h2', {}, 'Timeline of the view'),
        h(
          'p',
          { className: 'muted' },
          'Nothing drawn yet: search for a node, and its lineage shows here in time.',
        ),
      );
      return;
    }
    const { filters, lang, focus } = this.state;
    // Every filter but the date range: the range is what the timeline shows and moves.
    const shown = visibleElements(this.graph, { ...filters, from: null, to: null }, focus).nodes;
    const timeline = viewTimeline(this.graph, shown);
    const selected = this.state.selection?.type === 'node' ? this.state.selection.id : null;
    replaceChildren(
      pane,
      h('h2', {}, 'Timeline of the view'),
      h(
        'p',
        { className: 'muted', attrs: { 'data-counts': '' } },
        `${timeline.dated.length} dated and ${timeline.undated.length} undated nodes in view.`,
      ),
      ...timelinePanel({
        timeline,
        lang,
        styles: this.styles,
        filters,
        selected,
        onSelect: (id) => this.select({ type: 'node', id }),
        onRange: (from, to) => this.setFilters({ ...filters, from, to }),
      }),
    );
  }

  private async renderResults(check: () => void): Promise<void> {
    const query = this.state.query;
    const pane = byId('results-view');
    if (query === null) {
      replaceChildren(pane, h('p', { className: 'muted' }, 'Search for a code, a name or an acronym.'));
      return;
    }
    if (this.results?.query !== query) {
      const page = await this.api.searchPage(query, RESULTS_PAGE, null);
      check();
      this.results = { query, nodes: page.nodes, next: page.next };
    }
    const results = this.results;
    replaceChildren(
      pane,
      ...resultsView({
        query,
        nodes: results.nodes,
        more: results.next !== null,
        lang: this.state.lang,
        styles: this.styles,
        onOpen: (id) => this.focus(id),
        onMore: () => void this.moreResults(),
      }),
    );
  }

  private async moreResults(): Promise<void> {
    const results = this.results;
    if (!results?.next) return;
    this.setBusy(1);
    try {
      const page = await this.api.searchPage(results.query, RESULTS_PAGE, results.next);
      if (this.results !== results) return;
      this.results = { query: results.query, nodes: [...results.nodes, ...page.nodes], next: page.next };
      await this.render();
    } catch (error) {
      this.showError(error);
    } finally {
      this.setBusy(-1);
    }
  }

  /** What the details panel shows: the selection, else the focus. */
  private detailsSelection(): Selection | null {
    return this.state.selection ?? (this.state.focus ? { type: 'node', id: this.state.focus } : null);
  }

  /** Start loading the selected entity while the graph loads and draws: its panel is drawn after the graph. */
  private prefetchDetails(): void {
    const selection = this.detailsSelection();
    // A failure is reported by renderDetails, which asks again (failed loads are not cached).
    if (selection?.type === 'node') this.api.entity(selection.id).catch(() => {});
  }

  private async renderDetails(check: () => void): Promise<void> {
    const container = byId('details');
    const selection = this.detailsSelection();
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
        hiddenNeighbours: (this.graph?.more ?? [])
          .filter((m) => m.center === entity.id)
          .reduce((sum, m) => sum + m.count, 0),
        pathFrom: this.state.pathFrom,
        pathTo: this.state.pathTo,
        ontology: this.ontology,
        styles: this.styles,
        actions: this,
      }),
    );
    this.showPendingGroup();
  }

  /** A fan-out group node was activated: select its centre and bring that group's paged list into view. */
  private openGroup(center: string, group: string): void {
    this.pendingGroup = group;
    const selected = this.state.selection;
    if (selected?.type === 'node' && selected.id === center) this.showPendingGroup();
    else this.select({ type: 'node', id: center });
  }

  private showPendingGroup(): void {
    const group = this.pendingGroup;
    const section = group
      ? byId('details').querySelector<HTMLElement>(`.relation-group[data-group="${CSS.escape(group)}"]`)
      : null;
    if (!section) return;
    this.pendingGroup = null;
    section.scrollIntoView({ block: 'start' });
    const heading = section.querySelector<HTMLElement>('h3');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
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

  /** Title, legend (kinds and relation types drawn, in ontology order) and source line of a figure. */
  private figureFrame(): FigureFrame {
    const data = this.viewData();
    const focus = this.state.focus ? this.graph?.nodes.get(this.state.focus) : undefined;
    const kinds = new Set(data.nodes.map((n) => n.kind));
    const types = new Set(data.edges.map((e) => e.type));
    const legend = (this.ontology?.nodeKinds ?? [])
      .filter((k) => kinds.has(k.kind))
      .map((k) => {
        const style = this.styles.get(k.kind) ?? UNKNOWN_KIND_STYLE;
        return { label: k.kind, color: style.color, shape: style.shape };
      });
    const relations = (this.ontology?.relationKinds ?? []).map((r) => r.type).filter((t) => types.has(t));
    const { from, to } = this.state.filters;
    const range = from || to ? `, ${from ?? '…'}–${to ?? '…'}` : '';
    return {
      title: `Lineage of ${focus ? nodeCaption(focus, this.state.lang) : 'the view'} (${data.nodes.length} nodes, ${data.edges.length} relations${range})`,
      source: `Decision Lineage explorer · ${window.location.href} · exported ${new Date().toISOString().slice(0, 10)}`,
      legend,
      relations,
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
      fitted: () => this.view.isFitted(),
      restyled: () => [...this.view.lastRestyled()],
      /** Each drawn edge as the polyline it is drawn along (bends sampled), and each node's box. */
      edgeLines: () =>
        this.view.cy
          .edges()
          .not('.more-link')
          .map((e: EdgeSingular) => ({
            id: e.id(),
            source: e.source().id(),
            target: e.target().id(),
            routed: e.hasClass('routed'),
            points: [e.sourceEndpoint(), ...(e.controlPoints() ?? []), e.targetEndpoint()],
          })),
      nodeBoxes: () =>
        this.view.cy.nodes().map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: false }) })),
      pinned: () => this.view.cy.nodes(':locked').map((n) => n.id()),
      selectOnCanvas: (ids: string[]) => {
        this.view.cy.nodes().unselect();
        for (const id of ids) this.view.cy.getElementById(id).select();
      },
    };
  }
}
