import { type SearchField, termScores, WHOLE_NAME_BONUS } from '../lineage/index.js';

/** The node property holding each search field's folded tokens (encodeNode). */
const TOKEN_PROPERTY: Record<SearchField, string> = {
  names: 'nameTokens',
  title: 'titleTokens',
  text: 'textTokens',
};

/**
 * The Cypher CASE scoring one folded term `term` on node `n`, generated from the shared weights table
 * (SEARCH_FIELDS): the first matching (field, exact|prefix) in score order wins, equal scores joined by OR;
 * ELSE 0. The same numbers searchScore computes in TypeScript.
 */
export function searchTermScoreCase(term = 't', n = 'n'): string {
  const test = ({ field, match }: { field: SearchField; match: 'exact' | 'prefix' }) => {
    const tokens = `${n}.${TOKEN_PROPERTY[field]}`;
    return match === 'exact' ? `${term} IN ${tokens}` : `any(x IN ${tokens} WHERE x STARTS WITH ${term})`;
  };
  const byScore = new Map<number, string[]>();
  for (const option of termScores())
    byScore.set(option.score, [...(byScore.get(option.score) ?? []), test(option)]);
  const whens = [...byScore].map(([score, tests]) => `    WHEN ${tests.join(' OR ')} THEN ${score}`);
  return `CASE\n${whens.join('\n')}\n    ELSE 0\n  END`;
}

/** The whole-name bonus term, added to the sum of the per-term scores; `$whole` is the folded query. */
export function wholeNameBonus(n = 'n', whole = '$whole'): string {
  return `CASE WHEN ${whole} IN ${n}.nameFolds THEN ${WHOLE_NAME_BONUS} ELSE 0 END`;
}
