import type { Token } from '../text/tokens.js';

/** How a paragraph is numbered: "•", "(a)", "(iv)", "1." — or not at all. */
export type ItemMark = 'bullet' | 'letter' | 'roman' | 'digit' | null;

const MARK = /^\s*(?:([•*-])|\(?([ivx]{2,4})[.)]|\(?([a-z])[.)]|\(?(\d{1,2})[.)])\s/;

/** The numbering style of a paragraph's first characters. */
export function itemMark(start: string): ItemMark {
  const m = MARK.exec(`${start} `);
  if (!m) return null;
  if (m[1]) return 'bullet';
  if (m[2]) return 'roman';
  if (m[3]) return 'letter';
  return 'digit';
}

/**
 * A clause that introduces items: its lead verb is followed by nothing but punctuation ("13. Decides:",
 * "14. Requests", « *décide* : »), so its object is in the next paragraph(s) or in a list.
 */
export function verbOnly(tokens: readonly Token[], verbEnd: number, t1: number): boolean {
  for (let i = verbEnd; i < t1; i++) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** A list head: the clause its items belong to, and its own numbering (items use another one). */
export interface ListHead {
  index: number;
  mark: ItemMark;
}

/**
 * Whether a paragraph numbered `mark` is an item of `head` ("(b) To review …" under "13. Decides:"): it is
 * numbered, and not in the head's own style (the next "14. Requests …" is the head's sibling).
 */
export function isItemOf(head: ListHead | undefined, mark: ItemMark): boolean {
  return head !== undefined && mark !== null && mark !== head.mark;
}
