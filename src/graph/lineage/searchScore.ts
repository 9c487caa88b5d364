import type { GraphNode } from '../../model/index.js';
import { fold, foldedTokens } from './fold.js';

/** What search looks at for one node (docs/store-semantics.md §3). */
export interface SearchFields {
  /** name, code, acronym, aliases, label values (SEARCH_FIELDS gives each field's weight). */
  names: string[];
  /** props.title. */
  title?: string;
  /** Clause texts of the node's own document. */
  text?: string;
}

export function searchFieldsOf(node: GraphNode, clauseTexts: readonly string[] = []): SearchFields {
  const names = [node.name, node.code, node.acronym, ...node.aliases, ...Object.values(node.labels)].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  const title = typeof node.props.title === 'string' ? node.props.title : undefined;
  return { names, title, text: clauseTexts.length ? clauseTexts.join('\n') : undefined };
}

/**
 * The search weights every store scores with (docs/store-semantics.md §3): per field its weight, heaviest
 * first; a term scores weight × EXACT when a token of the field equals it, weight × PREFIX when one starts
 * with it. The embedded store queries its FTS columns with them, Neo4j's Cypher CASE is generated from them.
 */
export const SEARCH_FIELDS = [
  { field: 'names', weight: 3 },
  { field: 'title', weight: 2 },
  { field: 'text', weight: 1 },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]['field'];
export const EXACT = 2;
export const PREFIX = 1;
/** Added when the whole folded query equals a folded name field. */
export const WHOLE_NAME_BONUS = 10;

/** Every (field, match, score) a term can get, best first; equal scores exact before prefix. */
export function termScores(): Array<{ field: SearchField; match: 'exact' | 'prefix'; score: number }> {
  return SEARCH_FIELDS.flatMap(({ field, weight }) => [
    { field, match: 'exact' as const, score: weight * EXACT },
    { field, match: 'prefix' as const, score: weight * PREFIX },
  ]).sort((a, b) => b.score - a.score || (a.match === b.match ? 0 : a.match === 'exact' ? -1 : 1));
}

function termScore(term: string, tokens: readonly string[]): number {
  let best = 0;
  for (const token of tokens) {
    if (token === term) return EXACT;
    if (token.startsWith(term)) best = PREFIX;
  }
  return best;
}

/**
 * Integer relevance of a node for folded query terms; 0 when some term matches nowhere (AND semantics).
 * Per term: best of weight × (EXACT, PREFIX); + WHOLE_NAME_BONUS when the whole query equals a name field.
 */
export function searchScore(query: string, terms: readonly string[], fields: SearchFields): number {
  return searchScoreLazily(query, terms, fields.names, fields.title, () => fields.text);
}

/**
 * The same score, tokenising a field only when it can still raise a term's best (a field gives at most
 * weight × EXACT), so the (large) clause text is read only when names and title leave a term weak.
 */
export function searchScoreLazily(
  query: string,
  terms: readonly string[],
  names: readonly string[],
  title: string | undefined,
  loadText: () => string | undefined,
): number {
  const tokens: Partial<Record<SearchField, string[]>> = {};
  const tokensOf = (field: SearchField): string[] => {
    const cached = tokens[field];
    if (cached) return cached;
    const text = field === 'names' ? undefined : field === 'title' ? title : loadText();
    const list = field === 'names' ? names.flatMap(foldedTokens) : text ? foldedTokens(text) : [];
    tokens[field] = list;
    return list;
  };
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const { field, weight } of SEARCH_FIELDS) {
      if (best >= weight * EXACT) break;
      best = Math.max(best, weight * termScore(term, tokensOf(field)));
    }
    if (best === 0) return 0;
    total += best;
  }
  const whole = fold(query);
  if (names.some((n) => fold(n) === whole)) total += WHOLE_NAME_BONUS;
  return total;
}
