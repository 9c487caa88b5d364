import type { Compiled } from '../knowledge/compile.js';
import { phraseTokens } from '../text/phrase-trie.js';

/** One content word as it enters a key: folded, dots dropped, plural stripped, translated by the glossary. */
export function keyWord(word: string, compiled: Compiled): string | null {
  if (compiled.keyStopwords.has(word)) return null;
  let w = word.replace(/\./g, '').replace(/'$/, '');
  if (w.length < 2 || compiled.keyStopwords.has(w)) return null;
  const direct = compiled.glossary.get(w);
  if (direct) return direct;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && /[sx]$/.test(w) && !/ss$/.test(w)) w = w.slice(0, -1);
  if (compiled.keyStopwords.has(w)) return null;
  return compiled.glossary.get(w) ?? w;
}

/** Key words of a name, in order (duplicates kept). */
export function keyWords(name: string, compiled: Compiled): string[] {
  const out: string[] = [];
  for (const token of phraseTokens(name)) {
    const w = keyWord(token, compiled);
    if (w && /[\p{L}\p{N}]/u.test(w)) out.push(w);
  }
  return out;
}

export interface BodyKey {
  bodyType: string;
  /** Sorted, de-duplicated content words beyond the body-type term. */
  words: string[];
  key: string;
}

/**
 * The language-independent key of a body name: the most specific body-type term whose words all occur
 * in the name gives the type; the remaining content words, sorted, give the rest
 * ("Groupe de travail CMII" and "CMII Working Group" -> "working_group:cmii").
 */
export function bodyKey(name: string, compiled: Compiled, fallbackType: string): BodyKey | null {
  let cache = keyCache.get(compiled);
  if (!cache || cache.size > 50_000) {
    cache = new Map();
    keyCache.set(compiled, cache);
  }
  const cacheKey = `${fallbackType}|${name}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey)!;
  const key = computeBodyKey(name, compiled, fallbackType);
  cache.set(cacheKey, key);
  return key;
}

const keyCache = new WeakMap<Compiled, Map<string, BodyKey | null>>();
const termCache = new WeakMap<Compiled, Array<{ bodyType: string; words: string[] }>>();

/** Key words of every body-type term of every lexicon, computed once. */
function bodyTermWords(compiled: Compiled) {
  let terms = termCache.get(compiled);
  if (!terms) {
    terms = [...compiled.lexicons.values()].flatMap((lexicon) =>
      lexicon.bodyTerms
        .filter((term) => term.kind === 'Body')
        .map((term) => ({
          bodyType: term.bodyType,
          words: term.words.map((w) => keyWord(w, compiled)).filter((w): w is string => !!w),
        }))
        .filter((term) => term.words.length > 0),
    );
    termCache.set(compiled, terms);
  }
  return terms;
}

function computeBodyKey(name: string, compiled: Compiled, fallbackType: string): BodyKey | null {
  const words = keyWords(name, compiled);
  let best: { bodyType: string; words: string[] } | null = null;
  for (const term of bodyTermWords(compiled)) {
    if (!term.words.every((w) => words.includes(w))) continue;
    if (!best || term.words.length > best.words.length) best = term;
  }
  const rest = [...words];
  for (const w of best?.words ?? []) rest.splice(rest.indexOf(w), 1);
  const unique = [...new Set(rest)].sort();
  if (unique.length === 0) return null;
  const bodyType = best?.bodyType ?? fallbackType;
  return { bodyType, words: unique, key: `${bodyType}:${unique.join('-')}` };
}

/** Key of a name without a body type (conferences, generic organisations): sorted content words. */
export function plainKey(name: string, compiled: Compiled, drop: readonly string[] = []): string {
  const dropped = new Set(drop.flatMap((w) => keyWords(w, compiled)));
  const words = keyWords(name, compiled).filter((w) => !dropped.has(w));
  return [...new Set(words)].sort().join('-');
}
