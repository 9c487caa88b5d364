import type Database from 'better-sqlite3';
import type { Clause, Evidence, Extraction, GraphEdge, GraphNode } from '../../model/index.js';
import type { Ontology } from '../../ontology/index.js';
import {
  addEdgeProps,
  addNodeContribution,
  canonicalEvidence,
  type EdgePropsState,
  edgePropsFromState,
  emptyNodeState,
  fold,
  mergeNodeContributions,
  type NodeMergeState,
  nodeFromState,
  ownNodeId,
  type PreparedExtraction,
  placementDate,
  validateExtraction,
} from '../lineage/index.js';
import type { WriteOutcome } from '../store.js';
import { isUnavailable } from './database.js';
import { type EvidenceRow, evidenceFromRow } from './rows.js';

interface PendingText {
  /** True when the node had no full-text row before this document. */
  isNew: boolean;
  rowid?: number;
  node?: GraphNode;
}

/** Documents per write transaction. */
export const WRITE_BATCH = 100;

/**
 * Writes and removes documents (docs/store-semantics.md §1). Each call is one IMMEDIATE transaction, so a
 * crash leaves the old or the new state and a concurrent writer waits for the lock.
 */
export class DocumentWriter {
  private readonly q;
  /**
   * Full-text rows to rewrite when the current document is done, by node id: a document touches its own node
   * two or three times (merge, then its clause text), and each FTS5 delete+insert costs more than the rest of
   * the node's write, so each row is written once per document.
   */
  private readonly pendingText = new Map<string, PendingText>();

  constructor(
    private readonly db: Database.Database,
    private readonly ontology: Ontology,
  ) {
    this.q = {
      docHash: db.prepare<[string], { sha256: string; knowledge: string | null }>(
        'SELECT sha256, knowledge FROM documents WHERE id = ?',
      ),
      clausesOfNode: db
        .prepare<[string], string>('SELECT clauses FROM documents WHERE node = ? ORDER BY id')
        .pluck(),
      docNode: db.prepare<[string], string | null>('SELECT node FROM documents WHERE id = ?').pluck(),
      insertDoc: db.prepare(
        'INSERT INTO documents (id, source, sha256, language, text, clauses, mentions, node, knowledge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
      docNodes: db
        .prepare<[string], string>('SELECT node FROM node_contributions WHERE document = ?')
        .pluck(),
      docEdges: db
        .prepare<[string], string>('SELECT edge FROM edge_contributions WHERE document = ?')
        .pluck(),
      deleteDocNodeContribs: db.prepare('DELETE FROM node_contributions WHERE document = ?'),
      deleteDocEdgeContribs: db.prepare('DELETE FROM edge_contributions WHERE document = ?'),
      deleteDocEvidence: db.prepare('DELETE FROM evidence WHERE document = ?'),
      insertNodeContrib: db.prepare(
        'INSERT INTO node_contributions (node, document, data, own) VALUES (?, ?, ?, ?)',
      ),
      insertEdgeContrib: db.prepare(
        'INSERT INTO edge_contributions (edge, document, props) VALUES (?, ?, ?)',
      ),
      insertEvidence: db.prepare(
        'INSERT INTO evidence (edge, document, clause, function, quote, start, "end", rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      nodeContribs: db.prepare<[string], { document: string; data: string; own: number }>(
        'SELECT document, data, own FROM node_contributions WHERE node = ?',
      ),
      edgeContribs: db.prepare<[string], { document: string; props: string | null }>(
        'SELECT document, props FROM edge_contributions WHERE edge = ?',
      ),
      nodeState: db.prepare<[string], { rowid: number; state: string }>(
        'SELECT rowid, state FROM nodes WHERE id = ?',
      ),
      upsertNode: db
        .prepare<unknown[], number>(
          `INSERT INTO nodes (id, kind, name, code, acronym, aliases, labels, props, date, placed, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, code = excluded.code,
           acronym = excluded.acronym, aliases = excluded.aliases, labels = excluded.labels, props = excluded.props,
           date = excluded.date, placed = excluded.placed, state = excluded.state
         RETURNING rowid`,
        )
        .pluck(),
      deleteNode: db.prepare('DELETE FROM nodes WHERE rowid = ?'),
      deleteNames: db.prepare('DELETE FROM names WHERE node = ?'),
      insertName: db.prepare('INSERT OR IGNORE INTO names (folded, node) VALUES (?, ?)'),
      deleteFts: db.prepare('DELETE FROM node_fts WHERE rowid = ?'),
      insertFts: db.prepare('INSERT INTO node_fts (rowid, names, title, text) VALUES (?, ?, ?, ?)'),
      edgeState: db.prepare<[string], { state: string; evidence: string }>(
        'SELECT state, evidence FROM edges WHERE id = ?',
      ),
      edgeEvidence: db.prepare<[string], EvidenceRow>(
        'SELECT edge, document, clause, function, quote, start, "end", rule FROM evidence WHERE edge = ?',
      ),
      insertEdge: db.prepare(
        `INSERT INTO edges (id, type, from_id, to_id, from_row, to_row, props, evidence, state)
         VALUES (?, ?, ?, ?, (SELECT rowid FROM nodes WHERE id = ?), (SELECT rowid FROM nodes WHERE id = ?), ?, ?, ?)`,
      ),
      updateEdge: db.prepare('UPDATE edges SET props = ?, evidence = ?, state = ? WHERE id = ?'),
      deleteEdge: db.prepare('DELETE FROM edges WHERE id = ?'),
      deleteEdgeEvidence: db.prepare('DELETE FROM evidence WHERE edge = ?'),
    };
  }

  /**
   * Validate then write documents. Up to WRITE_BATCH documents share one IMMEDIATE transaction (one commit,
   * far cheaper than one each); every document runs in its own savepoint, so a document that fails is rolled
   * back alone and a crash loses the batch's uncommitted documents wholly, never part of one.
   */
  writeAll(extractions: readonly Extraction[]): WriteOutcome[] {
    const outcomes: WriteOutcome[] = [];
    for (let i = 0; i < extractions.length; i += WRITE_BATCH) {
      const batch = extractions.slice(i, i + WRITE_BATCH);
      outcomes.push(...this.db.transaction(() => batch.map((e) => this.writeOne(e))).immediate());
    }
    return outcomes;
  }

  private writeOne(extraction: Extraction): WriteOutcome {
    const checked = validateExtraction(extraction, this.ontology);
    const id = typeof extraction?.document?.id === 'string' ? extraction.document.id : '';
    if (!checked.ok) return { status: 'failed', document: id, error: checked.problems.join('; ') };
    try {
      return this.db.transaction(() => this.replace(checked.value))();
    } catch (error) {
      if (isUnavailable(error)) throw error;
      return { status: 'failed', document: id, error: (error as Error).message };
    }
  }

  private replace(prepared: PreparedExtraction): WriteOutcome {
    return this.withText(() => this.replaceFacts(prepared));
  }

  /** Run one document's changes, then write the full-text rows they touched (once each). */
  private withText<T>(change: () => T): T {
    this.pendingText.clear();
    try {
      const result = change();
      for (const [id, pending] of this.pendingText) this.writeText(id, pending);
      return result;
    } finally {
      this.pendingText.clear();
    }
  }

  private replaceFacts({ extraction, nodes, edges }: PreparedExtraction): WriteOutcome {
    const doc = extraction.document;
    const stored = this.q.docHash.get(doc.id);
    if (stored?.sha256 === doc.sha256 && stored.knowledge === (doc.knowledge ?? null))
      return { status: 'unchanged', document: doc.id };
    const previous = stored?.sha256;
    const recomputeNodes = new Set<string>();
    const recomputeEdges = new Set<string>();
    const previousOwn =
      previous === undefined ? undefined : this.removeFacts(doc.id, recomputeNodes, recomputeEdges);
    const own = ownNodeId(extraction);
    this.q.insertDoc.run(
      doc.id,
      doc.source,
      doc.sha256,
      doc.language,
      doc.text,
      JSON.stringify(doc.clauses ?? []),
      JSON.stringify(doc.mentions ?? []),
      own ?? null,
      doc.knowledge ?? null,
    );
    for (const node of nodes) this.addNode(doc.id, node, node.id === own, recomputeNodes);
    for (const edge of edges) this.addEdge(doc.id, edge, recomputeEdges);
    this.settle(recomputeNodes, recomputeEdges);
    for (const id of [previousOwn, own]) if (id) this.markText(id);
    return { status: 'written', document: doc.id, nodes: nodes.length, edges: edges.length };
  }

  /** Remove a document and whatever only it supported. */
  remove(id: string): boolean {
    return this.db
      .transaction((): boolean => {
        if (this.q.docHash.get(id) === undefined) return false;
        return this.withText(() => {
          const nodes = new Set<string>();
          const edges = new Set<string>();
          const own = this.removeFacts(id, nodes, edges);
          this.settle(nodes, edges);
          if (own) this.markText(own);
          return true;
        });
      })
      .immediate();
  }

  /** Delete a document's record, contributions and evidence; collect what must be re-merged. Returns its own node. */
  private removeFacts(document: string, nodes: Set<string>, edges: Set<string>): string | undefined {
    const own = this.q.docNode.get(document) ?? undefined;
    for (const node of this.q.docNodes.all(document)) nodes.add(node);
    for (const edge of this.q.docEdges.all(document)) edges.add(edge);
    this.q.deleteDocNodeContribs.run(document);
    this.q.deleteDocEdgeContribs.run(document);
    this.q.deleteDocEvidence.run(document);
    this.q.deleteDoc.run(document);
    return own;
  }

  private addNode(document: string, node: GraphNode, own: boolean, recompute: Set<string>): void {
    this.q.insertNodeContrib.run(node.id, document, JSON.stringify(node), own ? 1 : 0);
    // Nodes that lost a contribution are rebuilt from scratch afterwards; the others merge incrementally.
    if (recompute.has(node.id)) return;
    const current = this.q.nodeState.get(node.id);
    const state: NodeMergeState = current ? JSON.parse(current.state) : emptyNodeState(node.id);
    const next = addNodeContribution(state, document, node, own);
    if (current && JSON.stringify(next) === current.state) return;
    this.saveNode(next, !current);
  }

  private addEdge(document: string, edge: GraphEdge, recompute: Set<string>): void {
    this.q.insertEdgeContrib.run(edge.id, document, edge.props ? JSON.stringify(edge.props) : null);
    for (const e of edge.evidence) {
      this.q.insertEvidence.run(edge.id, document, e.clause, e.function, e.quote, e.start, e.end, e.rule);
    }
    if (recompute.has(edge.id)) return;
    const current = this.q.edgeState.get(edge.id);
    const state = addEdgeProps(current ? JSON.parse(current.state) : {}, document, edge.props);
    const props = edgePropsFromState(state);
    const propsJson = props ? JSON.stringify(props) : null;
    if (!current) {
      const evidence = JSON.stringify(canonicalEvidence(edge.evidence));
      this.q.insertEdge.run(
        edge.id,
        edge.type,
        edge.from,
        edge.to,
        edge.from,
        edge.to,
        propsJson,
        evidence,
        JSON.stringify(state),
      );
      return;
    }
    const evidence = canonicalEvidence([...(JSON.parse(current.evidence) as Evidence[]), ...edge.evidence]);
    this.q.updateEdge.run(propsJson, JSON.stringify(evidence), JSON.stringify(state), edge.id);
  }

  /** Rebuild (or delete) nodes and edges whose contributions changed other than by a plain addition. */
  private settle(nodes: Set<string>, edges: Set<string>): void {
    for (const id of edges) {
      const contributions = this.q.edgeContribs.all(id);
      if (contributions.length === 0) {
        this.q.deleteEdge.run(id);
        this.q.deleteEdgeEvidence.run(id);
        continue;
      }
      let state: EdgePropsState = {};
      for (const c of contributions) {
        state = addEdgeProps(state, c.document, c.props ? JSON.parse(c.props) : undefined);
      }
      const props = edgePropsFromState(state);
      const evidence = canonicalEvidence(this.q.edgeEvidence.all(id).map(evidenceFromRow));
      this.q.updateEdge.run(
        props ? JSON.stringify(props) : null,
        JSON.stringify(evidence),
        JSON.stringify(state),
        id,
      );
    }
    for (const id of nodes) {
      const contributions = this.q.nodeContribs.all(id);
      if (contributions.length === 0) {
        const current = this.q.nodeState.get(id);
        if (current) this.deleteNode(id, current.rowid);
        continue;
      }
      this.saveNode(
        mergeNodeContributions(
          id,
          contributions.map((c) => ({
            document: c.document,
            node: JSON.parse(c.data) as GraphNode,
            own: c.own === 1,
          })),
        ),
      );
    }
  }

  /** Write the merged node and its folded names, and queue its full-text row (`isNew`: nothing to delete first). */
  private saveNode(state: NodeMergeState, isNew = false): void {
    const node = nodeFromState(state);
    const rowid = this.q.upsertNode.get(
      node.id,
      node.kind,
      node.name,
      node.code ?? null,
      node.acronym ?? null,
      JSON.stringify(node.aliases),
      JSON.stringify(node.labels),
      JSON.stringify(node.props),
      typeof node.props.date === 'string' && node.props.date ? node.props.date : null,
      placementDate(node.props) ?? null,
      JSON.stringify(state),
    ) as number;
    if (!isNew) this.q.deleteNames.run(node.id);
    const names = [node.name, node.acronym, ...node.aliases, ...Object.values(node.labels)];
    for (const name of names) {
      const folded = typeof name === 'string' ? fold(name) : '';
      if (folded) this.q.insertName.run(folded, node.id);
    }
    this.markText(node.id, { rowid, node, isNew });
  }

  private deleteNode(id: string, rowid: number): void {
    this.q.deleteNode.run(rowid);
    this.q.deleteNames.run(id);
    this.q.deleteFts.run(rowid);
    this.pendingText.delete(id);
  }

  /**
   * Queue a node's full-text row. The first mark of a document says whether a row exists already (`isNew`);
   * the latest merged node is kept. A document's own node carries the clause text of its documents.
   */
  private markText(id: string, update: Partial<PendingText> = {}): void {
    const earlier = this.pendingText.get(id);
    this.pendingText.set(id, {
      isNew: earlier?.isNew ?? update.isNew ?? false,
      rowid: update.rowid ?? earlier?.rowid,
      node: update.node ?? earlier?.node,
    });
  }

  private writeText(id: string, pending: PendingText): void {
    if (pending.rowid !== undefined && pending.node) {
      this.writeFts(pending.rowid, pending.node, pending.isNew);
      return;
    }
    const current = this.q.nodeState.get(id);
    if (current) this.writeFts(current.rowid, nodeFromState(JSON.parse(current.state)), pending.isNew);
  }

  private writeFts(rowid: number, node: GraphNode, isNew = false): void {
    const names = [node.name, node.code, node.acronym, ...node.aliases, ...Object.values(node.labels)]
      .filter((n): n is string => typeof n === 'string' && n !== '')
      .join('\n');
    const title = typeof node.props.title === 'string' ? node.props.title : '';
    const text = this.q.clausesOfNode
      .all(node.id)
      .flatMap((clauses) => (JSON.parse(clauses) as Clause[]).map((c) => c.text))
      .join('\n');
    if (!isNew) this.q.deleteFts.run(rowid);
    this.q.insertFts.run(rowid, names, title, text);
  }
}
