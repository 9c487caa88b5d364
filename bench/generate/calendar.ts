/**
 * When each institution meets and how it numbers its texts: session ordinals, places, dates and the code
 * forms that occur in real texts (AGN/69/RES/2, AG-2014-RES-04, GA-2019-88-RES-01, CGPM-2022-RES-4, A/RES/58/85).
 */
import { assertNever } from '../../src/errors.js';
import { addDays, type Day } from './language.js';
import type { SessionRef, Style } from './plan.js';
import type { Prng } from './prng.js';
import { INTERPOL_CITIES, type OrganId } from './vocabulary.js';

export interface SessionSlot {
  organ: OrganId;
  year: number;
  ordinal: number;
}

/** Share of the corpus each institution writes. */
export const ORGAN_SHARE: Record<OrganId, number> = { interpol: 0.6, cgpm: 0.25, un: 0.15 };

/** The years of the CGPM's meetings: the nth entry is the nth meeting (1st 1889 ... 27th 2022), as held. */
export const CGPM_MEETING_YEARS = [
  1889, 1895, 1901, 1907, 1913, 1921, 1927, 1933, 1948, 1954, 1960, 1964, 1967, 1971, 1975, 1979, 1983, 1987,
  1991, 1995, 1999, 2003, 2007, 2011, 2014, 2018, 2022,
];

/** Every session of every organ, oldest first (within a year: INTERPOL, CGPM, UN). */
export function sessionSlots(): SessionSlot[] {
  const slots: SessionSlot[] = [];
  for (let year = CGPM_MEETING_YEARS[0] as number; year <= 2025; year++) {
    // INTERPOL's General Assembly: the 83rd session was held in 2014.
    if (year >= 1960) slots.push({ organ: 'interpol', year, ordinal: year - 1931 });
    const meeting = CGPM_MEETING_YEARS.indexOf(year);
    if (meeting >= 0) slots.push({ organ: 'cgpm', year, ordinal: meeting + 1 });
    // The UN General Assembly: the 58th session opened in 2003.
    if (year >= 1946) slots.push({ organ: 'un', year, ordinal: year - 1945 });
  }
  return slots;
}

/** Place and dates of a session, drawn from the PRNG. */
export function sessionOf(slot: SessionSlot, random: Prng): SessionRef {
  switch (slot.organ) {
    case 'interpol': {
      const start: Day = addDays({ year: slot.year, month: 9, day: 20 }, random.int(0, 55));
      const end = addDays(start, random.int(3, 4));
      const place = random.pick(INTERPOL_CITIES);
      return {
        kind: 'Session',
        key: `Session:interpol:${slot.ordinal}`,
        organ: 'interpol',
        ordinal: slot.ordinal,
        year: slot.year,
        place,
        start,
        end,
      };
    }
    case 'cgpm': {
      const start: Day = addDays({ year: slot.year, month: 10, day: 10 }, random.int(0, 30));
      return {
        kind: 'Session',
        key: `Session:cgpm:${slot.ordinal}`,
        organ: 'cgpm',
        ordinal: slot.ordinal,
        year: slot.year,
        start,
        end: addDays(start, 4),
      };
    }
    case 'un': {
      const start: Day = { year: slot.year, month: 9, day: random.int(10, 20) };
      return {
        kind: 'Session',
        key: `Session:un:${slot.ordinal}`,
        organ: 'un',
        ordinal: slot.ordinal,
        year: slot.year,
        start,
        end: { year: slot.year, month: 12, day: 23 },
      };
    }
    default:
      return assertNever(slot.organ);
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The code as printed on the resolution, and the other spellings that name it. */
export function resolutionCode(slot: SessionSlot, number: number): { code: string; altCodes: string[] } {
  switch (slot.organ) {
    case 'interpol':
      if (slot.year < 2010) return { code: `AGN/${slot.ordinal}/RES/${number}`, altCodes: [] };
      if (slot.year < 2019) return { code: `AG-${slot.year}-RES-${pad2(number)}`, altCodes: [] };
      return { code: `GA-${slot.year}-${slot.ordinal}-RES-${pad2(number)}`, altCodes: [] };
    case 'cgpm':
      return { code: `CGPM-${slot.year}-RES-${number}`, altCodes: [`CGPM-${slot.ordinal}-RES-${number}`] };
    case 'un':
      return { code: `A/RES/${slot.ordinal}/${number}`, altCodes: [`${slot.ordinal}/${number}`] };
    default:
      return assertNever(slot.organ);
  }
}

export function reportCode(slot: SessionSlot, number: number): string {
  return slot.year < 2010 ? `AGN/${slot.ordinal}/RAP/${number}` : `AG-${slot.year}-RAP-${pad2(number)}`;
}

/** House style and language of one resolution. */
export function styleOf(slot: SessionSlot, random: Prng): { style: Style; lang: 'fr' | 'en' } {
  switch (slot.organ) {
    case 'interpol':
      return {
        style: slot.year < 1985 ? 'interpol-txt' : 'interpol-md',
        lang: random.chance(0.55) ? 'fr' : 'en',
      };
    case 'cgpm':
      return { style: 'cgpm', lang: random.chance(0.4) ? 'fr' : 'en' };
    case 'un':
      return { style: 'un', lang: 'en' };
    default:
      return assertNever(slot.organ);
  }
}

/** File name as in corpus/: the code with "/" replaced by "-", the language, and the extension of the style. */
export function fileNameOf(code: string, lang: 'fr' | 'en', style: Style): string {
  const ext = style === 'interpol-txt' || style === 'un' ? 'txt' : 'md';
  return `${code.replaceAll('/', '-')}.${lang}.${ext}`;
}
