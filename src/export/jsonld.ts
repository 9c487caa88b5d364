import type { Evidence, GraphExport } from '../model/index.js';
import { type ExportFormat, nodeProperties } from './format.js';

/** Our own terms (kinds, relation types, provenance) live here; `.invalid` says it is a name, not a page. */
export const LINEAGE_VOCAB = 'https://decision-lineage.invalid/vocab#';

/** The JSON-LD context (docs/export-format.md explains each mapping). */
export const JSONLD_CONTEXT = {
  '@vocab': LINEAGE_VOCAB,
  dl: LINEAGE_VOCAB,
  eli: 'http://data.europa.eu/eli/ontology#',
  akn: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'rdfs:label',
  labels: { '@id': 'skos:prefLabel', '@container': '@language' },
  aliases: { '@id': 'skos:altLabel', '@container': '@set' },
  code: 'eli:id_local',
  title: 'eli:title',
  date: { '@id': 'eli:date_document', '@type': 'xsd:date' },
  number: 'eli:number',
  startDate: { '@id': 'dl:startDate', '@type': 'xsd:date' },
  endDate: { '@id': 'dl:endDate', '@type': 'xsd:date' },
  cites: { '@id': 'eli:cites', '@type': '@id' },
  amends: { '@id': 'eli:amends', '@type': '@id' },
  repeals: { '@id': 'eli:repeals', '@type': '@id' },
  source: { '@id': 'dl:source', '@type': '@id' },
  target: { '@id': 'dl:target', '@type': '@id' },
  document: { '@id': 'dl:document', '@type': '@id' },
  clauseFunction: { '@id': 'dl:clauseFunction', '@type': '@id' },
  evidence: { '@id': 'dl:evidence', '@container': '@list' },
} as const;

/** Relation types with an ELI property of the same meaning (resolution → resolution). */
const ELI_RELATIONS: Record<string, string> = { RECALLS: 'cites', AMENDS: 'amends', SUPERSEDES: 'repeals' };
/** Node kinds that are legal resources in the ELI sense. */
const ELI_RESOURCES = new Set(['Resolution', 'Report']);
/** Clause functions that have an Akoma Ntoso element. */
const AKN_PARTS: Record<string, string> = {
  header: 'akn:preface',
  title: 'akn:preface',
  preamble: 'akn:preamble',
  operative: 'akn:mainBody',
  status: 'akn:conclusions',
};

function evidenceNode(e: Evidence) {
  return {
    '@type': 'dl:Evidence',
    document: e.document,
    'dl:clause': e.clause,
    clauseFunction: AKN_PARTS[e.function] ?? `dl:${e.function}`,
    'dl:quote': e.quote,
    'dl:start': e.start,
    'dl:end': e.end,
    'dl:rule': e.rule,
  };
}

/**
 * JSON-LD: every node typed by its kind (and eli:LegalResource for resolutions and reports), names as SKOS
 * labels per language, each edge as a `dl:Relation` with its evidence, and ELI's cites / amends / repeals
 * stated directly between resolutions where the relation means the same.
 */
export const jsonldFormat: ExportFormat = {
  name: 'jsonld',
  description: 'JSON-LD reusing ELI and Akoma Ntoso terms; context in docs/export-format.md',
  extension: 'jsonld',
  render(graph: GraphExport) {
    const direct = new Map<string, Record<string, string[]>>();
    const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    const legal = (id: string) => ELI_RESOURCES.has(kinds.get(id) ?? '');
    for (const edge of graph.edges) {
      const term = ELI_RELATIONS[edge.type];
      // ELI relates legal resources only: a resolution recalling a body is a dl:Relation, not eli:cites.
      if (!term || !legal(edge.from) || !legal(edge.to)) continue;
      const entry = direct.get(edge.from) ?? {};
      entry[term] = [...(entry[term] ?? []), edge.to];
      direct.set(edge.from, entry);
    }
    const nodes = graph.nodes.map((node) => {
      const out: Record<string, unknown> = {
        '@id': node.id,
        '@type': ELI_RESOURCES.has(node.kind) ? [`dl:${node.kind}`, 'eli:LegalResource'] : `dl:${node.kind}`,
        name: node.name,
      };
      if (node.code !== undefined) out.code = node.code;
      if (node.acronym !== undefined) out['dl:acronym'] = node.acronym;
      if (node.aliases.length > 0) out.aliases = node.aliases;
      if (Object.keys(node.labels).length > 0) out.labels = node.labels;
      for (const [key, value] of nodeProperties(node)) out[key in JSONLD_CONTEXT ? key : `dl:${key}`] = value;
      Object.assign(out, direct.get(node.id));
      return out;
    });
    const relations = graph.edges.map((edge) => {
      const out: Record<string, unknown> = {
        '@id': `urn:decision-lineage:relation:${encodeURIComponent(edge.id)}`,
        '@type': ['dl:Relation', `dl:${edge.type}`],
        source: edge.from,
        target: edge.to,
      };
      for (const [key, value] of Object.entries(edge.props ?? {}).sort()) out[`dl:${key}`] = value;
      out.evidence = edge.evidence.map(evidenceNode);
      return out;
    });
    const document = { '@context': JSONLD_CONTEXT, '@graph': [...nodes, ...relations] };
    return { type: 'text', text: `${JSON.stringify(document, null, 2)}\n` };
  },
};
