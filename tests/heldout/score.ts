import type { Extraction, GraphNode } from '../../src/model/index.js';

export interface EdgeRef {
  type: string;
  from: string;
  to: string;
}

/**
 * An entity the text states. `kind` may list alternatives ("Organization|Body") where the genre leaves the kind open;
 * a predicted node is the entity when its id is `id` or one of `ids` (compared without case, spaces or brackets), or
 * when its kind is one of `kind` and its name, an alias, a label, its code or acronym equals one of `names`.
 */
export interface EntityRef {
  id: string;
  kind: string;
  names?: string[];
  ids?: string[];
  /**
   * A session or numbered meeting: the expected entity it belongs to and its number. A predicted Session or Meeting
   * node with that ordinal is this entity when it is PART_OF, or its id embeds the key of, the node read as `of`.
   */
  of?: string;
  ordinal?: number;
  /** An extraordinary session ("7 EXT.COM", « session extraordinaire »): the node's id or name must say so. */
  extraordinary?: boolean;
}

/** A held-out text's reviewed expectation (tests/fixtures/heldout/<file>.expected.json). */
export interface HeldoutExpectation {
  source: string;
  /** Institution family and document type ("unsc", "unesco-ich", "unesco-whc", "bipm-cc", "cgpm", "unga"). */
  genre: string;
  /** "strict": every reviewed fact is asserted per file; "measured": scored against floors (development set). */
  gate: 'strict' | 'measured';
  resolution: {
    id: string;
    code: string;
    /** Absent when the text prints no title (UN Security Council resolutions). */
    title?: string;
    language: string;
    date?: string;
    adoptedAt: string[];
  };
  /** Facts the text states, checked by hand: recall is measured on these. */
  edges: EdgeRef[];
  /** Readings that are defensible but not required: neither counted for recall nor as errors. */
  acceptable: EdgeRef[];
  /** Entities the text states (with the document itself). Absent: derived from the facts (see `expectedEntities`). */
  entities?: EntityRef[];
  /** Entities that may or may not be found: neither counted for recall nor as errors. */
  acceptableEntities?: EntityRef[];
  /** Nodes that must be found (asserted for strict files). */
  nodes: string[];
  /** Known wrong readings that must not come back (asserted for strict files, reported for measured ones). */
  wrongNodes: string[];
  review: string;
}

export interface EdgeScore {
  truePositives: number;
  predicted: number;
  expected: number;
  missed: EdgeRef[];
  wrong: EdgeRef[];
}

const keyOf = (e: EdgeRef) => `${e.type} ${e.from} ${e.to}`;

/** Edge precision counts predicted edges that are neither expected nor acceptable as errors. */
export function scoreEdges(extraction: Extraction, expectation: HeldoutExpectation): EdgeScore {
  const gold = new Set(expectation.edges.map(keyOf));
  const acceptable = new Set(expectation.acceptable.map(keyOf));
  const predicted = extraction.edges.filter((e) => !acceptable.has(keyOf(e)));
  const found = new Set(predicted.map(keyOf));
  return {
    truePositives: predicted.filter((e) => gold.has(keyOf(e))).length,
    predicted: predicted.length,
    expected: gold.size,
    missed: expectation.edges.filter((e) => !found.has(keyOf(e))),
    wrong: predicted.filter((e) => !gold.has(keyOf(e))).map(({ type, from, to }) => ({ type, from, to })),
  };
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

const KIND_OF_PREFIX: Record<string, string> = {
  resolution: 'Resolution',
  report: 'Report',
  body: 'Body',
  conference: 'Conference',
  meeting: 'Meeting',
  session: 'Session',
  organization: 'Organization',
  addressee: 'AddresseeGroup',
};

const kindOfId = (id: string): string => KIND_OF_PREFIX[id.slice(0, id.indexOf(':'))] ?? 'unknown';

/**
 * The entities a file expects and tolerates. Files without an `entities` list (the strict CGPM / UN GA set) expect the
 * document, its adoption, the required nodes and every endpoint of a reviewed fact; endpoints of acceptable facts are
 * tolerated.
 */
export function expectedEntities(expectation: HeldoutExpectation): {
  gold: EntityRef[];
  acceptable: EntityRef[];
} {
  if (expectation.entities) {
    return { gold: expectation.entities, acceptable: expectation.acceptableEntities ?? [] };
  }
  const gold = new Set<string>([
    expectation.resolution.id,
    ...expectation.resolution.adoptedAt,
    ...expectation.nodes,
    ...expectation.edges.flatMap((e) => [e.from, e.to]),
  ]);
  const acceptable = new Set(
    expectation.acceptable.flatMap((e) => [e.from, e.to]).filter((id) => !gold.has(id)),
  );
  const ref = (id: string): EntityRef => ({ id, kind: kindOfId(id) });
  return { gold: [...gold].map(ref), acceptable: [...acceptable].map(ref) };
}

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
/** Ids compared without case, spaces or brackets, "-" and "/" alike (a symbol and its file-name form: S-RES-53-1948). */
const idKey = (id: string): string =>
  fold(id)
    .replace(/[\s()]/g, '')
    .replace(/-/g, '/');

function namesOf(node: GraphNode): string[] {
  const names = [node.name, ...node.aliases, ...Object.values(node.labels)];
  if (node.code) names.push(node.code);
  if (node.acronym) names.push(node.acronym);
  return names.filter((n): n is string => typeof n === 'string').map(fold);
}

const codeOf = (id: string): string => idKey(id.slice(id.indexOf(':') + 1));

/** A document entity (Resolution, Report) is also found by its code: the id without its prefix. */
export function matches(node: GraphNode, entity: EntityRef): boolean {
  const ids = [entity.id, ...(entity.ids ?? [])];
  const key = idKey(node.id);
  if (ids.some((id) => idKey(id) === key)) return true;
  const kinds = entity.kind.split('|');
  if (!kinds.includes(node.kind)) return false;
  if (node.code && (kinds.includes('Resolution') || kinds.includes('Report'))) {
    const code = idKey(node.code);
    if (ids.some((id) => codeOf(id) === code)) return true;
  }
  if (!entity.names?.length) return false;
  const wanted = new Set(entity.names.map(fold));
  return namesOf(node).some((n) => wanted.has(n));
}

/** A Session or Meeting node read as `entity` through its owner and ordinal (see EntityRef.of). */
export function sessionMatches(
  node: GraphNode,
  entity: EntityRef,
  reading: ReadonlyMap<string, string>,
  extraction: Extraction,
): boolean {
  if (!entity.of || entity.ordinal === undefined) return false;
  if (!entity.kind.split('|').includes(node.kind)) return false;
  const ordinal = node.props.ordinal ?? Number(/(\d+)\D*$/.exec(node.id)?.[1]);
  if (ordinal !== entity.ordinal) return false;
  const extraordinary = /\bext\b|extra-?ordina/i.test(`${node.id} ${node.name}`);
  if (Boolean(entity.extraordinary) !== extraordinary) return false;
  const owners = extraction.nodes.filter((n) => reading.get(n.id) === entity.of);
  const partOf = extraction.edges.some(
    (e) => e.type === 'PART_OF' && e.from === node.id && owners.some((o) => o.id === e.to),
  );
  return partOf || owners.some((o) => node.id.includes(o.id.slice(o.id.indexOf(':') + 1)));
}

export interface Counts {
  truePositives: number;
  predicted: number;
  expected: number;
}

export interface FileScore {
  source: string;
  genre: string;
  gate: HeldoutExpectation['gate'];
  language: string;
  entities: Counts & { missed: string[]; wrong: string[]; duplicates: string[] };
  relations: Counts & { missed: EdgeRef[]; wrong: EdgeRef[] };
  /** Known wrong readings that came back. */
  wrongNodes: string[];
}

/**
 * Entity and relation scores of one file. Each predicted node is read as the first expected entity it matches
 * (then the first acceptable one); a second node for the same entity is a duplicate and counts as an error, as does a
 * node that is neither expected nor acceptable. Relations are compared after this reading, so a fact is found
 * whatever id convention the extractor uses for a matched entity; facts between acceptable readings are not counted.
 */
export function scoreFile(extraction: Extraction, expectation: HeldoutExpectation): FileScore {
  const { gold, acceptable } = expectedEntities(expectation);
  const reading = new Map<string, string>();
  const found = new Map<string, string[]>();
  const unmatched: string[] = [];
  const read = (node: GraphNode, entity: EntityRef) => {
    reading.set(node.id, entity.id);
    found.set(entity.id, [...(found.get(entity.id) ?? []), node.id]);
  };
  const later: GraphNode[] = [];
  for (const node of extraction.nodes) {
    const entity = gold.find((e) => matches(node, e)) ?? acceptable.find((e) => matches(node, e));
    if (entity) read(node, entity);
    else later.push(node);
  }
  // Sessions and meetings by owner and number, once their owners are read.
  for (const node of later) {
    const entity =
      gold.find((e) => sessionMatches(node, e, reading, extraction)) ??
      acceptable.find((e) => sessionMatches(node, e, reading, extraction));
    if (entity) read(node, entity);
    else unmatched.push(node.id);
  }
  const goldIds = new Set(gold.map((e) => e.id));
  const duplicates = [...found.entries()]
    .filter(([id, nodes]) => goldIds.has(id) && nodes.length > 1)
    .flatMap(([, nodes]) => nodes.slice(1));
  const entityTp = gold.filter((e) => found.has(e.id)).length;

  const readId = (id: string) => reading.get(id) ?? id;
  const goldEdges = new Map(expectation.edges.map((e) => [keyOf(e), e]));
  const acceptableEdges = new Set(expectation.acceptable.map(keyOf));
  const predicted = new Map<string, EdgeRef>();
  for (const e of extraction.edges) {
    const edge = { type: e.type, from: readId(e.from), to: readId(e.to) };
    if (!acceptableEdges.has(keyOf(edge))) predicted.set(keyOf(edge), edge);
  }
  const relationTp = [...predicted.keys()].filter((k) => goldEdges.has(k)).length;
  const ids = new Set(extraction.nodes.map((n) => n.id));
  return {
    source: expectation.source,
    genre: expectation.genre,
    gate: expectation.gate,
    language: expectation.resolution.language,
    entities: {
      truePositives: entityTp,
      predicted: entityTp + unmatched.length + duplicates.length,
      expected: gold.length,
      missed: gold.filter((e) => !found.has(e.id)).map((e) => e.id),
      wrong: unmatched,
      duplicates,
    },
    relations: {
      truePositives: relationTp,
      predicted: predicted.size,
      expected: goldEdges.size,
      missed: [...goldEdges.entries()].filter(([k]) => !predicted.has(k)).map(([, e]) => e),
      wrong: [...predicted.entries()].filter(([k]) => !goldEdges.has(k)).map(([, e]) => e),
    },
    wrongNodes: expectation.wrongNodes.filter((id) => ids.has(id)),
  };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  expected: number;
}

export function prf(counts: Counts[]): Prf {
  const truePositives = counts.reduce((a, c) => a + c.truePositives, 0);
  const predicted = counts.reduce((a, c) => a + c.predicted, 0);
  const expected = counts.reduce((a, c) => a + c.expected, 0);
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, expected };
}

export interface GroupScore {
  group: string;
  files: number;
  entities: Prf;
  relations: Prf;
}

/**
 * Micro-averaged scores: per genre; per language and per genre and language over the development texts (gate
 * "measured", institutions the rules were not written for); the development set as a whole; the strict set (texts the
 * rules were tuned on); everything.
 */
export function groupScores(scores: FileScore[]): GroupScore[] {
  const groups = new Map<string, FileScore[]>();
  const add = (key: string, s: FileScore) => groups.set(key, [...(groups.get(key) ?? []), s]);
  for (const s of scores) {
    add(`genre ${s.genre}`, s);
    if (s.gate === 'measured') {
      add(`lang ${s.language}`, s);
      add(`genre×lang ${s.genre}/${s.language}`, s);
    }
    add(s.gate === 'measured' ? 'development set (measured)' : 'strict set (tuned on)', s);
    add('all', s);
  }
  const order = (g: string) =>
    g === 'all' ? 3 : g.startsWith('strict') ? 2 : g.startsWith('development') ? 1 : 0;
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([group, list]) => ({
      group,
      files: list.length,
      entities: prf(list.map((s) => s.entities)),
      relations: prf(list.map((s) => s.relations)),
    }));
}

export function formatTable(groups: GroupScore[]): string {
  const f = (x: number) => x.toFixed(2);
  const cell = (p: Prf) =>
    `${f(p.precision)} ${f(p.recall)} ${f(p.f1)} (${p.truePositives}/${p.predicted}/${p.expected})`;
  const rows = groups.map((g) => `| ${g.group} | ${g.files} | ${cell(g.entities)} | ${cell(g.relations)} |`);
  return [
    '| group | files | entities P R F1 (tp/pred/gold) | relations P R F1 (tp/pred/gold) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
