/** What frames an exported figure: a title above, a legend and a source line below. */
export interface FigureFrame {
  title: string;
  /** Where the figure comes from: the view's address and the export date. */
  source: string;
  /** Node kinds drawn, with their colour and shape. */
  legend: Array<{ label: string; color: string; shape: string }>;
  /** Relation types drawn. */
  relations: string[];
}

export interface PlacedLegendItem {
  label: string;
  color: string;
  shape: string;
  /** Swatch centre, relative to the footer's top left. */
  x: number;
  y: number;
}

export interface FrameLayout {
  width: number;
  header: number;
  footer: number;
  titleY: number;
  legend: PlacedLegendItem[];
  relationsY: number;
  sourceY: number;
}

/**
 * The largest side, in pixels, of an exported PNG's drawing: the drawing is scaled down to fit, so a 500-node
 * view gives a file of about a megabyte instead of tens (a 529-node view at 2× was 47 MB).
 */
export const PNG_MAX_SIDE = 4096;

export const FRAME_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TITLE_SIZE = 16;
export const LEGEND_SIZE = 11;
const ROW = 20;
const SWATCH = 12;
/** A rough character width at LEGEND_SIZE, enough to lay legend items out without measuring text. */
const CHAR = 6.4;
const PAD = 12;

/**
 * Where the frame's parts go around a drawing `width` wide (at least 480): legend items left to right in
 * rows that wrap at the width, then the relation types, then the source line. Shared by the SVG and PNG
 * exports so both read the same.
 */
export function frameLayout(drawingWidth: number, frame: FigureFrame): FrameLayout {
  const width = Math.max(480, drawingWidth);
  const legend: PlacedLegendItem[] = [];
  let x = PAD;
  let row = 0;
  for (const item of frame.legend) {
    const itemWidth = SWATCH + 6 + item.label.length * CHAR + 16;
    if (x + itemWidth > width - PAD && x > PAD) {
      row++;
      x = PAD;
    }
    legend.push({ ...item, x: x + SWATCH / 2, y: PAD + row * ROW + SWATCH / 2 });
    x += itemWidth;
  }
  const rows = frame.legend.length === 0 ? 0 : row + 1;
  const relationsY = PAD + rows * ROW + LEGEND_SIZE;
  const sourceY = relationsY + (frame.relations.length > 0 ? ROW : 0);
  return {
    width,
    header: TITLE_SIZE + 2 * PAD,
    footer: sourceY + PAD,
    titleY: PAD + TITLE_SIZE - 2,
    legend,
    relationsY,
    sourceY,
  };
}

/** The relation line under the legend ("Relations: RECALLS, ESTABLISHES"). */
export function relationsLine(frame: FigureFrame): string {
  return frame.relations.length > 0 ? `Relations: ${frame.relations.join(', ')}` : '';
}
