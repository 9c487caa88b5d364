import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { extract } from '../../src/extract/index.js';
import type { Language } from '../../src/model/index.js';
import { knowledge, ontology } from './helpers.js';

/** The clause holding `probe`: where it starts and the group of the verb that carries its relation. */
function clauseOf(text: string, language: Language, probe: string) {
  const { ctx } = analyse(text, knowledge, ontology, { language, source: `x.${language}.md` });
  const at = text.indexOf(probe);
  const s = ctx.segments.find((x) => x.start <= at && at < x.end);
  return { text: s ? text.slice(s.start, s.end) : '', verb: s?.verb?.group.id ?? '-', fn: s?.function };
}

const doc = (lang: Language, organ: string, enacting: string, body: string) =>
  `${lang === 'fr' ? 'DÉCISION' : lang === 'es' ? 'DECISIÓN' : 'DECISION'} 1\n\n${organ}\n\n${enacting}\n${body}\n`;

describe('an article heading starts an operative clause whose lead verb follows it', () => {
  it.each([
    [
      'es',
      doc('es', 'EL CONSEJO ANDINO,', 'DECIDE:', 'Artículo 1.- Crear el Comité de Directores del CAMRE.'),
      'Crear',
      'es.verb.establishes',
      'Andean "Artículo N.-" then a bare infinitive',
    ],
    [
      'es',
      doc('es', 'LA COMISIÓN,', 'DECIDE:', 'Artículo 1.- Créase el Comité Andino de Turismo (CATUR).'),
      'Créase',
      'es.verb.establishes',
      'impersonal decree form « Créase »',
    ],
    [
      'es',
      doc('es', 'LA COMISIÓN,', 'RESUELVE:', 'Artículo 3.- Encargar a la Secretaría General el seguimiento.'),
      'Encargar',
      'es.verb.requests',
      'another article under the same enacting word',
    ],
    [
      'es',
      doc('es', 'LA COMISIÓN,', 'DECIDE:', 'Art. 2.- Aprobar el Reglamento del Comité.'),
      'Aprobar',
      'es.verb.approves',
      'abbreviated "Art."',
    ],
    [
      'fr',
      doc(
        'fr',
        'LA COMMISSION,',
        'DÉCIDE :',
        'Article premier :\n\nIl est institué un Comité régional de suivi.',
      ),
      'Il est institué',
      'fr.verb.establishes',
      'UEMOA heading alone on its line heads the next paragraph; ordinal « premier »',
    ],
    [
      'fr',
      doc('fr', 'LA COMMISSION,', 'DÉCIDE :', 'Article 2 : Il est créé un Comité de pilotage.'),
      'Il est créé',
      'fr.verb.establishes',
      '« Article N : » then the impersonal passive on the same line',
    ],
    [
      'en',
      doc(
        'en',
        'The Conference of the States Parties,',
        'Hereby:',
        'Article 1\nEstablishes an Advisory Board.',
      ),
      'Establishes',
      'en.verb.establishes',
      'English "Article N" with no separator, verb on the next line',
    ],
  ] as const)('%s: %j', (lang, text, probe, verb, _why) => {
    const clause = clauseOf(text, lang, probe);
    expect(clause.verb).toBe(verb);
    expect(clause.fn).toBe('operative');
    expect(clause.text).toMatch(/^Art/);
  });
});

describe('article words that are not a heading', () => {
  it.each([
    [
      'en',
      doc('en', 'The Conference,', 'Recalling article 5 of the Convention,', 'Decides to establish a Board.'),
      'article 5',
      /^Recalling/,
      'a reference inside a sentence: lower case, mid-clause',
    ],
    [
      'en',
      doc(
        'en',
        'The Conference,',
        'Decides:',
        '1. To request the Council to act,\nArticle 5 of the Convention notwithstanding.',
      ),
      'Article 5',
      /^1\. To request/,
      '"Article 5 of …" at a line start: no separator nor capitalised word after the number',
    ],
    [
      'fr',
      doc('fr', 'LA COMMISSION,', 'Vu le Traité, notamment en son', 'article 26 ;\n\nDÉCIDE :'),
      'article 26',
      /^Vu/,
      'a lower-case article word wrapped onto its own line continues the reference',
    ],
    [
      'es',
      doc('es', 'LA COMISIÓN,', 'VISTOS: Los', 'Artículos 6 y 17 del Acuerdo de Cartagena;\n\nDECIDE:'),
      'Artículos 6',
      /^VISTOS/,
      'the plural "Artículos" is never a heading',
    ],
  ] as const)('%s: %j', (lang, text, probe, start, _why) => {
    expect(clauseOf(text, lang, probe).text).toMatch(start);
  });
});

describe('an enacting word alone on its line is an operative unit of its own', () => {
  it.each([
    [
      'en',
      'The Conference,\n\nBearing in mind Rule 31,\nHereby:\nI. General',
      'Hereby',
      'OPCW "Hereby:" then a heading',
    ],
    [
      'fr',
      'LA COMMISSION,\n\nSoucieuse de la mise en œuvre ;\nDÉCIDE :\nArticle 2 : Il est créé un Comité.',
      'DÉCIDE',
      'UEMOA',
    ],
    [
      'es',
      'LA COMISIÓN,\n\nCONSIDERANDO: Que, …;\nRESUELVE:\nArtículo 1.- Crear el Comité.',
      'RESUELVE',
      'Andean',
    ],
  ] as const)('%s: %j', (lang, text, probe, _why) => {
    const clause = clauseOf(text, lang, probe);
    expect(clause.fn).toBe('operative');
    expect(clause.text).toMatch(new RegExp(`^${probe}\\s*:$`));
  });

  it('"hereby" inside a sentence is no enacting line', () => {
    const clause = clauseOf('The Council,\n\nhereby approves the report of the Board.', 'en', 'hereby');
    expect(clause.text).toMatch(/report of the Board\.$/);
  });
});

describe('an article clause gives its relation', () => {
  it('"Artículo 1.- Crear el Comité …" ESTABLISHES the committee', () => {
    const text = doc(
      'es',
      'EL CONSEJO ANDINO DE MINISTROS DE RELACIONES EXTERIORES,',
      'DECIDE:',
      'Artículo 1.- Crear el Comité de Directores del Consejo Andino de Ministros de Relaciones Exteriores.\n' +
        'Artículo 2.- La presente Decisión entrará en vigencia en la fecha de su publicación.',
    );
    const x = extract({ text, source: 'x.es.txt', sha256: '0'.repeat(64) }, knowledge, ontology);
    expect(x.edges.map((e) => e.type)).toContain('ESTABLISHES');
  });
});
