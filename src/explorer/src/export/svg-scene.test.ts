import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type SvgEdge, type SvgNode, sceneToSvg, wrapLabel } from './svg-scene.ts';

const node = (extra: Partial<SvgNode>): SvgNode => ({
  x: 0,
  y: 0,
  width: 30,
  height: 30,
  shape: 'ellipse',
  fill: 'rgb(0,114,178)',
  stroke: '#ffffff',
  strokeWidth: 1,
  dashed: false,
  opacity: 1,
  label: 'N',
  labelInside: false,
  ...extra,
});
const edge = (extra: Partial<SvgEdge>): SvgEdge => ({
  points: [
    { x: 15, y: 0 },
    { x: 85, y: 0 },
  ],
  stroke: 'rgb(154,165,177)',
  width: 1.5,
  dashed: false,
  opacity: 1,
  label: 'RECALLS',
  arrow: 'target',
  ...extra,
});

type El = { name?: string; attribs?: Record<string, string>; children?: El[]; data?: string };
const elements = (xml: string, name: string): El[] => {
  const found: El[] = [];
  const walk = (el: El) => {
    if (el.name === name) found.push(el);
    for (const child of el.children ?? []) walk(child);
  };
  walk(parseDocument(xml, { xmlMode: true }) as unknown as El);
  return found;
};
const textOf = (el: El): string => (el.children ?? []).map((c) => c.data ?? textOf(c)).join('');

describe('sceneToSvg', () => {
  const hostile = '<script>alert(1)</script> & "Groupe"';
  const svg = sceneToSvg({
    box: { x1: -15, y1: -15, x2: 115, y2: 40 },
    nodes: [
      node({ label: hostile }),
      node({ x: 100, shape: 'diamond', label: 'AG-2014-RES-04' }),
      node({ x: 50, y: 40, shape: 'round-rectangle', dashed: true, labelInside: true, label: '3 more' }),
    ],
    edges: [
      edge({}),
      edge({
        stroke: 'rgb(230,159,0)',
        arrow: 'source',
        points: [
          { x: 15, y: 0 },
          { x: 50, y: 20 },
          { x: 85, y: 0 },
        ],
      }),
      edge({ label: '', arrow: 'none', dashed: true }),
    ],
  });

  it('is well-formed XML with the padded bounding box as its view box', () => {
    const [root] = elements(svg, 'svg');
    expect(root?.attribs?.viewBox).toBe('-35 -35 170 95');
  });

  it('keeps every label as escaped text', () => {
    const labels = elements(svg, 'text').map(textOf);
    expect(labels).toContain('AG-2014-RES-04');
    expect(labels.join(' ')).toContain('<script>alert(1)</script>');
    expect(elements(svg, 'script')).toHaveLength(0);
    expect(labels).toEqual(expect.arrayContaining(['RECALLS', '3 more']));
  });

  it('draws each shape and one arrowhead marker per edge colour, at the stated end', () => {
    expect(elements(svg, 'ellipse')).toHaveLength(1);
    expect(elements(svg, 'polygon')).toHaveLength(1);
    expect(elements(svg, 'rect').some((r) => r.attribs?.['stroke-dasharray'])).toBe(true);
    expect(elements(svg, 'marker').map((m) => m.attribs?.id)).toEqual(['arrow-0', 'arrow-1']);
    const paths = elements(svg, 'path').filter((p) => p.attribs?.stroke);
    expect(paths.map((p) => [p.attribs?.['marker-end'], p.attribs?.['marker-start']])).toEqual([
      ['url(#arrow-0)', undefined],
      [undefined, 'url(#arrow-1)'],
      [undefined, undefined],
    ]);
    expect(paths[1]?.attribs?.d).toBe('M15,0 Q50,20 85,0');
  });
});

describe('sceneToSvg with a frame', () => {
  const frame = {
    title: 'Lineage of <AG-2014-RES-04>',
    source: 'Decision Lineage explorer · http://x/?focus=a&b · exported 2026-12-04',
    legend: [
      { label: 'Resolution', color: '#0072B2', shape: 'ellipse' },
      { label: 'Body', color: '#009E73', shape: 'round-rectangle' },
    ],
    relations: ['RECALLS', 'ESTABLISHES'],
  };
  const scene = { box: { x1: 0, y1: 0, x2: 100, y2: 50 }, nodes: [node({})], edges: [] };
  const framed = sceneToSvg(scene, frame);

  it('adds the title, one legend item per kind, the relation types and the source line, escaped', () => {
    const texts = elements(framed, 'text').map(textOf);
    expect(texts).toEqual(
      expect.arrayContaining([
        frame.title,
        'Resolution',
        'Body',
        'Relations: RECALLS, ESTABLISHES',
        frame.source,
      ]),
    );
    expect(elements(framed, 'g').filter((g) => g.attribs?.class === 'legend-item')).toHaveLength(2);
  });

  it('grows the picture to hold the frame, leaving the drawing where it was', () => {
    const [plain] = elements(sceneToSvg(scene), 'svg');
    const [root] = elements(framed, 'svg');
    const [, py, , ph] = (plain?.attribs?.viewBox ?? '').split(' ').map(Number);
    const [, fy, fw, fh] = (root?.attribs?.viewBox ?? '').split(' ').map(Number);
    expect(fy).toBeLessThan(py ?? 0);
    expect(fh).toBeGreaterThan((ph ?? 0) + 40);
    expect(fw, 'at least 480 wide, so the legend has room').toBeGreaterThanOrEqual(480);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces near the width and never loses a word', () => {
    const label = "Groupe d'experts mondial d'INTERPOL sur la cybercriminalité";
    const lines = wrapLabel(label, 24);
    expect(lines.join(' ')).toBe(label);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(wrapLabel('')).toEqual([]);
  });
});
