import { fold } from './fold.js';
import { type Token, tokenize } from './tokens.js';
import { normalise } from './view.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: T[];
}

/** Token folds of a phrase, tokenised exactly like the text it will be matched against. */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(normalise(phrase))) {
    // A lone elided article ("d'", "l'") is one token in running text.
    if (token.fold === "'" && out.length && /\p{L}$/u.test(out[out.length - 1]!)) out[out.length - 1] += "'";
    else out.push(token.fold);
  }
  return out;
}

/** Longest-match lookup of multiword phrases over folded tokens: linear in the text, whatever the list size. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): this {
    const words = phraseTokens(phrase);
    if (words.length === 0) return this;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.values.push(value);
    return this;
  }

  /** The longest phrase starting at tokens[at] (not crossing `limit`), or null. */
  match(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = at; i < limit; i++) {
      const child = node.next.get(tokens[i]!.fold);
      if (!child) break;
      node = child;
      if (node.values.length) best = { length: i - at + 1, values: node.values };
    }
    return best;
  }
}

export { fold };
