import type { BodyHead, CompiledLexicon } from '../knowledge/compile.js';
import { ordinalAt } from '../ordinals.js';
import type { Token } from '../text/tokens.js';
import type { Context } from '../types.js';
import { isAcronym } from './acronyms.js';
import { bodyEntity, conferenceEntity, genericOrganizationEntity } from './make.js';
import { addMention } from './mentions.js';

const MAX_NAME_TOKENS = 40;

const startsWithDigit = (t: Token) => /^\p{N}/u.test(t.text);

/** Grammar shared by both name orders. */
class NameGrammar {
  constructor(
    private readonly ctx: Context,
    private readonly lexicon: CompiledLexicon,
  ) {}

  private get tokens() {
    return this.ctx.tokens;
  }

  sameClause(a: number, b: number): boolean {
    return this.ctx.clauseOf[a] === this.ctx.clauseOf[b];
  }

  /** End of a whole mention starting at t (to absorb "INTERPOL" into a name), or -1. */
  mentionEnd(t: number): number {
    const owner = this.ctx.owner[t] ?? -1;
    if (owner < 0) return -1;
    const found = this.ctx.found[owner]!;
    return found.t0 === t && found.entity.kind !== 'Resolution' && found.entity.kind !== 'Report'
      ? found.t1
      : -1;
  }

  isProper(t: Token | undefined): boolean {
    return (
      !!t &&
      t.kind === 'word' &&
      (t.cap || t.upper) &&
      !startsWithDigit(t) &&
      !this.lexicon.stopwords.has(t.fold) &&
      !this.lexicon.determiners.has(t.fold)
    );
  }

  isInfinitive(marker: Token, word: Token): boolean {
    if (!this.lexicon.infinitiveMarkers.has(marker.fold) || word.cap) return false;
    if (this.lexicon.infinitiveEnding) return this.lexicon.infinitiveEnding.test(word.fold);
    return !this.lexicon.stopwords.has(word.fold);
  }

  /** A complement noun at k (after a preposition): its end, or -1. */
  noun(k: number, marker: Token): number {
    const end = this.mentionEnd(k);
    if (end > 0) return end;
    const t = this.tokens[k];
    if (t?.kind !== 'word' || startsWithDigit(t) || this.lexicon.stopwords.has(t.fold)) return -1;
    if (this.isInfinitive(marker, t)) return -1;
    return k + 1;
  }

  /** "de la cybercriminalité", "of Units": preposition, optional determiner, noun. Returns the end or -1. */
  complement(j: number, limit: number): number {
    const prep = this.lexicon.prepositions.match(this.tokens, j, limit);
    if (!prep) return -1;
    let k = j + prep.length;
    if (k < limit && this.lexicon.determiners.has(this.tokens[k]!.fold)) k++;
    if (k >= limit || !this.sameClause(j, k)) return -1;
    return this.noun(k, this.tokens[j + prep.length - 1]!);
  }

  /** Head-first names: "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité". */
  forwardFrench(headEnd: number): number {
    const limit = Math.min(this.tokens.length, headEnd + MAX_NAME_TOKENS);
    let j = headEnd;
    let adjective = true;
    while (j < limit && this.sameClause(headEnd - 1, j)) {
      const t = this.tokens[j]!;
      const absorbed = this.mentionEnd(j);
      if (absorbed > 0) {
        j = absorbed;
        adjective = true;
        continue;
      }
      if (this.isProper(t) && !t.newline) {
        j++;
        adjective = true;
        continue;
      }
      const complement = this.complement(j, limit);
      if (complement > 0) {
        j = complement;
        adjective = true;
        continue;
      }
      if (this.lexicon.coordinators.has(t.fold)) {
        // "du temps et des fréquences": a coordinated complement, never "et le Groupe ...".
        const next = this.complement(j + 1, limit);
        if (next > 0) {
          j = next;
          continue;
        }
        break;
      }
      if (
        adjective &&
        t.kind === 'word' &&
        !t.cap &&
        !startsWithDigit(t) &&
        !this.lexicon.stopwords.has(t.fold) &&
        !this.lexicon.verbs.match(this.tokens, j)
      ) {
        j++;
        adjective = false;
        continue;
      }
      break;
    }
    return j;
  }

  /** Head-last names: capitalised words before the head ("Operational Cybercrime Expert Group"). */
  backwardEnglish(headStart: number): number {
    let j = headStart;
    const floor = Math.max(0, headStart - 12);
    while (j > floor && this.sameClause(j - 1, headStart)) {
      const t = this.tokens[j - 1]!;
      const owner = this.ctx.owner[j - 1] ?? -1;
      if (owner >= 0) {
        const found = this.ctx.found[owner]!;
        if (found.t1 === j && found.entity.kind && found.entity.kind !== 'Resolution') {
          j = found.t0;
          continue;
        }
        break;
      }
      if (this.isProper(t) && !ordinalAt(this.tokens, j - 1, this.lexicon)) {
        j--;
        continue;
      }
      // "Heads of NCB": a connector between capitalised words.
      if (
        (t.fold === 'of' || t.fold === 'for' || t.fold === 'and') &&
        this.isProper(this.tokens[j - 2]) &&
        j - 1 > floor
      ) {
        j--;
        continue;
      }
      break;
    }
    return j;
  }

  /** Head-last names continue with complements: "Committee on Coordination of Assistance ... and Standardization". */
  forwardEnglish(headEnd: number): number {
    const limit = Math.min(this.tokens.length, headEnd + MAX_NAME_TOKENS);
    let j = headEnd;
    let inComplement = false;
    while (j < limit && this.sameClause(headEnd - 1, j)) {
      const t = this.tokens[j]!;
      const prep = this.lexicon.prepositions.match(this.tokens, j, limit);
      const joiner = inComplement && (t.text === ',' || this.lexicon.coordinators.has(t.fold));
      if (!prep && !joiner) break;
      let k = j + (prep ? prep.length : 1);
      if (k < limit && this.lexicon.determiners.has(this.tokens[k]!.fold)) k++;
      const absorbed = this.mentionEnd(k);
      if (absorbed < 0 && !this.isProper(this.tokens[k])) break;
      k = absorbed > 0 ? absorbed : k + 1;
      while (k < limit && (this.isProper(this.tokens[k]) || this.mentionEnd(k) > 0)) {
        k = this.mentionEnd(k) > 0 ? this.mentionEnd(k) : k + 1;
      }
      j = k;
      inComplement = true;
    }
    return j;
  }
}

function headIsProper(tokens: readonly Token[], at: number, length: number, headLast: boolean): boolean {
  const words = tokens.slice(at, at + length).filter((t) => t.kind === 'word');
  if (headLast) return words.every((t) => t.cap || t.upper || t.fold === 'of');
  return words[0]?.cap === true;
}

/** Named bodies and conferences by the grammar of their names ("Groupe de travail CMII", "CMII Working Group"). */
export function findBodies(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const grammar = new NameGrammar(ctx, lexicon);
  const headLast = lexicon.source.grammar.nameOrder === 'head-last';
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0 || tokens[i]!.kind !== 'word') continue;
    const match = lexicon.bodyHeads.match(tokens, i);
    if (!match || !headIsProper(tokens, i, match.length, headLast)) continue;
    const head: BodyHead = match.values[0]!;
    const headEnd = i + match.length;
    let t0 = i;
    let t1: number;
    if (headLast) {
      t0 = grammar.backwardEnglish(i);
      t1 = grammar.forwardEnglish(headEnd);
    } else {
      t1 = grammar.forwardFrench(headEnd);
    }
    while (t1 > headEnd && tokens[t1 - 1]!.kind === 'punct') t1--;
    if (t1 === headEnd && t0 === i) continue;
    let ordinal: number | undefined;
    if (head.kind === 'Conference') {
      const before = t0 - 1;
      const o = before >= 0 ? ordinalAt(tokens, before, lexicon) : null;
      if (o && o.length === 1) {
        ordinal = o.value;
        t0 = before;
        ctx.hits.push({ rule: o.rule, value: String(o.value) });
      }
    }
    const name = ctx.view.text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end).replace(/\s+/g, ' ');
    // "International Electrotechnical Commission (IEC)": an international commission is an organisation.
    const acronym = tokens[t1]?.text === '(' && tokens[t1 + 2]?.text === ')' && isAcronym(tokens[t1 + 1]);
    const international = lexicon.internationalMarkers.has(tokens[t0]!.fold);
    const entity =
      head.kind === 'Conference'
        ? conferenceEntity(ctx, name, ordinal, head.words)
        : acronym && international
          ? genericOrganizationEntity(ctx, name, tokens[t1 + 1]!.text)
          : bodyEntity(ctx, name, head.bodyType);
    if (!entity) continue;
    if (addMention(ctx, entity, t0, t1, head.rule)) i = t1 - 1;
  }
}
