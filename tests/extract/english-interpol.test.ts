import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractFile, knowledge, ontology } from './helpers.js';

/** An English INTERPOL resolution in the genre's standard formulas (the corpus has only French ones). */
const TEXT = `RESOLUTION

GA-2018-87-RES-03

Subject: Establishment of the INTERPOL Global Cybercrime Expert Group (IGCEG)

The ICPO-INTERPOL General Assembly, meeting in Dubai, United Arab Emirates, from 18 to 21 November 2018 at its 87th session,

RECALLING Resolution AG-2014-RES-04 by which the General Assembly established the GEMC,

HAVING TAKEN NOTE of report GA-2018-87-REP-12 entitled "Progress of the CMII Working Group",

THANKING the European Cybercrime Centre (EC3) of Europol for its support,

ENCOURAGES member countries to take part in the IGCEG;

REQUESTS the General Secretariat to report to the 88th session of the General Assembly.

Adopted
`;

describe('an English INTERPOL resolution', () => {
  const en = extract({ text: TEXT, source: 'GA-2018-87-RES-03.en.txt', sha256: '0' }, knowledge, ontology);
  const fr = extractFile('AG-2014-RES-04.fr.md');
  const RES = 'resolution:GA-2018-87-RES-03';
  const has = (type: string, from: string, to: string) =>
    en.edges.some((e) => e.type === type && e.from === from && e.to === to);

  it('reads the opening formula whatever the order of place, dates and session', () => {
    expect(en.nodes.find((n) => n.id === 'session:interpol-general-assembly-87')?.props).toMatchObject({
      place: 'Dubai',
      startDate: '2018-11-18',
      endDate: '2018-11-21',
    });
    expect(en.nodes.find((n) => n.id === RES)?.props).toMatchObject({
      number: 3,
      date: '2018-11-21',
      status: 'adopted',
    });
  });

  it('gives the bodies the ids of the French founding document (IGCEG = GEMC, EC3, CMII)', () => {
    const frIds = new Set(fr.nodes.map((n) => n.id));
    const body = (acronymOrName: string) =>
      en.nodes.find((n) => n.acronym === acronymOrName || n.name === acronymOrName)!.id;
    for (const id of [body('IGCEG'), body('EC3'), body('CMII Working Group'), 'organization:europol']) {
      expect(frIds.has(id), id).toBe(true);
    }
    expect(has('ESTABLISHES', RES, body('IGCEG'))).toBe(true);
    // "GEMC" in an English text still resolves, through the curated alias.
    expect(has('ESTABLISHES', 'resolution:AG-2014-RES-04', body('IGCEG'))).toBe(true);
    expect(has('PART_OF', body('EC3'), 'organization:europol')).toBe(true);
    expect(has('THANKS', RES, body('EC3'))).toBe(true);
    expect(has('ABOUT', 'report:GA-2018-87-REP-12', body('CMII Working Group'))).toBe(true);
  });
});
