import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractFile, knowledge, ontology } from './helpers.js';

const clauses = (name: string) => extractFile(name).document.clauses;

describe('segmentation', () => {
  it('joins hard-wrapped lines into clauses and keeps numbered sub-items apart (AGN-69-RES-2)', () => {
    const c = clauses('AGN-69-RES-2.fr.txt');
    expect(c.map((x) => x.function)).toEqual([
      'header',
      'header',
      'title',
      'opening',
      'preamble',
      'preamble',
      'preamble',
      'preamble',
      'operative',
      'operative',
      'operative',
      'status',
    ]);
    expect(c[3]!.text).toBe(
      "L'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 69ème session à\nRhodes, du 30 octobre au 4 novembre 2000,",
    );
    expect(c[6]!.text).toMatch(
      /^ESTIMANT que .*\nrépond aux besoins de l'Organisation et protège ses intérêts,$/s,
    );
    expect(c[9]!.text).toMatch(/^1\) Un projet .*\nAGN\/69\/RAP\/22, et$/s);
    expect(c.filter((x) => x.verb).map((x) => [x.verb, x.relation])).toEqual([
      ['AYANT PRIS CONNAISSANCE', 'NOTES'],
      ['RAPPELANT', 'RECALLS'],
      ['ESTIMANT', undefined],
      ['CONSTATANT', 'NOTES'],
      ['AUTORISE', 'AUTHORIZES'],
    ]);
  });

  it('splits "The General Assembly, Wishing ..." into the opening and a preambular clause (A/RES/58/85)', () => {
    const c = clauses('A-RES-58-85.en.txt');
    expect(c.map((x) => [x.function, x.verb])).toEqual([
      ['status', undefined],
      ['header', undefined],
      ['opening', undefined],
      ['preamble', 'Wishing'],
      ['operative', 'Decides to invite'],
      ['operative', 'Requests'],
      ['status', undefined],
    ]);
  });

  it('reads emphasised verbs and bullets of the CGPM texts', () => {
    const c = clauses('CGPM-2022-RES-4.en.md');
    expect(c.find((x) => x.verb === 'further recalling')?.relation).toBe('RECALLS');
    const bullets = c.filter((x) => x.text.startsWith('* '));
    expect(bullets).toHaveLength(6);
    expect(bullets.every((x) => x.verb === undefined)).toBe(true);
  });

  it('lends an empty verb clause ("noting" + bullets) to its lower-case sub-items only', () => {
    const text = [
      'AG-2015-RES-09',
      'The General Assembly,',
      'noting',
      '* that the CIPM has reported,',
      '* The BIPM said so,',
      'invites the CIPM to act.',
    ].join('\n\n');
    const result = extract({ text, source: 'x.en.md', sha256: '0' }, knowledge, ontology);
    const notes = result.edges.filter((e) => e.type === 'NOTES').map((e) => e.to);
    expect(notes).toEqual(['organization:cipm']);
  });

  it('lends a preambular verb to the verbless paragraphs that enumerate more of its objects', () => {
    const text = [
      'CGPM-2018-RES-3',
      'The General Conference on Weights and Measures (CGPM), at its 26th meeting,',
      'considering Resolution 3 adopted by the CGPM at its 21st meeting (1999), which',
      'considers that all States engage in measurements,',
      'Resolution 4 adopted by the CGPM at its 22nd meeting (2003), which considers the desirability,',
      'noting the importance of the SI,',
      'welcomes the revised strategy,',
      'Resolution 10 adopted by the CGPM at its 24th meeting (2011) is a verbless operative paragraph,',
      'decides to act.',
    ].join('\n\n');
    const result = extract({ text, source: 'x.en.md', sha256: '0' }, knowledge, ontology);
    const recalled = result.edges.filter((e) => e.type === 'RECALLS').map((e) => e.to);
    // Counter-example: after an operative verb, a verbless paragraph is not an enumeration of its objects.
    expect(recalled.sort()).toEqual(['resolution:CGPM-1999-RES-3', 'resolution:CGPM-2003-RES-4']);
  });

  it('joins a UN numbered title wrapped over several header lines, up to the blank line', () => {
    const text = [
      'Fifty-first session',
      '',
      '    51/1.   Observer status for the International',
      '            Criminal Police Organization',
      '            (Interpol) in the General Assembly',
      '',
      '    The General Assembly,',
      '',
      '    1. Requests the Secretary-General to take the necessary action;',
      '',
    ].join('\n');
    const result = extract({ text, source: 'A-RES-51-1.en.txt', sha256: '0' }, knowledge, ontology);
    const own = result.nodes.find((n) => n.kind === 'Resolution')!;
    expect(own.props.title).toBe(
      'Observer status for the International Criminal Police Organization (Interpol) in the General Assembly',
    );
    expect(result.document.clauses.find((c) => c.function === 'opening')?.text).toBe('The General Assembly,');
  });
});
