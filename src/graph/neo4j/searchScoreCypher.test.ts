import { describe, expect, it } from 'vitest';
import { reads } from './builders/index.js';
import { searchTermScoreCase, wholeNameBonus } from './searchScoreCypher.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the Cypher search score comes from the shared weights table', () => {
  it('generates the per-term CASE in score order, equal scores joined', () => {
    expect(squash(searchTermScoreCase())).toBe(
      squash(`CASE
        WHEN t IN n.nameTokens THEN 6
        WHEN t IN n.titleTokens THEN 4
        WHEN any(x IN n.nameTokens WHERE x STARTS WITH t) THEN 3
        WHEN t IN n.textTokens OR any(x IN n.titleTokens WHERE x STARTS WITH t) THEN 2
        WHEN any(x IN n.textTokens WHERE x STARTS WITH t) THEN 1
        ELSE 0
      END`),
    );
  });

  it('is the CASE and bonus the search statement runs', () => {
    const { cypher } = reads.searchPage(['cyber'], 'cyber', null, null, 20);
    expect(squash(cypher)).toContain(squash(searchTermScoreCase()));
    expect(squash(cypher)).toContain(squash(wholeNameBonus()));
  });
});
