import { coordinatedVerbs } from '../clauses/coordinated.js';
import type { Segment } from '../segment.js';
import type { Context, Entity } from '../types.js';
import { verbTargets } from './object-span.js';

/** After an item's letter or number and its closing mark ("b)" of "(b)", "2." ), or `from` when there is none. */
function afterItemMark(ctx: Context, from: number, to: number): number {
  const t = ctx.tokens[from];
  const close = ctx.tokens[from + 1];
  const mark = t && (t.kind === 'number' || /^(?:[a-z]|[ivx]{1,4})$/.test(t.text));
  if (mark && from + 2 < to && close && /^[.)]$/.test(close.text)) return from + 2;
  return from;
}

/**
 * A verb with nothing after it ("*noting*" followed by bullets) lends its relation to its sub-items; a
 * preambular verb lends it to the verbless paragraphs that enumerate more of its objects.
 */
function lentVerb(
  ctx: Context,
  segment: Segment,
): { group: NonNullable<Segment['verb']>['group']; from: number } | null {
  if (segment.parent === undefined) return null;
  const parent = ctx.segments[segment.parent];
  if (!parent?.verb) return null;
  let from = segment.t0;
  while (from < segment.t1 && ctx.tokens[from]!.kind === 'punct') from++;
  if (segment.enumerates) return { group: parent.verb.group, from };
  // "*recommends that*" followed by bullets ("* the institutes put effort …"): nothing but "that" after the verb.
  const rest = ctx.tokens.slice(parent.verb.to, parent.t1).filter((t) => t.kind !== 'punct');
  if (rest.length > 1 || (rest.length === 1 && !ctx.lexicon.thatWords.has(rest[0]!.fold))) return null;
  from = afterItemMark(ctx, from, segment.t1);
  // "Decides: … (b) To review the mandate of …": the item's infinitive continues the verb; its object follows.
  const marker = ctx.tokens[from];
  const next = ctx.tokens[from + 1];
  if (
    marker?.kind === 'word' &&
    ctx.lexicon.infinitiveMarkers.has(marker.fold) &&
    next?.kind === 'word' &&
    !next.cap &&
    ctx.owner[from + 1]! < 0
  )
    return { group: parent.verb.group, from: from + 2 };
  // Continuations of the clause start in lower case ("that the BIPM has ..."); quoted sentences do not.
  if (ctx.tokens[from]?.cap !== false) return null;
  return { group: parent.verb.group, from };
}

type Acting = { group: NonNullable<Segment['verb']>['group']; from: number; to: number };

/**
 * The verbs of a clause and the token span each acts on: its lead verb (own or lent) up to the first operative
 * verb coordinated with it ("decides to establish X, and requests Y to …"), then each coordinated verb.
 */
function actingVerbs(ctx: Context, segment: Segment): Acting[] {
  const lead = segment.verb ? { group: segment.verb.group, from: segment.verb.to } : lentVerb(ctx, segment);
  if (!lead) return [];
  if (lead.group.function !== 'operative') return [{ ...lead, to: segment.t1 }];
  const more = coordinatedVerbs(ctx.tokens, lead.from, segment.t1, ctx.lexicon, (i) => ctx.owner[i]! >= 0);
  const out: Acting[] = [];
  let current: Omit<Acting, 'to'> = lead;
  for (const c of more) {
    out.push({ ...current, to: c.at });
    current = { group: c.verb.group, from: c.verb.to };
  }
  out.push({ ...current, to: segment.t1 });
  return out;
}

/** Relations from each clause's lead verb: the resolution -> the entities the clause names as its object. */
export function verbRelations(ctx: Context, resolution: Entity): void {
  for (const segment of ctx.segments) {
    for (const verb of actingVerbs(ctx, segment)) verbFacts(ctx, resolution, segment, verb);
  }
}

function verbFacts(ctx: Context, resolution: Entity, segment: Segment, verb: Acting): void {
  ctx.hits.push({ rule: verb.group.id, value: verb.group.relations[0] ?? '' });
  if (!verb.group.relations.length) return;
  const targets = verbTargets(ctx, verb.from, verb.to, verb.group.scope, verb.group.afterThat);
  for (const target of targets) {
    if (target.entity.id === resolution.id) continue;
    if (verb.group.targetKinds && !verb.group.targetKinds.includes(target.entity.kind)) continue;
    for (const type of verb.group.relations) {
      ctx.facts.push({
        type,
        from: resolution,
        to: target.entity,
        clause: segment.index,
        start: segment.start,
        end: segment.end,
        rule: verb.group.id,
        focus: { start: target.start, end: target.end },
      });
    }
  }
}
