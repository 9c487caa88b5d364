import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractFile, knowledge, ontology } from './helpers.js';

/**
 * A generous bound on CPU time: it catches catastrophic backtracking (minutes), not ordinary slowness.
 * CPU time rather than wall time, so a loaded shared machine does not fail the test; wall time only
 * guards against a hang.
 */
const CPU_BOUND_MS = 20_000;
const WALL_BOUND_MS = 120_000;

function timed(run: () => void): { cpu: number; wall: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - started };
}

describe('extraction time grows linearly', () => {
  it(
    'reads a 2 MB synthetic resolution within the bound',
    () => {
      const founding = extractFile('AG-2014-RES-04.fr.md').document.text;
      const [head, body] = [
        founding.slice(0, founding.indexOf('CONSCIENTE')),
        founding.slice(founding.indexOf('CONSCIENTE')),
      ];
      let text = head;
      while (text.length < 2_000_000) text += `${body.replace('**Adoptée**', '')}\n\n`;
      let result: ReturnType<typeof extract> | undefined;
      const time = timed(() => {
        result = extract({ text, source: 'big.fr.md', sha256: '0' }, knowledge, ontology);
      });
      expect(result!.nodes.map((n) => n.id)).toContain('resolution:AG-2014-RES-04');
      expect(result!.document.clauses.length).toBeGreaterThan(1000);
      expect(time.cpu).toBeLessThan(CPU_BOUND_MS);
      expect(time.wall).toBeLessThan(WALL_BOUND_MS);
    },
    WALL_BOUND_MS + 30_000,
  );

  it(
    'reads pathological inputs (one 1 MB clause, nested parentheses, repeated acronyms) within the bound',
    () => {
      const pathological = [
        `RAPPELANT ${'le Groupe de travail CMII de la '.repeat(10_000)}`,
        `RECOMMANDE ${'('.repeat(50_000)}${')'.repeat(50_000)}`,
        `ENCOURAGE ${'(GEMC) GEMC '.repeat(10_000)}`,
        `Resolution ${'Resolution 2 of the '.repeat(10_000)}`,
      ].join('\n\n');
      const time = timed(() =>
        extract(
          { text: `AG-2014-RES-04\n\n${pathological}`, source: 'p.fr.txt', sha256: '0', language: 'fr' },
          knowledge,
          ontology,
        ),
      );
      expect(time.cpu).toBeLessThan(CPU_BOUND_MS);
      expect(time.wall).toBeLessThan(WALL_BOUND_MS);
    },
    WALL_BOUND_MS + 30_000,
  );
});

describe('evidence of huge clauses', () => {
  it('quotes a bounded window around each target, not the whole clause', () => {
    const filler = 'de la coopération internationale et des échanges '.repeat(2_000);
    const text = `AG-2014-RES-04\n\nTENANT COMPTE ${filler} du Groupe de travail CMII, ${filler} et de la 10ème Conférence annuelle des Chefs de B.C.N.,\n`;
    const result = extract({ text, source: 'x.fr.txt', sha256: '0', language: 'fr' }, knowledge, ontology);
    const edges = result.edges.filter((e) => e.type === 'TAKES_INTO_ACCOUNT');
    expect(edges).toHaveLength(2);
    for (const edge of edges) {
      const [ev] = edge.evidence;
      expect(ev!.quote.length).toBeLessThanOrEqual(800);
      expect(text.slice(ev!.start, ev!.end)).toBe(ev!.quote);
    }
    expect(edges.map((e) => e.evidence[0]!.quote.slice(-20))).toEqual(
      expect.arrayContaining([expect.stringContaining('travail CMII'), expect.stringContaining('B.C.N.')]),
    );
  });
});
