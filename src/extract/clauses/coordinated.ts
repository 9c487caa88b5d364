import type { CompiledLexicon } from '../knowledge/compile.js';
import type { Token } from '../text/tokens.js';
import { type LeadVerb, verbAt } from './lead-verb.js';

/**
 * A second operative verb coordinated inside one clause: "Decides to establish … a United Nations Protection
 * Force …, and requests the Secretary-General to take the measures …", « décide de créer … et prie le
 * Secrétaire général de … », "decide establecer … y pide al Secretario General que …". Each verb acts on its
 * own object: the first one's ends at the coordinator.
 */
export interface CoordinatedVerb {
  /** Token index of the coordinator ("and", « et », "y"). */
  at: number;
  verb: LeadVerb;
}

/**
 * Coordinated operative verbs between `from` and `t1`: a coordinator (after a comma or not) followed at once
 * by a lower-case lead verb whose group is operative, outside any mention (`owned(i)`).
 */
export function coordinatedVerbs(
  tokens: readonly Token[],
  from: number,
  t1: number,
  lexicon: CompiledLexicon,
  owned: (i: number) => boolean,
): CoordinatedVerb[] {
  const out: CoordinatedVerb[] = [];
  for (let i = from; i + 1 < t1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !lexicon.coordinators.has(t.fold) || owned(i)) continue;
    const next = tokens[i + 1]!;
    if (next.kind !== 'word' || next.cap || owned(i + 1)) continue;
    const match = lexicon.verbs.match(tokens, i + 1, t1);
    // A multi-word form that starts with the coordinator's neighbour is the first verb's own ("welcomes and supports").
    if (!match || match.values[0]!.function !== 'operative') continue;
    const verb = verbAt(tokens, i + 1, t1, lexicon);
    // "…, and support for the BIPM programme": a word the lexicon lists as a verb, used as a noun before a preposition.
    if (!verb || (verb.to < t1 && lexicon.prepositions.match(tokens, verb.to, t1))) continue;
    out.push({ at: i, verb });
    i = verb.to - 1;
  }
  return out;
}
