import type { CypherQuery } from './cypher.js';

/** The list parameters write builders UNWIND over. */
const ROW_PARAMS = ['rows', 'ids'] as const;

/**
 * One statement per row: the same statement with its row list cut to a single element. The naive writer
 * (benchmark baseline, issue 6) runs each of these in its own transaction.
 */
export function splitPerRow(query: CypherQuery): CypherQuery[] {
  for (const name of ROW_PARAMS) {
    const rows = query.params[name];
    if (Array.isArray(rows))
      return rows.map((row) => ({ cypher: query.cypher, params: { ...query.params, [name]: [row] } }));
  }
  return [query];
}
