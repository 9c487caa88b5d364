import type { GraphExport } from '../../src/model/index.js';

/** A small graph with the awkward values exports must survive: commas, quotes, newlines, `;`, `<`, accents. */
export function sampleGraph(): GraphExport {
  return {
    nodes: [
      {
        id: 'body:groupe-de-travail-cmii',
        kind: 'Body',
        name: 'CMII Working Group',
        acronym: 'CMII',
        aliases: ['Groupe de travail CMII', 'WG; CMII'],
        labels: { en: 'CMII Working Group', fr: 'Groupe de travail CMII' },
        bodyType: 'working_group',
      },
      {
        id: 'resolution:AG-2010-RES-08',
        kind: 'Resolution',
        name: 'AG-2010-RES-08',
        code: 'AG-2010-RES-08',
        aliases: [],
        labels: {},
        date: '2010-11-11',
        number: 8,
      },
      {
        id: 'resolution:AG-2014-RES-04',
        kind: 'Resolution',
        name: 'AG-2014-RES-04',
        code: 'AG-2014-RES-04',
        aliases: [],
        labels: { fr: 'Création du GEMC' },
        date: '2014-11-07',
        number: 4,
        title: 'Création du "GEMC", <cybercriminalité>',
      },
    ],
    edges: [
      {
        id: 'AUTHORIZES:resolution:AG-2010-RES-08->body:groupe-de-travail-cmii',
        type: 'AUTHORIZES',
        from: 'resolution:AG-2010-RES-08',
        to: 'body:groupe-de-travail-cmii',
        props: { year: 2010 },
        evidence: [
          {
            document: 'document:AG-2010-RES-08.fr',
            clause: 5,
            function: 'operative',
            quote: 'AUTORISE la mise en place du Groupe de travail CMII',
            start: 100,
            end: 151,
            rule: 'fr.authorizes',
          },
        ],
      },
      {
        id: 'RECALLS:resolution:AG-2014-RES-04->resolution:AG-2010-RES-08',
        type: 'RECALLS',
        from: 'resolution:AG-2014-RES-04',
        to: 'resolution:AG-2010-RES-08',
        evidence: [
          {
            document: 'document:AG-2014-RES-04.fr',
            clause: 9,
            function: 'preamble',
            quote: 'RAPPELANT la résolution AG-2010-RES-08,\n"par laquelle"',
            start: 2175,
            end: 2229,
            rule: 'fr.recalls',
          },
        ],
      },
    ],
  };
}
