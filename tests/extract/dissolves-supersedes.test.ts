import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { knowledge, ontology } from './helpers.js';

/** A minimal INTERPOL resolution in each language around one operative or preambular clause. */
const WRAP: Record<'en' | 'fr' | 'es', (clause: string) => string> = {
  en: (c) =>
    `## Resolution 5\n\nAG-2015-RES-05\n\nThe General Assembly of ICPO-INTERPOL, meeting in Kigali from 2 to 5 November 2015 at its 84th session,\n\nRecalling its resolution AG-2010-RES-08,\n\n${c}\n\nAdopted\n`,
  fr: (c) =>
    `## Résolution N° 5\n\nAG-2015-RES-05\n\nL'Assemblée générale de l'OIPC-INTERPOL, réunie à Kigali du 2 au 5 novembre 2015 en sa 84e session,\n\nRAPPELANT la résolution AG-2010-RES-08,\n\n${c}\n\nAdoptée\n`,
  es: (c) =>
    `## Resolución N° 5\n\nAG-2015-RES-05\n\nLa Asamblea General de la OIPC-INTERPOL, reunida en su 84ª reunión en Kigali del 2 al 5 de noviembre de 2015,\n\nRECORDANDO la resolución AG-2010-RES-08,\n\n${c}\n\nAprobada\n`,
};

const RES = 'resolution:AG-2015-RES-05';
const CMII = 'body:working_group:cmii';
const OLD = 'resolution:AGN/68/RES/5';

type Row = [
  lang: 'en' | 'fr' | 'es',
  clause: string,
  type: 'DISSOLVES' | 'SUPERSEDES',
  to: string | null,
  why: string,
];

const ROWS: Row[] = [
  // DISSOLVES: an operative act that ends a body.
  [
    'en',
    '1. Decides to dissolve the CMII Working Group;',
    'DISSOLVES',
    CMII,
    'chained infinitive "decides to dissolve"',
  ],
  ['en', '1. Disbands the CMII Working Group;', 'DISSOLVES', CMII, 'operative "disbands"'],
  [
    'en',
    '1. Decides to terminate the mandate of the CMII Working Group;',
    'DISSOLVES',
    CMII,
    'ending the mandate ends the body',
  ],
  [
    'en',
    '1. Decides to close the CMII Working Group;',
    'DISSOLVES',
    CMII,
    'CIPM usage: "decided to close the … Task Group"',
  ],
  [
    'en',
    '1. Decides that the CMII Working Group shall cease to exist;',
    'DISSOLVES',
    CMII,
    'passive-like predicate on the body',
  ],
  ['fr', 'DÉCIDE de mettre fin au Groupe de travail CMII ;', 'DISSOLVES', CMII, '« mettre fin au » a body'],
  ['fr', 'DÉCIDE de dissoudre le Groupe de travail CMII ;', 'DISSOLVES', CMII, '« dissoudre »'],
  ['fr', 'DÉCIDE de supprimer le Groupe de travail CMII ;', 'DISSOLVES', CMII, '« supprimer »'],
  [
    'es',
    'DECIDE disolver el Grupo de Trabajo CMII;',
    'DISSOLVES',
    CMII,
    'bare Spanish infinitive "disolver"',
  ],
  ['es', 'DECIDE suprimir el Grupo de Trabajo CMII;', 'DISSOLVES', CMII, '"suprimir"'],
  [
    'es',
    'DECIDE dar por terminado el mandato del Grupo de Trabajo CMII;',
    'DISSOLVES',
    CMII,
    'short infinitive "dar" in a multi-word form',
  ],
  // SUPERSEDES: this resolution abrogates or replaces another.
  ['en', '1. Abrogates resolution AGN/68/RES/5;', 'SUPERSEDES', OLD, 'operative "abrogates"'],
  ['en', '1. Repeals resolution AGN/68/RES/5;', 'SUPERSEDES', OLD, 'operative "repeals"'],
  [
    'en',
    '1. This resolution replaces resolution AGN/68/RES/5;',
    'SUPERSEDES',
    OLD,
    '"this resolution replaces" as the lead',
  ],
  [
    'en',
    '1. Decides that resolution AGN/68/RES/5 is abrogated;',
    'SUPERSEDES',
    OLD,
    'passive "is abrogated" in an operative clause',
  ],
  [
    'en',
    '1. Decides that resolution AGN/68/RES/5 is now abrogated;',
    'SUPERSEDES',
    OLD,
    'CGPM usage: "… are now abrogated"',
  ],
  ['fr', 'ABROGE la résolution AGN/68/RES/5 ;', 'SUPERSEDES', OLD, '« abroge »'],
  ['fr', 'REMPLACE la résolution AGN/68/RES/5 ;', 'SUPERSEDES', OLD, '« remplace »'],
  [
    'fr',
    'La présente résolution remplace la résolution AGN/68/RES/5.',
    'SUPERSEDES',
    OLD,
    '« la présente résolution remplace »',
  ],
  ['fr', 'DÉCIDE que la résolution AGN/68/RES/5 est abrogée ;', 'SUPERSEDES', OLD, 'passive « est abrogée »'],
  ['es', 'DEROGA la resolución AGN/68/RES/5;', 'SUPERSEDES', OLD, '"deroga"'],
  [
    'es',
    'La presente resolución sustituye a la resolución AGN/68/RES/5.',
    'SUPERSEDES',
    OLD,
    '"la presente resolución sustituye a"',
  ],
  [
    'es',
    'DECIDE que la resolución AGN/68/RES/5 queda derogada;',
    'SUPERSEDES',
    OLD,
    'passive "queda derogada"',
  ],
  // Counter-examples: no such edge.
  [
    'en',
    'Recalling that the CGPM dissolved the CMII Working Group,',
    'DISSOLVES',
    null,
    'second-hand: the CGPM, not this resolution, dissolved it',
  ],
  [
    'en',
    'Recalling that resolution AGN/68/RES/5 was abrogated,',
    'SUPERSEDES',
    null,
    'second-hand: an earlier abrogation',
  ],
  [
    'en',
    'Noting the replacement of equipment,',
    'SUPERSEDES',
    null,
    'a noun about equipment, no resolution replaced',
  ],
  [
    'en',
    '1. Decides to close the 84th session of the General Assembly;',
    'DISSOLVES',
    null,
    'closing a session ends no body',
  ],
  ['en', '1. Decides to close the debate;', 'DISSOLVES', null, 'no body named'],
];

describe('DISSOLVES and SUPERSEDES (en, fr, es)', () => {
  it.each(ROWS)('%s: %s → %s %s (%s)', (lang, clause, type, to) => {
    const text = WRAP[lang](clause);
    const { edges } = extract(
      { text, source: `AG-2015-RES-05.${lang}.md`, sha256: '0' },
      knowledge,
      ontology,
    );
    const found = edges.filter((e) => e.type === type && e.from === RES);
    if (to === null) expect(found).toEqual([]);
    else expect(found.map((e) => e.to)).toEqual([to]);
  });
});
