import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { extract } from '../../src/extract/index.js';
import type { Extraction, Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/**
 * Entities and lineage facts by the genre (issue 11): organisations named by their head noun, bodies a
 * creation verb makes without naming them, electoral-group labels, sittings of any organ, renames. The rule
 * groups' own examples run here (rules.test.ts runs the older groups); then whole clauses, each with the
 * reading it must give and counter-examples that must not give it.
 */
const sections = ['namedOrganizations', 'describedBodies', 'classLabels', 'renaming', 'bareOrgans'] as const;

function values(rule: string, language: Language, text: string): string[] {
  const { ctx } = analyse(text, knowledge, ontology, { language, recordHits: true });
  return [
    ...ctx.hits.filter((h) => h.rule === rule).map((h) => h.value),
    ...ctx.facts.filter((f) => f.rule === rule).map((f) => f.type),
  ];
}

const groups = knowledge.lexicons.flatMap((lexicon) =>
  sections.flatMap((name) => {
    const group = lexicon[name];
    return group ? [{ language: lexicon.language, group }] : [];
  }),
);

describe('genre rule groups: examples and counter-examples', () => {
  it('every language has every group', () => {
    expect(groups.length).toBe(sections.length * knowledge.lexicons.length);
  });
  const examples = groups.flatMap(({ language, group }) =>
    group.examples.map((e) => [group.id, e.text, language, e.expect] as const),
  );
  it.each(examples)('%s: %s', (rule, text, language, expected) => {
    const found = values(rule, language, text);
    expect(found.length, `rule ${rule} did not fire`).toBeGreaterThan(0);
    if (expected !== undefined) expect(found).toContain(String(expected));
  });
  const counter = groups.flatMap(({ language, group }) =>
    group.counterExamples.map((e) => [group.id, e.text, language] as const),
  );
  it.each(counter)('%s does not fire on: %s', (rule, text, language) => {
    expect(values(rule, language, text)).toEqual([]);
  });
});

function run(text: string, language: Language): Extraction {
  return extract({ text, source: 'genre.md', sha256: 'genre', language }, knowledge, ontology);
}
const names = (x: Extraction, kind: string) => x.nodes.filter((n) => n.kind === kind).map((n) => n.name);
const edge = (x: Extraction, type: string, to: string) =>
  x.edges.some((e) => e.type === type && x.nodes.find((n) => n.id === e.to)?.name === to);

describe('bodies created by a verb', () => {
  it.each([
    [
      'en',
      '1. Decides to establish, under its authority, a United Nations Protection Force (UNPROFOR) in accordance with the report;',
      'United Nations Protection Force',
    ],
    [
      'en',
      '2. Decides to set up a Committee of the Security Council consisting of all the members of the Council;',
      'Committee of the Security Council',
    ],
    [
      'en',
      '3. Decides to establish an ad hoc open-ended working group to examine the reform of the listing mechanisms;',
      'ad hoc open-ended working group to examine the reform of the listing mechanisms',
    ],
    [
      'en',
      '4. Decides to create an Intergovernmental Working Group on the review of the criteria;',
      'Intergovernmental Working Group on the review of the criteria',
    ],
    [
      'fr',
      '2. Décide de créer un groupe de travail ad hoc chargé d’examiner la réforme des mécanismes;',
      "groupe de travail ad hoc chargé d'examiner la réforme des mécanismes",
    ],
    [
      'es',
      '2. Decide establecer un grupo de trabajo de composición abierta encargado de examinar la reforma;',
      'grupo de trabajo de composición abierta encargado de examinar la reforma',
    ],
  ] as const)('%s: %s', (language, clause, body) => {
    const x = run(`The Committee,\n\n${clause}\n`, language);
    expect(names(x, 'Body')).toContain(body);
    expect(edge(x, 'ESTABLISHES', body)).toBe(true);
  });

  it.each([
    ['en', '1. Recalling that the Committee established an ad hoc working group to examine the criteria,'],
    ['en', '2. Decides to establish a timetable for the work of the session;'],
    ['fr', "1. Rappelant que le Comité a créé un groupe de travail ad hoc chargé d'examiner les critères,"],
  ] as const)('no body and no ESTABLISHES in %s: %s', (language, clause) => {
    const x = run(`The Committee,\n\n${clause}\n\n3. Decides to meet again;\n`, language);
    expect(names(x, 'Body')).toEqual([]);
    expect(x.edges.filter((e) => e.type === 'ESTABLISHES')).toEqual([]);
  });
});

describe('described bodies named later or again', () => {
  it('a given name: "to be known as the ‘Evaluation Body’"', () => {
    const x = run(
      'The Committee,\n\n3. Establishes a consultative body to be known as the ‘Evaluation Body’ for the evaluation in 2016 of nominations;\n',
      'en',
    );
    const body = x.nodes.find((n) => n.kind === 'Body');
    expect(body?.name).toBe('Evaluation Body');
    expect(body?.aliases).toContain('consultative body');
    expect(edge(x, 'ESTABLISHES', 'Evaluation Body')).toBe(true);
  });

  it('a definite description and its shorter form are one body', () => {
    const x = run(
      'The Committee,\n\n3. Commends the work of the informal open-ended ad hoc working group chaired by Colombia;\n\n4. Endorses the recommendations of the informal ad hoc working group;\n',
      'en',
    );
    const bodies = x.nodes.filter((n) => n.kind === 'Body');
    expect(bodies.map((b) => b.name)).toEqual(['informal open-ended ad hoc working group']);
    expect(bodies[0]!.aliases).toContain('informal ad hoc working group');
  });

  it('a bare "the working group" with no modifier is no new body', () => {
    const x = run(
      'The Committee,\n\n5. Decides that the working group shall be comprised as follows;\n',
      'en',
    );
    expect(names(x, 'Body')).toEqual([]);
  });

  it('a sitting of a body with an acronym is keyed by the acronym', () => {
    const x = run(
      'The Consultative Committee for Time and Frequency (CCTF), at its 21st session in 2017,\n\nrecommends that laboratories continue;\n',
      'en',
    );
    expect(x.nodes.some((n) => n.id === 'session:cctf-21')).toBe(true);
  });
});

describe('organisations by their head noun, not the gazetteer', () => {
  it.each([
    [
      'en',
      'Thanks the International Union of Pure and Applied Physics (IUPAP)',
      'International Union of Pure and Applied Physics',
    ],
    [
      'en',
      'Requests the International Civil Aviation Organization (ICAO) to report',
      'International Civil Aviation Organization',
    ],
    ['en', 'invites the World Tourism Organization to participate', 'World Tourism Organization'],
    [
      'fr',
      "invite l'Organisation maritime internationale (OMI) à participer",
      'Organisation maritime internationale',
    ],
    [
      'es',
      'invita a la Organización Panamericana de la Salud (OPS) a participar',
      'Organización Panamericana de la Salud',
    ],
  ] as const)('%s: %s', (language, clause, organization) => {
    const x = run(`The Council,\n\n1. ${clause};\n`, language);
    expect(names(x, 'Organization')).toContain(organization);
    expect(names(x, 'Body')).toEqual([]);
  });

  it('"United Nations" stays inside longer names', () => {
    const x = run(
      'The Council,\n\n1. Decides to extend the mandate of the United Nations Interim Force in Lebanon;\n\n2. Thanks the United Nations Educational, Scientific and Cultural Organization;\n',
      'en',
    );
    expect(names(x, 'Body')).toEqual(['United Nations Interim Force in Lebanon']);
    expect(names(x, 'Organization')).toContain(
      'United Nations Educational, Scientific and Cultural Organization',
    );
  });

  it('the acronym after a body that ends with an organisation is the organisation’s', () => {
    const x = run(
      "Le Comité,\n\n1. Invite le Conseil d'administration de l'Organisation internationale du travail (OIT) à participer;\n",
      'fr',
    );
    const body = x.nodes.find((n) => n.kind === 'Body');
    expect(body?.acronym).toBeUndefined();
    expect(x.nodes.find((n) => n.id === 'organization:oit')?.acronym).toBe('OIT');
  });
});

describe('electoral groups and addressees are not bodies', () => {
  it.each([
    [
      'en',
      '3. Invites States Parties and Member States from Electoral Group V(a) and Group II to participate;',
    ],
    ['fr', '3. Invite les États parties du Groupe électoral V(a) et du Groupe II à participer;'],
    ['es', '3. Invita a los Estados Partes del Grupo Electoral V(a) y del Grupo II a participar;'],
  ] as const)('%s: %s', (language, clause) => {
    expect(names(run(`The Committee,\n\n${clause}\n`, language), 'Body')).toEqual([]);
  });
  it('a numbered working group is still a body', () => {
    const x = run(
      'The Committee,\n\n1. Takes note of the report of the IPCC Working Group II on adaptation;\n',
      'en',
    );
    expect(names(x, 'Body')).toContain('IPCC Working Group II');
  });
});

describe('sittings of any organ', () => {
  it.each([
    [
      'en',
      'Adopted by the Security Council at its 3055th meeting, on 21 February 1992',
      'Meeting',
      '3055th meeting of the Security Council',
    ],
    [
      'fr',
      'Adoptée par le Conseil de sécurité à sa 7853e séance, le 23 décembre 2016',
      'Meeting',
      '7853rd meeting of the Security Council',
    ],
    [
      'es',
      'Aprobada por el Consejo de Seguridad en su 8123ª sesión, celebrada el 20 de noviembre de 2017',
      'Meeting',
      '8123rd meeting of the Security Council',
    ],
  ] as const)('%s adoption line: %s', (language, line, kind, sitting) => {
    const body = {
      en: 'The Security Council,\n\n1. Decides to remain seized of the matter;',
      fr: 'Le Conseil de sécurité,\n\n1. Décide de rester saisi de la question;',
      es: 'El Consejo de Seguridad,\n\n1. Decide seguir ocupándose de la cuestión;',
    }[language];
    const x = run(`${line}\n\n${body}\n`, language);
    const node = x.nodes.find((n) => n.kind === kind && n.name === sitting);
    expect(node).toBeDefined();
    expect(x.edges.some((e) => e.type === 'ADOPTED_AT' && e.to === node!.id)).toBe(true);
    expect(
      x.edges.some(
        (e) => e.type === 'PART_OF' && e.from === node!.id && e.to === 'organization:un-security-council',
      ),
    ).toBe(true);
    // The adoption line is a status line, not an operative clause approving the Council.
    expect(x.edges.some((e) => e.type === 'APPROVES')).toBe(false);
  });

  it.each([
    [
      'en',
      'The Intergovernmental Committee for the Protection of Mountain Heritage,\n\n1. Recalling the decision adopted at its sixth session and at the 13th session of the Intergovernmental Committee,',
    ],
    [
      'fr',
      'Le Comité intergouvernemental de protection du patrimoine montagnard,\n\n1. Rappelant la décision adoptée lors de sa sixième session et de la 13e session du Comité intergouvernemental,',
    ],
  ] as const)('%s: sessions of the organ of the opening formula, short forms included', (language, text) => {
    const x = run(
      `${text}\n\n2. ${language === 'en' ? 'Decides to meet again' : 'Décide de se réunir'};\n`,
      language,
    );
    const organ = x.nodes.filter((n) => n.kind === 'Body');
    expect(organ).toHaveLength(1);
    const sessions = x.nodes.filter((n) => n.kind === 'Session').map((n) => n.props.ordinal);
    expect(sessions.sort()).toEqual([13, 6]);
    const parts = x.edges.filter((e) => e.type === 'PART_OF' && e.to === organ[0]!.id);
    expect(parts).toHaveLength(2);
    // A sitting that dates an act is not what the clause recalls.
    expect(x.edges.some((e) => e.type === 'RECALLS' && e.to.startsWith('session:'))).toBe(false);
  });

  it.each([
    [
      'en',
      'Adopted at the 906th meeting by 8 votes to 2',
      'The Security Council,\n\n1. Decides to remain seized of the matter;',
      'meeting:906:un-security-council',
    ],
    [
      'fr',
      "Adoptée à l'unanimité à la 732e séance",
      'Le Conseil de sécurité,\n\n1. Décide de rester saisi de la question;',
      'meeting:732:un-security-council',
    ],
    [
      'es',
      'Aprobada en la 277a. sesión por 9 votos contra ninguno',
      'El Consejo de Seguridad,\n\n1. Decide seguir ocupándose de la cuestión;',
      'meeting:277:un-security-council',
    ],
  ] as const)(
    '%s: an adoption line without possessive is a sitting of the opening organ: %s',
    (language, line, body, id) => {
      const x = run(`${line}\n\n${body}\n`, language);
      expect(x.edges.some((e) => e.type === 'ADOPTED_AT' && e.to === id)).toBe(true);
    },
  );

  it('a session belongs to the organ named before the possessive, not the document organ', () => {
    const x = run(
      'Resolution 303 (1971)\n\nThe Security Council,\n\n1. Decides to refer the question to the General Assembly at its twenty-sixth session;\n',
      'en',
    );
    const sessions = x.nodes.filter((n) => n.kind === 'Session').map((n) => n.id);
    expect(sessions).toEqual(['session:un-general-assembly-26']);
  });

  it('a place after a bare organ head is no body name', () => {
    const x = run(
      'The Bureau,\n\n1. Decides to report to the seventeenth session of the Committee in Rabat, Morocco;\n',
      'en',
    );
    expect(names(x, 'Body').filter((n) => n.includes('Rabat'))).toEqual([]);
  });

  it('a CGPM text’s "its 102nd meeting" is not a sitting of the CGPM (calendar) nor of another organ', () => {
    const x = run(
      'The General Conference on Weights and Measures (CGPM), at its 25th meeting,\n\nnoting that the CIPM at its 102nd meeting decided,\n\ndecides to meet again.\n',
      'en',
    );
    expect(x.nodes.filter((n) => n.kind === 'Session').map((n) => n.id)).toEqual(['session:cgpm-25']);
  });
});

describe('renames and ends', () => {
  it.each([
    [
      'en',
      'Decides that the Consultative Committee for Electricity is renamed the Consultative Committee for Electricity and Magnetism;',
      'Consultative Committee for Electricity and Magnetism',
      'Consultative Committee for Electricity',
    ],
    [
      'en',
      'Decides to rename the Consultative Committee for Electricity as the Consultative Committee for Electricity and Magnetism;',
      'Consultative Committee for Electricity and Magnetism',
      'Consultative Committee for Electricity',
    ],
    [
      'fr',
      'Décide que le Comité consultatif pour la définition de la seconde est renommé Comité consultatif du temps et des fréquences;',
      'Comité consultatif du temps et des fréquences',
      'Comité consultatif pour la définition de la seconde',
    ],
    [
      'es',
      'Decide que el Comité Andino de Autoridades pasa a denominarse Consejo Andino de Autoridades;',
      'Consejo Andino de Autoridades',
      'Comité Andino de Autoridades',
    ],
  ] as const)('%s: %s', (language, clause, successor, predecessor) => {
    const x = run(`The Conference,\n\n1. ${clause}\n`, language);
    const id = (name: string) => x.nodes.find((n) => n.name === name || n.aliases.includes(name))?.id;
    expect(
      x.edges.some((e) => e.type === 'SUCCEEDS' && e.from === id(successor) && e.to === id(predecessor)),
    ).toBe(true);
  });

  it.each([
    ['en', 'Decides that the CMII Working Group is dissolved;'],
    ['en', 'Decides that the CMII Working Group shall cease to exist;'],
    ['en', 'Terminates the mandate of the CMII Working Group;'],
    ['fr', "Décide que le Groupe de travail CMII cessera d'exister;"],
    ['es', 'Decide que el Grupo de Trabajo CMII dejará de existir;'],
    ['es', 'Decide que el Grupo de Trabajo CMII queda disuelto;'],
  ] as const)('%s DISSOLVES: %s', (language, clause) => {
    const x = run(`The Conference,\n\n1. ${clause}\n`, language);
    expect(x.edges.some((e) => e.type === 'DISSOLVES' && e.to === 'body:working_group:cmii')).toBe(true);
  });

  it('a body that only meets is neither renamed nor dissolved', () => {
    const x = run(
      'The Conference,\n\n1. Decides that the Consultative Committee for Electricity shall meet in Sèvres;\n',
      'en',
    );
    expect(x.edges.filter((e) => e.type === 'SUCCEEDS' || e.type === 'DISSOLVES')).toEqual([]);
  });
});
