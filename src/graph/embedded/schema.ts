/**
 * SQLite schema of the embedded store. `*_contributions` keep each document's view of a node or edge, so that
 * removing or editing a document can recompute what is left (docs/store-semantics.md §1); `nodes` and `edges`
 * hold the merged result that reads use.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  clauses TEXT NOT NULL,
  mentions TEXT NOT NULL,
  -- The document's own node (its Resolution; see ownNodeId): its date dates the document's facts.
  node TEXT,
  -- DocumentRecord.knowledge (see ADDITIVE_COLUMNS for stores created before it).
  knowledge TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_node ON documents (node, id);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);

-- rowid is the FTS row of the node.
CREATE TABLE IF NOT EXISTS nodes (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT,
  acronym TEXT,
  aliases TEXT NOT NULL,
  labels TEXT NOT NULL,
  props TEXT NOT NULL,
  date TEXT,
  placed TEXT,
  state TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_code ON nodes (code) WHERE code IS NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_code_nocase ON nodes (code COLLATE NOCASE) WHERE code IS NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes (kind, id);
CREATE INDEX IF NOT EXISTS nodes_placed ON nodes (placed, id) WHERE placed IS NOT NULL;
-- Covering index: the traversal index reads every node in id order without touching the table.
CREATE INDEX IF NOT EXISTS nodes_walk ON nodes (id, kind, placed);

CREATE TABLE IF NOT EXISTS node_contributions (
  node TEXT NOT NULL,
  document TEXT NOT NULL,
  data TEXT NOT NULL,
  -- 1 when this document is the node's own document (it wins the merge).
  own INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (node, document)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_contributions_document ON node_contributions (document, node);

-- evidence: the edge's canonical evidence list (JSON), a read cache of the evidence table.
CREATE TABLE IF NOT EXISTS edges (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  -- rowids of the end nodes (stable: a node keeps its rowid while any edge touches it), for the traversal index.
  from_row INTEGER NOT NULL,
  to_row INTEGER NOT NULL,
  props TEXT,
  evidence TEXT NOT NULL,
  state TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS edges_from ON edges (from_id, id);
CREATE INDEX IF NOT EXISTS edges_to ON edges (to_id, id);
CREATE INDEX IF NOT EXISTS edges_type ON edges (type, id);
-- Covering index: the traversal index reads every edge in id order without touching the table.
CREATE INDEX IF NOT EXISTS edges_walk ON edges (id, type, from_row, to_row);

CREATE TABLE IF NOT EXISTS edge_contributions (
  edge TEXT NOT NULL,
  document TEXT NOT NULL,
  props TEXT,
  PRIMARY KEY (edge, document)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_contributions_document ON edge_contributions (document, edge);

CREATE TABLE IF NOT EXISTS evidence (
  edge TEXT NOT NULL,
  document TEXT NOT NULL,
  clause INTEGER NOT NULL,
  function TEXT NOT NULL,
  quote TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence (edge);
CREATE INDEX IF NOT EXISTS evidence_document ON evidence (document);

-- Folded name, acronym, alias and label → node, for findByName.
CREATE TABLE IF NOT EXISTS names (
  folded TEXT NOT NULL,
  node TEXT NOT NULL,
  PRIMARY KEY (folded, node)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_node ON names (node);

CREATE VIRTUAL TABLE IF NOT EXISTS node_fts USING fts5 (
  names, title, text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

/**
 * Columns added after SCHEMA_VERSION 1 was released, with the statement that adds each to an older store
 * (additive, so the version does not change and older stores keep opening).
 */
export const ADDITIVE_COLUMNS: ReadonlyArray<{ table: string; column: string; sql: string }> = [
  { table: 'documents', column: 'knowledge', sql: 'ALTER TABLE documents ADD COLUMN knowledge TEXT' },
];
