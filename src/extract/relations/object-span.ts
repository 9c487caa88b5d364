import { mentionsIn } from '../entities/mentions.js';
import type { Context, Found } from '../types.js';

/**
 * End (token index) of a verb's object: the first boundary outside mentions — a relative clause
 * ("par laquelle", "by which"), a purpose ("afin", "in order"), an infinitive complement ("à participer",
 * "to take"), a year ("en 2012"), or a semicolon.
 */
export function objectEnd(ctx: Context, from: number, to: number): number {
  const { tokens, lexicon } = ctx;
  for (let j = from; j < to; j++) {
    const owner = ctx.owner[j]!;
    if (owner >= 0) {
      j = ctx.found[owner]!.t1 - 1;
      continue;
    }
    const t = tokens[j]!;
    if (t.text === ';') return j;
    if (j > from && lexicon.boundaries.match(tokens, j, to)) {
      ctx.hits.push({
        rule: lexicon.source.boundaries.id,
        value: ctx.view.text.slice(
          t.start,
          tokens[j + lexicon.boundaries.match(tokens, j, to)!.length - 1]!.end,
        ),
      });
      return j;
    }
    const next = tokens[j + 1];
    if (
      next &&
      j + 1 < to &&
      lexicon.infinitiveMarkers.has(t.fold) &&
      next.kind === 'word' &&
      !next.cap &&
      ctx.owner[j + 1]! < 0
    ) {
      const ending = lexicon.infinitiveEnding;
      const infinitive = ending
        ? ending.test(next.fold) && !lexicon.stopwords.has(next.fold)
        : !lexicon.stopwords.has(next.fold) && !lexicon.determiners.has(next.fold);
      if (infinitive) {
        ctx.hits.push({ rule: lexicon.source.grammar.id, value: `${t.text} ${next.text}` });
        return j;
      }
    }
    if (j > from && lexicon.yearMarkers.has(t.fold) && next && /^(1[89]|20)\d\d$/.test(next.text)) {
      ctx.hits.push({ rule: lexicon.source.boundaries.id, value: `${t.text} ${next.text}` });
      return j;
    }
  }
  return to;
}

const usable = (f: Found) => f.entity.kind !== '' && !f.consumed;

/** Longest adverbial phrase before the subject of a "that" clause ("that in the future the Advisory Bodies …"). */
export const THAT_ADVERBIAL_WORDS = 4;

/**
 * "Requests that in the future the Advisory Bodies prepare …": between "that" and the subject, a short phrase
 * led by a preposition, of lower-case words, then the subject's determiner.
 */
function adverbialThenSubject(ctx: Context, from: number, subject: number): boolean {
  const { tokens, lexicon } = ctx;
  const words = tokens.slice(from, subject).filter((t) => t.kind !== 'punct');
  if (words.length < 2 || words.length > THAT_ADVERBIAL_WORDS + 1) return false;
  if (!lexicon.prepositions.match(tokens, from, subject)) return false;
  const last = words[words.length - 1]!;
  return words.every((t) => !t.cap) && lexicon.determiners.has(last.fold);
}

/**
 * The entities a lead verb acts on. "que/that" clauses: the subject of the complement clause
 * ("requests that the CIPM consult ..." -> the CIPM) and entities coordinated with it.
 */
export function verbTargets(
  ctx: Context,
  from: number,
  to: number,
  scope: 'object' | 'clause',
  afterThat: 'scope' | 'subject' = 'scope',
): Found[] {
  const { tokens, lexicon } = ctx;
  let start = from;
  while (
    start < to &&
    (tokens[start]!.text === ':' || tokens[start]!.text === '«' || tokens[start]!.text === ',')
  )
    start++;
  const that = start < to && lexicon.thatWords.has(tokens[start]!.fold);
  if (scope === 'clause' && !(that && afterThat === 'subject'))
    return mentionsIn(ctx, from, to)
      .filter(usable)
      .filter((f) => !attributive(ctx, f));
  if (that) {
    const mentions = mentionsIn(ctx, start + 1, objectEnd(ctx, start + 1, to)).filter(
      (f) => f.entity.kind !== '',
    );
    const first = mentions[0];
    if (!first) return [];
    const functionOnly = (a: number, b: number) =>
      tokens
        .slice(a, b)
        .every((t) => t.kind === 'punct' || lexicon.stopwords.has(t.fold) || lexicon.determiners.has(t.fold));
    if (!functionOnly(start + 1, first.t0) && !adverbialThenSubject(ctx, start + 1, first.t0)) return [];
    const out = [first];
    for (let k = 1; k < mentions.length; k++) {
      const gap = tokens.slice(out[out.length - 1]!.t1, mentions[k]!.t0);
      const coordinated = gap.every(
        (t) => t.text === ',' || lexicon.coordinators.has(t.fold) || lexicon.determiners.has(t.fold),
      );
      if (!coordinated) break;
      out.push(mentions[k]!);
    }
    return out.filter(usable);
  }
  return mentionsIn(ctx, start, objectEnd(ctx, start, to))
    .filter(usable)
    .filter((f) => !attributive(ctx, f));
}

/**
 * "the aforesaid Security Council resolutions": a name used as an attribute of a following document noun
 * ("resolution(s)" of the lexicon's headings) names the author of documents, not an object of the verb.
 */
function attributive(ctx: Context, f: Found): boolean {
  const next = ctx.tokens[f.t1];
  if (next?.kind !== 'word' || next.cap) return false;
  const word = next.fold.replace(/s$/, '');
  return ctx.lexicon.resolutionWords.has(word);
}
