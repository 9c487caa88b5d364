export { type DecodedText, decodeText, type TextEncoding } from './decode-text.js';
export { formatOf, type SourceFormat, SUPPORTED_EXTENSIONS } from './format.js';
export { htmlToText } from './html-to-text.js';
export { layoutDocument, layoutPage, type PlacedText } from './pdf-layout.js';
export { type PdfLimits, pdfToText } from './pdf-to-text.js';
export { ReadError, type ReadFailure } from './read-error.js';
export { DEFAULT_MAX_FILE_BYTES, type ReadOptions, readSource, type SourceText } from './read-source.js';
