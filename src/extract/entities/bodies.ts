import type { BodyHead, CompiledLexicon } from '../knowledge/compile.js';
import type { OrganizationEntry } from '../knowledge/schema.js';
import { ordinalAt } from '../ordinals.js';
import { phraseTokens } from '../text/phrase-trie.js';
import type { Token } from '../text/tokens.js';
import type { Context } from '../types.js';
import { isAcronym } from './acronyms.js';
import { bodyKey } from './keys.js';
import {
  bodyEntity,
  conferenceEntity,
  genericOrganizationEntity,
  namedOrganizationEntity,
  organizationEntity,
} from './make.js';
import { addMention, idFor } from './mentions.js';

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
    const marker_ =
      this.lexicon.infinitiveMarkers.has(marker.fold) || this.lexicon.purposeMarkers.has(marker.fold);
    if (!marker_ || word.cap) return false;
    if (this.lexicon.infinitiveEnding) return this.lexicon.infinitiveEnding.test(word.fold);
    return !this.lexicon.stopwords.has(word.fold);
  }

  /** A complement noun at k (after a preposition): its end, or -1. */
  noun(k: number, marker: Token): number {
    const end = this.mentionEnd(k);
    if (end > 0) return end;
    const t = this.tokens[k];
    if (t?.kind !== 'word' || startsWithDigit(t) || this.lexicon.stopwords.has(t.fold)) return -1;
    if (this.isInfinitive(marker, t) || this.lexicon.notAdjectives.has(t.fold)) return -1;
    return k + 1;
  }

  /** "de la cybercriminalité", "of Units": preposition, optional determiner, noun. Returns the end or -1. */
  complement(j: number, limit: number): number {
    // "Comité sur les bases établies à l'article 9": « sur la base de » is a locution, never a complement.
    if (this.lexicon.locutions.match(this.tokens, j, limit)) return -1;
    const prep = this.lexicon.prepositions.match(this.tokens, j, limit);
    if (!prep) return -1;
    let k = j + prep.length;
    if (k < limit && this.lexicon.determiners.has(this.tokens[k]!.fold)) k++;
    if (k >= limit || !this.sameClause(j, k)) return -1;
    // "Comité pour les futurs rapports sur …": a time or order adjective opens a circumstance, not a name.
    const first = this.tokens[k]!;
    if (!first.cap && this.lexicon.circumstanceAdjectives.has(first.fold)) return -1;
    return this.noun(k, this.tokens[j + prep.length - 1]!);
  }

  /**
   * A lower-case word after a head that is a verb, not an adjective: a finite form ("Ce Comité auront lieu"),
   * a listed word ("le Comité consultatif concerné", "le Groupe de travail soient"), a participle before
   * an agent ("un Groupe de travail ad hoc présidé par …") or a word before an article ("la Commission
   * assure la coordination").
   */
  isVerbal(j: number): boolean {
    const t = this.tokens[j]!;
    if (this.lexicon.notAdjectives.has(t.fold)) return true;
    if (this.lexicon.finiteVerbEnding?.test(t.fold)) return true;
    // "la Commission assure la …", "la Conférence tient sa …": a word followed by an article is a verb.
    const next = this.tokens[j + 1]?.fold ?? '';
    return this.lexicon.agentMarkers.has(next) || this.lexicon.determiners.has(next);
  }

  /**
   * A complement that ends a name instead of continuing it: a time span ("Bureau international pour les
   * années 2009-2012", "de juin") or another body's name ("Comité consultatif de photométrie distinct du Comité
   * consultatif d'électricité").
   */
  endsName(j: number, end: number): boolean {
    const next = this.tokens[end];
    if (next?.kind === 'number' || (next && startsWithDigit(next))) return true;
    const noun = end - 1;
    const t = this.tokens[noun]!;
    // "le Comité des finances de juin": a month is a date, never the end of a name.
    if (this.lexicon.months.has(t.fold)) return true;
    if (j === noun || !t.cap || this.mentionEnd(noun) > 0) return false;
    return this.lexicon.bodyHeads.match(this.tokens, noun) !== null && this.isNewName(noun);
  }

  /**
   * "Bureau international pour l'accomplissement de ses fonctions": a purpose complement followed by a
   * possessive one describes a task; a name never contains a possessive.
   */
  beforePossessive(j: number, end: number, limit: number): boolean {
    if (!this.lexicon.purposeMarkers.has(this.tokens[j]!.fold)) return false;
    const prep = this.lexicon.prepositions.match(this.tokens, end, limit);
    const next = this.tokens[end + (prep?.length ?? 0)];
    return !!prep && !!next && this.lexicon.possessiveDeterminers.has(next.fold);
  }

  /** A capitalised body head at k ("… et du Groupe d'experts"). */
  startsBody(k: number): boolean {
    const t = this.tokens[k];
    return !!t?.cap && this.mentionEnd(k) < 0 && this.lexicon.bodyHeads.match(this.tokens, k) !== null;
  }

  /** "de photométrie distinct du Comité consultatif d'électricité": the word before another body's name. */
  beforeOtherBody(k: number, limit: number): boolean {
    const end = this.complement(k, limit);
    return end > 0 && this.endsName(k, end);
  }

  /** A body head after "de/du" that starts a name of its own (it has a word of its own after it). */
  private isNewName(at: number): boolean {
    const match = this.lexicon.bodyHeads.match(this.tokens, at)!;
    const after = this.tokens[at + match.length];
    return !!after && after.kind === 'word' && this.sameClause(at, at + match.length);
  }

  /** Head-first names: "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité". */
  forwardFrench(headEnd: number): number {
    const limit = Math.min(this.tokens.length, headEnd + MAX_NAME_TOKENS);
    let j = headEnd;
    let adjective = true;
    let lastWasAdjective = false;
    let afterComplement = false;
    while (j < limit && this.sameClause(headEnd - 1, j)) {
      const t = this.tokens[j]!;
      if (!this.lexicon.stopwords.has(t.fold) && t.kind === 'word' && t.cap) lastWasAdjective = false;
      if (!this.lexicon.coordinators.has(t.fold)) afterComplement = false;
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
      if (complement > 0 && !this.endsName(j, complement) && !this.beforePossessive(j, complement, limit)) {
        j = complement;
        adjective = true;
        afterComplement = true;
        continue;
      }
      if (this.lexicon.coordinators.has(t.fold)) {
        // "du temps et des fréquences": a coordinated complement, never "et le Groupe ...", never after a bare
        // head ("le Comité et sur les certificats") nor another body ("… du SI et du Groupe d'experts").
        const next = afterComplement ? this.complement(j + 1, limit) : -1;
        if (next > 0 && !this.endsName(j + 1, next) && !this.startsBody(next - 1)) {
          j = next;
          continue;
        }
        break;
      }
      // A second adjective only when it looks like one ("régionale asiatique"), never a verb ("général étudie").
      const secondAdjective: boolean =
        !adjective && lastWasAdjective && this.lexicon.adjectiveEnding?.test(t.fold) === true;
      if (
        (adjective || secondAdjective) &&
        t.kind === 'word' &&
        !t.cap &&
        !startsWithDigit(t) &&
        !this.lexicon.stopwords.has(t.fold) &&
        !this.lexicon.verbs.match(this.tokens, j) &&
        !this.isVerbal(j) &&
        !this.beforeOtherBody(j + 1, limit)
      ) {
        j++;
        adjective = false;
        lastWasAdjective = !secondAdjective;
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
      // "the CIPM ad hoc Working Group": a Latin modifier between capitalised words.
      if (
        t.fold === 'hoc' &&
        this.tokens[j - 2]?.fold === 'ad' &&
        this.isProper(this.tokens[j - 3]) &&
        j - 2 > floor
      ) {
        j -= 2;
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
  forwardEnglish(headEnd: number, bareHead = false): number {
    const limit = Math.min(this.tokens.length, headEnd + MAX_NAME_TOKENS);
    let j = headEnd;
    let inComplement = false;
    while (j < limit && this.sameClause(headEnd - 1, j)) {
      const t = this.tokens[j]!;
      // "the seventeenth session of the Committee in Rabat, Morocco": a place after a bare head is where it
      // meets, not its name ("United Nations Interim Force in Lebanon" has a name before the head).
      if (bareHead && !inComplement && this.lexicon.placeMarkers.has(t.fold)) break;
      const prep = this.lexicon.prepositions.match(this.tokens, j, limit);
      const joiner = inComplement && (t.text === ',' || this.lexicon.coordinators.has(t.fold));
      // "Working Group on Implementing the Recommendations": a gerund takes its object.
      const gerund =
        inComplement && /ing$/.test(this.tokens[j - 1]!.fold) && this.lexicon.determiners.has(t.fold);
      if (gerund && this.isProper(this.tokens[j + 1])) {
        j += 2;
        while (j < limit && this.isProper(this.tokens[j])) j++;
        continue;
      }
      if (!prep && !joiner) break;
      let k = j + (prep ? prep.length : 1);
      if (k < limit && this.lexicon.determiners.has(this.tokens[k]!.fold)) k++;
      // "the CIPM Sub-Committee on Finance in June": a month after the preposition dates the meeting.
      if (this.lexicon.months.has(this.tokens[k]?.fold ?? '')) break;
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

/**
 * "Groupe de travail sur la criminalité pharmaceutique et les partenariats (WGPCP)": a coordination
 * belongs to the name when the acronym follows it. Returns the new end, or `end` unchanged.
 */
function coordinatedUpToAcronym(ctx: Context, end: number): number {
  const { tokens, lexicon } = ctx;
  if (!lexicon.coordinators.has(tokens[end]?.fold ?? '')) return end;
  for (let k = end + 1; k < Math.min(tokens.length, end + 8); k++) {
    const t = tokens[k]!;
    if (ctx.clauseOf[k] !== ctx.clauseOf[end] || ctx.owner[k]! >= 0) return end;
    if (t.text === '(') return tokens[k + 2]?.text === ')' && isAcronym(tokens[k + 1]) ? k : end;
    // Title-case names ("… Química Pura y Aplicada (IUPAC)") continue; another body's head does not.
    if (t.kind === 'punct' || (t.cap && lexicon.bodyHeads.match(tokens, k))) return end;
  }
  return end;
}

function headIsProper(tokens: readonly Token[], at: number, length: number, headLast: boolean): boolean {
  const words = tokens.slice(at, at + length).filter((t) => t.kind === 'word');
  if (headLast) return words.every((t) => t.cap || t.upper || t.fold === 'of');
  return words[0]?.cap === true;
}

const foldsOf = (tokens: readonly Token[], a: number, b: number) =>
  tokens
    .slice(a, b)
    .map((t) => t.fold)
    .join(' ');

/**
 * A head-last name followed by a capitalised noun qualifies that noun, it names no body: "CIPM Consultative
 * Committee Presidents", "Working Group Chairpersons", "BIPM Mission, Role and Objectives" (a title).
 */
function modifiesNoun(ctx: Context, t1: number): boolean {
  const { tokens, lexicon } = ctx;
  const next = tokens[t1];
  if (!next || next.newline || ctx.clauseOf[t1] !== ctx.clauseOf[t1 - 1]) return false;
  const capitalNoun = (t: Token | undefined) =>
    !!t &&
    t.kind === 'word' &&
    t.cap &&
    !t.upper &&
    !lexicon.stopwords.has(t.fold) &&
    !lexicon.months.has(t.fold);
  if (capitalNoun(next) && ctx.owner[t1]! < 0) return true;
  // "Mission, Role and Objectives": an enumeration of capitalised nouns.
  return (
    next.text === ',' &&
    capitalNoun(tokens[t1 + 1]) &&
    lexicon.coordinators.has(tokens[t1 + 2]?.fold ?? '') &&
    capitalNoun(tokens[t1 + 3])
  );
}

/** "Unité spéciale pour l'activité": beyond a common-noun head, a capitalised word, acronym or organisation. */
function properBeyondHead(ctx: Context, headEnd: number, t1: number): boolean {
  for (let k = headEnd; k < t1; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.owner[k]! >= 0 || (t.kind === 'word' && (t.cap || t.upper))) return true;
  }
  return false;
}

/** Named bodies and conferences by the grammar of their names ("Groupe de travail CMII", "CMII Working Group"). */
export function findBodies(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const grammar = new NameGrammar(ctx, lexicon);
  const headLast = lexicon.source.grammar.nameOrder === 'head-last';
  const span = (i: number, length: number): [number, number] => {
    const headEnd = i + length;
    if (headLast) {
      const t0 = grammar.backwardEnglish(i);
      return [t0, grammar.forwardEnglish(headEnd, t0 === i)];
    }
    let t1 = grammar.forwardFrench(headEnd);
    while (t1 > headEnd && tokens[t1 - 1]!.kind === 'punct') t1--;
    return [i, t1];
  };
  // Coordinated names defined with an acronym ("... et les partenariats (WGPCP)") are recognised in full
  // wherever they occur, e.g. in a report title without the acronym.
  const coordinated = new Map<string, string>();
  if (!headLast) {
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.owner[i]! >= 0 || tokens[i]!.kind !== 'word') continue;
      const match = lexicon.bodyHeads.match(tokens, i);
      if (!match || !headIsProper(tokens, i, match.length, headLast)) continue;
      const [t0, t1] = span(i, match.length);
      const extended = coordinatedUpToAcronym(ctx, t1);
      if (extended > t1) coordinated.set(foldsOf(tokens, t0, t1), foldsOf(tokens, t1, extended));
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i]! >= 0 || tokens[i]!.kind !== 'word') continue;
    const match = lexicon.bodyHeads.match(tokens, i);
    if (!match || !headIsProper(tokens, i, match.length, headLast)) continue;
    const head: BodyHead = match.values[0]!;
    const headEnd = i + match.length;
    let [t0, t1] = span(i, match.length);
    if (!headLast) {
      const extended = coordinatedUpToAcronym(ctx, t1);
      const rest = coordinated.get(foldsOf(tokens, t0, t1));
      const restLength = rest ? rest.split(' ').length : 0;
      if (extended > t1) t1 = extended;
      else if (rest && foldsOf(tokens, t1, t1 + restLength) === rest) t1 += restLength;
    }
    // "IPCC Working Group II": a Roman numeral numbers the body.
    if (headLast && /^(?:I|II|III|IV|V|VI)$/.test(tokens[t1]?.text ?? '') && ctx.owner[t1]! < 0) t1++;
    if (t1 === headEnd && t0 === i) continue;
    if (headLast && modifiesNoun(ctx, t1)) continue;
    if (!headLast && lexicon.commonHeads.has(head.words.join(' ')) && !properBeyondHead(ctx, headEnd, t1))
      continue;
    if (lexicon.bodyClassNames.has(foldsOf(tokens, t0, t1))) {
      i = t1 - 1;
      continue;
    }
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
    // Only a commission: "International Group of Experts (IGE)" or "International Network" stay bodies.
    // Head-first languages put the marker after the head: "Commission électrotechnique internationale (CEI)".
    const international =
      head.bodyType === 'commission' &&
      tokens.slice(t0, Math.min(t1, t0 + 3)).some((t) => lexicon.internationalMarkers.has(t.fold));
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

/**
 * Organisations named by the genre's naming, not by the gazetteer: a capitalised organisation head
 * (`grammar.organizationHeads`: Organization, Union, Agency …) with an international marker ("World
 * Meteorological Organization", "International Union of Pure and Applied Physics", « Organisation maritime
 * internationale », "Organización Meteorológica Mundial") or a parenthesised acronym right after the name
 * ("… Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO)"). Runs before the bodies,
 * so that a body may contain an organisation ("Conseil d'administration de l'Organisation internationale du
 * travail").
 */
export function findOrganizations(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.namedOrganizations?.id;
  if (!rule) return;
  const grammar = new NameGrammar(ctx, lexicon);
  const headLast = lexicon.source.grammar.nameOrder === 'head-last';
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (ctx.owner[i]! >= 0 || head.kind !== 'word' || !head.cap || !lexicon.organizationHeads.has(head.fold))
      continue;
    const t0 = headLast ? grammar.backwardEnglish(i) : i;
    let t1 = headLast ? grammar.forwardEnglish(i + 1) : grammar.forwardFrench(i + 1);
    while (t1 > i + 1 && tokens[t1 - 1]!.kind === 'punct') t1--;
    // « Union internationale de physique pure et appliquée (UIPPA) »: a coordination up to the acronym.
    if (!headLast) t1 = coordinatedUpToAcronym(ctx, t1);
    const words = tokens.slice(t0, t1).filter((t) => t.kind === 'word');
    if (words.length < 2) continue;
    const acronym = tokens[t1]?.text === '(' && tokens[t1 + 2]?.text === ')' && isAcronym(tokens[t1 + 1]);
    // Head-last names put the marker before the head ("World Health Organization"); one after it belongs to a
    // complement or a following name ("Union of Soviet Socialist Republics, United Kingdom of …" are States).
    const markerSpan = headLast ? tokens.slice(t0, i + 1) : words;
    const marked = markerSpan.some((t) => t.kind === 'word' && lexicon.internationalMarkers.has(t.fold));
    // "Forum on Metrology and Digitalization (FMD)": an English head with complements and an acronym but no
    // marker is a body's name as often as an organisation's.
    if (!marked && !(acronym && (!headLast || t1 === i + 1))) continue;
    const name = ctx.view.text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end).replace(/\s+/g, ' ');
    const entity = acronym
      ? genericOrganizationEntity(ctx, name, tokens[t1 + 1]!.text.replace(/s$/, ''))
      : namedOrganizationEntity(ctx, name);
    if (entity && addMention(ctx, entity, t0, t1, rule)) i = t1 - 1;
  }
}

/**
 * A short form of the document's own organ: "The Intergovernmental Committee for the Safeguarding of the
 * Intangible Cultural Heritage, … at the 13th session of the Intergovernmental Committee" — a body of the
 * same type whose key words are all in the organ's (named in the opening formula) is that organ.
 */
export function findShortForms(ctx: Context): void {
  const opening = ctx.segments.find((s) => s.function === 'opening');
  if (!opening) return;
  const organ = ctx.found.find(
    (f) =>
      f.inside === undefined &&
      (f.entity.kind === 'Body' || f.entity.kind === 'Organization') &&
      f.t0 >= opening.t0 &&
      f.t1 <= opening.t1,
  );
  if (!organ) return;
  // The organ's name as written in the opening (a gazetteer organ's display name may be another language's).
  const written = ctx.view.text.slice(organ.start, organ.end);
  const full = bodyKey(written, ctx.compiled, 'other');
  if (!full) return;
  for (const other of ctx.found) {
    if (other === organ || other.entity.kind !== 'Body' || other.entity.id === organ.entity.id) continue;
    const short = bodyKey(other.entity.name, ctx.compiled, 'other');
    if (!short || short.bodyType !== full.bodyType || short.words.length >= full.words.length) continue;
    if (short.words.every((w) => full.words.includes(w))) other.entity = organ.entity;
  }
}

/**
 * "Requests that the Secretariat implement …", « le Bureau », "la Secretaría": an organ named by its head
 * alone (`bareOrgans`) after a definite article is the organ of that type of the document's institution, or of
 * the organ of its opening formula. Not when the head starts a longer name (already a mention) or is lower case.
 */
export function findBareOrgans(ctx: Context): void {
  const { tokens, lexicon } = ctx;
  const rule = lexicon.source.bareOrgans?.id;
  if (!rule) return;
  const opening = ctx.segments.find((s) => s.function === 'opening');
  const openingOrgan = opening
    ? ctx.found.find(
        (f) =>
          f.inside === undefined &&
          (f.entity.kind === 'Body' || f.entity.kind === 'Organization') &&
          f.t0 >= opening.t0 &&
          f.t1 <= opening.t1,
      )
    : undefined;
  const owner =
    ctx.institution ??
    ctx.organ?.key ??
    (openingOrgan ? openingOrgan.entity.id.slice(openingOrgan.entity.id.indexOf(':') + 1) : 'document-organ');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.owner[i]! >= 0 || !t.cap || !lexicon.determiners.has(tokens[i - 1]!.fold)) continue;
    const head = lexicon.bareOrgans.match(tokens, i);
    if (!head) continue;
    const end = i + head.length;
    const next = tokens[end];
    // "the Bureau International des Poids et Mesures": a capitalised word after the head makes a longer name.
    if (next && next.kind === 'word' && (next.cap || next.upper) && ctx.clauseOf[end] === ctx.clauseOf[i])
      continue;
    const bodyType = head.values[0]!;
    const name = ctx.view.text.slice(t.start, tokens[end - 1]!.end);
    // "fees received by the Bureau" in a Metre Convention text: the institution's own organ of that head.
    const own = institutionOrgan(ctx, foldsOf(tokens, i, end));
    if (own) {
      addMention(ctx, organizationEntity(ctx, own, name), i, end, rule);
      continue;
    }
    addMention(
      ctx,
      {
        id: idFor(ctx, 'Body', `${bodyType}:${owner}`),
        kind: 'Body',
        name,
        language: ctx.language,
        aliases: [name],
        props: { bodyType },
        labels: { [ctx.language]: name },
      },
      i,
      end,
      rule,
    );
  }
}

/** The organisation of the document's institution whose name has this head word ("Bureau" -> the BIPM). */
function institutionOrgan(ctx: Context, head: string): OrganizationEntry | undefined {
  if (!ctx.institution) return undefined;
  const has = (name: string) => ` ${phraseTokens(name).join(' ')} `.includes(` ${head} `);
  return [...ctx.compiled.organizations.values()].find(
    (o) =>
      o.institution === ctx.institution &&
      o.kind === 'Organization' &&
      Object.values(o.names)
        .flat()
        .some((n) => has(n as string)),
  );
}
