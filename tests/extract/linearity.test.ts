import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractFile, knowledge, ontology } from './helpers.js';

/** A generous bound: it catches catastrophic backtracking (minutes), not ordinary slowness. */
const BOUND_MS = 20_000;

describe('extraction time grows linearly', () => {
  it('reads a 2 MB synthetic resolution within the bound', () => {
    const founding = extractFile('AG-2014-RES-04.fr.md').document.text;
    const [head, body] = [
      founding.slice(0, founding.indexOf('CONSCIENTE')),
      founding.slice(founding.indexOf('CONSCIENTE')),
    ];
    let text = head;
    while (text.length < 2_000_000) text += `${body.replace('**Adoptée**', '')}\n\n`;
    const started = performance.now();
    const result = extract({ text, source: 'big.fr.md', sha256: '0' }, knowledge, ontology);
    const elapsed = performance.now() - started;
    expect(result.nodes.map((n) => n.id)).toContain('resolution:AG-2014-RES-04');
    expect(result.document.clauses.length).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(BOUND_MS);
  });

  it('reads pathological inputs (one 1 MB clause, nested parentheses, repeated acronyms) within the bound', () => {
    const pathological = [
      `RAPPELANT ${'le Groupe de travail CMII de la '.repeat(10_000)}`,
      `RECOMMANDE ${'('.repeat(50_000)}${')'.repeat(50_000)}`,
      `ENCOURAGE ${'(GEMC) GEMC '.repeat(10_000)}`,
      `Resolution ${'Resolution 2 of the '.repeat(10_000)}`,
    ].join('\n\n');
    const started = performance.now();
    extract(
      { text: `AG-2014-RES-04\n\n${pathological}`, source: 'p.fr.txt', sha256: '0', language: 'fr' },
      knowledge,
      ontology,
    );
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
