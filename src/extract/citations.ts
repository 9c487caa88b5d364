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

/** Relations of verbs that report what is the case: the verbless paragraphs after them go on reporting. */
const REPORTING = new Set(['NOTES', 'RECALLS', 'TAKES_INTO_ACCOUNT']);

/**
 * A verbless paragraph before any operative clause cites what it names. After one, it is no object of the
 * last verb and says nothing about the documents it names ("welcomes the strategy," then "Resolution 10 …")
 * unless that verb reports facts: "*further notes* that since ⏎ In consequence, on the date chosen …: ⏎ * the
 * definition of the ampere in force since 1948 (9th meeting of the CGPM, 1948) … will be abrogated".
 */
function continuesStatement(ctx: Context, clause: number): boolean {
  if (!ctx.segments.some((s) => s.index < clause && s.function === 'operative')) return true;
  for (let i = clause - 1; i >= 0; i--) {
    const verb = ctx.segments[i]?.verb;
    if (verb) return verb.group.relations.some((r) => REPORTING.has(r));
  }
  return false;
}

/**
 * A header paragraph that starts in lower case is prose cut from its subject, not a heading: "acting in
 * accordance with Resolution 7 of the 18th CGPM (1987) has adopted …" (after "The CIPM" on its own line),
 * "in Resolution 5 adopted at its 26th meeting (2018) decided …". Headings and mastheads start with a capital,
 * a mark or a code.
 */
function isProseHeader(ctx: Context, segment: { function: string; t0: number }): boolean {
  const first = ctx.tokens[segment.t0];
  return segment.function === 'header' && first?.kind === 'word' && /^\p{Ll}/u.test(first.text);
}

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
    if (!segment || !(CITING_FUNCTIONS.has(segment.function) || isProseHeader(ctx, segment))) continue;
    if (!segment.verb && !continuesStatement(ctx, clause)) continue;
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
