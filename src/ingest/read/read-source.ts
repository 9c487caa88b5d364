import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { assertNever } from '../../errors.js';
import type { ExtractionWarning } from '../../model/index.js';
import { DEFAULT_FILE_LIMITS } from '../limits.js';
import { type DecodedText, decodeText } from './decode-text.js';
import { formatOf, type SourceFormat } from './format.js';
import { htmlToText } from './html-to-text.js';
import { type PdfLimits, pdfToText } from './pdf-to-text.js';
import { ReadError } from './read-error.js';

/** Default largest source file accepted (bytes). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused before being read. */
  maxBytes?: number;
  maxPdfPages?: number;
  maxPdfInflatedBytes?: number;
  /** A PDF is read no further once its text passes this many characters (default: no limit here). */
  maxTextChars?: number;
}

/** A source file turned into the plain text that a document's offsets index. */
export interface SourceText {
  file: string;
  format: SourceFormat;
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
  bytes: number;
  text: string;
  /** What reading noticed (a text converted from another encoding than UTF-8), added to the document's warnings. */
  warnings: ExtractionWarning[];
}

/** Read one source file into plain text; throws a ReadError naming the file and the reason. */
export async function readSource(file: string, options: ReadOptions = {}): Promise<SourceText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const format = formatOf(file);
  if (format === null) throw new ReadError(file, 'unsupported-format', 'unsupported file type');
  const size = await sizeOf(file);
  if (size > maxBytes) {
    throw new ReadError(
      file,
      'too-large',
      `the file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ReadError(file, 'unreadable', `cannot be read (${describe(error)})`);
  }
  const { text, warnings } = await toText(bytes, format, file, {
    maxPages: options.maxPdfPages ?? DEFAULT_FILE_LIMITS.maxPdfPages,
    maxInflatedBytes: options.maxPdfInflatedBytes ?? DEFAULT_FILE_LIMITS.maxPdfInflatedBytes,
    maxTextChars: options.maxTextChars ?? Number.POSITIVE_INFINITY,
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, format, sha256, bytes: bytes.length, text, warnings };
}

async function toText(
  bytes: Uint8Array,
  format: SourceFormat,
  file: string,
  pdfLimits: PdfLimits,
): Promise<{ text: string; warnings: ExtractionWarning[] }> {
  switch (format) {
    case 'text':
    case 'markdown': {
      const decoded = decodeText(bytes, file);
      return { text: decoded.text, warnings: encodingWarnings(decoded) };
    }
    case 'html': {
      const decoded = decodeText(bytes, file);
      const text = nonEmpty(htmlToText(decoded.text), file, 'the HTML has no text content');
      return { text, warnings: encodingWarnings(decoded) };
    }
    case 'pdf': {
      if (bytes.length === 0) throw new ReadError(file, 'empty', 'the file is empty');
      if (!startsWithPdfHeader(bytes))
        throw new ReadError(file, 'invalid-pdf', 'not a PDF (no %PDF- header)');
      const text = await pdfToText(bytes, file, pdfLimits);
      return { text: nonEmpty(text, file, 'the PDF has no text layer (scanned image?)'), warnings: [] };
    }
    default:
      return assertNever(format);
  }
}

/** A text that was not UTF-8 is converted, and says so: its offsets index the converted text. */
function encodingWarnings(decoded: DecodedText): ExtractionWarning[] {
  if (decoded.encoding === 'utf-8') return [];
  const name =
    decoded.encoding === 'windows-1252' ? 'Windows-1252 (Latin-1)' : decoded.encoding.toUpperCase();
  return [
    {
      code: 'TEXT_ENCODING',
      message: `decoded as ${name} (${decoded.detectedBy}); stored as UTF-8, offsets index the decoded text`,
    },
  ];
}

async function sizeOf(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ReadError(file, 'unreadable', 'not a regular file');
    return info.size;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ReadError(file, 'not-found', 'no such file or directory');
    }
    throw new ReadError(file, 'unreadable', `cannot be read (${describe(error)})`);
  }
}

/** A PDF header may be preceded by up to 1 KB of junk, which readers tolerate. */
function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function nonEmpty(text: string, file: string, detail: string): string {
  if (text.trim() === '') throw new ReadError(file, 'no-text', detail);
  return text;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}
