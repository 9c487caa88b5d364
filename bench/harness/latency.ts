/**
 * Latency samples of one operation at a given concurrency: `count` calls shared by `concurrency` workers,
 * after `warmup` unmeasured calls (caches, lazily built indexes, JIT).
 */
import { percentile } from './stats.js';

export interface LatencyRun {
  p50: number;
  p99: number;
  samples: number;
}

export async function measureLatency(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
  warmup = Math.min(10, count),
): Promise<LatencyRun> {
  for (let i = 0; i < warmup; i++) await call(i);
  const samples: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      await call(i);
      samples.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length };
}
