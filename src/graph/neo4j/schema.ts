import type { Ontology } from '../../ontology/index.js';

/** Label every ontology node carries, for kind-agnostic lookups by id. */
export const ENTITY_LABEL = 'Entity';
/** Label of ingested source documents (text, clauses, hash, the facts they contributed). */
export const DOCUMENT_LABEL = 'Document';
/** Relationship from a document to each node it contributed; carries the contributed node as JSON. */
export const CONTRIBUTES = 'CONTRIBUTES';
/** Full-text index over names, aliases, titles (per the ontology's `fulltext` lists) and document text, for
 * people querying Neo4j directly (Browser, Bloom). */
export const FULLTEXT_INDEX = 'entity_text';
/** Lucene analyzer that lowercases and strips accents, so "Créé" matches "cree". */
export const FULLTEXT_ANALYZER = 'standard-folding';
/** Full-text index the store's `search` uses to find candidates: pre-folded tokens (fold + split exactly as
 * src/graph/lineage/fold.ts), so Lucene and the embedded store agree on what matches. */
export const SEARCH_INDEX = 'entity_search';
export const SEARCH_ANALYZER = 'whitespace';

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The schema statements derived from the ontology, in application order. Every statement is idempotent
 * (`IF NOT EXISTS`), so applying them at each start is safe. graph/constraints.cypher is this list.
 */
export function schemaStatements(ontology: Ontology): SchemaStatement[] {
  return schemaCypher(ontology).map((cypher) => ({ name: schemaName(cypher), cypher }));
}

/** One schema statement and the name of the constraint or index it creates. */
export interface SchemaStatement {
  name: string;
  cypher: string;
}

function schemaName(cypher: string): string {
  const match = /^CREATE (?:CONSTRAINT|INDEX|TEXT INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS/.exec(cypher);
  if (!match) throw new Error(`Schema statement without a name: ${cypher}`);
  return match[1]!;
}

function schemaCypher(ontology: Ontology): string[] {
  const out: string[] = [
    `CREATE CONSTRAINT ${snake(ENTITY_LABEL)}_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT ${snake(DOCUMENT_LABEL)}_id IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX ${snake(DOCUMENT_LABEL)}_own_node IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) ON (n.ownNode)`,
    // documentsByHash: the ingest's hash-first skip looks stored documents up by the sha256 of the bytes.
    `CREATE INDEX ${snake(DOCUMENT_LABEL)}_sha256 IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) ON (n.sha256)`,
    `CREATE INDEX ${snake(ENTITY_LABEL)}_code IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.code)`,
    `CREATE INDEX ${snake(ENTITY_LABEL)}_placement_date IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.placementDate)`,
  ];
  for (const kind of ontology.nodeKinds) {
    const spec = ontology.nodeKind(kind);
    out.push(`CREATE CONSTRAINT ${snake(kind)}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`);
    for (const property of spec.indexed) {
      out.push(
        `CREATE INDEX ${snake(kind)}_${snake(property)} IF NOT EXISTS FOR (n:${kind}) ON (n.${property})`,
      );
    }
  }
  for (const type of ontology.relationKinds) {
    out.push(`CREATE INDEX ${snake(type)}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
  }
  const labels = [...ontology.nodeKinds, DOCUMENT_LABEL].join('|');
  const properties = [
    ...new Set([...ontology.nodeKinds.flatMap((k) => ontology.nodeKind(k).fulltext), 'text']),
  ];
  out.push(fulltextIndex(FULLTEXT_INDEX, labels, properties, FULLTEXT_ANALYZER));
  out.push(fulltextIndex(SEARCH_INDEX, ENTITY_LABEL, ['searchTokens'], SEARCH_ANALYZER));
  return out;
}

function fulltextIndex(name: string, labels: string, properties: string[], analyzer: string): string {
  const on = properties.map((p) => `n.${p}`).join(', ');
  return `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels}) ON EACH [${on}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${analyzer}'}}`;
}

/** The text of graph/constraints.cypher: the statements, one per line, with a header saying where they come from. */
export function renderConstraintsFile(ontology: Ontology): string {
  const header = [
    '// GENERATED from graph/ontology.yaml by `npm run gen` (scripts/gen.ts). Do not edit by hand.',
    '// The Neo4j store applies the same statements at start (src/graph/neo4j/schema.ts); all are idempotent.',
  ];
  return `${[...header, ...schemaStatements(ontology).map((s) => `${s.cypher};`)].join('\n')}\n`;
}
