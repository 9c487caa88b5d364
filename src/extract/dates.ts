import type { CompiledLexicon } from './knowledge/compile.js';
import type { Token } from './text/tokens.js';

export interface DateRange {
  start: string;
  end: string;
  /** Token index range covered. */
  from: number;
  to: number;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const day = (t: Token | undefined) => {
  const m = t && /^(\d{1,2})(?:er|st|nd|rd|th|º)?$/.exec(t.fold);
  return m ? Number(m[1]) : null;
};
const year = (t: Token | undefined) => (t && /^(1[5-9]|20)\d\d$/.test(t.text) ? Number(t.text) : null);

/**
 * A date or date range starting at tokens[at]: "9 December 2003", "du 3 au 7 novembre 2014",
 * "from 30 October to 4 November 2000", "del 3 al 7 de noviembre de 2014".
 */
export function dateAt(tokens: readonly Token[], at: number, lexicon: CompiledLexicon): DateRange | null {
  const rule = lexicon.source.months.id;
  let i = at;
  const ranged = lexicon.rangeStart.has(tokens[i]?.fold ?? '');
  if (ranged) i++;
  const skipDe = () => {
    if (tokens[i]?.fold === 'de') i++;
  };
  const d1 = day(tokens[i]);
  if (d1 === null) return null;
  i++;
  skipDe();
  let m1 = lexicon.months.get(tokens[i]?.fold ?? '');
  if (m1 !== undefined) {
    i++;
    skipDe();
  }
  let y1 = m1 !== undefined ? year(tokens[i]) : null;
  if (y1 !== null) i++;
  if (ranged || lexicon.rangeJoin.has(tokens[i]?.fold ?? '')) {
    if (!lexicon.rangeJoin.has(tokens[i]?.fold ?? '')) return null;
    i++;
    const d2 = day(tokens[i]);
    if (d2 === null) return null;
    i++;
    skipDe();
    const m2 = lexicon.months.get(tokens[i]?.fold ?? '');
    if (m2 === undefined) return null;
    i++;
    skipDe();
    const y2 = year(tokens[i]);
    if (y2 === null) return null;
    m1 ??= m2;
    y1 ??= m1 > m2 ? y2 - 1 : y2;
    const start = isoDate(y1, m1, d1);
    const end = isoDate(y2, m2, d2);
    if (!start || !end || start > end) return null;
    return { start, end, from: at, to: i + 1, rule: lexicon.source.dates.id };
  }
  if (m1 === undefined || y1 === null) return null;
  const date = isoDate(y1, m1, d1);
  return date ? { start: date, end: date, from: at, to: i, rule } : null;
}
