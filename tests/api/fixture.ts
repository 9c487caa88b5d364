import type { Clause, DocumentRecord, Evidence, GraphEdge, GraphNode } from '../../src/model/index.js';

/**
 * A hand-made slice of the founding example (AG-2014-RES-04) for API unit tests: the facts the e2e tests
 * expect the real extractor to find, with evidence offsets computed from the text so they are exact.
 */
const TEXT = [
  'AG-2014-RES-04',
  "Objet : Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
  "RAPPELANT la résolution AG-2010-RES-08, par laquelle l'Assemblée générale a autorisé la mise en place du Groupe de travail CMII,",
  'AYANT PRIS CONNAISSANCE du rapport AG-2014-RAP-21 intitulé « Groupe de travail CMII : rapport final »,',
  "DÉCIDE de créer le Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC) ;",
  "RECOMMANDE que le GEMC coopère avec le Centre européen de lutte contre la cybercriminalité (EC3) d'Europol ;",
  'ENCOURAGE les pays membres à participer activement au GEMC.',
].join('\n\n');

const DOC = 'resolution:AG-2014-RES-04';
const FUNCTIONS: Clause['function'][] = [
  'header',
  'title',
  'preamble',
  'preamble',
  'operative',
  'operative',
  'operative',
];

function clauses(): Clause[] {
  let start = 0;
  return TEXT.split('\n\n').map((text, index) => {
    const clause: Clause = {
      index,
      function: FUNCTIONS[index] ?? 'other',
      start,
      end: start + text.length,
      text,
    };
    start += text.length + 2;
    return clause;
  });
}

const CLAUSES = clauses();

function evidence(clause: number, quote: string, rule: string): Evidence {
  const c = CLAUSES[clause]!;
  const offset = c.text.indexOf(quote);
  if (offset < 0) throw new Error(`fixture: "${quote}" is not in clause ${clause}`);
  return {
    document: DOC,
    clause,
    function: c.function,
    quote,
    start: c.start + offset,
    end: c.start + offset + quote.length,
    rule,
  };
}

function node(id: string, kind: string, name: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, kind, name, aliases: [], labels: {}, props: {}, ...extra };
}

function edge(type: string, from: string, to: string, ev: Evidence[]): GraphEdge {
  return { id: `${type}:${from}->${to}`, type, from, to, evidence: ev };
}

export const GEMC = 'body:interpol-global-cybercrime-expert-group';
export const CMII = 'body:cmii-working-group';
export const EC3 = 'body:european-cybercrime-centre';
export const RES_2014 = DOC;
export const RES_2010 = 'resolution:AG-2010-RES-08';
export const REPORT = 'report:AG-2014-RAP-21';

export const fixtureNodes: GraphNode[] = [
  node(
    RES_2014,
    'Resolution',
    "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
    {
      code: 'AG-2014-RES-04',
      props: {
        number: 4,
        title: "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
        language: 'fr',
        date: '2014-11-03',
        status: 'adopted',
      },
    },
  ),
  node(RES_2010, 'Resolution', 'AG-2010-RES-08', { code: 'AG-2010-RES-08', props: { date: '2010-11-08' } }),
  node(REPORT, 'Report', 'Groupe de travail CMII : rapport final', {
    code: 'AG-2014-RAP-21',
    props: { title: 'Groupe de travail CMII : rapport final', language: 'fr' },
  }),
  node(GEMC, 'Body', 'INTERPOL Global Cybercrime Expert Group', {
    acronym: 'GEMC',
    aliases: ["Groupe d'experts mondial d'INTERPOL sur la cybercriminalité", 'GEMC'],
    labels: {
      fr: "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité",
      en: 'INTERPOL Global Cybercrime Expert Group',
    },
    props: { bodyType: 'expert_group' },
  }),
  node(CMII, 'Body', 'CMII Working Group', {
    labels: { fr: 'Groupe de travail CMII', en: 'CMII Working Group' },
    aliases: ['Groupe de travail CMII'],
    props: { bodyType: 'working_group' },
  }),
  node(EC3, 'Body', 'European Cybercrime Centre', {
    acronym: 'EC3',
    aliases: ['Centre européen de lutte contre la cybercriminalité', 'EC3'],
    labels: { fr: 'Centre européen de lutte contre la cybercriminalité', en: 'European Cybercrime Centre' },
    props: { bodyType: 'centre' },
  }),
  node('organization:europol', 'Organization', 'Europol', { acronym: 'Europol' }),
  node('addressee:member-countries', 'AddresseeGroup', 'member countries', {
    labels: { fr: 'pays membres', en: 'member countries' },
  }),
];

export const fixtureEdges: GraphEdge[] = [
  edge('RECALLS', RES_2014, RES_2010, [
    evidence(2, 'RAPPELANT la résolution AG-2010-RES-08', 'fr.recalls.resolution'),
  ]),
  edge('AUTHORIZES', RES_2010, CMII, [
    evidence(2, 'a autorisé la mise en place du Groupe de travail CMII', 'fr.authorizes.body'),
  ]),
  edge('NOTES', RES_2014, REPORT, [
    evidence(3, 'AYANT PRIS CONNAISSANCE du rapport AG-2014-RAP-21', 'fr.notes.report'),
  ]),
  edge('ABOUT', REPORT, CMII, [evidence(3, 'Groupe de travail CMII : rapport final', 'fr.report.about')]),
  edge('ESTABLISHES', RES_2014, GEMC, [
    evidence(
      4,
      "DÉCIDE de créer le Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
      'fr.establishes.body',
    ),
  ]),
  edge('RECOMMENDS', RES_2014, EC3, [
    evidence(5, 'Centre européen de lutte contre la cybercriminalité (EC3)', 'fr.recommends'),
  ]),
  edge('PART_OF', EC3, 'organization:europol', [evidence(5, "(EC3) d'Europol", 'fr.part_of.possessive')]),
  edge('ENCOURAGES', RES_2014, 'addressee:member-countries', [
    evidence(6, 'ENCOURAGE les pays membres', 'fr.encourages'),
  ]),
].sort((a, b) => (a.id < b.id ? -1 : 1));

function mention(nodeId: string, clause: number, text: string) {
  const c = CLAUSES[clause]!;
  const start = c.start + c.text.indexOf(text);
  return { document: DOC, clause, start, end: start + text.length, text, node: nodeId };
}

export const fixtureDocument: DocumentRecord = {
  id: DOC,
  source: 'AG-2014-RES-04.fr.md',
  sha256: 'f'.repeat(64),
  language: 'fr',
  text: TEXT,
  clauses: CLAUSES,
  mentions: [
    mention(GEMC, 4, "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)"),
    mention(CMII, 2, 'Groupe de travail CMII'),
    mention(EC3, 5, 'Centre européen de lutte contre la cybercriminalité (EC3)'),
  ].sort((a, b) => a.start - b.start),
};
