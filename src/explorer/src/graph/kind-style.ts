/** Colour and shape per node kind, assigned by the kind's position in the ontology (no kind is named here). */
export interface KindStyle {
  color: string;
  shape: string;
}

// Colour-blind-friendly hues (Okabe–Ito plus two), and shapes that stay distinct in greyscale prints.
const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7A5195',
  '#8C6D31',
  '#555555',
];
const SHAPES = [
  'round-rectangle',
  'ellipse',
  'diamond',
  'hexagon',
  'barrel',
  'round-triangle',
  'octagon',
  'round-tag',
  'star',
];

export const UNKNOWN_KIND_STYLE: KindStyle = { color: '#777777', shape: 'ellipse' };

export function kindStyles(kinds: readonly string[]): Map<string, KindStyle> {
  return new Map(
    kinds.map((kind, i) => [
      kind,
      { color: PALETTE[i % PALETTE.length] ?? '#777777', shape: SHAPES[i % SHAPES.length] ?? 'ellipse' },
    ]),
  );
}
