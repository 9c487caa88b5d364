import type { GraphNode } from '../../model/index.js';
import { fold, foldedTokens } from './fold.js';

/** What search looks at for one node (docs/store-semantics.md §3). */
export interface SearchFields {
  /** name, code, acronym, aliases, label values (weight 3). */
  names: string[];
  /** props.title (weight 2). */
  title?: string;
  /** Clause texts of the node's own document (weight 1). */
  text?: string;
}

export function searchFieldsOf(node: GraphNode, clauseTexts: readonly string[] = []): SearchFields {
  const names = [node.name, node.code, node.acronym, ...node.aliases, ...Object.values(node.labels)].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  const title = typeof node.props.title === 'string' ? node.props.title : undefined;
  return { names, title, text: clauseTexts.length ? clauseTexts.join('\n') : undefined };
}

function termScore(term: string, tokens: readonly string[]): number {
  let best = 0;
  for (const token of tokens) {
    if (token === term) return 2;
    if (token.startsWith(term)) best = 1;
  }
  return best;
}

/**
 * Integer relevance of a node for folded query terms; 0 when some term matches nowhere (AND semantics).
 * Per term: best of weight × (2 exact token, 1 prefix); +10 when the whole query equals a name field.
 */
export function searchScore(query: string, terms: readonly string[], fields: SearchFields): number {
  return searchScoreLazily(query, terms, fields.names, fields.title, () => fields.text);
}

/**
 * The same score, reading the (large) clause text only when names and title leave a term unmatched:
 * names give 0/3/6 and the title 0/2/4 per term, so the text (at most 2) can only matter then.
 */
export function searchScoreLazily(
  query: string,
  terms: readonly string[],
  names: readonly string[],
  title: string | undefined,
  loadText: () => string | undefined,
): number {
  const nameTokens = names.flatMap(foldedTokens);
  let titleTokens: string[] | undefined;
  let textTokens: string[] | undefined;
  let total = 0;
  for (const term of terms) {
    let best = 3 * termScore(term, nameTokens);
    if (best < 4) {
      titleTokens ??= title ? foldedTokens(title) : [];
      best = Math.max(best, 2 * termScore(term, titleTokens));
    }
    if (best < 2) {
      if (textTokens === undefined) {
        const text = loadText();
        textTokens = text ? foldedTokens(text) : [];
      }
      best = Math.max(best, termScore(term, textTokens));
    }
    if (best === 0) return 0;
    total += best;
  }
  const whole = fold(query);
  if (names.some((n) => fold(n) === whole)) total += 10;
  return total;
}
