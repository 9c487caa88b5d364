/** Deep equality of two stores' answers, ignoring object key order (stores build objects differently). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** Describes the first difference between two answers, or returns undefined when they are the same. */
export function firstDifference(a: unknown, b: unknown): string | undefined {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  if (x === y) return undefined;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `differs at character ${i}: …${x.slice(Math.max(0, i - 60), i + 60)}… vs …${y.slice(Math.max(0, i - 60), i + 60)}…`;
}
