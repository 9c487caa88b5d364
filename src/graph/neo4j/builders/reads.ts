import type { Ontology } from '../../../ontology/index.js';
import { MAX_LINEAGE_DEPTH } from '../../limits.js';
import { checkDepth } from '../../lineage/index.js';
import type { CypherQuery } from '../cypher.js';
import { EDGE_PAYLOAD_FIELDS } from '../encode.js';
import { DOCUMENT_LABEL, ENTITY_LABEL, SEARCH_INDEX } from '../schema.js';
import { searchTermScoreCase, wholeNameBonus } from '../searchScoreCypher.js';
import { relationType } from './allowList.js';

/** Lucene's whitespace tokenizer cuts tokens at 255 characters: a longer term is looked up by its first 255
 * (a superset of candidates; the exact checks in Cypher decide). Terms are letters and digits only, so they
 * need no escaping in Lucene's query syntax. */
export const LUCENE_MAX_TOKEN = 255;

function luceneToken(term: string): string {
  return term.slice(0, LUCENE_MAX_TOKEN);
}

/** Columns every edge-returning query yields, decoded by decodeEdge. */
const EDGE_COLUMNS = 'type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props';

export function getNodes(ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids
RETURN n.id AS id, n.json AS json`,
    params: { ids },
  };
}

export function getDocuments(ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (d:${DOCUMENT_LABEL}) WHERE d.id IN $ids
RETURN d.id AS id, properties(d) AS props`,
    params: { ids },
  };
}

export function findByCode(code: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ENTITY_LABEL}) WHERE n.code = $code
RETURN n.json AS json ORDER BY n.id LIMIT 1`,
    params: { code },
  };
}

/**
 * Nodes one of whose folded names equals `key`. With tokens, the search index narrows the candidates to
 * nodes holding every token exactly (a node's name tokens are all in its searchTokens); without, a scan.
 */
export function findByName(key: string, tokens: string[], kinds: string[] | null): CypherQuery {
  const match = tokens.length
    ? `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS n
WHERE $key IN n.nameKeys AND ($kinds IS NULL OR n.kind IN $kinds)`
    : `MATCH (n:${ENTITY_LABEL}) WHERE $key IN n.nameKeys AND ($kinds IS NULL OR n.kind IN $kinds)`;
  return {
    cypher: `${match}
RETURN n.json AS json ORDER BY n.id`,
    params: { key, kinds, lucene: tokens.map((t) => `+${luceneToken(t)}`).join(' ') },
  };
}

/**
 * One search page. Lucene finds nodes where every term prefixes some token (exactly the nodes the score
 * formula matches); the score is then computed here from the stored per-field token lists, the same
 * integer formula as searchScore (docs/store-semantics.md §3): per term the best of names 6/3, title 4/2,
 * text 2/1 (exact/prefix), +10 when the folded query equals a folded name field.
 */
export function searchPage(
  terms: string[],
  whole: string,
  kinds: string[] | null,
  after: { score: number; id: string } | null,
  limit: number,
): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS n
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, [t IN $terms |
  ${searchTermScoreCase('t', 'n')}] AS perTerm
WHERE none(s IN perTerm WHERE s = 0)
WITH n, reduce(total = 0, s IN perTerm | total + s) + ${wholeNameBonus('n')} AS score
WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND n.id > $afterId)
RETURN n.json AS json, score
ORDER BY score DESC, n.id ASC
LIMIT toInteger($limit)`,
    params: {
      lucene: terms.map((t) => `+${luceneToken(t)}*`).join(' '),
      terms,
      whole,
      kinds,
      afterScore: after?.score ?? null,
      afterId: after?.id ?? null,
      limit,
    },
  };
}

/** Edges touching the given nodes, in one direction or both; all ontology types unless filtered. */
export function edgesOf(
  ids: string[],
  direction: 'out' | 'in' | 'both',
  types: readonly string[],
): CypherQuery {
  const out = `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE a.id IN $ids AND type(r) IN $types RETURN r, a, b`;
  const inward = `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE b.id IN $ids AND type(r) IN $types RETURN r, a, b`;
  const body = direction === 'out' ? out : direction === 'in' ? inward : `${out}\nUNION\n${inward}`;
  return {
    cypher: `CALL () {\n${body}\n}\nRETURN ${EDGE_COLUMNS}`,
    params: { ids, types: [...types] },
  };
}

/** One keyset page of edges (of one type, or all ontology types), by id. */
export function relationsPage(
  ontology: Ontology,
  type: string | undefined,
  after: string | null,
  limit: number,
): CypherQuery {
  const pattern = type
    ? `(a:${ENTITY_LABEL})-[r:${relationType(ontology, type)}]->(b:${ENTITY_LABEL})`
    : `(a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})`;
  return {
    cypher: `MATCH ${pattern}
WHERE ${type ? '' : 'type(r) IN $types AND '}($after IS NULL OR r.id > $after)
RETURN ${EDGE_COLUMNS}
ORDER BY r.id
LIMIT toInteger($limit)`,
    params: { after, limit, ...(type ? {} : { types: [...ontology.relationKinds] }) },
  };
}

/**
 * The allowed lineage steps from each node `u` of `frontier`: relationships of a type followed forward
 * (`outTypes`) leaving u, and of a type followed backward (`inTypes`) entering it, each a typed expansion:
 * on a node with thousands of relationships (a session, an organisation) Neo4j then reads only the groups
 * of those types and directions, which halved depth-10 lineage on the generated 10k corpus against
 * `(u)-[r]-(w) WHERE type(r) IN $types` (docs/neo4j-lineage.md). Types must be literals in a pattern
 * (dynamic `$any($types)` measured no faster), so they are written into the text after the ontology
 * allow-list check; nothing else is.
 */
function steps(
  ontology: Ontology,
  frontier: string,
  outTypes: readonly string[],
  inTypes: readonly string[],
  where: string,
): string {
  const typed = (types: readonly string[]) => types.map((t) => relationType(ontology, t)).join('|');
  const branch = (pattern: string) => `UNWIND ${frontier} AS u
    MATCH ${pattern}${where}
    RETURN u, r, w`;
  const branches = [
    ...(outTypes.length ? [branch(`(u)-[r:${typed(outTypes)}]->(w:${ENTITY_LABEL})`)] : []),
    ...(inTypes.length ? [branch(`(u)<-[r:${typed(inTypes)}]-(w:${ENTITY_LABEL})`)] : []),
  ];
  // A type filter that follows nothing in this direction: a branch that steps nowhere.
  if (!branches.length) return `UNWIND [] AS u MATCH (u)-[r]-(w) RETURN u, r, w`;
  return branches.join('\n    UNION ALL\n    ');
}

/** An edge is late (left out) when every one of its evidence documents is dated after `$asOf`; a
 * document's date is its own node's `docDate` (docs/store-semantics.md §4). */
const notLate = (r: string): string => `any(d IN ${r}.evidenceDocuments WHERE NOT EXISTS {
    MATCH (doc:${DOCUMENT_LABEL} {id: d}) MATCH (own:${ENTITY_LABEL} {id: doc.ownNode}) WHERE own.docDate > $asOf
  })`;

/** What a lineageNeighbourhood statement returns besides ids, kinds and hops. */
export interface NeighbourhoodOptions {
  /** Each node's stored json and each edge's evidence and qualifiers. */
  payload: boolean;
  /** Every step (u, w, edge) taken, for a walk in memory (perHopLimit). */
  steps: boolean;
}

/**
 * The uncapped lineage BFS of `$depth` hops from `$id` in one statement (docs/store-semantics.md §4): each
 * hop expands the nodes first reached at the previous hop (`frontier`) along every allowed step to an
 * allowed node. Returns `layers` (the nodes first reached at each hop, start at 0, then one per hop up to
 * MAX_LINEAGE_DEPTH, empty beyond `$depth`), the distinct edges stepped (all between returned nodes, as
 * the walk is uncapped) and, with `steps`, every step for a capped walk in memory (lineageWalk.ts), which
 * only ever keeps nodes this walk reaches at the same hop or earlier. Zero rows when the start node does
 * not exist.
 *
 * The hops are unrolled to MAX_LINEAGE_DEPTH and those beyond `$depth` do nothing, so the text (and the
 * plan Neo4j caches: planning it takes seconds) depends only on the options, on whether `asOf` is set and
 * on the followed types (ontology names), never on a value; every value travels as a parameter. A shortest-path quantified pattern measured
 * seconds per query at depth 6 on the generated 2k corpus (docs/neo4j-lineage.md).
 */
export function lineageNeighbourhood(
  ontology: Ontology,
  id: string,
  depth: number,
  outTypes: string[],
  inTypes: string[],
  asOf: string | null,
  options: NeighbourhoodOptions,
): CypherQuery {
  checkDepth(depth);
  const dated =
    asOf === null
      ? ''
      : `
    WHERE (w = s OR w.placementDate IS NULL OR w.placementDate <= $asOf)
      AND ${notLate('r')}`;
  // Only aggregates in the RETURN: a plain expression there would group, and an empty hop would end the
  // statement with zero rows.
  const hop = (k: number) => `CALL (s, frontier) {
  CALL (s, frontier) {
    ${steps(ontology, `CASE WHEN ${k} <= $depth THEN frontier ELSE [] END`, outTypes, inTypes, dated)}
  }
  RETURN ${options.steps ? 'collect({u: u.id, w: w.id, edge: r.id}) AS found, ' : ''}collect(DISTINCT w) AS next, collect(DISTINCT r) AS stepped
}
WITH s, ${options.steps ? 'steps + found AS steps' : 'steps'}, rels + stepped AS rels, seen, layers, [w IN next WHERE NOT w IN seen] AS frontier
WITH s, steps, rels, seen + frontier AS seen, layers + [frontier] AS layers, frontier`;
  const nodeFields = options.payload ? 'id: w.id, kind: w.kind, json: w.json' : 'id: w.id, kind: w.kind';
  const edgeFields = options.payload
    ? `id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, ${EDGE_PAYLOAD_FIELDS}`
    : 'id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id';
  return {
    cypher: `MATCH (s:${ENTITY_LABEL} {id: $id})
WITH s, [] AS steps, [] AS rels, [s] AS seen, [[s]] AS layers, [s] AS frontier
${Array.from({ length: MAX_LINEAGE_DEPTH }, (_, i) => hop(i + 1)).join('\n')}
CALL (rels) {
  UNWIND rels AS r
  RETURN collect(DISTINCT r) AS edges
}
RETURN [layer IN layers | [w IN layer | {${nodeFields}}]] AS layers,
  [r IN edges | {${edgeFields}}] AS edges, steps`,
    params: { id, depth, ...(asOf === null ? {} : { asOf }) },
  };
}

/**
 * The uncapped lineage of `depth` hops from `$id` as one quantified path pattern, for a directed walk
 * without `asOf`: every trail of 1..depth allowed steps (typed expansion over the followed types, each step
 * checked for its direction), each reached node with the length of its shortest trail, which is its BFS hop
 * (a shortest walk repeats no relationship). Then the edges stepped from the nodes below `depth`. Returns
 * the same columns as lineageNeighbourhood (`layers`, `edges`, empty `steps`). Measured on the generated 10k
 * corpus against the unrolled BFS, upstream ids only, load average 17: p50 16.5 / 9.3 / 34.5 ms vs
 * 85 / 33 / 97 ms at depth 3 / 6 / 10, and it plans in about 1 s instead of 27 s (docs/neo4j-lineage.md).
 * Trails multiply on undirected walks through hubs, so `BOTH` keeps the BFS. The bound must be a literal:
 * one text per depth.
 */
export function lineageTrails(
  ontology: Ontology,
  id: string,
  depth: number,
  outTypes: string[],
  inTypes: string[],
  options: { payload: boolean; edges?: boolean },
): CypherQuery {
  checkDepth(depth);
  const followed = [...new Set([...outTypes, ...inTypes])].map((t) => relationType(ontology, t));
  const nodeFields = options.payload
    ? 'id: n.w.id, kind: n.w.kind, json: n.w.json'
    : 'id: n.w.id, kind: n.w.kind';
  const edgeFields = options.payload
    ? `id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, ${EDGE_PAYLOAD_FIELDS}`
    : 'id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id';
  const reach = followed.length
    ? `CALL (s) {
  MATCH (s)((a)-[r:${followed.join('|')}]-(b)
    WHERE (startNode(r) = a AND type(r) IN $outTypes) OR (endNode(r) = a AND type(r) IN $inTypes)){1,${depth}}(w:${ENTITY_LABEL})
  WHERE w <> s
  WITH w, min(size(r)) AS hop
  RETURN collect({w: w, hop: hop}) AS reached
}`
    : 'WITH s, [] AS reached';
  return {
    cypher: `MATCH (s:${ENTITY_LABEL} {id: $id})
${reach}
WITH s, [{w: s, hop: 0}] + reached AS reached
${
  options.edges === false
    ? 'WITH reached, [] AS edges'
    : `CALL (reached) {
  UNWIND reached AS n
  WITH n WHERE n.hop < $depth
  WITH [n.w] AS frontier
  CALL (frontier) {
    ${steps(ontology, 'frontier', outTypes, inTypes, '')}
  }
  RETURN collect(DISTINCT r) AS edges
}`
}
RETURN [h IN range(0, toInteger($depth)) | [n IN reached WHERE n.hop = h | {${nodeFields}}]] AS layers,
  [r IN edges | {${edgeFields}}] AS edges, [] AS steps`,
    params: { id, depth, outTypes, inTypes },
  };
}

/** One BFS layer of the undirected path search. */
export function pathLayer(frontier: string[], types: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $frontier AS fid
MATCH (u:${ENTITY_LABEL} {id: fid})-[r]-(v:${ENTITY_LABEL})
WHERE type(r) IN $types
RETURN u.id AS u, v.id AS v, r.id AS edge, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to`,
    params: { frontier, types: [...types] },
  };
}

/** Full edges by key (type and endpoints), for the edges a traversal returns. */
export function edgesByKey(keys: Array<{ type: string; from: string; to: string }>): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
RETURN ${EDGE_COLUMNS}`,
    params: { rows: keys.map(({ type, from, to }) => ({ type, from, to })) },
  };
}

export function timeline(
  from: string | null,
  to: string | null,
  kinds: string[] | null,
  limit: number | null,
): CypherQuery {
  return {
    cypher: `MATCH (n:${ENTITY_LABEL})
WHERE n.placementDate IS NOT NULL
  AND ($from IS NULL OR n.placementDate >= $from)
  AND ($to IS NULL OR n.placementDate <= $to)
  AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n.json AS json, n.placementDate AS date
ORDER BY n.placementDate, n.id${limit === null ? '' : '\nLIMIT toInteger($limit)'}`,
    params: { from, to, kinds, limit },
  };
}

export function documentHashes(ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (d:${DOCUMENT_LABEL}) WHERE d.id IN $ids
RETURN d.id AS id, d.sha256 AS sha256`,
    params: { ids },
  };
}

export function documentIds(): CypherQuery {
  return {
    cypher: `MATCH (d:${DOCUMENT_LABEL}) WHERE d.sha256 IS NOT NULL
RETURN d.id AS id
ORDER BY id`,
    params: {},
  };
}

export function documentsByHash(hashes: string[]): CypherQuery {
  return {
    cypher: `MATCH (d:${DOCUMENT_LABEL}) WHERE d.sha256 IN $hashes
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.language AS language, d.knowledge AS knowledge,
  size(d.nodeIds) AS nodes, size(d.edgeTypes) AS edges
ORDER BY id`,
    params: { hashes },
  };
}

/** Remove everything (tests and benchmarks start from an empty database). */
export function clearAll(): CypherQuery {
  return { cypher: 'MATCH (n) DETACH DELETE n', params: {} };
}

export function countDocuments(): CypherQuery {
  return { cypher: `MATCH (d:${DOCUMENT_LABEL}) RETURN count(d) AS count`, params: {} };
}

export function countNodesByKind(): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY_LABEL}) RETURN n.kind AS kind, count(n) AS count`, params: {} };
}

/** Relationship counts per ontology type (each from the count store). */
export function countEdgesByType(ontology: Ontology): CypherQuery {
  const parts = ontology.relationKinds.map(
    (type) => `MATCH ()-[r:${relationType(ontology, type)}]->() RETURN '${type}' AS type, count(r) AS count`,
  );
  return { cypher: parts.join('\nUNION ALL\n'), params: {} };
}

export function allNodes(): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY_LABEL}) RETURN n.json AS json ORDER BY n.id`, params: {} };
}

export function allEdges(ontology: Ontology): CypherQuery {
  return {
    cypher: `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE type(r) IN $types
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`,
    params: { types: [...ontology.relationKinds] },
  };
}

export function isEmpty(): CypherQuery {
  return {
    cypher: `RETURN NOT (EXISTS { MATCH (:${DOCUMENT_LABEL}) } OR EXISTS { MATCH (:${ENTITY_LABEL}) }) AS empty`,
    params: {},
  };
}

export function constraintNames(): CypherQuery {
  return { cypher: 'SHOW CONSTRAINTS YIELD name RETURN name', params: {} };
}

export function indexNames(): CypherQuery {
  return { cypher: 'SHOW INDEXES YIELD name RETURN name', params: {} };
}

/** Wait until new indexes are online, so a fresh store can search at once. */
export function awaitIndexes(): CypherQuery {
  return { cypher: 'CALL db.awaitIndexes(120)', params: {} };
}

export function ping(): CypherQuery {
  return { cypher: 'RETURN 1 AS ok', params: {} };
}
