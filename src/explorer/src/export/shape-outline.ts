export type Point = { x: number; y: number };

/** A node shape reduced to what both the SVG writer and a 2D canvas can draw. */
export type Outline =
  | { kind: 'ellipse'; x: number; y: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  | { kind: 'polygon'; points: Point[] };

/** Vertices of a regular polygon (or a star) in the box centred on (x, y), first vertex at the top. */
function polygon(x: number, y: number, w: number, h: number, sides: number, star = false): Point[] {
  const points: Point[] = [];
  const count = star ? sides * 2 : sides;
  for (let i = 0; i < count; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    const scale = star && i % 2 === 1 ? 0.45 : 1;
    points.push({ x: x + (Math.cos(angle) * w * scale) / 2, y: y + (Math.sin(angle) * h * scale) / 2 });
  }
  return points;
}

const SIDES: Record<string, number> = {
  diamond: 4,
  triangle: 3,
  'round-triangle': 3,
  hexagon: 6,
  octagon: 8,
  tag: 5,
  'round-tag': 5,
};

/** The outline of a Cytoscape node shape of size w × h centred on (x, y). */
export function shapeOutline(shape: string, x: number, y: number, w: number, h: number): Outline {
  if (shape === 'ellipse') return { kind: 'ellipse', x, y, rx: w / 2, ry: h / 2 };
  if (shape === 'star') return { kind: 'polygon', points: polygon(x, y, w, h, 5, true) };
  const sides = SIDES[shape];
  if (sides) return { kind: 'polygon', points: polygon(x, y, w, h, sides) };
  // Rectangles of every flavour (round-rectangle, barrel, ...): a rounded rect reads the same.
  const radius = shape === 'rectangle' ? 0 : Math.min(w, h) / 5;
  return { kind: 'rect', x: x - w / 2, y: y - h / 2, width: w, height: h, radius };
}
