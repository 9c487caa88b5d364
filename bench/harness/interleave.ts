/**
 * Runs competing variants in turn (A B A B ...) so that noise from other processes on a shared machine
 * falls on all of them alike; each variant's samples are kept apart.
 */
export async function interleave<K extends string>(
  runs: number,
  variants: Record<K, (run: number) => Promise<number>>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let run = 0; run < runs; run++) {
    // Alternate which variant goes first, so none always runs on a warmer (or colder) machine.
    const order = run % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(await variants[name](run));
  }
  return samples;
}

/** Wall-clock milliseconds of one call. */
export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
