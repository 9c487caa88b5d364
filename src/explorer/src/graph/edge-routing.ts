/** A node's drawn box (label included), in model coordinates. */
export interface RouteBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface RouteEdge {
  id: string;
  source: { id: string; x: number; y: number };
  target: { id: string; x: number; y: number };
}

type Point = { x: number; y: number };

/** Perpendicular control-point offsets tried, nearest first (the curve's apex is half of it). */
const OFFSETS = [50, -50, 100, -100, 170, -170, 260, -260, 380, -380, 540, -540];
const SAMPLES = 20;
const CELL = 120;
/** Room left between an edge and a box it passes. */
const MARGIN = 4;

/**
 * Where an edge's quadratic curve runs: from `a` to `b` bent by `offset` (its control point sits `offset`
 * from the midpoint along the normal (-dy, dx)/length), as SAMPLES + 1 points.
 */
export function curvePoints(a: Point, b: Point, offset: number): Point[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const c = { x: (a.x + b.x) / 2 + (-dy / length) * offset, y: (a.y + b.y) / 2 + (dx / length) * offset };
  const points: Point[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return points;
}

/** Whether the segment p–q crosses the box (Liang–Barsky clipping). */
function segmentHitsBox(p: Point, q: Point, box: RouteBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const clips: Array<[number, number]> = [
    [-dx, p.x - (box.x1 - MARGIN)],
    [dx, box.x2 + MARGIN - p.x],
    [-dy, p.y - (box.y1 - MARGIN)],
    [dy, box.y2 + MARGIN - p.y],
  ];
  for (const [edge, distance] of clips) {
    if (edge === 0) {
      if (distance < 0) return false;
      continue;
    }
    const t = distance / edge;
    if (edge < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Boxes bucketed on a grid, so a segment is only tested against the boxes near it. */
class BoxGrid {
  private readonly cells = new Map<string, RouteBox[]>();

  constructor(boxes: RouteBox[]) {
    for (const box of boxes) {
      for (const key of this.keys(box.x1 - MARGIN, box.y1 - MARGIN, box.x2 + MARGIN, box.y2 + MARGIN)) {
        const cell = this.cells.get(key);
        if (cell) cell.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }

  private *keys(x1: number, y1: number, x2: number, y2: number): Generator<string> {
    for (let i = Math.floor(x1 / CELL); i <= Math.floor(x2 / CELL); i++) {
      for (let j = Math.floor(y1 / CELL); j <= Math.floor(y2 / CELL); j++) yield `${i},${j}`;
    }
  }

  /** How many boxes other than `skip` the polyline crosses. */
  hits(points: Point[], skip: ReadonlySet<string>): number {
    const hit = new Set<string>();
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1] as Point;
      const q = points[i] as Point;
      const keys = this.keys(Math.min(p.x, q.x), Math.min(p.y, q.y), Math.max(p.x, q.x), Math.max(p.y, q.y));
      for (const key of keys) {
        for (const box of this.cells.get(key) ?? []) {
          if (!skip.has(box.id) && !hit.has(box.id) && segmentHitsBox(p, q, box)) hit.add(box.id);
        }
      }
    }
    return hit.size;
  }
}

/**
 * The edges whose straight line crosses one of `boxes` (not counting the edge's own ends): after new nodes are
 * placed, only these and the new nodes' own edges need routing again.
 */
export function edgesCrossing(boxes: RouteBox[], edges: RouteEdge[]): string[] {
  const grid = new BoxGrid(boxes);
  return edges
    .filter((e) => grid.hits([e.source, e.target], new Set([e.source.id, e.target.id])) > 0)
    .map((e) => e.id);
}

/**
 * Bends for the edges whose straight line would run under another node or its label: for each, the
 * smallest control-point offset whose curve clears every other box (else the one crossing fewest). Edges
 * that are clear straight are absent from the result. Pure, so the same drawing always routes the same.
 */
export function routeEdges(boxes: RouteBox[], edges: RouteEdge[]): Map<string, number> {
  const grid = new BoxGrid(boxes);
  const bends = new Map<string, number>();
  for (const edge of edges) {
    const skip = new Set([edge.source.id, edge.target.id]);
    if (grid.hits([edge.source, edge.target], skip) === 0) continue;
    let best = { offset: 0, hits: Number.POSITIVE_INFINITY };
    for (const offset of OFFSETS) {
      const hits = grid.hits(curvePoints(edge.source, edge.target, offset), skip);
      if (hits < best.hits) best = { offset, hits };
      if (hits === 0) break;
    }
    bends.set(edge.id, best.offset);
  }
  return bends;
}
