/**
 * INTERPOL General Assembly house style: "Résolution N° 4 / AG-2014-RES-04 / Objet : ..." (Markdown, since 2000)
 * or the older plain-text transcription with hard line breaks (AGN/69/RES/2), capitalised lead verbs.
 */
import { dateRange, enOrdinal, frOrdinal, hardWrap } from '../language.js';
import type { ResolutionPlan, ResolutionRef } from '../plan.js';
import { capitalise, clausesOf, terminator } from './layout.js';
import { titleOf } from './title.js';

const WRAP = 78;

export function renderInterpol(plan: ResolutionPlan): string {
  const { resolution: res, session, lang } = plan;
  const plain = plan.style === 'interpol-txt';
  const ordinals = plain ? 'plain' : 'sup';
  const cite = (r: ResolutionRef): string =>
    lang === 'fr' ? `la résolution ${r.code}` : `Resolution ${r.code}`;
  const place = session.place ?? { fr: 'Lyon', en: 'Lyon' };
  const brand = plain ? 'Interpol' : 'INTERPOL';
  const opening =
    lang === 'fr'
      ? `L'Assemblée générale de l'O.I.P.C.-${brand}, réunie en sa ${frOrdinal(session.ordinal, 'ème', ordinals)} session à ${place.fr}${plain ? ',' : ''} ${dateRange('fr', session.start, session.end)},`
      : `The ICPO-${brand} General Assembly, meeting in ${place.en} ${dateRange('en', session.start, session.end)} at its ${enOrdinal(session.ordinal)} session,`;
  const title = titleOf(plan);

  const clauses = clausesOf(plan, ordinals, cite);
  const paragraphs = clauses.map((clause, i) => {
    const isLast = i === clauses.length - 1;
    const end = terminator(lang, clause, isLast);
    const head = `${clause.text.verb.toUpperCase()} ${clause.text.rest}`;
    if (!clause.text.items) return `${head}${end}`;
    const items = clause.text.items.map((item, k, all) => {
      const itemEnd = k === all.length - 1 ? end : lang === 'fr' ? ', et' : ', and';
      return `${k + 1}) ${capitalise(item)}${itemEnd}`;
    });
    return [head, ...items].join('\n');
  });
  const adopted = lang === 'fr' ? 'Adoptée' : 'Adopted';

  if (plain) {
    const subject = lang === 'fr' ? `Objet : ${title}` : `Subject: ${title}`;
    const body = [opening, ...paragraphs].map((p) =>
      p
        .split('\n')
        .map((line) => hardWrap(line, WRAP))
        .join('\n'),
    );
    return [res.code, 'RESOLUTION', hardWrap(subject, WRAP), ...body, adopted, ''].join('\n');
  }
  const heading = lang === 'fr' ? `## Résolution N° ${res.number}` : `## Resolution No. ${res.number}`;
  const subject = lang === 'fr' ? `**Objet** : ${title}` : `**Subject**: ${title}`;
  return `${[heading, res.code, subject, opening, ...paragraphs, `**${adopted}**`].join('\n\n')}\n`;
}
