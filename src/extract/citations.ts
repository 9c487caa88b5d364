import type { Context, Entity, Fact } from './types.js';

/**
 * A document cited in a clause with no relation stated to it ("*invite* le Comité international … selon les
 * instructions de la Résolution 1 de la Onzième Conférence générale", "the BIPM will convey the Decision,
 * recalling Resolution 4 …") is still a citation: the citing resolution RECALLS it (the ontology's relation
 * for "refers back to an earlier resolution, report or decision"). Runs after every clause rule, so it never
 * doubles or overrides a stated relation. The opening counts: "The CIPM, *acting* in accordance with Resolution 7
 * of the 18th CGPM" cites it.
 */
export const CITATION_RULE = 'citation.mentioned';
const CITATION_RELATION = 'RECALLS';
const CITING_FUNCTIONS = new Set(['opening', 'preamble', 'operative', 'other']);

export function citationFacts(ctx: Context, resolution: Entity): Fact[] {
  // Only relations the ontology keeps count as stated: a dropped one (AUTHORIZES from a resolution to a
  // resolution) leaves the document cited. A document stated in one clause and named again in another is
  // cited there too, under the relation already stated, so the edge gains evidence and is never doubled.
  const stated = ctx.facts.filter(
    (f) => f.from.id === resolution.id && ctx.ontology.allows(f.type, f.from.kind, f.to.kind),
  );
  const typeOf = new Map<string, string>();
  for (const f of stated) if (!typeOf.has(f.to.id)) typeOf.set(f.to.id, f.type);
  const inClause = new Set(stated.map((f) => `${f.to.id}#${f.clause}`));
  const out: Fact[] = [];
  for (const found of ctx.found) {
    const { entity } = found;
    if (entity.kind !== 'Resolution' && entity.kind !== 'Report') continue;
    if (entity.id === resolution.id || found.inside !== undefined) continue;
    const clause = ctx.clauseOf[found.t0]!;
    if (inClause.has(`${entity.id}#${clause}`)) continue;
    const segment = ctx.segments[clause];
    if (!segment || !CITING_FUNCTIONS.has(segment.function)) continue;
    // A verbless paragraph after an operative verb is not one of its objects (tests/extract/clauses.test.ts)
    // and states nothing about the document it names; before any operative clause, it is a citation.
    if (!segment.verb && ctx.segments.some((s) => s.index < clause && s.function === 'operative')) continue;
    inClause.add(`${entity.id}#${clause}`);
    const type = typeOf.get(entity.id) ?? CITATION_RELATION;
    typeOf.set(entity.id, type);
    out.push({
      type,
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
