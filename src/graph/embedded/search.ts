import type Database from 'better-sqlite3';
import { BadInputError } from '../../errors.js';
import {
  decodeCursor,
  EXACT,
  encodeCursor,
  fold,
  PREFIX,
  SEARCH_FIELDS,
  searchTerms,
  WHOLE_NAME_BONUS,
} from '../lineage/index.js';
import type { Page, SearchHit, SearchQuery } from '../store.js';
import { NODE_COLUMNS, type NodeRow, nodeFromRow } from './rows.js';

/**
 * Full-text search computing the shared `searchScore` from the FTS5 index alone (unicode61, diacritics
 * removed): for each term and column, one exact and one prefix query give which nodes hold the term as a
 * token (2 × weight) or as a token prefix (1 × weight). No node row is read until the page is known, so a broad
 * prefix over a large corpus stays cheap.
 */
export class Searcher {
  private readonly match;
  private readonly byName;
  private readonly byCode;
  private readonly bucket;

  constructor(db: Database.Database) {
    this.match = db.prepare<[string], number>('SELECT rowid FROM node_fts WHERE node_fts MATCH ?').pluck();
    this.byName = db
      .prepare<[string], number>(
        'SELECT n.rowid FROM names m JOIN nodes n ON n.id = m.node WHERE m.folded = ?',
      )
      .pluck();
    this.byCode = db.prepare<[string], { rowid: number; code: string }>(
      'SELECT rowid, code FROM nodes WHERE code = ? COLLATE NOCASE',
    );
    // One score bucket, in id order, after the cursor's id, optionally of some kinds.
    this.bucket = db.prepare<{ rowids: string; after: string; kinds: string | null; limit: number }, NodeRow>(
      `SELECT ${NODE_COLUMNS} FROM nodes
       WHERE rowid IN (SELECT value FROM json_each(@rowids)) AND id > @after
         AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
       ORDER BY id LIMIT @limit`,
    );
  }

  search(query: SearchQuery, kinds: Set<string> | undefined): Page<SearchHit> {
    const terms = searchTerms(query.text);
    if (terms.length === 0)
      throw new BadInputError('Search text has no letters or digits', { text: query.text });
    const after = query.after === undefined ? undefined : decodeCursor(query.after, ['number', 'string']);
    const scores = this.scores(query.text, terms);

    const buckets = new Map<number, number[]>();
    for (const [rowid, score] of scores) {
      const list = buckets.get(score);
      if (list) list.push(rowid);
      else buckets.set(score, [rowid]);
    }
    const hits: SearchHit[] = [];
    const kindsJson = kinds ? JSON.stringify([...kinds]) : null;
    for (const score of [...buckets.keys()].sort((a, b) => b - a)) {
      if (after && score > after[0]) continue;
      const rows = this.bucket.all({
        rowids: JSON.stringify(buckets.get(score)),
        after: after && score === after[0] ? after[1] : '',
        kinds: kindsJson,
        limit: query.first + 1 - hits.length,
      });
      for (const row of rows)
        hits.push({ node: nodeFromRow(row), score, cursor: encodeCursor([score, row.id]) });
      if (hits.length > query.first) break;
    }
    const items = hits.slice(0, query.first);
    return { items, hasNextPage: hits.length > query.first, endCursor: items.at(-1)?.cursor ?? null };
  }

  /** Score of every matching node (by rowid): per term the best column match, summed; AND over terms. */
  private scores(text: string, terms: readonly string[]): Map<number, number> {
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      // Terms are letters and digits only; quoting keeps them FTS5 strings, never syntax.
      const phrase = `"${term}"`;
      const best = new Map<number, number>();
      const offer = (rowid: number, value: number) => {
        if ((best.get(rowid) ?? 0) < value) best.set(rowid, value);
      };
      // The FTS columns are named after the search fields.
      for (const { field, weight } of SEARCH_FIELDS) {
        for (const rowid of this.match.all(`${field} : ${phrase}*`)) offer(rowid, PREFIX * weight);
        for (const rowid of this.match.all(`${field} : ${phrase}`)) offer(rowid, EXACT * weight);
      }
      if (scores === undefined) {
        scores = best;
      } else {
        const next = new Map<number, number>();
        for (const [rowid, score] of scores) {
          const add = best.get(rowid);
          if (add !== undefined) next.set(rowid, score + add);
        }
        scores = next;
      }
      if (scores.size === 0) return scores;
    }
    const result = scores ?? new Map<number, number>();
    const whole = fold(text);
    const named = new Set(this.byName.all(whole));
    for (const { rowid, code } of this.byCode.all(whole)) if (fold(code) === whole) named.add(rowid);
    for (const rowid of named) {
      const score = result.get(rowid);
      if (score !== undefined) result.set(rowid, score + WHOLE_NAME_BONUS);
    }
    return result;
  }
}
