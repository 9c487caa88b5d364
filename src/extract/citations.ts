import type { Context, Entity, Fact } from './types.js';

/**
 * A document cited in a clause with no relation stated to it ("*invite* le Comité international … selon les
 * instructions de la Résolution 1 de la Onzième Conférence générale", "the BIPM will convey the Decision,
 * recalling Resolution 4 …") is still a citation: the citing resolution RECALLS it (the ontology's relation
 * for "refers back to an earlier resolution, report or decision"). Runs after every clause rule, so it never
 * doubles or overrides a stated relation.
 */
export const CITATION_RULE = 'citation.mentioned';
const CITATION_RELATION = 'RECALLS';
const CITING_FUNCTIONS = new Set(['preamble', 'operative', 'other']);

export function citationFacts(ctx: Context, resolution: Entity): Fact[] {
  const related = new Set(ctx.facts.filter((f) => f.from.id === resolution.id).map((f) => f.to.id));
  const out: Fact[] = [];
  for (const found of ctx.found) {
    const { entity } = found;
    if (entity.kind !== 'Resolution' && entity.kind !== 'Report') continue;
    if (entity.id === resolution.id || related.has(entity.id) || found.inside !== undefined) continue;
    const clause = ctx.clauseOf[found.t0]!;
    const segment = ctx.segments[clause];
    if (!segment || !CITING_FUNCTIONS.has(segment.function)) continue;
    // A verbless paragraph after an operative verb is not one of its objects (tests/extract/clauses.test.ts)
    // and states nothing about the document it names; before any operative clause, it is a citation.
    if (!segment.verb && ctx.segments.some((s) => s.index < clause && s.function === 'operative')) continue;
    related.add(entity.id);
    out.push({
      type: CITATION_RELATION,
      from: resolution,
      to: entity,
      clause,
      start: segment.start,
      end: segment.end,
      focus: { start: found.start, end: found.end },
      rule: CITATION_RULE,
    });
  }
  return out;
}
