/** Turning a plan's acts into finished clauses: verbs in the house case, separators and final punctuation. */
import type { Lang, OrdinalStyle } from '../language.js';
import type { ResolutionPlan, ResolutionRef } from '../plan.js';
import { type ClauseText, clauseText } from './clauses.js';
import { Mentions } from './mentions.js';

export interface LaidClause {
  position: 'preamble' | 'operative';
  text: ClauseText;
}

/** Clause texts of a plan in reading order, with one Mentions tracker for the whole document. */
export function clausesOf(
  plan: ResolutionPlan,
  ordinals: OrdinalStyle,
  cite: (r: ResolutionRef) => string,
): LaidClause[] {
  const mentions = new Mentions(plan.lang, ordinals);
  const organ = plan.resolution.organ;
  const lang = plan.lang;
  return [
    ...plan.preamble.map((act) => ({
      position: 'preamble' as const,
      text: clauseText(act, { organ, lang, mentions, position: 'preamble', cite }),
    })),
    ...plan.operative.map((act) => ({
      position: 'operative' as const,
      text: clauseText(act, { organ, lang, mentions, position: 'operative', cite }),
    })),
  ];
}

/** What ends a clause: "," after recitals, ";" between operative clauses (" ;" in French), "." at the end. */
export function terminator(lang: Lang, clause: LaidClause, isLast: boolean): string {
  if (isLast) return '.';
  if (clause.position === 'preamble') return ',';
  return lang === 'fr' ? ' ;' : ';';
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
