/**
 * CGPM house style: "## Resolution 4: title", "The General Conference on Weights and Measures (CGPM), at its
 * 27th meeting," (older: "The 20th Conférence Générale des Poids et Mesures,"), lower-case lead verbs,
 * operative verbs often in italics.
 */
import { enOrdinal, frOrdinal } from '../language.js';
import type { ResolutionPlan, ResolutionRef } from '../plan.js';
import type { Prng } from '../prng.js';
import { clausesOf, terminator } from './layout.js';
import { titleOf } from './title.js';

export function renderCgpm(plan: ResolutionPlan, random: Prng): string {
  const { resolution: res, session, lang } = plan;
  const fr = lang === 'fr';
  const modern = session.year >= 2011;
  const cite = (r: ResolutionRef): string => {
    if (random.chance(0.3))
      return fr
        ? `la Résolution ${r.number} de la ${frOrdinal(r.sessionOrdinal, 'e', 'sup')} Conférence générale`
        : `Resolution ${r.number} of the ${enOrdinal(r.sessionOrdinal)} General Conference`;
    return fr
      ? `la Résolution ${r.number} (${r.year}) adoptée par la CGPM à sa ${frOrdinal(r.sessionOrdinal, 'e', 'sup')} réunion`
      : `Resolution ${r.number} (${r.year}) adopted by the CGPM at its ${enOrdinal(r.sessionOrdinal)} meeting`;
  };
  let opening: string;
  if (fr)
    opening = modern
      ? `La Conférence générale des poids et mesures (CGPM), à sa ${frOrdinal(session.ordinal, 'e', 'sup')} réunion,`
      : `La ${frOrdinal(session.ordinal, 'e', 'sup')} Conférence générale des poids et mesures,`;
  else
    opening = modern
      ? `The General Conference on Weights and Measures (CGPM), at its ${enOrdinal(session.ordinal)} meeting,`
      : random.chance(0.5)
        ? `The ${enOrdinal(session.ordinal)} Conférence Générale des Poids et Mesures,`
        : `The ${enOrdinal(session.ordinal)} General Conference,`;
  const heading = fr
    ? `## Résolution ${res.number} : ${titleOf(plan)}`
    : `## Resolution ${res.number}: ${titleOf(plan)}`;

  const clauses = clausesOf(plan, 'sup', cite);
  const paragraphs = clauses.map((clause, i) => {
    const italic = random.chance(clause.position === 'operative' ? 0.6 : 0.1);
    const verb = italic ? `*${clause.text.verb}*` : clause.text.verb;
    return `${verb} ${clause.text.rest}${terminator(lang, clause, i === clauses.length - 1).trim()}`;
  });
  return `${[heading, opening, ...paragraphs].join('\n\n')}\n`;
}
