import type { Segment } from '../segment.js';
import type { Context, Entity, Found } from '../types.js';
import { bodyEntity } from './make.js';
import { addMention } from './mentions.js';

/** The relation that makes a verb a creation verb ("establish", « créer », "establecer"). */
const ESTABLISHES = 'ESTABLISHES';
/** Words of a mandate kept in a described body's name ("to examine the reform of the listing mechanisms"). */
const MANDATE_WORDS = 10;
/** Tokens of a parenthetical between a creation verb and its object (", under its authority,"). */
const PARENTHETICAL = 6;
/** Tokens after the lead verb where a chained creation verb may stand ("Decides to set up"). */
const CHAIN_WINDOW = 4;

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

const NON_ENTITY = (ctx: Context, name: string): Entity => ({
  id: '',
  kind: '',
  name,
  language: ctx.language,
  aliases: [],
  props: {},
  labels: {},
});

/**
 * "Group II", "Electoral Group V(a)", « Groupe électoral V(a) »: a class label (an electoral group), not a
 * body. Masked before the bodies are found, so the head never starts a body name.
 */
export function findClassLabels(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.classLabels?.id;
  if (!rule) return;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0 || !tokens[i]!.cap) continue;
    const head = lexicon.classLabelHeads.match(tokens, i);
    if (!head) continue;
    // "IPCC Working Group II": the group head belongs to a longer body name.
    const before = tokens[i - 1];
    if (
      before?.kind === 'word' &&
      (before.cap || before.upper) &&
      !before.newline &&
      ctx.clauseOf[i - 1] === ctx.clauseOf[i]
    )
      continue;
    let end = i + head.length;
    if (!ROMAN.test(tokens[end]?.text ?? '')) continue;
    end++;
    // "V(a)": a lettered subgroup.
    if (
      tokens[end]?.text === '(' &&
      /^[a-z]$/.test(tokens[end + 1]?.text ?? '') &&
      tokens[end + 2]?.text === ')'
    )
      end += 3;
    const name = ctx.view.text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    if (addMention(ctx, NON_ENTITY(ctx, name), i, end, rule)) i = end - 1;
  }
}

/**
 * Token index right after a creation verb of an operative clause ("Decides to establish", « Décide de
 * créer », "Decide establecer", "Establishes"), or -1. The verb may be the clause's own or chained after it.
 */
export function creationPoint(ctx: Context, segment: Segment): number {
  const { tokens, lexicon } = ctx;
  if (segment.function !== 'operative' || !segment.verb) return -1;
  const limit = Math.min(segment.t1, segment.verb.to + CHAIN_WINDOW);
  for (let p = segment.verb.from; p < limit; p++) {
    const verb = lexicon.verbs.match(tokens, p, segment.t1);
    if (verb?.values.some((g) => g.relations.includes(ESTABLISHES))) return p + verb.length;
  }
  return -1;
}

/** After a creation verb: a parenthetical (", under its authority,") and an indefinite article are skipped. */
export function createdObjectStart(
  ctx: Context,
  at: number,
  limit: number,
): { start: number; article: boolean } {
  const { tokens, lexicon } = ctx;
  let k = at;
  if (tokens[k]?.text === ',') {
    for (let j = k + 1; j < Math.min(limit, k + PARENTHETICAL); j++) {
      if (tokens[j]!.text === ',') {
        k = j + 1;
        break;
      }
    }
  }
  const article = k < limit && lexicon.indefinites.has(tokens[k]!.fold);
  return { start: article ? k + 1 : k, article };
}

/**
 * End of a mandate that opens at `k` with a marker: up to a punctuation mark or MANDATE_WORDS words, never
 * on a function word ("… the reproducibility of").
 */
function mandateEnd(ctx: Context, k: number, limit: number): number {
  const end = mandateLimit(ctx, k, limit);
  const { tokens, lexicon } = ctx;
  let j = end;
  while (j > k + 1) {
    const last = tokens[j - 1]!;
    const functional =
      last.kind === 'punct' ||
      lexicon.stopwords.has(last.fold) ||
      lexicon.determiners.has(last.fold) ||
      lexicon.prepositions.match(tokens, j - 1) !== null;
    if (!functional || ctx.owner[j - 1]! >= 0) break;
    j--;
  }
  return j;
}

function mandateLimit(ctx: Context, k: number, limit: number): number {
  const { tokens } = ctx;
  let words = 0;
  let j = k;
  while (j < limit && words < MANDATE_WORDS) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") break;
    if (ctx.owner[j]! >= 0) {
      const found = ctx.found[ctx.owner[j]!]!;
      if (found.t0 < j) break;
      j = found.t1;
      words++;
      continue;
    }
    j++;
    words++;
  }
  return j;
}

/**
 * A body a creation verb makes without a name: "Decides to establish an ad hoc open-ended working group to
 * examine …", « Décide de créer un groupe de travail ad hoc chargé de … », "Decide establecer un grupo de
 * trabajo de composición abierta encargado de …", "Establishes a subsidiary body to …". The Body is named by
 * its type and mandate, kept short; a capitalised generic name ("an Intergovernmental Working Group on the
 * review of …") takes its mandate too. Only operative clauses: a recital reports an earlier creation.
 */
export function findDescribedBodies(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const source = lexicon.source.describedBodies;
  if (!source) return;
  const headLast = lexicon.source.grammar.nameOrder === 'head-last';
  for (const segment of ctx.segments) {
    const at = creationPoint(ctx, segment);
    if (at < 0) continue;
    const { start, article } = createdObjectStart(ctx, at, segment.t1);
    if (!article) continue;
    let k = start;
    let modifiers = 0;
    let head: { at: number; length: number } | null = null;
    // A mention already there: a real name is kept; a generic one ("Intergovernmental Working Group") may grow.
    const named = ctx.owner[k]! >= 0 ? ctx.found[ctx.owner[k]!]! : null;
    if (named) {
      if (named.entity.kind !== 'Body' || !isGeneric(ctx, named)) continue;
      if (!lexicon.mandateMarkers.match(tokens, named.t1, segment.t1)) continue;
      head = { at: named.t0, length: named.t1 - named.t0 };
    } else if (headLast) {
      for (let m = lexicon.describedModifiers.match(tokens, k, segment.t1); m; ) {
        k += m.length;
        modifiers++;
        m = lexicon.describedModifiers.match(tokens, k, segment.t1);
      }
      const match = lexicon.describedHeads.match(tokens, k, segment.t1);
      if (match) head = { at: k, length: match.length };
    } else {
      const match = lexicon.describedHeads.match(tokens, k, segment.t1);
      if (match) head = { at: k, length: match.length };
    }
    if (!head) continue;
    let end = head.at + head.length;
    // Head-first languages put adjectives and complements between the head and the mandate
    // ("grupo de trabajo de composición abierta encargado de").
    let marker = lexicon.mandateMarkers.match(tokens, end, segment.t1);
    if (!marker && !headLast && !named) {
      for (let j = end; j < Math.min(segment.t1, end + 5); j++) {
        if (tokens[j]!.kind === 'punct' || ctx.owner[j]! >= 0 || tokens[j]!.cap) break;
        marker = lexicon.mandateMarkers.match(tokens, j, segment.t1);
        if (marker) {
          end = j;
          modifiers++;
          break;
        }
      }
    }
    if (!marker && modifiers === 0) continue;
    if (marker) end = mandateEnd(ctx, end + marker.length, segment.t1);
    while (end > head.at && tokens[end - 1]!.kind === 'punct') end--;
    const from = named ? named.t0 : start;
    const name = ctx.view.text.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
    const headTerm = lexicon.bodyHeads.match(tokens, head.at);
    const entity = bodyEntity(ctx, name, headTerm?.values[0]?.bodyType ?? 'other');
    if (!entity) continue;
    if (named) grow(ctx, named, entity, end, source.id);
    else addMention(ctx, entity, from, end, source.id);
  }
}

/** A name made of a body-type term and modifiers only ("Intergovernmental Working Group"). */
function isGeneric(ctx: Context, named: Found): boolean {
  const { tokens, lexicon } = ctx;
  for (let i = named.t0; i < named.t1; ) {
    const step =
      lexicon.bodyHeads.match(tokens, i)?.length ?? lexicon.describedModifiers.match(tokens, i)?.length ?? 0;
    if (!step) return false;
    i += step;
  }
  return true;
}

/** A generic name followed by its mandate becomes the whole described name (mentions inside nest). */
function grow(ctx: Context, named: Found, entity: Entity, end: number, rule: string): void {
  for (let i = named.t1; i < end; i++) {
    const owner = ctx.owner[i]!;
    if (owner >= 0 && (ctx.found[owner]!.t0 < named.t1 || ctx.found[owner]!.t1 > end)) return;
  }
  const index = ctx.found.indexOf(named);
  for (let i = named.t1; i < end; i++) {
    const owner = ctx.owner[i]!;
    if (owner >= 0) ctx.found[owner]!.inside = index;
    ctx.owner[i] = index;
  }
  named.entity = entity;
  named.t1 = end;
  named.end = ctx.tokens[end - 1]!.end;
  named.rule = rule;
  ctx.hits.push({ rule, value: entity.name });
}
