import { describe, expect, it } from 'vitest';
import { bodyKey } from '../../src/extract/entities/keys.js';
import { compile } from '../../src/extract/knowledge/compile.js';
import type { GraphEdge, GraphNode } from '../../src/model/index.js';
import { extractFile, knowledge } from './helpers.js';

const extraction = extractFile('AG-2014-RES-04.fr.md');
const node = (id: string): GraphNode => {
  const found = extraction.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}; have ${extraction.nodes.map((n) => n.id).join(', ')}`);
  return found;
};
const edge = (type: string, from: string, to: string): GraphEdge => {
  const found = extraction.edges.find((e) => e.type === type && e.from === from && e.to === to);
  if (!found) throw new Error(`no edge ${type} ${from} -> ${to}`);
  return found;
};
/** Body ids are built from names: the English name must give the same id as the French text. */
const bodyId = (englishName: string) => `body:${bodyKey(englishName, compile(knowledge), 'other')!.key}`;

const RES = 'resolution:AG-2014-RES-04';
const GEMC = bodyId('INTERPOL Global Cybercrime Expert Group');
const CMII = bodyId('CMII Working Group');
const OPERATIONAL = bodyId('Operational Cybercrime Expert Group');
const EC3 = bodyId('European Cybercrime Centre');
const EURASIAN = bodyId('Eurasian Working Group on Cybercrime for Heads of Units');

describe('the founding document AG-2014-RES-04.fr.md', () => {
  it('yields the resolution with its header, session and status', () => {
    const res = node(RES);
    expect(res.kind).toBe('Resolution');
    expect(res.code).toBe('AG-2014-RES-04');
    expect(res.props).toMatchObject({
      number: 4,
      title: "Création du Groupe d'experts mondial d'INTERPOL sur la cybercriminalité (GEMC)",
      language: 'fr',
      status: 'adopted',
      date: '2014-11-07',
    });
    const session = node('session:interpol-general-assembly-83');
    expect(session.props).toMatchObject({
      ordinal: 83,
      place: 'Monaco',
      startDate: '2014-11-03',
      endDate: '2014-11-07',
    });
    expect(edge('ADOPTED_AT', RES, session.id).evidence[0]!.quote).toContain('83<sup>ème</sup> session');
    expect(extraction.document.id).toBe('document:AG-2014-RES-04.fr');
  });

  it('finds the recalled resolution and the three reports with their titles', () => {
    expect(node('resolution:AG-2010-RES-08').code).toBe('AG-2010-RES-08');
    expect(node('report:AG-2012-RAP-22').props.title).toBe(
      "Rapport sur l'état d'avancement des travaux du Groupe de travail CMII",
    );
    expect(node('report:AG-2013-RAP-16').props.title).toBe(
      "Deuxième rapport sur l'état d'avancement des travaux du Groupe de travail CMII",
    );
    expect(node('report:AG-2014-RAP-21').props.title).toBe('Groupe de travail CMII : rapport final');
  });

  it('finds the bodies, with acronyms, English labels and parents', () => {
    expect(node(GEMC)).toMatchObject({ kind: 'Body', acronym: 'IGCEG' });
    expect(node(GEMC).aliases).toEqual(expect.arrayContaining(['GEMC', 'IGCEG']));
    expect(node(GEMC).labels.fr).toBe("Groupe d'experts mondial d'INTERPOL sur la cybercriminalité");
    expect(node(CMII).labels).toMatchObject({ fr: 'Groupe de travail CMII', en: 'CMII Working Group' });
    expect(node(OPERATIONAL).labels.fr).toBe("Groupe opérationnel d'experts sur la cybercriminalité");
    expect(node(OPERATIONAL).props.bodyType).toBe('expert_group');
    expect(node(bodyId('INTERPOL Digital Crime Centre')).labels.fr).toBe(
      'Centre INTERPOL de lutte contre la criminalité numérique',
    );
    expect(node(EC3)).toMatchObject({ acronym: 'EC3' });
    edge('PART_OF', EC3, 'organization:europol');
    expect(node(EURASIAN).labels.fr).toBe(
      "Groupe de travail eurasiatique sur la cybercriminalité à l'intention de chefs d'unités",
    );
    expect(node('organization:interpol-general-secretariat').kind).toBe('Organization');
    expect(node('conference:10:annual-head-ncb')).toMatchObject({
      kind: 'Conference',
      name: '10th Annual Heads of NCB Conference',
    });
    expect(node('conference:10:annual-head-ncb').props.ordinal).toBe(10);
  });

  it('states the relations of the clauses, with their rules', () => {
    expect(edge('ESTABLISHES', RES, GEMC).evidence[0]!.rule).toBe('fr.establishment');
    for (const recalled of ['resolution:AG-2010-RES-08', 'report:AG-2012-RAP-22', 'report:AG-2013-RAP-16']) {
      expect(edge('RECALLS', RES, recalled).evidence[0]!.rule).toBe('fr.verb.recalling');
    }
    expect(edge('AUTHORIZES', 'resolution:AG-2010-RES-08', CMII).evidence[0]!.rule).toBe('fr.relative');
    expect(edge('PART_OF', OPERATIONAL, CMII).props).toEqual({ year: 2012 });
    edge('NOTES', RES, 'report:AG-2014-RAP-21');
    edge('THANKS', RES, CMII);
    edge('THANKS', RES, OPERATIONAL);
    edge('TAKES_INTO_ACCOUNT', RES, 'conference:10:annual-head-ncb');
    edge('TAKES_INTO_ACCOUNT', RES, `meeting:${CMII.slice('body:'.length)}`);
    edge('TAKES_INTO_ACCOUNT', RES, `meeting:${OPERATIONAL.slice('body:'.length)}`);
    edge('TAKES_INTO_ACCOUNT', RES, `meeting:2:${EURASIAN.slice('body:'.length)}`);
    edge('PART_OF', `meeting:2:${EURASIAN.slice('body:'.length)}`, EURASIAN);
    edge('RECOMMENDS', RES, EC3);
    edge('ENCOURAGES', RES, 'addressee:member-countries');
    for (const report of ['report:AG-2012-RAP-22', 'report:AG-2013-RAP-16', 'report:AG-2014-RAP-21']) {
      edge('ABOUT', report, CMII);
    }
  });

  it('does not confuse subordinate entities with clause objects', () => {
    const targets = (type: string) =>
      extraction.edges.filter((e) => e.type === type && e.from === RES).map((e) => e.to);
    expect(targets('ENCOURAGES')).toEqual(['addressee:member-countries']);
    expect(targets('RECOMMENDS')).not.toContain('organization:europol');
    expect(targets('RECALLS')).not.toContain(CMII);
    expect(targets('THANKS').sort()).toEqual([CMII, OPERATIONAL].sort());
  });

  it('keeps markup out of names and exact quotes at their offsets', () => {
    for (const n of extraction.nodes) {
      for (const name of [n.name, ...Object.values(n.labels)]) expect(name).not.toMatch(/<sup>|\*\*|##/);
    }
    const text = extraction.document.text;
    for (const e of extraction.edges) {
      for (const ev of e.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.document).toBe(extraction.document.id);
        expect(extraction.document.clauses[ev.clause]!.function).toBe(ev.function);
      }
    }
    const gemcMentions = extraction.document.mentions.filter((m) => m.node === GEMC);
    expect(gemcMentions.map((m) => m.text)).toEqual(expect.arrayContaining(['GEMC']));
    expect(gemcMentions.length).toBeGreaterThanOrEqual(4);
  });
});
