/**
 * Decoded rows by dense index (the adjacency index's node or edge numbering), kept for the life of that
 * index: the store drops both together after any write by this or another process, so a cached value is
 * never stale. Values are frozen, since every caller shares them. When `limit` values are held the cache
 * starts afresh rather than tracking recency: lineage walks revisit the same neighbourhoods, and a reset
 * costs one decode of what the next walks touch.
 */
export class DecodedRows<T extends object> {
  private readonly values: Array<T | undefined>;
  private held = 0;

  constructor(
    length: number,
    private readonly limit: number,
  ) {
    this.values = new Array<T | undefined>(length);
  }

  /** The values at `indices` in that order, fetching and decoding the missing ones with one call. */
  get(indices: readonly number[], fetch: (missing: number[]) => T[]): T[] {
    const missing: number[] = [];
    for (const i of indices) if (this.values[i] === undefined) missing.push(i);
    if (missing.length === 0) return indices.map((i) => this.values[i]!);
    const fetched = fetch(missing);
    if (this.held + missing.length > this.limit) {
      const keep = indices.map((i) => this.values[i]);
      this.values.fill(undefined);
      this.held = 0;
      indices.forEach((i, k) => {
        if (keep[k] !== undefined) this.put(i, keep[k]);
      });
    }
    missing.forEach((i, k) => {
      this.put(i, deepFreeze(fetched[k]!));
    });
    return indices.map((i) => this.values[i]!);
  }

  private put(i: number, value: T): void {
    if (this.values[i] === undefined) this.held++;
    this.values[i] = value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
