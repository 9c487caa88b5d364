import type Database from 'better-sqlite3';
import { BadInputError } from '../../errors.js';
import {
  compareStrings,
  decodeCursor,
  encodeCursor,
  searchFieldsOf,
  searchScoreLazily,
  searchTerms,
} from '../lineage/index.js';
import type { Clause } from '../model.js';
import type { Page, SearchHit, SearchQuery } from '../store.js';
import { NODE_COLUMNS, type NodeRow, nodeFromRow } from './rows.js';

/**
 * Full-text search: FTS5 (unicode61, diacritics removed, prefix terms) finds candidates; the shared
 * `searchScore` ranks them so both stores agree (docs/store-semantics.md §3).
 */
export class Searcher {
  private readonly candidates;
  private readonly clauses;

  constructor(db: Database.Database) {
    this.candidates = db.prepare<[string], NodeRow>(
      `SELECT ${NODE_COLUMNS} FROM nodes WHERE rowid IN (SELECT rowid FROM node_fts WHERE node_fts MATCH ?)`,
    );
    this.clauses = db
      .prepare<[string], string>('SELECT clauses FROM documents WHERE node = ? ORDER BY id')
      .pluck();
  }

  search(query: SearchQuery, kinds: Set<string> | undefined): Page<SearchHit> {
    const terms = searchTerms(query.text);
    if (terms.length === 0)
      throw new BadInputError('Search text has no letters or digits', { text: query.text });
    const after = query.after === undefined ? undefined : decodeCursor(query.after, ['number', 'string']);
    // Each term is a quoted FTS5 string (quotes doubled) with a prefix star: user text never becomes syntax.
    const match = terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' AND ');
    const hits: Array<{ row: NodeRow; score: number }> = [];
    for (const row of this.candidates.iterate(match)) {
      if (kinds && !kinds.has(row.kind)) continue;
      const node = nodeFromRow(row);
      const { names, title } = searchFieldsOf(node);
      const score = searchScoreLazily(query.text, terms, names, title, () => {
        const texts = this.clauses.all(row.id).flatMap((c) => (JSON.parse(c) as Clause[]).map((x) => x.text));
        return texts.length ? texts.join('\n') : undefined;
      });
      if (score > 0) hits.push({ row, score });
    }
    hits.sort((a, b) => b.score - a.score || compareStrings(a.row.id, b.row.id));
    const rest = after
      ? hits.filter((h) => h.score < after[0] || (h.score === after[0] && h.row.id > after[1]))
      : hits;
    const page = rest.slice(0, query.first);
    const items = page.map((h) => ({
      node: nodeFromRow(h.row),
      score: h.score,
      cursor: encodeCursor([h.score, h.row.id]),
    }));
    return { items, hasNextPage: rest.length > query.first, endCursor: items.at(-1)?.cursor ?? null };
  }
}
