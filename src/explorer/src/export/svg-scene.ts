import {
  type FigureFrame,
  FRAME_FONT,
  frameLayout,
  LEGEND_SIZE,
  relationsLine,
  TITLE_SIZE,
} from './figure-frame.ts';
import { escapeXml } from './graphml.ts';
import { shapeOutline } from './shape-outline.ts';

/** A drawing reduced to what SVG needs: positions in model coordinates, colours as CSS strings. */
export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  opacity: number;
  label: string;
  /** Label drawn inside the shape rather than below it. */
  labelInside: boolean;
}

export interface SvgEdge {
  /** Source endpoint, optional bezier control points, target endpoint. */
  points: Array<{ x: number; y: number }>;
  stroke: string;
  width: number;
  dashed: boolean;
  opacity: number;
  label: string;
  arrow: 'source' | 'target' | 'none';
}

export interface SvgScene {
  box: { x1: number; y1: number; x2: number; y2: number };
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const PADDING = 20;
const FONT = FRAME_FONT;
const LINE_CHARS = 24;

const n = (value: number) => String(Math.round(value * 10) / 10);

function shapeOf(node: SvgNode, style: string): string {
  const outline = shapeOutline(node.shape, node.x, node.y, node.width, node.height);
  switch (outline.kind) {
    case 'ellipse':
      return `<ellipse cx="${n(outline.x)}" cy="${n(outline.y)}" rx="${n(outline.rx)}" ry="${n(outline.ry)}"${style}/>`;
    case 'polygon':
      return `<polygon points="${outline.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}"${style}/>`;
    case 'rect':
      return `<rect x="${n(outline.x)}" y="${n(outline.y)}" width="${n(outline.width)}" height="${n(outline.height)}" rx="${n(outline.radius)}"${style}/>`;
  }
}

/** Break a label into lines of about LINE_CHARS characters at spaces, as the canvas wraps it. */
export function wrapLabel(label: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function text(x: number, y: number, lines: string[], size: number, extra = ''): string {
  if (lines.length === 0) return '';
  const spans = lines
    .map((line, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : n(size * 1.2)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" text-anchor="middle"${extra}>${spans}</text>`;
}

function edgeSvg(edge: SvgEdge, markers: Map<string, string>): string {
  const [start, ...rest] = edge.points;
  const end = rest[rest.length - 1];
  if (!start || !end) return '';
  const controls = rest.slice(0, -1);
  const d =
    controls.length === 1 && controls[0]
      ? `M${n(start.x)},${n(start.y)} Q${n(controls[0].x)},${n(controls[0].y)} ${n(end.x)},${n(end.y)}`
      : `M${[start, ...controls, end].map((p) => `${n(p.x)},${n(p.y)}`).join(' L')}`;
  const marker =
    edge.arrow === 'none'
      ? ''
      : ` marker-${edge.arrow === 'target' ? 'end' : 'start'}="url(#${markers.get(edge.stroke)})"`;
  const dash = edge.dashed ? ' stroke-dasharray="5 4"' : '';
  const path = `<path d="${d}" fill="none" stroke="${escapeXml(edge.stroke)}" stroke-width="${n(edge.width)}"${dash}${marker}/>`;
  const mid = controls[0] ?? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const labelAt =
    controls.length === 1
      ? { x: (start.x + 2 * mid.x + end.x) / 4, y: (start.y + 2 * mid.y + end.y) / 4 }
      : mid;
  const label = edge.label
    ? text(
        labelAt.x,
        labelAt.y - 3,
        [edge.label],
        8,
        ' fill="#52606d" paint-order="stroke" stroke="#ffffff" stroke-width="3"',
      )
    : '';
  return `<g opacity="${n(edge.opacity)}">${path}${label}</g>`;
}

function nodeSvg(node: SvgNode): string {
  const dash = node.dashed ? ' stroke-dasharray="4 3"' : '';
  const style = ` fill="${escapeXml(node.fill)}" stroke="${escapeXml(node.stroke)}" stroke-width="${n(node.strokeWidth)}"${dash}`;
  const lines = wrapLabel(node.label);
  const label = node.labelInside
    ? text(node.x, node.y + 4, lines, 10, ' fill="#374151"')
    : text(node.x, node.y + node.height / 2 + 13, lines, 10, ' fill="#1f2933"');
  return `<g opacity="${n(node.opacity)}">${shapeOf(node, style)}${label}</g>`;
}

/** The title above the drawing and the legend, relation types and source line below it. */
function frameSvg(frame: FigureFrame, x: number, top: number, bottom: number, width: number): string[] {
  const layout = frameLayout(width, frame);
  const left = (tx: number, ty: number, value: string, size: number, extra = '') =>
    `<text x="${n(tx)}" y="${n(ty)}" font-size="${size}"${extra}>${escapeXml(value)}</text>`;
  const legend = layout.legend.map((item) => {
    const swatch = shapeOf(
      {
        x: x + item.x,
        y: bottom + item.y,
        width: 12,
        height: 12,
        shape: item.shape,
        fill: item.color,
        stroke: '#ffffff',
        strokeWidth: 0,
        dashed: false,
        opacity: 1,
        label: '',
        labelInside: false,
      },
      ` fill="${escapeXml(item.color)}"`,
    );
    return `<g class="legend-item">${swatch}${left(x + item.x + 10, bottom + item.y + 4, item.label, LEGEND_SIZE, ' fill="#1f2933"')}</g>`;
  });
  return [
    left(
      x + 12,
      top + layout.titleY,
      frame.title,
      TITLE_SIZE,
      ' font-weight="600" fill="#1f2933" class="figure-title"',
    ),
    `<g class="legend">${legend.join('')}</g>`,
    relationsLine(frame)
      ? left(
          x + 12,
          bottom + layout.relationsY,
          relationsLine(frame),
          LEGEND_SIZE,
          ' fill="#52606d" class="figure-relations"',
        )
      : '',
    left(
      x + 12,
      bottom + layout.sourceY,
      frame.source,
      LEGEND_SIZE - 1,
      ' fill="#52606d" class="figure-source"',
    ),
  ];
}

/**
 * A standalone SVG of the drawing: edges under nodes, every label escaped, framed (when given) by a title,
 * a legend and a source line. Written by hand rather than with a canvas-to-SVG shim so the output is small,
 * readable and licensed like the rest of the project.
 */
export function sceneToSvg(scene: SvgScene, frame?: FigureFrame): string {
  const x = scene.box.x1 - PADDING;
  const drawingTop = scene.box.y1 - PADDING;
  const drawingWidth = Math.max(1, scene.box.x2 - scene.box.x1 + 2 * PADDING);
  const drawingHeight = Math.max(1, scene.box.y2 - scene.box.y1 + 2 * PADDING);
  const layout = frame ? frameLayout(drawingWidth, frame) : null;
  const width = layout ? layout.width : drawingWidth;
  const y = drawingTop - (layout?.header ?? 0);
  const height = drawingHeight + (layout ? layout.header + layout.footer : 0);
  // One arrowhead per edge colour: marker colours cannot follow the stroke in SVG 1.1 viewers.
  const markers = new Map(
    [...new Set(scene.edges.map((e) => e.stroke))].map((stroke, i) => [stroke, `arrow-${i}`]),
  );
  const defs = [...markers]
    .map(
      ([stroke, id]) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(stroke)}"/></marker>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(x)} ${n(y)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family='${FONT}'>`,
    `<defs>${defs}</defs>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    ...scene.edges.map((edge) => edgeSvg(edge, markers)),
    ...scene.nodes.map(nodeSvg),
    ...(frame ? frameSvg(frame, x, y, drawingTop + drawingHeight, drawingWidth) : []),
    '</svg>',
    '',
  ].join('\n');
}
