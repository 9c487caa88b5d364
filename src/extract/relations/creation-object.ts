import { createdObjectStart, creationPoint } from '../entities/described.js';
import { mentionAt } from '../entities/mentions.js';
import type { Context, Entity, Found } from '../types.js';

/** The relation a creation noun gives the resolution over the body it names. */
const ESTABLISHES = 'ESTABLISHES';

/**
 * After a creation noun ("création", "organisation", "establishment of"): of-word, determiner or indefinite
 * article, then the body it creates ("l'organisation d'un Comité consultatif de photométrie"). The body's
 * mention, or null.
 */
export function createdBody(ctx: Context, from: number, limit: number): { noun: number; body: Found } | null {
  const { tokens, lexicon } = ctx;
  if (ctx.owner[from]! >= 0) return null;
  const phrase = lexicon.establishment.match(tokens, from, limit);
  if (!phrase) return null;
  let k = from + phrase.length;
  const of = lexicon.ofWords.match(tokens, k, limit);
  if (of) k += of.length;
  if (k < limit && (lexicon.determiners.has(tokens[k]!.fold) || lexicon.indefinites.has(tokens[k]!.fold)))
    k++;
  const body = k < limit ? mentionAt(ctx, k) : null;
  if (body?.entity.kind !== 'Body' || modifiesAnotherBody(ctx, body)) return null;
  return { noun: from, body };
}

/** "the establishment of a CCTF working group on …": the named body only qualifies the one created. */
export function modifiesAnotherBody(ctx: Context, mention: Found): boolean {
  return ctx.lexicon.bodyHeads.match(ctx.tokens, mention.t1) !== null;
}

/**
 * An operative clause that approves or decides the creation of a body creates it:
 * "*approuve* l'organisation d'un Comité consultatif de photométrie, distinct du Comité consultatif
 * d'électricité" (CGPM 1933, Resolution 9) -> the resolution ESTABLISHES that committee. Only the first creation
 * noun after the lead verb counts, and only operative clauses: "considérant … tendant à la formation d'un
 * Comité" reports a wish, not a creation.
 */
export function creationObjects(ctx: Context, resolution: Entity): void {
  const rule = ctx.lexicon.source.establishment.id;
  for (const segment of ctx.segments) {
    if (segment.function !== 'operative' || !segment.verb) continue;
    const start = segment.verb.to;
    for (let t = start; t < Math.min(segment.t1, start + 4); t++) {
      const found = createdBody(ctx, t, segment.t1);
      if (!found) continue;
      ctx.hits.push({ rule, value: ESTABLISHES });
      ctx.facts.push({
        type: ESTABLISHES,
        from: resolution,
        to: found.body.entity,
        clause: segment.index,
        start: ctx.tokens[t]!.start,
        end: found.body.end,
        rule,
      });
      break;
    }
  }
}

/**
 * A creation verb chained after the lead verb that the clause grammar did not read as the clause's verb
 * ("2. Decides to set up a Committee of the Security Council consisting of …"): the body right after it (past a
 * parenthetical and an article) is ESTABLISHED. When the lead verb already carries ESTABLISHES the verb rule
 * states the fact and this adds nothing.
 */
export function creationVerbObjects(ctx: Context, resolution: Entity): void {
  const rule = ctx.lexicon.source.describedBodies?.id;
  if (!rule) return;
  for (const segment of ctx.segments) {
    if (!segment.verb || segment.verb.group.relations.includes(ESTABLISHES)) continue;
    const at = creationPoint(ctx, segment);
    if (at < 0) continue;
    const { start } = createdObjectStart(ctx, at, segment.t1);
    const body = start < segment.t1 ? mentionAt(ctx, start) : null;
    if (body?.entity.kind !== 'Body' || body.consumed) continue;
    ctx.hits.push({ rule, value: ESTABLISHES });
    ctx.facts.push({
      type: ESTABLISHES,
      from: resolution,
      to: body.entity,
      clause: segment.index,
      start: ctx.tokens[segment.verb.from]!.start,
      end: body.end,
      rule,
    });
  }
}
