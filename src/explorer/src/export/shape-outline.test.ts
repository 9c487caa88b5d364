import { describe, expect, it } from 'vitest';
import { shapeOutline } from './shape-outline.ts';

describe('shapeOutline', () => {
  it.each([
    ['ellipse', 'ellipse', 0],
    ['diamond', 'polygon', 4],
    ['round-triangle', 'polygon', 3],
    ['hexagon', 'polygon', 6],
    ['octagon', 'polygon', 8],
    ['round-tag', 'polygon', 5],
    ['star', 'polygon', 10],
    ['round-rectangle', 'rect', 0],
    ['barrel', 'rect', 0],
  ])('%s is drawn as a %s (%i vertices)', (shape, kind, vertices) => {
    const outline = shapeOutline(shape, 0, 0, 20, 20);
    expect(outline.kind).toBe(kind);
    if (outline.kind === 'polygon') {
      expect(outline.points).toHaveLength(vertices);
      // The first vertex is at the top, every vertex inside the box.
      expect(outline.points[0]?.y).toBeCloseTo(-10);
      for (const p of outline.points)
        expect(Math.max(Math.abs(p.x), Math.abs(p.y))).toBeLessThanOrEqual(10.001);
    }
  });

  it('rounds rectangles except the plain one', () => {
    expect(shapeOutline('rectangle', 0, 0, 20, 10)).toMatchObject({ kind: 'rect', radius: 0, x: -10, y: -5 });
    expect(shapeOutline('round-rectangle', 0, 0, 20, 10)).toMatchObject({ radius: 2 });
  });
});
