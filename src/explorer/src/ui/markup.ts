import { h } from './dom.ts';

/**
 * Markdown and inline-HTML markup as it appears in source texts (`**Objet** :`, `83<sup>ème</sup>`, `# `).
 * The reader keeps every character (offsets of mentions and quotes index the source) but hides the markup,
 * so the text reads clean. Nothing is ever parsed as HTML: the result is text nodes only.
 */
const MARKUP =
  /\*\*|__|(?:^|(?<=\n))#{1,6}[ \t]|<\/?(?:sup|sub|b|i|em|strong|u|br|p|span|div|small)\b[^<>]{0,80}>|&nbsp;/gi;

export interface MarkupPiece {
  text: string;
  markup: boolean;
}

/** Cut text into plain pieces and markup pieces; concatenated, they give the text back unchanged. */
export function markupPieces(text: string): MarkupPiece[] {
  const out: MarkupPiece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(MARKUP)) {
    const at = match.index ?? 0;
    if (at > cursor) out.push({ text: text.slice(cursor, at), markup: false });
    out.push({ text: match[0], markup: true });
    cursor = at + match[0].length;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), markup: false });
  return out;
}

export function withoutMarkup(text: string): Array<Node | string> {
  return markupPieces(text).map((p) =>
    p.markup ? h('span', { className: 'markup', attrs: { hidden: true } }, p.text) : p.text,
  );
}
