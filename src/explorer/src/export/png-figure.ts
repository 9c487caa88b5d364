import * as figure from './figure-frame.ts';
import { shapeOutline } from './shape-outline.ts';

/**
 * The largest side, in pixels, of an exported PNG's drawing. Cytoscape scales the drawing down to fit, so a
 * 500-node view gives a file of a few megabytes instead of tens (a 529-node view at 2× was 47 MB).
 */
export const PNG_MAX_SIDE = 4096;

/**
 * The drawing framed as the SVG export is: title above, legend, relation types and source line below. The
 * frame's text is scaled with the drawing so it stays legible at any export size.
 */
export async function framePng(drawing: Blob, frame: figure.FigureFrame): Promise<Blob> {
  const image = await createImageBitmap(drawing);
  // Frame text is laid out in CSS pixels, then scaled to the drawing's resolution.
  const k = Math.min(4, Math.max(1, image.width / 1200));
  const layout = figure.frameLayout(image.width / k, frame);
  const width = Math.round(layout.width * k);
  const height = Math.round(image.height + (layout.header + layout.footer) * k);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the PNG export (no 2D canvas).');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, Math.round(layout.header * k));
  ctx.save();
  ctx.scale(k, k);
  ctx.fillStyle = '#1f2933';
  ctx.font = `600 ${figure.TITLE_SIZE}px ${figure.FRAME_FONT}`;
  ctx.fillText(frame.title, 12, layout.titleY);
  const bottom = layout.header + image.height / k;
  ctx.font = `${figure.LEGEND_SIZE}px ${figure.FRAME_FONT}`;
  for (const item of layout.legend) {
    ctx.fillStyle = item.color;
    ctx.beginPath();
    const outline = shapeOutline(item.shape, item.x, bottom + item.y, 12, 12);
    if (outline.kind === 'ellipse')
      ctx.ellipse(outline.x, outline.y, outline.rx, outline.ry, 0, 0, 2 * Math.PI);
    else if (outline.kind === 'rect')
      ctx.roundRect(outline.x, outline.y, outline.width, outline.height, outline.radius);
    else for (const p of outline.points) ctx.lineTo(p.x, p.y);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#1f2933';
    ctx.fillText(item.label, item.x + 10, bottom + item.y + 4);
  }
  ctx.fillStyle = '#52606d';
  if (figure.relationsLine(frame)) ctx.fillText(figure.relationsLine(frame), 12, bottom + layout.relationsY);
  ctx.font = `${figure.LEGEND_SIZE - 1}px ${figure.FRAME_FONT}`;
  ctx.fillText(frame.source, 12, bottom + layout.sourceY);
  ctx.restore();
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG export failed.'))),
      'image/png',
    ),
  );
}
