import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { inflatedSize } from './pdf-inflate.js';
import { layoutDocument, type PlacedText } from './pdf-layout.js';
import { ReadError } from './read-error.js';

/** Bounds on what one PDF may cost (see FileLimits). */
export interface PdfLimits {
  maxPages: number;
  maxInflatedBytes: number;
  /** Reading stops once the text runs hold more characters than this. */
  maxTextChars: number;
}

/**
 * Plain text of a PDF: pages in order, paragraphs rebuilt from the positioned text runs and
 * separated by blank lines. Fonts are not rendered; only the text layer is read.
 */
export async function pdfToText(bytes: Uint8Array, file: string, limits: PdfLimits): Promise<string> {
  // Checked before pdf.js sees the file: it would inflate every stream whatever its size.
  if (inflatedSize(bytes, limits.maxInflatedBytes) > limits.maxInflatedBytes) {
    throw new ReadError(
      file,
      'too-large',
      `the PDF's compressed streams inflate to more than ${megabytes(limits.maxInflatedBytes)} (--max-pdf-inflated)`,
    );
  }
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
    if (pdf.numPages > limits.maxPages) {
      throw new ReadError(
        file,
        'too-many-pages',
        `the PDF has ${pdf.numPages} pages, over the ${limits.maxPages} limit (--max-pdf-pages)`,
      );
    }
    const pages: PlacedText[][] = [];
    let chars = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const placed = content.items.filter(isTextItem).map(toPlacedText);
      page.cleanup();
      for (const run of placed) chars += run.text.length;
      if (chars > limits.maxTextChars) {
        throw new ReadError(
          file,
          'too-large',
          `the PDF's text passes the ${(limits.maxTextChars / (1024 * 1024)).toFixed(1)} M character limit for one document by page ${number}`,
        );
      }
      pages.push(placed);
    }
    return layoutDocument(pages);
  } finally {
    await pdf.destroy();
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

function toPlacedText(item: TextItem): PlacedText {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  const size = Math.hypot(c, d) || item.height;
  return { text: item.str, x, y, width: item.width, size, endOfLine: item.hasEOL };
}
