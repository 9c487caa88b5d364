import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import type { Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/** The verb group (outer lead verb, else the one carrying the relation) of the clause holding `probe`. */
function verbOf(text: string, language: Language, probe: string): string {
  const { ctx } = analyse(text, knowledge, ontology, { language, source: `x.${language}.md` });
  const at = text.indexOf(probe);
  const s = ctx.segments.find((x) => x.start <= at && at < x.end);
  const v = s?.verb;
  return v ? `${(v.lead ?? v.group).id}>${v.group.id}` : '-';
}

const head = (lang: Language, organ: string) =>
  `## ${lang === 'fr' ? 'Décision' : lang === 'es' ? 'Decisión' : 'Decision'} 1\n\n${organ}\n\n`;

describe('a run of capitals is a masthead, not a subject and its verb', () => {
  it('gives no verb to "CONFERENCE OF THE STATES PARTIES" (OPCW masthead)', () => {
    const text = `${head('en', 'CONFERENCE OF THE STATES PARTIES')}Approves the programme.`;
    expect(verbOf(text, 'en', 'STATES')).toBe('-');
  });
  it('counter-example: an upper-case verb after its mixed-case subject still leads', () => {
    const text = `${head('en', 'The Conference,')}The Conference of the States Parties, having considered the report, APPROVES the programme.`;
    expect(verbOf(text, 'en', 'APPROVES')).toBe('en.verb.approves>en.verb.approves');
  });
});

describe('lead verbs in the forms the genre prints', () => {
  it.each([
    [
      'en',
      'approved the budget of the BIPM for 2020.',
      'approved',
      'en.verb.approves>en.verb.approves',
      'CIPM decision: past tense, no subject',
    ],
    [
      'en',
      'decided to establish a Task Group on the kelvin.',
      'decided',
      'en.verb.decides>en.verb.establishes',
      'chained infinitive carries the relation',
    ],
    [
      'fr',
      'nomme M. Castelazo président du CCL.',
      'nomme',
      'fr.verb.appoints>fr.verb.appoints',
      'French appointment',
    ],
    [
      'fr',
      "convient d'inviter le directeur du BIPM.",
      'convient',
      'fr.verb.approves>fr.verb.invites',
      'convient de + infinitive',
    ],
    [
      'es',
      'Decide aprobar el informe de la Secretaría General.',
      'Decide',
      'es.verb.decides>es.verb.approves',
      'Spanish bare infinitive',
    ],
    [
      'en',
      '*and requests* the Director to report.',
      'requests',
      'en.verb.requests>en.verb.requests',
      'coordinated lead verb',
    ],
    [
      'en',
      'The CIPM approved in 2001 the following proposal of the CCU.',
      'approved',
      'en.verb.approves>en.verb.approves',
      'narrative: verb after its subject',
    ],
    [
      'fr',
      'Compte tenu des synergies, le CIPM décide de créer un groupe.',
      'décide',
      'fr.verb.taking-into-account>fr.verb.establishes',
      'operative verb after an opening phrase (the phrase stays the lead as written)',
    ],
  ] as [Language, string, string, string, string][])('%s: %s', (lang, clause, probe, expected) => {
    expect(verbOf(`${head(lang, 'The CIPM,')}${clause}\n`, lang, probe)).toBe(expected);
  });

  it('"Decides: (c) To request …": a lettered sub-item led by its infinitive marker takes the inner verb', () => {
    const text = `${head('en', 'The CIPM,')}Decides:\n\n(a) To note the report;\n\n(c) To request the Director to act.\n`;
    expect(verbOf(text, 'en', 'To request')).toBe('en.verb.requests>en.verb.requests');
  });

  it('counter-example: bullets under a preambular clause report what others did', () => {
    const text = `${head('en', 'The CGPM,')}recalling that in 1992 the CGPM\n\n* stated that UTC is the basis of civil time,\n\n* recommended all unions to work together,\n\ndecides to act.\n`;
    expect(verbOf(text, 'en', 'stated')).toBe('-');
    expect(verbOf(text, 'en', 'recommended')).toBe('-');
  });

  it('counter-example: a capitalised word before a past participle in a preamble is no narrative verb', () => {
    const text = `${head('en', 'The CGPM,')}considering Resolution 3 adopted by the CGPM at its 21st meeting,\n\ndecides to act.\n`;
    expect(verbOf(text, 'en', 'adopted')).toBe('en.verb.considering>en.verb.considering');
  });

  it('counter-example: "SE FÉLICITE" is the reflexive verb, not "se" skipped before « félicite »', () => {
    const text = `${head('fr', "L'Assemblée générale,")}SE FÉLICITE de l'initiative du Secrétariat général ;\n`;
    expect(verbOf(text, 'fr', 'FÉLICITE')).toBe('fr.verb.welcomes>fr.verb.welcomes');
  });
});
