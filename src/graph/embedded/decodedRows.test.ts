import { describe, expect, it } from 'vitest';
import { DecodedRows } from './decodedRows.js';

/** A cache over values { i, tags } whose fetches are recorded. */
function cache(limit: number) {
  const fetches: number[][] = [];
  const rows = new DecodedRows<{ i: number; tags: string[] }>(10, limit);
  const get = (...indices: number[]) =>
    rows.get(indices, (missing) => {
      fetches.push(missing);
      return missing.map((i) => ({ i, tags: [`t${i}`] }));
    });
  return { get, fetches };
}

describe('DecodedRows (the embedded store’s decoded-row cache)', () => {
  it('fetches only what it does not hold, in one call, and answers in the order asked', () => {
    const { get, fetches } = cache(100);
    expect(get(3, 1).map((v) => v.i)).toEqual([3, 1]);
    expect(get(1, 2, 3).map((v) => v.i)).toEqual([1, 2, 3]);
    expect(get(2, 3)).toHaveLength(2);
    expect(fetches).toEqual([[3, 1], [2]]);
  });

  it('returns the same frozen value to every caller, so none can change another’s answer', () => {
    const { get } = cache(100);
    const [first] = get(4);
    expect(get(4)[0]).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => first!.tags.push('x')).toThrow(TypeError);
  });

  it('starts afresh past its limit, still answering the call that overflowed it', () => {
    const { get, fetches } = cache(2);
    get(0, 1);
    expect(get(1, 2).map((v) => v.i)).toEqual([1, 2]);
    // 0 was dropped with the reset; 1 and 2 (the overflowing call's answer) were kept.
    get(0);
    expect(fetches).toEqual([[0, 1], [2], [0]]);
  });
});
