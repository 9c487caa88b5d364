import type { Context, Entity, Found } from '../types.js';

/**
 * Add a mention over tokens [t0, t1) unless it overlaps another partially. A new mention may contain
 * earlier ones entirely (a body name containing INTERPOL): they become nested and stay recorded.
 */
export function addMention(ctx: Context, entity: Entity, t0: number, t1: number, rule: string): Found | null {
  if (t1 <= t0) return null;
  const contained = new Set<number>();
  for (let i = t0; i < t1; i++) {
    const owner = ctx.owner[i]!;
    if (owner < 0) continue;
    const other = ctx.found[owner]!;
    if (other.t0 < t0 || other.t1 > t1) return null;
    contained.add(owner);
  }
  const index = ctx.found.length;
  const found: Found = {
    entity,
    t0,
    t1,
    start: ctx.tokens[t0]!.start,
    end: ctx.tokens[t1 - 1]!.end,
    rule,
  };
  ctx.found.push(found);
  for (const inner of contained) ctx.found[inner]!.inside = index;
  for (let i = t0; i < t1; i++) ctx.owner[i] = index;
  ctx.hits.push({ rule, value: entity.id.slice(entity.id.indexOf(':') + 1) });
  ctx.hits.push({ rule, value: entity.name });
  ctx.hits.push({ rule, value: ctx.view.text.slice(found.start, found.end).replace(/\s+/g, ' ') });
  return found;
}

/** The outermost mention starting exactly at token t, if any. */
export function mentionAt(ctx: Context, t: number): Found | null {
  const owner = ctx.owner[t] ?? -1;
  if (owner < 0) return null;
  const found = ctx.found[owner]!;
  return found.t0 === t ? found : null;
}

/** Outermost mentions whose tokens lie within [t0, t1), in text order. */
export function mentionsIn(ctx: Context, t0: number, t1: number): Found[] {
  const out: Found[] = [];
  let last = -1;
  for (let i = t0; i < t1; i++) {
    const owner = ctx.owner[i]!;
    if (owner < 0 || owner === last) continue;
    const found = ctx.found[owner]!;
    if (found.t0 >= t0 && found.t1 <= t1) out.push(found);
    last = owner;
  }
  return out;
}

export function idFor(ctx: Context, kind: string, key: string): string {
  return `${ctx.ontology.nodeKind(kind).idPrefix}:${key}`;
}
