import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { knowledge, ontology } from './helpers.js';

/** No Spanish text is in the sample corpus: a resolution written in the genre's standard Spanish formulas. */
const TEXT = `## Resolución N° 5

AG-2015-RES-05

Asunto: Creación del Grupo de Trabajo sobre Ciberdelincuencia

La Asamblea General de la OIPC-INTERPOL, reunida en su 84ª reunión en Kigali del 2 al 5 de noviembre de 2015,

RECORDANDO la resolución AG-2014-RES-04, por la cual la Asamblea General autorizó la creación del Grupo de Expertos Mundial sobre Ciberdelincuencia,

TOMANDO NOTA del informe AG-2015-RAP-12 titulado « Grupo de Trabajo sobre Ciberdelincuencia: informe final »,

AGRADECIENDO al Grupo de Trabajo CMII por su contribución,

ALIENTA a los países miembros a participar activamente,

PIDE a la Secretaría General que presente un informe.

Aprobada
`;

describe('a Spanish resolution', () => {
  const result = extract({ text: TEXT, source: 'AG-2015-RES-05.es.md', sha256: '0' }, knowledge, ontology);
  const has = (type: string, from: string, to: string) =>
    result.edges.some((e) => e.type === type && e.from === from && e.to === to);
  const RES = 'resolution:AG-2015-RES-05';

  it('is detected as Spanish and read with its header and session', () => {
    expect(result.document.language).toBe('es');
    expect(result.nodes.find((n) => n.id === RES)?.props).toMatchObject({
      number: 5,
      title: 'Creación del Grupo de Trabajo sobre Ciberdelincuencia',
      status: 'adopted',
      date: '2015-11-05',
    });
    expect(result.nodes.find((n) => n.id === 'session:interpol-general-assembly-84')?.props).toMatchObject({
      place: 'Kigali',
      startDate: '2015-11-02',
    });
  });

  it('states the relations of its clauses with Spanish rules, and shares ids with other languages', () => {
    expect(has('ESTABLISHES', RES, 'body:working_group:cybercrime')).toBe(true);
    expect(has('RECALLS', RES, 'resolution:AG-2014-RES-04')).toBe(true);
    expect(has('NOTES', RES, 'report:AG-2015-RAP-12')).toBe(true);
    expect(has('ABOUT', 'report:AG-2015-RAP-12', 'body:working_group:cybercrime')).toBe(true);
    expect(has('THANKS', RES, 'body:working_group:cmii')).toBe(true);
    expect(has('ENCOURAGES', RES, 'addressee:member-countries')).toBe(true);
    expect(has('REQUESTS', RES, 'organization:interpol-general-secretariat')).toBe(true);
    expect(result.edges.every((e) => e.evidence.every((v) => v.rule.startsWith('es.')))).toBe(true);
  });
});
