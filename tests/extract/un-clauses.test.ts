import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { detectLanguage, extract } from '../../src/extract/index.js';
import type { Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/**
 * The clause grammar of UN Security Council, UNESCO committee and Andean texts (issue 11): adoption lines,
 * list heads and their items, a verb alone in its paragraph, coordinated operative verbs, numbered preambular
 * items, articles after the enacting formula. Texts are written in the genre's own wording.
 */

const source = (lang: Language) => `S-RES-743-1992.${lang}.txt`;

/** Per clause: its function and verb group ("lead>inner"; "^group" of the clause an item belongs to; "-"). */
function clauses(text: string, language: Language): string[] {
  const { ctx } = analyse(text, knowledge, ontology, { language, source: source(language) });
  return ctx.segments.map((s) => {
    const v = s.verb;
    const parent = s.parent === undefined ? undefined : ctx.segments[s.parent];
    const verb = v ? `${(v.lead ?? v.group).id}>${v.group.id}` : parent ? `^${parent.verb?.group.id}` : '-';
    return `${s.function} ${verb}`;
  });
}

function clauseOf(text: string, language: Language, probe: string): string {
  const { ctx } = analyse(text, knowledge, ontology, { language, source: source(language) });
  const at = text.indexOf(probe);
  const s = ctx.segments.find((x) => x.start <= at && at < x.end)!;
  const v = s.verb;
  return `${s.function} ${v ? `${(v.lead ?? v.group).id}>${v.group.id}` : s.parent !== undefined ? `^${ctx.segments[s.parent]!.verb?.group.id}` : '-'}`;
}

function edges(text: string, language: Language): string[] {
  const x = extract({ text, source: source(language), sha256: 'x', language }, knowledge, ontology);
  return x.edges.map((e) => `${e.type} ${e.to}`).sort();
}

const SC_EN = `United Nations S/RES/743 (1992)

Security Council

Resolution 743 (1992)
Adopted by the Security Council at its 3055th meeting, on 21 February 1992

The Security Council,

Recalling its resolution 713 (1991),

Determining that the situation constitutes a threat to international peace and security,

Acting under Chapter VII of the Charter of the United Nations,

1. Condemns all violations of the ceasefire;

2. Decides:
(a) To request the Secretary-General to submit a report within 30 days;
(b) To review the mandate of the Consultative Committee for Units (CCU);

3. Requests

the Secretary-General to report regularly on the implementation of this resolution;

4. Decides to remain seized of the matter.
`;

describe('UN Security Council layout (en)', () => {
  it('reads the adoption line, opening, preamble, list head and items, and a verb alone in its paragraph', () => {
    expect(clauses(SC_EN, 'en')).toEqual([
      'header -',
      'header -',
      'header -',
      'status -', // "Adopted by the Security Council at its 3055th meeting": no operative "adopted"
      'opening -',
      'preamble en.verb.recalling>en.verb.recalling',
      'preamble en.verb.aware>en.verb.aware', // "Determining that": its own clause, not a continuation of "Recalling"
      'preamble en.verb.acting>en.verb.acting', // the legal basis, no relation
      'operative en.verb.condemns>en.verb.condemns',
      'operative en.verb.decides>en.verb.decides',
      'operative en.verb.requests>en.verb.requests', // "(a) To request": the item's own verb
      'operative ^en.verb.decides', // "(b) To review …" belongs to "2. Decides:", not to item (a)
      'operative en.verb.requests>en.verb.requests',
      'operative ^en.verb.requests', // the object of "3. Requests" in the next paragraph
      'operative en.verb.decides>en.verb.decides',
    ]);
  });

  it('relates the items and the separated object to the right verbs, and the adoption line to nothing', () => {
    const found = edges(SC_EN, 'en');
    expect(found).toContain('REQUESTS organization:un-secretary-general');
    expect(found).toContain('DECIDES body:committee:unit'); // "(b) To review the mandate of the CCU" under "Decides:"
    expect(found.filter((e) => e.startsWith('APPROVES'))).toEqual([]); // "Adopted by the Security Council"
    expect(found.filter((e) => e.endsWith('united-nations'))).toEqual([]); // "Acting under Chapter VII …"
  });
});

describe('operative and preambular verbs of the genre (en, fr, es)', () => {
  const head = { en: 'The Security Council,', fr: 'Le Conseil de sécurité,', es: 'El Consejo de Seguridad,' };
  it.each([
    [
      'en',
      '1. Condemns all violations of the ceasefire;',
      'en.verb.condemns',
      'condemnation: no lineage relation',
    ],
    ['en', '1. Strongly condemns all attacks;', 'en.verb.condemns', 'an adverb in -ly before the verb'],
    [
      'en',
      '1. Demands that all parties comply fully with resolution 713 (1991);',
      'en.verb.demands',
      'a demand',
    ],
    ['en', '1. Reaffirms its resolution 713 (1991);', 'en.verb.reaffirms', 'reaffirms an earlier text'],
    ['en', '1. Expresses its appreciation to the Secretary-General;', 'en.verb.thanks', 'thanks'],
    ['en', '1. Expresses its grave concern at the situation;', 'en.verb.condemns', 'concern: no relation'],
    ['en', '1. Extends the mandate of the Force until 30 June 1993;', 'en.verb.extends', 'mandate renewal'],
    ['en', 'Determining that the situation constitutes a threat,', 'en.verb.aware', 'preambular finding'],
    ['en', 'Acting under Chapter VII of the Charter of the United Nations,', 'en.verb.acting', 'legal basis'],
    ['fr', '1. Condamne toutes les violations du cessez-le-feu ;', 'fr.verb.condemns', 'condamnation'],
    [
      'fr',
      '1. Exige que toutes les parties se conforment à la résolution 713 (1991) ;',
      'fr.verb.demands',
      'exigence',
    ],
    [
      'fr',
      '1. Demande instamment à toutes les parties de coopérer ;',
      'fr.verb.encourages',
      '« demande instamment » urges, longer than « demande »',
    ],
    ['fr', '1. Réaffirme sa résolution 713 (1991) ;', 'fr.verb.reaffirms', 'réaffirmation'],
    ['fr', '1. Fait siennes les conclusions de la Conférence ;', 'fr.verb.endorses', 'endorsement'],
    [
      'fr',
      'Agissant en vertu du Chapitre VII de la Charte des Nations Unies,',
      'fr.verb.acting',
      'fondement juridique',
    ],
    [
      'fr',
      '1. Rappelle aux parties leurs obligations ;',
      'fr.verb.condemns',
      'reminds the parties: no recall of a text',
    ],
    ['es', '1. Condena todas las violaciones de la cesación del fuego;', 'es.verb.condemns', 'condena'],
    ['es', '1. Exhorta al Gobierno de Yugoslavia a que coopere;', 'es.verb.encourages', 'exhorta'],
    ['es', '1. Insta a todas las partes a que cooperen;', 'es.verb.encourages', 'insta'],
    ['es', '1. Pide al Secretario General que presente un informe;', 'es.verb.requests', 'pide'],
    [
      'es',
      '1. Decide seguir ocupándose de la cuestión.',
      'es.verb.decides',
      'remains seized: "seguir" is no verb of the lexicon',
    ],
    ['es', '1. Subraya la importancia de la cooperación;', 'es.verb.declares', 'subraya: no relation'],
    ['es', 'Determinando que la situación constituye una amenaza,', 'es.verb.aware', 'determinación'],
    [
      'es',
      'Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,',
      'es.verb.acting',
      'fundamento jurídico',
    ],
  ] as [Language, string, string, string][])('%s: %s (%s)', (lang, clause, group) => {
    const text = `${head[lang as 'en']}\n\n${clause}\n`;
    expect(clauseOf(text, lang, clause.slice(0, 12)).split('>')[1]).toBe(group);
  });

  it('counter-example: "Reaffirming its commitment to …" is an attitude, not a recall', () => {
    const text = `${head.en}\n\nReaffirming its commitment to the sovereignty of all States,\n`;
    expect(clauseOf(text, 'en', 'Reaffirming')).toBe('preamble en.verb.aware>en.verb.aware');
  });
  it('counter-example: "Family reunification is …" is no adverb before a verb (no verb follows)', () => {
    const text = `${head.en}\n\n1. Decides that family reunification is a priority;\n\nFamily reunification approves nothing.\n`;
    expect(clauseOf(text, 'en', 'Family')).toMatch(/^other -|^operative \^/);
  });
});

describe('coordinated operative verbs: each acts on its own object', () => {
  it.each([
    [
      'en',
      'The CGPM,\n\nDecides to establish the Consultative Committee for Units (CCU), and requests the Secretary-General to take the necessary measures;\n',
      ['ESTABLISHES body:committee:unit', 'REQUESTS organization:un-secretary-general'],
    ],
    [
      'fr',
      'La CGPM,\n\nDécide de créer le Comité consultatif des unités (CCU), et prie le Secrétaire général de prendre les mesures nécessaires ;\n',
      ['ESTABLISHES body:committee:unit', 'REQUESTS organization:un-secretary-general'],
    ],
  ] as [Language, string, string[]][])('%s', (lang, text, expected) => {
    const found = edges(text, lang);
    for (const e of expected) expect(found).toContain(e);
    expect(found).not.toContain('ESTABLISHES organization:un-secretary-general');
  });

  it('counter-example: a multi-word form "welcomes and supports" stays one verb', () => {
    const text = 'The CGPM,\n\nwelcomes and supports the Consultative Committee for Units (CCU);\n';
    expect(edges(text, 'en')).toEqual(['WELCOMES body:committee:unit']);
  });
  it('counter-example: a preambular verb has no coordinated operative verb ("noting … and requests" stays noting)', () => {
    const text =
      'The CGPM,\n\nnoting the report of the Consultative Committee for Units (CCU) and requests of the Secretary-General,\n\ndecides to act.\n';
    expect(edges(text, 'en')).not.toContain('REQUESTS organization:un-secretary-general');
  });
});

describe('sub-items complete the clause they continue', () => {
  it('"in order to\\n* propose …": items that complete an infinitive have no lead verb of their own', () => {
    const text =
      'The CGPM,\n\nrequests that the CIPM consult with the ITU in order to\n\n* propose a new maximum value,\n* prepare a plan,\n';
    expect(clauseOf(text, 'en', '* propose')).toBe('operative ^en.verb.requests');
  });
  it('counter-example: an item under a list head ending with ":" keeps its own verb', () => {
    const text = 'The Council,\n\nDecides:\n(a) To request the Secretary-General to report;\n';
    expect(clauseOf(text, 'en', '(a)')).toBe('operative en.verb.requests>en.verb.requests');
  });
  it('counter-example: a capitalised paragraph after "Decides:" gets no lent relation', () => {
    const text =
      'The Council,\n\nDecides:\n\nThe Consultative Committee for Units (CCU) shall meet annually.\n';
    expect(edges(text, 'en').filter((e) => e.startsWith('DECIDES'))).toEqual([]);
  });
  it('counter-example: a verbless paragraph after a complete operative clause is not its object', () => {
    const text =
      'The Council,\n\n1. Requests the Secretary-General to report;\n\nthe Consultative Committee for Units (CCU) meets annually.\n';
    expect(edges(text, 'en')).not.toContain('REQUESTS body:committee:unit');
  });
});

describe('UNESCO committee decisions: numbered preambular items (en, fr, es)', () => {
  it.each([
    [
      'en',
      'DECISION 14.COM 10\n\nThe Committee,\n\n1. Having examined document LHE/19/14.COM/10,\n\n2. Recalling decision 13.COM 10,\n\n3. Takes note of the report;\n\n4. Decides to inscribe the element on the Representative List;\n',
    ],
    [
      'fr',
      "DÉCISION 14.COM 10\n\nLe Comité,\n\n1. Ayant examiné le document LHE/19/14.COM/10,\n\n2. Rappelant la décision 13.COM 10,\n\n3. Prend note du rapport ;\n\n4. Décide d'inscrire l'élément sur la Liste représentative ;\n",
    ],
    [
      'es',
      'DECISIÓN 14.COM 10\n\nEl Comité,\n\n1. Habiendo examinado el documento LHE/19/14.COM/10,\n\n2. Recordando la decisión 13.COM 10,\n\n3. Toma nota del informe;\n\n4. Decide inscribir el elemento en la Lista Representativa;\n',
    ],
  ] as [Language, string][])(
    '%s: "1. Having examined" and "2. Recalling" are preambular, "3. Takes note" operative',
    (lang, text) => {
      expect(clauses(text, lang).map((c) => c.split(' ')[0])).toEqual([
        'header',
        'opening',
        'preamble',
        'preamble',
        'operative',
        'operative',
      ]);
    },
  );
});

describe('Spanish decisions of the Andean Community layout', () => {
  const CAN = `DECISIÓN N° 955
Creación del Comité Andino de Turismo (CATUR)
LA COMISIÓN DE LA COMUNIDAD ANDINA,
VISTOS: Los artículos 1 y 127 del Acuerdo de Cartagena; y,
CONSIDERANDO: Que, el Acuerdo de Cartagena establece como objetivo promover el desarrollo;
Que, el sector turístico ha venido evolucionando;
DECIDE:
Artículo 1.- Créase el Comité Andino de Turismo (CATUR), con el objetivo de promover iniciativas.
Artículo 2.- El CATUR tendrá las siguientes funciones:
Promover la elaboración de programas;
Artículo 3.- La presente Decisión entrará en vigencia a partir de la fecha de su publicación.
`;
  it('each « Que, … » paragraph is a preambular clause of CONSIDERANDO; articles after DECIDE: are operative', () => {
    // The heading and title lines are the header's business (src/extract/header.ts): compared from the opening.
    expect(clauses(CAN, 'es').slice(-8)).toEqual([
      'opening -',
      'preamble es.verb.considering>es.verb.considering',
      'preamble es.verb.considering>es.verb.considering',
      'preamble ^es.verb.considering', // "Que, el sector turístico …"
      'operative es.verb.decides>es.verb.decides',
      'operative es.verb.establishes>es.verb.establishes',
      'operative -', // "Artículo 2.- El CATUR tendrá …": an operative provision without a lead verb
      'operative -',
    ]);
  });
  it('counter-example: a lower-case "que" line in a wrapped paragraph is not a new clause', () => {
    const text =
      'LA COMISIÓN,\nCONSIDERANDO: Que, el Acuerdo establece;\nque el sector ha cambiado;\nDECIDE:\n';
    expect(clauses(text, 'es')).toEqual([
      'opening -',
      'preamble es.verb.considering>es.verb.considering',
      'operative es.verb.decides>es.verb.decides',
    ]);
  });
  it('counter-example: an article before any operative clause stays what it was', () => {
    const text = 'Artículo 1.- El Comité tendrá funciones.\n';
    expect(clauses(text, 'es').join()).not.toContain('operative');
  });
});

describe('language votes: a quotation does not vote', () => {
  it('a French decision quoting English document titles is French', () => {
    const text =
      'approuve les changements proposés concernant les documents suivants : « The CIPM MRA: 2005 Interpretation Document of the CIPM and of the BIPM » ; « Use of the CIPM MRA logo and certificates statement » ; « Guide to the implementation of the CIPM MRA in the context of the work of the laboratories ».';
    expect(detectLanguage(text, knowledge).language).not.toBe('en');
  });
  it('counter-example: an unquoted English text is English', () => {
    expect(
      detectLanguage(
        'approved the changes proposed to the following documents of the CIPM and of the BIPM.',
        knowledge,
      ).language,
    ).toBe('en');
  });
});

describe('objects of the genre (devset findings, 03:14)', () => {
  it.each([
    [
      'en',
      'The CCTF,\n\n*recommends that*\n\n* the institutes report to the BIPM,\n* the working groups inform the CIPM.\n',
      ['RECOMMENDS organization:bipm', 'RECOMMENDS organization:cipm'],
      '"recommends that" alone lends its verb to the bullets',
    ],
    [
      'en',
      'The Council,\n\nRequests that in the future the Consultative Committee for Units (CCU) prepare its reports;\n',
      ['REQUESTS body:committee:unit'],
      'a short adverbial phrase before the subject of the "that" clause',
    ],
    [
      'fr',
      'Le Comité,\n\n- Ayant examiné le rapport,\n- Rappelant la décision 7.COM 2,\n- Prie le Comité consultatif des unités (CCU) de faire rapport ;\n',
      ['REQUESTS body:committee:unit'],
      'a dash-bulleted decision: each bullet is its own clause',
    ],
  ] as [Language, string, string[], string][])('%s: %s (%s)', (lang, text, expected) => {
    const found = edges(text, lang);
    for (const e of expected) expect(found).toContain(e);
  });

  it.each([
    [
      'en',
      'The Security Council,\n\nTaking into account that the lack of unanimity of the Security Council has prevented it from acting,\n\nDecides to act.\n',
      'organization:un-security-council',
      'after "that" only the subject is taken into account, and "the lack of unanimity" is no entity',
    ],
    [
      'en',
      'The Security Council,\n\nRecommends that all Members providing assistance pursuant to the aforesaid Security Council resolutions make it available;\n',
      'organization:un-security-council',
      '"Security Council resolutions": the organ is the attribute of the documents',
    ],
    [
      'en',
      'United Nations Security Council Resolution 66\n\nAdopted by the Security Council at its 396th meeting, by 8 votes to none, with 3 abstentions (Ukrainian Soviet Socialist Republic, Union of Soviet Socialist Republics, United States of America) on 29 December 1948\n\nThe Security Council,\n\nDecides to act.\n',
      'organization:un-security-council',
      'a long adoption line with the vote is still the status line',
    ],
    [
      'es',
      'El Consejo de Seguridad,\n\nHabiendo invitado, el 5 de marzo de 1948, a los miembros permanentes del Consejo de Seguridad a consultarse,\n\nDecide actuar.\n',
      'organization:un-security-council',
      '"Habiendo <participle>": a preambular clause of its own, not one more object of the previous verb',
    ],
    [
      'es',
      'El Consejo de Seguridad,\n\nPide al Secretario General, conforme al Artículo 20 de la Carta de las Naciones Unidas, que convoque a la Asamblea;\n',
      'organization:united-nations',
      '"conforme al …": the legal basis ends the object',
    ],
    [
      'en',
      'The Committee,\n\nFurther recalling Decision 6.COM 5, adopted by the Consultative Committee for Units (CCU) at its sixth session,\n\nDecides to act.\n',
      'body:committee:unit',
      '"adopted by X": the author of the recalled decision is not recalled',
    ],
  ] as [Language, string, string, string][])('counter-example %s: %s (%s)', (lang, text, target) => {
    // Only clause facts: sessions and meetings are PART_OF their organ whatever the clause says.
    const clauseFacts = edges(text, lang).filter((e) => !/^(PART_OF|ADOPTED_AT) /.test(e));
    expect(clauseFacts.filter((e) => e.endsWith(` ${target}`))).toEqual([]);
  });
});

describe('paragraphs that continue a sentence (merge review, 04:10)', () => {
  it('"…, which ⏎⏎ considers that …": the paragraph continues the sentence; "considers" is no lead verb', () => {
    const text =
      'The CGPM,\n\nconsidering Resolution 3 adopted by the CGPM at its 21st meeting (1999), which\n\nconsiders that all States engage in measurements,\n\ndecides to act.\n';
    expect(clauseOf(text, 'en', 'considers that')).toBe('preamble ^en.verb.considering');
  });
  it('counter-example: "…, and ⏎⏎ encourages the CIPM …" coordinates a new operative clause', () => {
    const text =
      'The CGPM,\n\nencourages the NMIs to continue, and\n\nencourages continued effort by the Consultative Committee for Units (CCU).\n';
    expect(clauseOf(text, 'en', 'encourages continued')).toBe(
      'operative en.verb.encourages>en.verb.encourages',
    );
  });
  it('counter-example: "…, and support for the programme" is a noun, not a coordinated verb', () => {
    const text =
      'The CGPM,\n\nwelcomes the support provided to the BIPM, and support for the Consultative Committee for Units (CCU),\n';
    expect(edges(text, 'en').filter((e) => e.startsWith('ENDORSES'))).toEqual([]);
  });
  it('an article after "DECIDE :" closes the list the enacting verb opened', () => {
    const text =
      'LA COMMISSION,\n\nDÉCIDE :\n\nArticle premier : Définitions\n\naux fins de la présente décision, le Comité consultatif des unités (CCU) est un organe ;\n';
    expect(edges(text, 'fr').filter((e) => e.startsWith('DECIDES'))).toEqual([]);
  });
});
