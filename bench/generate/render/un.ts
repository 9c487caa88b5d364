/**
 * UN General Assembly house style: masthead with the symbol (A/RES/58/85), "The General Assembly,",
 * recitals with a capitalised participle, numbered operative paragraphs, then the plenary meeting and date.
 */
import { enOrdinal, enOrdinalWord, longDate } from '../language.js';
import type { ResolutionPlan, ResolutionRef } from '../plan.js';
import type { Prng } from '../prng.js';
import { capitalise, clausesOf } from './layout.js';
import { titleOf } from './title.js';

export function renderUn(plan: ResolutionPlan, random: Prng): string {
  const { resolution: res, session } = plan;
  const cite = (r: ResolutionRef): string =>
    `its resolution ${r.sessionOrdinal}/${r.number} of ${longDate('en', r.date)}`;
  const clauses = clausesOf(plan, 'plain', cite);
  const preamble = clauses
    .filter((c) => c.position === 'preamble')
    .map((c) => `${capitalise(c.text.verb)} ${c.text.rest},`);
  const operative = clauses
    .filter((c) => c.position === 'operative')
    .map((c, i, all) => {
      const end = i === all.length - 1 ? '.' : ';';
      const items = c.text.items
        ? `\n${c.text.items.map((item, k) => `    (${String.fromCharCode(97 + k)}) ${item};`).join('\n')}`
        : '';
      return `  ${i + 1}. ${capitalise(c.text.verb)} ${c.text.rest}${items ? items.replace(/;$/, end) : end}`;
    });
  const masthead = [
    `United Nations    ${res.code}`,
    'General Assembly    Distr.: General',
    `${enOrdinalWord(res.sessionOrdinal)} session`,
    `Agenda item ${random.int(10, 180)}`,
    `Resolution adopted by the General Assembly on ${longDate('en', session.end)}`,
    '[without reference to a Main Committee]',
    `${res.sessionOrdinal}/${res.number}. ${titleOf(plan)}`,
    'The General Assembly,',
  ];
  return `${[
    ...masthead,
    ...preamble,
    operative.join('\n'),
    `${enOrdinal(session.ordinal)} plenary meeting\n${longDate('en', session.end)}`,
  ].join('\n\n')}\n`;
}
