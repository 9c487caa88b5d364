import type { Language } from '../model/index.js';
import { compile } from './knowledge/compile.js';
import type { Knowledge } from './knowledge/schema.js';
import { type Token, tokenize } from './text/tokens.js';
import { normalise } from './text/view.js';

/** Enough text to decide, taken at several places so a long odd preamble cannot hide the language. */
const SAMPLE_CHUNKS = 4;
const CHUNK_CHARS = 5_000;
const MIN_HITS = 4;
/** Distinct function words: one stray word repeated ("y" in binary noise) is no language. */
const MIN_DISTINCT = 3;

function sample(text: string): string {
  if (text.length <= SAMPLE_CHUNKS * CHUNK_CHARS) return text;
  const step = Math.floor((text.length - CHUNK_CHARS) / (SAMPLE_CHUNKS - 1));
  const chunks: string[] = [];
  for (let i = 0; i < SAMPLE_CHUNKS; i++) chunks.push(text.slice(i * step, i * step + CHUNK_CHARS));
  return chunks.join('\n');
}
const MIN_SHARE = 0.5;

export interface LanguageGuess {
  language: Language | null;
  confidence: number;
}

const OPEN_QUOTES = new Set(['«', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);

/** Votes of each lexicon (stopwords and clause verbs) over a token list. */
export function languageVotes(tokens: readonly Token[], knowledge: Knowledge): Map<Language, number> {
  const votes = new Map<Language, number>();
  for (const lexicon of compile(knowledge).lexicons.values()) {
    let score = 0;
    const distinct = new Set<string>();
    let quoted = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // A quotation is often a title in another language (« _Mise en pratique_ for the definition of … »).
      if (OPEN_QUOTES.has(token.text)) quoted++;
      else if (CLOSE_QUOTES.has(token.text)) quoted = Math.max(0, quoted - 1);
      if (token.kind !== 'word' || quoted > 0) continue;
      if (lexicon.stopwords.has(token.fold)) {
        score += 1;
        distinct.add(token.fold);
      }
      const leads = i === 0 || tokens[i - 1]!.kind === 'punct' || token.newline;
      if (leads && lexicon.verbs.match(tokens, i)) score += 3;
    }
    votes.set(lexicon.language, distinct.size >= MIN_DISTINCT ? score : 0);
  }
  return votes;
}

/** The language of a text from lexicon hits; null when no lexicon clearly wins (German, Chinese...). */
export function detectLanguage(text: string, knowledge: Knowledge): LanguageGuess {
  return languageOfTokens(tokenize(normalise(sample(text))), knowledge);
}

/** True when detection reads the whole text, so its tokens can be reused for the analysis. */
export const detectionReadsAll = (text: string) => text.length <= SAMPLE_CHUNKS * CHUNK_CHARS;

/** The language of already tokenised text (see detectLanguage). */
export function languageOfTokens(tokens: readonly Token[], knowledge: Knowledge): LanguageGuess {
  const votes = languageVotes(tokens, knowledge);
  let best: Language | null = null;
  let bestScore = 0;
  let total = 0;
  for (const [language, score] of votes) {
    total += score;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  const words = tokens.filter((t) => t.kind === 'word').length;
  if (!best || bestScore < MIN_HITS || total === 0) return { language: null, confidence: 0 };
  const share = bestScore / total;
  // Function words make up a good part of any real sentence; a few stray hits in foreign text do not.
  const density = Math.min(1, bestScore / Math.max(1, words * 0.25));
  const confidence = Math.round(share * density * 100) / 100;
  if (share < MIN_SHARE || density < 0.3) return { language: null, confidence };
  return { language: best, confidence };
}
