import { type Span, segments } from './segments.ts';

export interface OverlayPiece<T> {
  text: string;
  /** The mention this piece belongs to, if any. */
  mention: T | null;
  /** True when the piece lies inside one of the quoted ranges (the evidence being checked). */
  quoted: boolean;
}

/**
 * Cut a clause into pieces carrying both layers: entity mentions (non-overlapping, see `segments`)
 * and quoted evidence ranges, which may cross mention boundaries. Offsets are document offsets;
 * `base` is the clause's start.
 */
export function overlay<T>(
  text: string,
  base: number,
  mentions: Array<Span<T>>,
  quotes: Array<{ start: number; end: number }>,
): Array<OverlayPiece<T>> {
  const pieces: Array<OverlayPiece<T>> = [];
  let offset = base;
  for (const segment of segments(text, base, mentions)) {
    const end = offset + segment.text.length;
    const cuts = new Set<number>([offset, end]);
    for (const q of quotes) {
      if (q.start > offset && q.start < end) cuts.add(q.start);
      if (q.end > offset && q.end < end) cuts.add(q.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] ?? offset;
      const to = points[i + 1] ?? end;
      pieces.push({
        text: segment.text.slice(from - offset, to - offset),
        mention: segment.span?.value ?? null,
        quoted: quotes.some((q) => q.start <= from && to <= q.end),
      });
    }
    offset = end;
  }
  return pieces;
}
