/**
 * Control characters (C0, DEL, C1), Unicode format characters (bidi embeddings, overrides and isolates,
 * zero-width marks, BOM) and line/paragraph separators: a file name or message holding them could move the
 * cursor, recolour or rewrite the terminal, or make one name read as another.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Text for one line of terminal output: every unprintable character shown as a visible `\uXXXX` escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** The same for a message of several lines: its line breaks are kept, every other unprintable is escaped. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
