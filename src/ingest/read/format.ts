import { extname } from 'node:path';

/** How a source file is turned into plain text. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf';

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The format a file is read as, from its extension (case-insensitive); null when unsupported. */
export function formatOf(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
