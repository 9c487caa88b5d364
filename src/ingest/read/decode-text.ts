import iconv from 'iconv-lite';
import { ReadError } from './read-error.js';

/** Bytes inspected for NUL and control characters when sniffing binary content or UTF-16 without a BOM. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;
/** UTF-16 without a byte order mark: at least this share of the sniffed code units have a zero high byte. */
const UTF16_ZERO_SHARE = 0.3;

/**
 * The encodings a text file is read in. UTF-8 and UTF-16 go through the built-in TextDecoder; Windows-1252
 * through iconv-lite, because Node 20.18.3 and later decode its bytes 0x80-0x9F (’ “ ” – — … € œ) as C1
 * control characters (nodejs/node#60888).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How a text that is not UTF-8 was recognised, for the warning that says it was converted. */
  detectedBy?: string;
}

/**
 * Non-ASCII characters a Windows-1252 (Latin-1) text in a Western European language is made of: letters and
 * the punctuation of French and Spanish typography. A byte outside these (C1 controls, bytes Windows-1252
 * leaves undefined, symbols such as ©, ¨ or ¤ that double-encoded UTF-8 produces) says it is something else.
 */
const WESTERN_TEXT = /^[\p{L}\u00a0«»‘’‚“”„–—…°ºª§·•€¿¡]$/u;

/**
 * Decode a text file. UTF-8 (a leading BOM dropped) is the norm; UTF-16 (by its byte order mark, or the zero
 * bytes of mostly-ASCII text) and legacy 8-bit Windows-1252 / Latin-1 texts are decoded too, with
 * `detectedBy` set so the caller can warn. Anything else (binary content, broken UTF-8, unknown 8-bit
 * encodings) is refused rather than guessed at: offsets index exactly the text we store.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new ReadError(file, 'empty', 'the file is empty');
  const utf16 = utf16Of(bytes);
  let decoded: DecodedText;
  if (utf16) {
    decoded = decodeUtf16(bytes, utf16.encoding, utf16.detectedBy, file);
    assertNotBinary(decoded.text, file);
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new ReadError(file, 'binary', `binary content (NUL byte at offset ${nul})`);
    // One character per byte: control bytes are counted before any decoding is attempted.
    assertNotBinary(Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1'), file);
    decoded = decode8bit(bytes, file);
  }
  if (decoded.text.trim() === '') throw new ReadError(file, 'empty', 'the file contains only whitespace');
  return decoded;
}

function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; detectedBy: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', detectedBy: 'byte order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', detectedBy: 'byte order mark' };
  // Without a mark: ASCII characters in UTF-16 leave one byte of each pair zero, always on the same side.
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units < 2) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) zeroLow++;
    if (bytes[2 * i + 1] === 0) zeroHigh++;
  }
  const by = 'zero bytes of its ASCII characters, no byte order mark';
  if (zeroHigh >= units * UTF16_ZERO_SHARE && zeroLow === 0) return { encoding: 'utf-16le', detectedBy: by };
  if (zeroLow >= units * UTF16_ZERO_SHARE && zeroHigh === 0) return { encoding: 'utf-16be', detectedBy: by };
  return null;
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  detectedBy: string,
  file: string,
): DecodedText {
  try {
    // fatal: a lone surrogate or an odd byte count is refused, not replaced.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, detectedBy };
  } catch {
    throw new ReadError(
      file,
      'invalid-encoding',
      `looks like ${encoding.toUpperCase()} text (${detectedBy}) but is not valid ${encoding.toUpperCase()}`,
    );
  }
}

function decode8bit(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy Western text, or broken UTF-8 (which still holds valid multi-byte sequences).
  }
  const at = firstInvalidUtf8Offset(bytes);
  if (!hasUtf8Sequence(bytes)) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
    const odd = [...text].findIndex((char) => char > '\u007f' && !WESTERN_TEXT.test(char));
    if (odd === -1)
      return {
        text,
        encoding: 'windows-1252',
        detectedBy: 'not UTF-8; its accented letters read as Windows-1252',
      };
  }
  throw new ReadError(
    file,
    'invalid-utf8',
    `not valid UTF-8 (first invalid byte at offset ${at}), nor a Windows-1252 (Latin-1) text; convert it to UTF-8, e.g. with iconv -f <its encoding> -t utf-8`,
  );
}

/** Whether the bytes hold a well-formed UTF-8 multi-byte sequence, which a Windows-1252 text virtually never does. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const byte = bytes[i]!;
    if (byte < 0xc2 || byte > 0xf4) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

function assertNotBinary(text: string, file: string): void {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new ReadError(file, 'binary', `binary content (NUL character at offset ${nul})`);
  const sample = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control++;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) {
    throw new ReadError(
      file,
      'binary',
      `binary content (${control} control characters in the first ${sample.length})`,
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
