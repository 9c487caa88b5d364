import type { Page } from 'playwright-core';

/** Longest main-thread tasks, recorded in the page from the first script on (Long Tasks API). */
export const LONG_TASK_PROBE = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

export interface Timed {
  ms: number;
  /** Longest main-thread task during the step (0 when none reached the 50 ms long-task threshold). */
  longestTaskMs: number;
}

async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#app[aria-busy="false"]');
}

/** Time one user step from its start until the explorer is idle again, with the longest task inside it. */
export async function timed(page: Page, step: () => Promise<unknown>): Promise<Timed> {
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks = [];
  });
  const start = performance.now();
  await step();
  await idle(page);
  // Let the frame after the last render land, so its task is counted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = performance.now() - start;
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { ms, longestTaskMs: Math.max(0, ...tasks) };
}

export async function drawnCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __lineage: { nodes(): unknown[] } }).__lineage.nodes().length,
  );
}
