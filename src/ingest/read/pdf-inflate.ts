import { inflateSync, constants as zlib } from 'node:zlib';

/** A `stream` keyword that ends a dictionary, and the end-of-line that starts the data. */
const STREAM_START = />>\s*stream(?:\r\n|\n|\r)/g;
const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/;
const IMAGE = /\/Subtype\s*\/Image\b/;

/**
 * Bytes that the PDF's Flate-compressed streams inflate to, counted up to `limit` (then `limit + 1` is
 * returned at once): pdf.js has no bound on decompression, so a 300 KB file can hold a content stream of
 * hundreds of megabytes that it would inflate and parse. Each stream is inflated with zlib's
 * `maxOutputLength`, so this check itself never holds more than `limit` bytes.
 *
 * Images are left out (the text layer never decodes them). Only streams whose filters are all Flate are
 * counted; a stream that does not inflate (encrypted, damaged, other filters) is left to pdf.js, and the
 * per-file time and memory budget of the worker thread bounds what it costs.
 */
export function inflatedSize(bytes: Uint8Array, limit: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = buffer.toString('latin1');
  let total = 0;
  STREAM_START.lastIndex = 0;
  for (let match = STREAM_START.exec(text); match !== null; match = STREAM_START.exec(text)) {
    const dataStart = match.index + match[0].length;
    const dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd === -1) break;
    STREAM_START.lastIndex = dataEnd;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', match.index)), match.index);
    const layers = flateLayers(dictionary);
    if (layers === 0 || IMAGE.test(dictionary)) continue;
    const inflated = inflateLayers(buffer.subarray(dataStart, dataEnd), layers, limit - total + 1);
    if (inflated === undefined) continue;
    total += inflated;
    if (total > limit) return limit + 1;
  }
  return total;
}

/** How many Flate layers a stream has, or 0 when any of its filters is another one. */
function flateLayers(dictionary: string): number {
  const filter = FILTER.exec(dictionary)?.[1];
  if (filter === undefined) return 0;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  return names.length > 0 && names.every((name) => name === '/FlateDecode' || name === '/Fl')
    ? names.length
    : 0;
}

/** Size after inflating every layer, at most `budget` (then `budget`); undefined if a layer is not Flate data. */
function inflateLayers(data: Buffer, layers: number, budget: number): number | undefined {
  let current = data;
  for (let layer = 0; layer < layers; layer++) {
    try {
      // Sync flush: a stream cut short still yields what it holds, as pdf.js would read it.
      current = inflateSync(current, { maxOutputLength: budget, finishFlush: zlib.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return budget;
      return undefined;
    }
  }
  return current.length;
}
