import { describe, expect, it } from 'vitest';
import { curvePoints, edgesCrossing, type RouteBox, routeEdges } from './edge-routing.ts';

const box = (id: string, x: number, y: number, half = 15): RouteBox => ({
  id,
  x1: x - half,
  y1: y - half,
  x2: x + half,
  y2: y + half,
});
const end = (id: string, x: number, y: number) => ({ id, x, y });

describe('routeEdges', () => {
  it('leaves an edge straight when nothing lies between its ends', () => {
    const boxes = [box('a', 0, 0), box('b', 300, 0), box('c', 150, 200)];
    expect(routeEdges(boxes, [{ id: 'e', source: end('a', 0, 0), target: end('b', 300, 0) }]).size).toBe(0);
  });

  it('bends an edge round a node lying on its straight line, and the curve clears it', () => {
    const boxes = [box('a', 0, 0), box('b', 300, 0), box('mid', 150, 0)];
    const bends = routeEdges(boxes, [{ id: 'e', source: end('a', 0, 0), target: end('b', 300, 0) }]);
    const offset = bends.get('e');
    expect(offset).toBeDefined();
    const points = curvePoints({ x: 0, y: 0 }, { x: 300, y: 0 }, offset ?? 0);
    const middle = points[points.length / 2 - 0.5] ?? points[10];
    // The apex is half the offset away from the line: past the obstacle's half height and the margin.
    expect(Math.abs(middle?.y ?? 0)).toBeGreaterThan(15);
  });

  it('never counts the edge’s own ends as obstacles', () => {
    const boxes = [box('a', 0, 0, 40), box('b', 100, 0, 40)];
    expect(routeEdges(boxes, [{ id: 'e', source: end('a', 0, 0), target: end('b', 100, 0) }]).size).toBe(0);
  });

  it('goes further out when a near bend would cross another node', () => {
    // Obstacles on the line and just above and below it: the first offsets (apex 25 px) hit them.
    const boxes = [
      box('a', 0, 0),
      box('b', 400, 0),
      box('m', 200, 0),
      box('up', 200, -30),
      box('down', 200, 30),
    ];
    const offset = routeEdges(boxes, [{ id: 'e', source: end('a', 0, 0), target: end('b', 400, 0) }]).get(
      'e',
    );
    expect(Math.abs(offset ?? 0), 'the nearest bends (±50) cross the nodes beside the line').toBeGreaterThan(
      50,
    );
    const points = curvePoints({ x: 0, y: 0 }, { x: 400, y: 0 }, offset ?? 0);
    const inside = (p: { x: number; y: number }, b: RouteBox) =>
      p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;
    for (const obstacle of boxes.slice(2)) expect(points.some((p) => inside(p, obstacle))).toBe(false);
  });
});

describe('edgesCrossing', () => {
  it('names the edges whose straight line crosses the given boxes, never counting their own ends', () => {
    const edges = [
      { id: 'under', source: end('a', 0, 0), target: end('b', 300, 0) },
      { id: 'clear', source: end('a', 0, 0), target: end('c', 0, 300) },
      { id: 'own', source: end('n', 150, 0), target: end('c', 0, 300) },
    ];
    expect(edgesCrossing([box('n', 150, 0)], edges)).toEqual(['under']);
  });
});
