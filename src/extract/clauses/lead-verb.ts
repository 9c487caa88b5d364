import type { CompiledLexicon } from '../knowledge/compile.js';
import type { VerbGroup } from '../knowledge/schema.js';
import type { Token } from '../text/tokens.js';

export interface LeadVerb {
  /** The group that carries the relation: the inner verb of "decides to establish". */
  group: VerbGroup;
  /** The verb as written first ("decides" in "decides to establish"), when it differs from `group`. */
  lead?: VerbGroup;
  /** Token range of the verb phrase. */
  from: number;
  to: number;
}

/**
 * Words a lead verb may follow at the start of its clause: coordinators and adverbs that are function words
 * of the language ("*and requests* the Director …", « *et recommande* aux laboratoires … », "*further
 * invites* individual governments …"), adverbs by their ending ("Strongly condemns", "unanimously decided").
 * Skipped only when a verb follows at once.
 */
export const LEAD_SKIPPABLE_WORDS = 2;

/**
 * "(c) To request …", « de demander … »: a sub-item that starts with the infinitive marker of the verb it
 * inherits ("Decides: (a) To …"); the marker is skipped when a verb follows at once.
 */
function afterLeadingWords(
  tokens: readonly Token[],
  at: number,
  t1: number,
  lexicon: CompiledLexicon,
): number {
  if (lexicon.verbs.match(tokens, at, t1)) return at;
  let i = at;
  for (let k = 0; k < LEAD_SKIPPABLE_WORDS && i < t1; k++) {
    const t = tokens[i]!;
    const skippable =
      lexicon.coordinators.has(t.fold) ||
      lexicon.infinitiveMarkers.has(t.fold) ||
      lexicon.stopwords.has(t.fold) ||
      lexicon.adverbEnding?.test(t.fold) === true;
    if (!skippable || t.kind !== 'word') break;
    i++;
  }
  return i > at && lexicon.verbs.match(tokens, i, t1) ? i : at;
}

/**
 * The lead verb at token `at`: "decides", "decided", « a décidé », "Decide", allowing a chained verb whose
 * relation it states — "decides to invite", « décide de créer », "Decide aprobar" (Spanish infinitive with
 * no marker) — the inner verb carries the relation, the outer one stays as `lead`.
 */
export function verbAt(
  tokens: readonly Token[],
  at0: number,
  t1: number,
  lexicon: CompiledLexicon,
): LeadVerb | null {
  const at = afterLeadingWords(tokens, at0, t1, lexicon);
  const match = lexicon.verbs.match(tokens, at, t1);
  if (!match) return null;
  const outer = match.values[0]!;
  let verb: LeadVerb = { group: outer, from: at, to: at + match.length };
  let next = verb.to;
  while (next < t1 && tokens[next]!.text === ':') next++;
  const link = tokens[next];
  const marked = link !== undefined && lexicon.infinitiveMarkers.has(link.fold);
  const innerAt = marked ? next + 1 : next;
  const inner = lexicon.verbs.match(tokens, innerAt, t1);
  // The infinitive ending wants two letters before it ("crear", not "mar"); a multi-word inner form (Spanish
  // "dar por terminado el mandato del") is specific enough that a short infinitive ("dar") counts too.
  const innerWord = tokens[innerAt]?.fold ?? '';
  const bare =
    !marked &&
    inner &&
    (lexicon.infinitiveEnding?.test(innerWord) ||
      (inner.length > 1 && lexicon.infinitiveEnding?.test(`xx${innerWord}`)));
  if (inner && (marked || bare) && inner.values[0]!.relations.length && outer.function === 'operative') {
    verb = { group: inner.values[0]!, lead: outer, from: at, to: innerAt + inner.length };
  }
  return verb;
}

/**
 * An operative verb inside a narrative sentence, after its subject: "The CIPM approved in 2001 the following
 * proposal …", « Compte tenu des synergies …, le CIPM décide de … », "At its 48th plenary meeting, …, the
 * General Assembly, recalling …, decided to request …". The verb must be lower case (or the whole word upper
 * case, after a word that is not) and follow a capitalised word (its subject) or a comma that closes a phrase after one.
 */
export function embeddedVerb(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  lexicon: CompiledLexicon,
): LeadVerb | null {
  let subjectSeen = false;
  for (let i = t0 + 1; i < t1; i++) {
    const prev = tokens[i - 1]!;
    if (prev.kind === 'word' && prev.cap) subjectSeen = true;
    if (prev.text === '.' && i - 1 > t0 && tokens[i - 2]?.kind === 'word') return null;
    const t = tokens[i]!;
    if (t.kind !== 'word' || (t.cap && !t.upper)) continue;
    // A run of capitals is a masthead or title ("CONFERENCE OF THE STATES PARTIES"), not a subject and its verb.
    if (t.upper && prev.kind === 'word' && prev.upper) continue;
    const afterSubject = (prev.kind === 'word' && prev.cap) || (prev.text === ',' && subjectSeen);
    if (!afterSubject) continue;
    const verb = verbAt(tokens, i, t1, lexicon);
    if (verb && (verb.lead ?? verb.group).function === 'operative') return verb;
  }
  return null;
}

/**
 * An opening phrase led by a preambular verb, then the operative sentence: « Compte tenu des synergies …, le
 * CIPM décide de … », "Prenant en considération la Recommandation JCRB/43-1 (2021) du JCRB, le CIPM décide
 * d'accepter …". The operative verb wins when it follows a comma and its subject, with no complement word
 * ("that", « que ») or relative marker ("which", « par laquelle ») before it — "considering that the CIPM
 * decided …" stays preambular.
 */
export function operativeAfterOpeningPhrase(
  tokens: readonly Token[],
  lead: LeadVerb,
  t1: number,
  lexicon: CompiledLexicon,
): LeadVerb | null {
  if (lead.group.function !== 'preamble') return null;
  let comma = false;
  for (let i = lead.to; i < t1; i++) {
    const t = tokens[i]!;
    if (lexicon.thatWords.has(t.fold) || lexicon.relativeMarkers.match(tokens, i, t1)) return null;
    if (t.text === ';' || t.text === '.') return null;
    if (t.text === ',') comma = true;
    if (!comma || t.kind !== 'word' || t.cap || !tokens[i - 1]?.cap) continue;
    const verb = verbAt(tokens, i, t1, lexicon);
    // The phrase's verb stays the clause's first-written verb; the operative one carries function and relation.
    if (verb && (verb.lead ?? verb.group).function === 'operative') return { ...verb, lead: lead.group };
  }
  return null;
}
