import { ReadError } from './read-error.js';

/** Bytes inspected for NUL and control characters when sniffing binary content. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Decode a text file strictly as UTF-8 (a leading BOM is dropped). Binary content and invalid
 * UTF-8 are refused rather than guessed at, so offsets always index exactly the text we stored.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ReadError(file, 'empty', 'the file is empty');
  assertNotBinary(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new ReadError(file, 'invalid-utf8', `not valid UTF-8 (first invalid byte at offset ${at})`);
  }
  if (text.trim() === '') throw new ReadError(file, 'empty', 'the file contains only whitespace');
  return text;
}

function assertNotBinary(bytes: Uint8Array, file: string): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ReadError(file, 'binary', `binary content (NUL byte at offset ${nul})`);
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) {
    throw new ReadError(
      file,
      'binary',
      `binary content (${control} control bytes in the first ${sample.length})`,
    );
  }
}

/** Offset where the first invalid UTF-8 sequence starts, for the error message (cold path only). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Validity of prefixes is monotonic, and in streaming mode a prefix may end mid-sequence, so a
  // binary search finds the first byte that makes a prefix invalid.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // That byte may cut short a sequence begun just before it: report where the sequence started.
  for (let start = low - 1; start >= Math.max(0, low - 3); start--) {
    const byte = bytes[start]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return low - start < length ? start : low;
  }
  return low;
}
