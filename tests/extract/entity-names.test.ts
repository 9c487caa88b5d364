import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import type { Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/** Names and ids of the outermost entity mentions of one text. */
function mentions(text: string, language: Language) {
  const { ctx } = analyse(text, knowledge, ontology, { language });
  return ctx.found
    .filter((f) => f.inside === undefined && f.entity.kind)
    .map((f) => ({ id: f.entity.id, kind: f.entity.kind, text: text.slice(f.start, f.end) }));
}

const bodyTexts = (text: string, language: Language) =>
  mentions(text, language)
    .filter((m) => m.kind === 'Body')
    .map((m) => m.text);

/** Rule table: a sentence of the genre and the body names it must (and must not) yield. */
const FRENCH_NAME_ENDS: Array<{ text: string; bodies: string[]; not: string[]; why: string }> = [
  {
    text: 'Les réunions de ce Comité auront lieu autant que possible à la même époque.',
    bodies: [],
    not: ['Comité auront'],
    why: 'a finite verb (-ont) after a bare head is no adjective',
  },
  {
    text: 'les décisions du Groupe de travail soient communiquées aux États Membres,',
    bodies: [],
    not: ['Groupe de travail soient'],
    why: 'a listed verb form (soient) ends the name',
  },
  {
    text: 'un Groupe de travail ad hoc présidé par le Président du CIPM,',
    bodies: [],
    not: ['Groupe de travail ad hoc présidé'],
    why: 'a participle before the agent preposition "par" is a verb',
  },
  {
    text: 'le rapport du Comité consultatif concerné,',
    bodies: [],
    not: ['Comité consultatif concerné'],
    why: '"concerné" means "the relevant one": it names no committee',
  },
  {
    text: 'le Programme de travail du BIPM pour les années 2009-2012,',
    bodies: ['Programme de travail du BIPM'],
    not: ['Programme de travail du BIPM pour les années'],
    why: 'a complement followed by a number is a time span, not part of the name',
  },
  {
    text: "l'organisation d'un Comité consultatif de photométrie, distinct du Comité consultatif d'électricité,",
    bodies: ['Comité consultatif de photométrie', "Comité consultatif d'électricité"],
    not: ["Comité consultatif de photométrie, distinct du Comité consultatif d'électricité"],
    why: 'another body name after "de/du" starts a second name',
  },
  {
    text: 'le Comité consultatif de photométrie distinct du Comité consultatif d’électricité sera',
    bodies: ['Comité consultatif de photométrie'],
    not: ['Comité consultatif de photométrie distinct'],
    why: 'an adjective before another body name does not belong to the first',
  },
  {
    text: "le Groupe de travail sur la promotion du SI et du Groupe d'experts,",
    bodies: ['Groupe de travail sur la promotion du SI'],
    not: ["Groupe de travail sur la promotion du SI et du Groupe d'experts"],
    why: 'a coordinated complement that is a body starts another name',
  },
  {
    text: 'notant que le Comité consultatif du temps et des fréquences (CCTF) a conduit',
    bodies: ['Comité consultatif du temps et des fréquences'],
    not: [],
    why: 'example: a coordinated complement belongs to the name',
  },
  {
    text: 'pour le Comité consultatif du temps et des fréquences pour examiner les fréquences',
    bodies: ['Comité consultatif du temps et des fréquences'],
    not: ['Comité consultatif du temps et des fréquences pour examiner'],
    why: 'an infinitive after a purpose preposition is no complement',
  },
  {
    text: 'le Réseau européen de coopération judiciaire',
    bodies: ['Réseau européen de coopération judiciaire'],
    not: [],
    why: 'example: an adjective after a complement still belongs to the name',
  },
];

describe('French body names end where the genre ends them', () => {
  it.each(FRENCH_NAME_ENDS)('$why', ({ text, bodies, not }) => {
    const found = bodyTexts(text, 'fr');
    for (const b of bodies) expect(found).toContain(b);
    for (const b of not) expect(found).not.toContain(b);
  });
});

/** Months date a meeting of the body: they never continue its name (BIPM CIPM decisions). */
describe('a month after a preposition ends a body name', () => {
  it.each([
    ['en', 'the report of the CIPM Sub-Committee on Finance in June 2019,', 'CIPM Sub-Committee on Finance'],
    [
      'fr',
      'le rapport du Groupe de travail sur les finances de juin 2019,',
      'Groupe de travail sur les finances',
    ],
  ] as const)('%s: %s', (language, text, body) => {
    const names = bodyTexts(text, language);
    expect(names.some((n) => /June|juin/.test(n))).toBe(false);
    expect(names.join('|')).toContain(body.split(' ').slice(-1)[0]);
  });
  it('counter-example: a complement that is no month still continues the name', () => {
    expect(bodyTexts('the Working Group on Conditions of Employment met,', 'en')).toContain(
      'Working Group on Conditions of Employment',
    );
  });
});

describe('an acronym in parentheses binds the name to what it designates', () => {
  it('a commission written in French with a known organisation acronym is that organisation', () => {
    const found = mentions('la Commission électrotechnique internationale (CEI), et', 'fr');
    expect(found.map((m) => m.id)).toContain('organization:iec');
    expect(found.some((m) => m.kind === 'Body')).toBe(false);
  });

  it('a curated acronym gives the curated body in both languages (CCM)', () => {
    const fr = mentions('le Comité consultatif pour la masse et les grandeurs apparentées (CCM) a', 'fr');
    const en = mentions('the Consultative Committee for Mass and Related Quantities (CCM) has', 'en');
    const id = (list: typeof fr) => list.find((m) => m.kind === 'Body')?.id;
    expect(id(fr)).toBeDefined();
    expect(id(fr)).toBe(id(en));
  });

  it('counter-example: an unknown acronym leaves the body as named', () => {
    const found = mentions('the Working Group on Rare Earth Metrology (WGREM) met', 'en');
    expect(found.find((m) => m.kind === 'Body')?.id).toMatch(/^body:working_group:/);
  });
});

describe('short organ names apply once the full organisation was named', () => {
  it('"le Comité international" after "Comité international des poids et mesures" is the CIPM', () => {
    const found = mentions(
      'Le Comité international des poids et mesures, considérant …, invite le Comité international à étudier',
      'fr',
    );
    expect(found.filter((m) => m.id === 'organization:cipm')).toHaveLength(2);
    expect(found.some((m) => m.kind === 'Body')).toBe(false);
  });

  it('counter-example: without the full name the short form is no organisation', () => {
    const found = mentions('invite le Comité international à étudier la question,', 'fr');
    expect(found.some((m) => m.id === 'organization:cipm')).toBe(false);
  });
});

describe('creation nouns make the resolution ESTABLISH the body', () => {
  const facts = (text: string, language: Language) =>
    analyse(text, knowledge, ontology, { language }).ctx.facts.map((f) => `${f.type} ${f.to.id}`);

  it('a title "Institution d\'un Comité …" (CGPM 1933, Resolution 9)', () => {
    const text =
      "## Resolution 9: Institution d'un Comité consultatif de photométrie\n\nLa Huitième Conférence générale des poids et mesures,\n\n*approuve* l'organisation d'un Comité consultatif de photométrie.\n";
    expect(facts(text, 'fr').filter((f) => f.startsWith('ESTABLISHES'))).not.toHaveLength(0);
  });

  it('an operative "approuve l\'organisation d\'un Comité …" without a title', () => {
    const text =
      "La Huitième Conférence générale des poids et mesures,\n\n*approuve* l'organisation d'un Comité consultatif de photométrie.\n";
    expect(facts(text, 'fr')).toContain('ESTABLISHES body:committee:photometry-radiometry');
  });

  it('counter-example: a preambular wish for the formation of a committee creates nothing', () => {
    const text =
      "La Huitième Conférence générale des poids et mesures,\n\n*considérant* le vœu tendant à l'organisation d'un Comité consultatif de photométrie,\n";
    expect(facts(text, 'fr').filter((f) => f.startsWith('ESTABLISHES'))).toHaveLength(0);
  });

  it('counter-example: "the establishment of a CCTF working group" does not create the CCTF', () => {
    const text =
      '## Resolution 8: On the establishment of a CCTF working group on time transfer\n\nThe General Conference,\n\n*welcomes* the establishment of a CCTF working group on time transfer.\n';
    expect(facts(text, 'en').filter((f) => f.startsWith('ESTABLISHES'))).toHaveLength(0);
  });
});

describe('a word before an article is a verb, not part of the name (uemoa, can)', () => {
  it.each([
    ['fr', 'La Commission assure la coordination des travaux.', 'Commission assure'],
    ['fr', 'La Conférence tient sa session annuelle.', 'Conférence tient'],
    [
      'es',
      'El Comité de Directores del CAMRE podrá invitar a expertos.',
      'Comité de Directores del CAMRE podrá',
    ],
  ] as const)('%s: %s', (language, text, junk) => {
    expect(mentions(text, language).map((m) => m.text)).not.toContain(junk);
  });

  it('counter-example: "Groupe opérationnel d\'experts" keeps its adjective (a preposition follows)', () => {
    expect(bodyTexts("le Groupe opérationnel d'experts sur la cybercriminalité", 'fr')).toContain(
      "Groupe opérationnel d'experts sur la cybercriminalité",
    );
  });
});
