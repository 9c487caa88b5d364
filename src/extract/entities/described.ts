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
    // "… on financial and administrative issues in conformity with Rule 21": a locution ends the mandate.
    if (j > k && ctx.lexicon.locutions.match(tokens, j, limit)) break;
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
    const from = named ? named.t0 : start;
    const headTerm = lexicon.bodyHeads.match(tokens, head.at);
    const bodyType = headTerm?.values[0]?.bodyType ?? 'other';
    // "Establishes a consultative body to be known as the ‘Evaluation Body’": the name it is given.
    const given = givenName(ctx, end, segment.t1);
    if (given && !named) {
      const entity = bodyEntity(ctx, given.name, bodyType);
      if (!entity) continue;
      entity.aliases.push(text(ctx, from, head.at + head.length));
      addMention(ctx, entity, from, given.end, source.id);
      continue;
    }
    // « un mécanisme de consultation avec … »: a head-first head with its "de" complement.
    if (!marker && !headLast && !named && lexicon.prepositions.match(tokens, end, segment.t1)?.length === 1) {
      const noun = tokens[end + 1];
      if (
        noun?.kind === 'word' &&
        !noun.cap &&
        !lexicon.stopwords.has(noun.fold) &&
        ctx.owner[end + 1]! < 0
      ) {
        end += 2;
        modifiers++;
      }
    }
    if (!marker && modifiers === 0) continue;
    if (marker) end = mandateEnd(ctx, end + marker.length, segment.t1);
    while (end > head.at && tokens[end - 1]!.kind === 'punct') end--;
    const entity = bodyEntity(ctx, text(ctx, from, end), bodyType);
    if (!entity) continue;
    // Later references use the description without its mandate ("the working group shall be comprised …").
    const short = text(ctx, from, head.at + head.length);
    if (!entity.aliases.includes(short)) entity.aliases.push(short);
    if (named) grow(ctx, named, entity, end, source.id);
    else addMention(ctx, entity, from, end, source.id);
  }
  definiteDescriptions(ctx, source.id);
}

const text = (ctx: Context, a: number, b: number) =>
  ctx.view.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end).replace(/\s+/g, ' ');

const QUOTES = new Set(['‘', '’', '"', '“', '”', '«', '»', "'"]);

/** "to be known as the ‘Evaluation Body’", « dénommé « Organe d'évaluation » »: the quoted or capitalised name. */
function givenName(ctx: Context, k: number, limit: number): { name: string; end: number } | null {
  const { tokens, lexicon } = ctx;
  const marker = lexicon.namingMarkers.match(tokens, k, limit);
  if (!marker) return null;
  let j = k + marker.length;
  if (j < limit && lexicon.determiners.has(tokens[j]!.fold)) j++;
  const quoted = QUOTES.has(tokens[j]?.text ?? '');
  if (quoted) j++;
  const first = j;
  while (j < limit && j - first < 12) {
    const t = tokens[j]!;
    if (
      quoted
        ? QUOTES.has(t.text)
        : !(t.kind === 'word' && (t.cap || t.upper || lexicon.stopwords.has(t.fold)))
    )
      break;
    j++;
  }
  let last = j;
  while (
    last > first &&
    (lexicon.stopwords.has(tokens[last - 1]!.fold) || tokens[last - 1]!.kind === 'punct')
  )
    last--;
  if (last <= first || !tokens[first]!.cap) return null;
  return { name: text(ctx, first, last), end: quoted && QUOTES.has(tokens[j]?.text ?? '') ? j + 1 : last };
}

/**
 * "Commends the work of the informal open-ended ad hoc working group chaired by Colombia": a definite
 * description with modifiers names a body created earlier; a shorter one in the same text ("the informal ad
 * hoc working group") is the same body.
 */
function definiteDescriptions(ctx: Context, rule: string): void {
  const { tokens, lexicon } = ctx;
  if (lexicon.source.grammar.nameOrder !== 'head-last') return;
  const described: Entity[] = ctx.found.filter((f) => f.rule === rule).map((f) => f.entity);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!lexicon.determiners.has(tokens[i]!.fold) || ctx.owner[i + 1]! >= 0) continue;
    let k = i + 1;
    let modifiers = 0;
    for (
      let m = lexicon.describedModifiers.match(tokens, k);
      m;
      m = lexicon.describedModifiers.match(tokens, k)
    ) {
      if (tokens[k]!.cap) break;
      k += m.length;
      modifiers++;
    }
    const head = modifiers ? lexicon.bodyHeads.match(tokens, k) : null;
    if (!head || tokens[k]!.cap || ctx.owner[k]! >= 0) continue;
    const end = k + head.length;
    const name = text(ctx, i + 1, end);
    const entity = bodyEntity(ctx, name, head.values[0]!.bodyType);
    if (!entity) continue;
    const words = (e: Entity) => e.id.slice(e.id.indexOf(':') + 1);
    const same = described.find(
      (d) => subsetKey(words(entity), words(d)) || subsetKey(words(d), words(entity)),
    );
    if (same) {
      if (!same.aliases.includes(name)) same.aliases.push(name);
    }
    const found = addMention(ctx, same ?? entity, i + 1, end, rule);
    if (found && !same) described.push(entity);
    i = end - 1;
  }
}

/** "working_group:informal" within "working_group:informal-open-ended": same type, fewer words. */
function subsetKey(small: string, large: string): boolean {
  const [typeA, wordsA = ''] = small.split(':');
  const [typeB, wordsB = ''] = large.split(':');
  if (typeA !== typeB) return false;
  const b = new Set(wordsB.split('-'));
  return wordsA.split('-').every((w) => b.has(w));
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
