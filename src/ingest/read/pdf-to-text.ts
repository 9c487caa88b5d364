import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { layoutDocument, type PlacedText } from './pdf-layout.js';
import { ReadError } from './read-error.js';

/**
 * Plain text of a PDF: pages in order, paragraphs rebuilt from the positioned text runs and
 * separated by blank lines. Fonts are not rendered; only the text layer is read.
 */
export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  // pdf.js is large: load it only when a PDF is actually read.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) throw new ReadError(file, 'invalid-pdf', 'the PDF is password-protected');
    throw new ReadError(file, 'invalid-pdf', `not a readable PDF (${reason})`);
  }
  try {
    const pages: PlacedText[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isTextItem).map(toPlacedText));
      page.cleanup();
    }
    return layoutDocument(pages);
  } finally {
    await pdf.destroy();
  }
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

function toPlacedText(item: TextItem): PlacedText {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  const size = Math.hypot(c, d) || item.height;
  return { text: item.str, x, y, width: item.width, size, endOfLine: item.hasEOL };
}
