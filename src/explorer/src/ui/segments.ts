export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export type Segment<T> = { text: string; span: Span<T> | null };

/**
 * Cut `text` (which starts at offset `base` of its document) into plain and highlighted pieces.
 * Spans use document offsets; spans outside the text are clipped, and a span overlapping an earlier
 * one is dropped rather than nested, so every character appears exactly once.
 */
export function segments<T>(text: string, base: number, spans: Array<Span<T>>): Array<Segment<T>> {
  const out: Array<Segment<T>> = [];
  let cursor = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const start = Math.max(span.start - base, cursor);
    const end = Math.min(span.end - base, text.length);
    if (start >= end || span.start - base < cursor) continue;
    if (start > cursor) out.push({ text: text.slice(cursor, start), span: null });
    out.push({ text: text.slice(start, end), span });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), span: null });
  return out;
}
