import { mentionAt, mentionsIn } from '../entities/mentions.js';
import type { Context, Entity, Found } from '../types.js';
import { creationObjects, creationVerbObjects, modifiesAnotherBody } from './creation-object.js';
import { objectEnd } from './object-span.js';

const isDocument = (f: Found) => f.entity.kind === 'Resolution' || f.entity.kind === 'Report';

function fact(
  ctx: Context,
  type: string,
  from: Entity,
  to: Entity,
  clause: number,
  start: number,
  end: number,
  rule: string,
  props?: Record<string, string | number>,
) {
  ctx.facts.push({ type, from, to, clause, start, end, rule, ...(props ? { props } : {}) });
}

/** "la résolution X, par laquelle l'Assemblée générale a autorisé la mise en place du Y" -> X AUTHORIZES Y. */
function relativeClauses(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.relative.id;
  for (const segment of ctx.segments) {
    for (const doc of mentionsIn(ctx, segment.t0, segment.t1).filter(isDocument)) {
      let j = doc.t1;
      if (tokens[j]?.text === ',') j++;
      const marker = lexicon.relativeMarkers.match(tokens, j, segment.t1);
      if (!marker) continue;
      const limit = Math.min(segment.t1, j + marker.length + 14);
      for (let p = j + marker.length; p < limit; p++) {
        if (tokens[p]!.text === ';' || (ctx.owner[p]! >= 0 && isDocument(ctx.found[ctx.owner[p]!]!))) break;
        const participle = lexicon.participles.match(tokens, p, segment.t1);
        if (!participle) continue;
        const from = p + participle.length;
        const end = objectEnd(ctx, from, segment.t1);
        for (const subject of mentionsIn(ctx, j, from)) subject.consumed = true;
        for (const target of mentionsIn(ctx, from, end)) {
          target.consumed = true;
          if (!target.entity.kind) continue;
          fact(
            ctx,
            participle.values[0]!,
            doc.entity,
            target.entity,
            segment.index,
            doc.start,
            tokens[end - 1]!.end,
            rule,
          );
        }
        break;
      }
    }
  }
}

/** "X en 2012 dans le cadre du Y", "X (EC3) d'Europol": X PART_OF Y. */
function partOf(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const frameworkRule = lexicon.source.framework.id;
  const parentRule = lexicon.source.parent.id;
  const structural = new Set(['Body', 'Meeting', 'Conference', 'Organization']);
  for (const segment of ctx.segments) {
    const mentions = mentionsIn(ctx, segment.t0, segment.t1);
    for (let t = segment.t0; t < segment.t1; t++) {
      const phrase = lexicon.framework.match(tokens, t, segment.t1);
      if (!phrase) continue;
      const parent = mentionAt(ctx, t + phrase.length);
      const child = [...mentions].reverse().find((m) => m.t1 <= t && t - m.t1 <= 4);
      if (!parent || !child || !structural.has(child.entity.kind) || !parent.entity.kind) continue;
      let year: number | undefined;
      for (let k = child.t1; k < t; k++) {
        if (lexicon.yearMarkers.has(tokens[k]!.fold) && /^(1[89]|20)\d\d$/.test(tokens[k + 1]?.text ?? '')) {
          year = Number(tokens[k + 1]!.text);
        }
      }
      const between = tokens.slice(child.t1, t).filter((x) => x.kind !== 'punct');
      if (between.length > (year ? 2 : 0)) continue;
      parent.consumed = true;
      fact(
        ctx,
        'PART_OF',
        child.entity,
        parent.entity,
        segment.index,
        child.start,
        parent.end,
        frameworkRule,
        year ? { year } : undefined,
      );
    }
    for (const child of mentions) {
      if (child.entity.kind !== 'Body' && child.entity.kind !== 'Organization') continue;
      let j = child.t1;
      if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
      const phrase = lexicon.parent.match(tokens, j, segment.t1);
      if (!phrase) continue;
      const parent = mentionAt(ctx, j + phrase.length);
      if (parent?.entity.kind !== 'Organization' || parent.entity.id === child.entity.id) continue;
      parent.consumed = true;
      fact(ctx, 'PART_OF', child.entity, parent.entity, segment.index, child.start, parent.end, parentRule);
    }
  }
}

/** "crée X, dans le cadre du Y, qui succède au Z": X SUCCEEDS Z (the nearest body not used as a parent). */
function successions(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.succession.id;
  const successor = (f: Found) =>
    (f.entity.kind === 'Body' || f.entity.kind === 'Organization') && !f.consumed;
  for (const segment of ctx.segments) {
    const mentions = mentionsIn(ctx, segment.t0, segment.t1);
    for (let t = segment.t0; t < segment.t1; t++) {
      if (ctx.owner[t]! >= 0) continue;
      const phrase = lexicon.succession.match(tokens, t, segment.t1);
      if (!phrase) continue;
      const from = t + phrase.length;
      const subject = [...mentions].reverse().find((m) => m.t1 <= t && t - m.t1 <= 24 && successor(m));
      if (!subject) continue;
      const end = objectEnd(ctx, from, segment.t1);
      for (const target of mentionsIn(ctx, from, end)) {
        if (target.entity.kind !== 'Body' && target.entity.kind !== 'Organization') continue;
        target.consumed = true;
        fact(ctx, 'SUCCEEDS', subject.entity, target.entity, segment.index, subject.start, target.end, rule);
      }
      t = end - 1;
    }
  }
}

const isBodyLike = (f: Found | null | undefined): f is Found =>
  !!f && (f.entity.kind === 'Body' || f.entity.kind === 'Organization');

/** The mention at k, past determiners and joiners ("as the", « en »). */
function mentionAfter(ctx: Context, k: number, limit: number): Found | null {
  const { tokens, lexicon } = ctx;
  let j = k;
  const joiner = lexicon.renameJoiners.match(tokens, j, limit);
  if (joiner) j += joiner.length;
  if (j < limit && lexicon.determiners.has(tokens[j]!.fold)) j++;
  return j < limit ? mentionAt(ctx, j) : null;
}

/**
 * Renames: "the Consultative Committee for Electricity is renamed the Consultative Committee for Electricity
 * and Magnetism", "renames the X as the Y", « X est renommé Y », "X pasa a denominarse Y": the new name
 * SUCCEEDS the old one (two bodies, one SUCCEEDS edge, as for "formerly the …").
 */
function renames(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.renaming?.id;
  if (!rule) return;
  for (const segment of ctx.segments) {
    for (let t = segment.t0; t < segment.t1; t++) {
      if (ctx.owner[t]! >= 0) continue;
      const passive = lexicon.renamePassive.match(tokens, t, segment.t1);
      const active = passive ? null : lexicon.renameActive.match(tokens, t, segment.t1);
      if (!passive && !active) continue;
      let before: Found | null = null;
      let after: Found | null = null;
      if (passive) {
        let k = t - 1;
        if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(') k -= 3;
        const owner = k >= segment.t0 ? ctx.owner[k]! : -1;
        before = owner >= 0 ? ctx.found[owner]! : null;
        if (before && before.t1 !== k + 1) before = null;
        after = mentionAfter(ctx, t + passive.length, segment.t1);
      } else {
        before = mentionAfter(ctx, t + active!.length, segment.t1);
        if (before) {
          let k = before.t1;
          if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
          after = mentionAfter(ctx, k, segment.t1);
        }
      }
      if (!isBodyLike(before) || !isBodyLike(after) || before.entity.id === after.entity.id) continue;
      before.consumed = true;
      after.consumed = true;
      ctx.hits.push({ rule, value: 'SUCCEEDS' });
      fact(ctx, 'SUCCEEDS', after.entity, before.entity, segment.index, before.start, after.end, rule);
      t = after.t1 - 1;
    }
  }
}

/** An inverted passive (article included) ending just before a mention: "qu'est instituée une Commission". */
function invertedBefore(
  ctx: Context,
  floor: number,
  t0: number,
): { relation: string; start: number } | undefined {
  const { tokens, lexicon } = ctx;
  for (let from = Math.max(floor, t0 - 5); from < t0; from++) {
    const phrase = lexicon.invertedPassive.match(tokens, from, t0);
    if (phrase && from + phrase.length === t0)
      return { relation: phrase.values[0]!, start: tokens[from]!.start };
  }
  return undefined;
}

/** "le Comité international ... est autorisé à": the resolution itself AUTHORIZES it. */
function passives(ctx: Context, resolution: Entity): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.passive.id;
  for (const segment of ctx.segments) {
    if (segment.function !== 'operative') continue;
    for (const m of mentionsIn(ctx, segment.t0, segment.t1)) {
      const phrase = lexicon.passive.match(tokens, m.t1, segment.t1);
      if (phrase && m.entity.kind) {
        const end = tokens[m.t1 + phrase.length - 1]!.end;
        fact(ctx, phrase.values[0]!, resolution, m.entity, segment.index, m.start, end, rule);
        continue;
      }
      const inverted = invertedBefore(ctx, segment.t0, m.t0);
      if (inverted)
        fact(ctx, inverted.relation, resolution, m.entity, segment.index, inverted.start, m.end, rule);
    }
  }
}

/** "la résolution AGN/68/RES/1 adoptée lors de sa 68ème session": that resolution ADOPTED_AT that session. */
function adoptedAt(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.adoption.id;
  for (const doc of ctx.found) {
    if (doc.entity.kind !== 'Resolution' || doc.inside !== undefined) continue;
    const word = tokens[doc.t1];
    if (!word || !lexicon.adoption.has(word.fold)) continue;
    for (let k = doc.t1 + 1; k < Math.min(tokens.length, doc.t1 + 6); k++) {
      const session = mentionAt(ctx, k);
      if (!session) continue;
      if (session.entity.kind === 'Session' || session.entity.kind === 'Meeting') {
        session.consumed = true;
        fact(
          ctx,
          'ADOPTED_AT',
          doc.entity,
          session.entity,
          ctx.clauseOf[doc.t0]!,
          doc.start,
          session.end,
          rule,
        );
      }
      break;
    }
  }
}

/** A title "Création du GEMC" / "Establishment of the ..." makes the resolution ESTABLISH what it names. */
function titleEstablishes(ctx: Context, resolution: Entity): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.establishment.id;
  for (const segment of ctx.segments) {
    if (segment.function !== 'title') continue;
    for (let t = segment.t0; t < segment.t1; t++) {
      const phrase = lexicon.establishment.match(tokens, t, segment.t1);
      if (!phrase) continue;
      let k = t + phrase.length;
      const of = lexicon.ofWords.match(tokens, k, segment.t1);
      if (of) k += of.length;
      if (
        k < segment.t1 &&
        (lexicon.determiners.has(tokens[k]!.fold) || lexicon.indefinites.has(tokens[k]!.fold))
      )
        k++;
      const target = mentionAt(ctx, k);
      if (target?.entity.kind && !modifiesAnotherBody(ctx, target)) {
        ctx.hits.push({ rule, value: 'ESTABLISHES' });
        fact(
          ctx,
          'ESTABLISHES',
          resolution,
          target.entity,
          segment.index,
          tokens[t]!.start,
          target.end,
          rule,
        );
      }
      break;
    }
  }
}

/** Facts that recitals and titles state second-hand, beyond the lead verb's own relation. */
export function secondHandRelations(ctx: Context, resolution: Entity): void {
  relativeClauses(ctx);
  partOf(ctx);
  successions(ctx);
  renames(ctx);
  passives(ctx, resolution);
  adoptedAt(ctx);
  titleEstablishes(ctx, resolution);
  creationObjects(ctx, resolution);
  creationVerbObjects(ctx, resolution);
}
