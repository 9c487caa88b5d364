import { BadInputError } from '../../errors.js';

/** Opaque keyset cursor: base64url of the JSON array of the sort key of the last item. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decode a cursor whose sort key has the given element types; anything else is a BadInputError. */
export function decodeCursor<const T extends ReadonlyArray<'string' | 'number'>>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadInputError('Invalid cursor', { cursor });
  }
  const ok =
    Array.isArray(value) &&
    value.length === shape.length &&
    value.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isFinite(v)));
  if (!ok) throw new BadInputError('Invalid cursor', { cursor });
  return value as { [K in keyof T]: T[K] extends 'string' ? string : number };
}
