/**
 * The explorer in Chromium (issue 13): open a 500-node view, expand inside it, walk 5 hops upstream from a
 * hub, filter, export; wall time and the longest main-thread task of each step; every neighbour of a
 * 165-neighbour hub reachable. Views come from a generated wide corpus (a deterministic 501-node upstream
 * walk and a 165-fan-in hub) and from the generated 1k and 10k corpora (bench/generate).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Extraction } from '../../src/model/index.js';
import { launchChromium } from '../../tests/e2e/browser.js';
import { buildExplorer } from '../../tests/e2e/build-explorer.js';
import { type RunningServer, startLineageServer } from '../../tests/e2e/lineage-server.js';
import { HUB, HUB_FAN_IN, ROOT, WIDE_LEAF, wideCorpus } from '../../tests/e2e/wide-corpus.js';
import { lineageStarts } from '../harness/probes.js';
import { check, type Figure, type TargetCheck } from '../harness/result.js';
import { spread } from '../harness/stats.js';
import { drawnCount, LONG_TASK_PROBE, type Timed, timed } from './explorer-browser.js';
import type { Section } from './section.js';

const view = (base: string, params: Array<[string, string]>) => `${base}/?${new URLSearchParams(params)}`;

async function fresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(LONG_TASK_PROBE);
  return context.newPage();
}

function figures(name: string, runs: Timed[], out: Figure[]): { ms: number; task: number } {
  const ms = spread(runs.map((r) => r.ms));
  const task = spread(runs.map((r) => r.longestTaskMs));
  out.push(
    { name: `${name}: time`, unit: 'ms', ...ms },
    { name: `${name}: longest task`, unit: 'ms', ...task },
  );
  return { ms: ms.median, task: task.median };
}

export const explorerSection: Section = {
  id: 'explorer',
  aliases: ['browser', 'e13'],
  title: 'Explorer in Chromium: 500-node view, expand, 5-hop walk, filter, export; hub reachability',
  async run(ctx) {
    const out: Figure[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const runs = Math.max(3, ctx.options.runs);
    const buildDir = await mkdtemp(join(tmpdir(), 'bench-explorer-'));
    await buildExplorer(buildDir);
    const browser = await launchChromium();
    const servers: RunningServer[] = [];
    try {
      // 1. The wide corpus: a 501-node view, expand inside it, and the 165-neighbour hub.
      const wide = await startLineageServer({ extractions: wideCorpus() }, buildDir);
      servers.push(wide);
      const walk: Array<[string, string]> = [
        ['focus', ROOT],
        ['lineage', `UPSTREAM~5~~~${ROOT}`],
      ];
      const opens: Timed[] = [];
      const expands: Timed[] = [];
      const filters: Timed[] = [];
      const exports: Timed[] = [];
      let size = 0;
      for (let i = 0; i < runs; i++) {
        const page = await fresh(browser);
        opens.push(await timed(page, () => page.goto(view(wide.url, walk))));
        size = await drawnCount(page);
        const leaf = page.locator(`#element-list button[data-node="${WIDE_LEAF}"]`).first();
        await leaf.scrollIntoViewIfNeeded();
        expands.push(await timed(page, () => leaf.click()));
        filters.push(await timed(page, () => page.uncheck('input[data-filter="RECALLS"]')));
        await page.check('input[data-filter="RECALLS"]');
        await page.waitForSelector('#app[aria-busy="false"]');
        exports.push(
          await timed(page, () =>
            Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]),
          ),
        );
        await page.context().close();
      }
      notes.push(`wide corpus: the view opened holds ${size} nodes`);
      const open = figures(`open a ${size}-node view`, opens, out);
      const expand = figures(`expand in a ${size}-node view`, expands, out);
      figures(`filter a ${size}-node view`, filters, out);
      figures(`GraphML export of a ${size}-node view`, exports, out);
      targets.push(
        check('explorer-open', `open of a ${size}-node view (ms)`, open.ms, '<=', 1500),
        check('explorer-expand', `expand in a ${size}-node view (ms)`, expand.ms, '<=', 200),
        check(
          'explorer-expand-task',
          'longest main-thread task during that expand (ms)',
          expand.task,
          '<=',
          100,
        ),
      );

      // Every neighbour of the hub, through the entity panel's pages.
      const page = await fresh(browser);
      await page.goto(view(wide.url, [['focus', HUB]]));
      await page.waitForSelector('#app[aria-busy="false"]');
      const group = page.locator('.relation-group[data-group="in:RECALLS"]');
      const seen = new Set<string>();
      for (;;) {
        const ids = await group
          .locator('li > button[data-node]')
          .evaluateAll((b) => b.map((x) => x.getAttribute('data-node') ?? ''));
        for (const id of ids) seen.add(id);
        const next = group.locator('.pager button:has-text("Next")');
        if ((await next.count()) === 0 || (await next.isDisabled())) break;
        await next.click();
      }
      await page.context().close();
      targets.push(
        check(
          'explorer-hub',
          `neighbours of the ${HUB_FAN_IN}-neighbour hub reachable`,
          seen.size,
          '>=',
          HUB_FAN_IN,
        ),
      );

      // 2. The generated corpora: a 5-hop upstream walk from a probe hub.
      for (const [n, label] of [
        [1_000, '1k'],
        [10_000, '10k'],
      ] as const) {
        const corpus = await ctx.corpusOfSize(n, label);
        const { extractions } = await ctx.extract(corpus);
        const server = await startLineageServer({ extractions: extractions as Extraction[] }, buildDir);
        servers.push(server);
        const store = await ctx.openEmbeddedStore(`explorer-probe-${label}`, true);
        for (let i = 0; i < extractions.length; i += 500)
          await store.writeDocuments(extractions.slice(i, i + 500));
        const [start] = await lineageStarts(store, corpus.manifest, 1);
        await store.close();
        if (!start) {
          notes.push(`${label}: no probe hub found`);
          continue;
        }
        const walks: Timed[] = [];
        let walked = 0;
        for (let i = 0; i < runs; i++) {
          const p = await fresh(browser);
          await p.goto(view(server.url, [['focus', start]]));
          await p.waitForSelector('#app[aria-busy="false"]');
          walks.push(
            await timed(p, () =>
              p.goto(
                view(server.url, [
                  ['focus', start],
                  ['lineage', `UPSTREAM~5~~~${start}`],
                ]),
              ),
            ),
          );
          walked = await drawnCount(p);
          await p.context().close();
        }
        figures(`${label}: open a 5-hop upstream walk from ${start} (${walked} nodes)`, walks, out);
      }
    } finally {
      await browser.close();
      for (const s of servers) await s.stop();
      await rm(buildDir, { recursive: true, force: true });
    }
    notes.push('Chromium headless on the shared 2-core machine; median of the runs.');
    return { figures: out, targets, notes };
  },
};
