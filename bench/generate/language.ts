/** French and English grammar helpers for the generator: articles, contractions, ordinals, dates. */

export type Lang = 'fr' | 'en';
export type Gender = 'm' | 'f';

/** A French noun phrase without its article, with what the article depends on. */
export interface FrNoun {
  text: string;
  gender: Gender;
  plural?: boolean;
}

const startsWithVowel = (text: string): boolean => /^[aeiouyhâàéèêîïôûAEIOUYHÂÀÉÈÊÎÏÔÛ]/.test(text);

/** "le Groupe", "la Commission", "l'Unité", "les pays membres". */
export function frDefinite(noun: FrNoun): string {
  if (noun.plural) return `les ${noun.text}`;
  if (startsWithVowel(noun.text)) return `l'${noun.text}`;
  return `${noun.gender === 'f' ? 'la' : 'le'} ${noun.text}`;
}

/** "du Groupe", "de la Commission", "de l'Unité", "des pays membres". */
export function frOf(noun: FrNoun): string {
  if (noun.plural) return `des ${noun.text}`;
  if (startsWithVowel(noun.text)) return `de l'${noun.text}`;
  return `${noun.gender === 'f' ? 'de la' : 'du'} ${noun.text}`;
}

/** "au Groupe", "à la Commission", "à l'Unité", "aux pays membres". */
export function frTo(noun: FrNoun): string {
  if (noun.plural) return `aux ${noun.text}`;
  if (startsWithVowel(noun.text)) return `à l'${noun.text}`;
  return `${noun.gender === 'f' ? 'à la' : 'au'} ${noun.text}`;
}

/** "de" before a noun phrase that already has its article: "du terrorisme", "des armes", "de la masse". */
export function frOfPhrase(np: string): string {
  if (np.startsWith('le ')) return `du ${np.slice(3)}`;
  if (np.startsWith('les ')) return `des ${np.slice(4)}`;
  return `de ${np}`;
}

/** How an ordinal is typeset: Markdown files use <sup>, plain-text files do not. */
export type OrdinalStyle = 'sup' | 'plain';

/** "83<sup>ème</sup>" (INTERPOL), "27<sup>e</sup>" (CGPM), "69ème" in plain text. */
export function frOrdinal(n: number, suffix: 'ème' | 'e', style: OrdinalStyle): string {
  const s = n === 1 ? (suffix === 'e' ? 're' : 'ère') : suffix;
  return style === 'sup' ? `${n}<sup>${s}</sup>` : `${n}${s}`;
}

export function enOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS_CARDINAL = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

/** "Fifty-eighth" (UN session headings), for 1..99. */
export function enOrdinalWord(n: number): string {
  if (n < 1 || n > 99) throw new Error(`enOrdinalWord: ${n} is out of range 1..99`);
  let word: string;
  if (n < 10) word = UNITS[n] ?? '';
  else if (n < 20) word = TEENS[n - 10] ?? '';
  else if (n % 10 === 0) word = TENS_ORDINAL[n / 10] ?? '';
  else word = `${TENS_CARDINAL[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const MONTHS: Record<Lang, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A calendar day, kept as numbers so the generator never touches the local time zone. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function addDays(date: Day, days: number): Day {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDay(date: Day): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function monthName(lang: Lang, month: number): string {
  return MONTHS[lang][month - 1] ?? '';
}

/** "du 3 au 7 novembre 2014" / "from 3 to 7 November 2014", spanning months when needed. */
export function dateRange(lang: Lang, start: Day, end: Day): string {
  const sameMonth = start.month === end.month;
  if (lang === 'fr') {
    const first = sameMonth ? `${start.day}` : `${start.day} ${monthName('fr', start.month)}`;
    return `du ${first} au ${end.day} ${monthName('fr', end.month)} ${end.year}`;
  }
  const first = sameMonth ? `${start.day}` : `${start.day} ${monthName('en', start.month)}`;
  return `from ${first} to ${end.day} ${monthName('en', end.month)} ${end.year}`;
}

/** "9 December 2003". */
export function longDate(lang: Lang, date: Day): string {
  return `${date.day} ${monthName(lang, date.month)} ${date.year}`;
}

/** Hard-wrap a paragraph at `width` columns, as PDF transcriptions do. */
export function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  // French punctuation (" ;", " :", « ») stays on the line of the word it follows.
  const words = text
    .replace(/ ([;:»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .split(' ');
  for (const word of words.map((w) => w.replaceAll('\u00a0', ' '))) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
