import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPANSION_CAP } from '../../src/explorer/src/graph/view-graph.js';
import { browserSkipReason, launchChromium } from './browser.js';
import { buildExplorer } from './build-explorer.js';
import type { ViewNode } from './explorer-page.js';
import { graphql } from './graphql.js';
import { CORPUS_DIR, type RunningServer, startLineageServer } from './lineage-server.js';
import { explorerPagePerTest } from './page-per-test.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const GEMC_RESOLUTION = 'resolution:AG-2014-RES-04';
const RECALLED_RESOLUTION = 'resolution:AG-2010-RES-08';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let buildDir: string;
let server: RunningServer;
let browser: Browser;
/** The GEMC body's id, as the API names it. */
let gemcId: string;

/** Without Chromium the file skips with one line saying why (fails instead in CI or with REQUIRE_BROWSER=1). */
const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);

beforeAll(async () => {
  if (skipReason) return;
  await mkdir(ARTIFACTS, { recursive: true });
  buildDir = await mkdtemp(join(tmpdir(), 'lineage-explorer-'));
  await buildExplorer(buildDir);
  server = await startLineageServer({ corpus: CORPUS_DIR }, buildDir);
  browser = await launchChromium();
  const found = await graphql<{ search: { edges: Array<{ node: { id: string; kind: string } }> } }>(
    server.url,
    'query($text: String!) { search(text: $text, first: 10) { edges { node { id kind } } } }',
    { text: 'GEMC' },
  );
  const body = found.search.edges.find((e) => e.node.kind === 'Body');
  if (!body) throw new Error('The corpus should yield a Body for GEMC');
  gemcId = body.node.id;
  // Building the bundle and ingesting the corpus can be slow on a busy CI machine.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

const ui = explorerPagePerTest(() => browser, { width: 1400, height: 900 });

const cmiiIn = (nodes: ViewNode[]) => nodes.find((n) => n.kind === 'Body' && /CMII/.test(n.label));

describe.skipIf(skipReason !== null)('explorer on the sample corpus', () => {
  it('searches GEMC, expands, shows evidence, opens the reader, survives a reload and exports a PNG', async () => {
    const { page } = ui();
    await ui().open(`${server.url}/`);
    expect(await page.isDisabled('#export-png'), 'nothing to export before a lineage is drawn').toBe(true);

    // Search: suggestions as you type, chosen with the keyboard.
    const suggestions = await ui().search('GEMC');
    expect(suggestions.length).toBeGreaterThan(0);
    await ui().screenshot('01-search-suggestions');
    const gemc = suggestions.find((id) => id.startsWith('body:'));
    expect(gemc, 'a Body among the GEMC suggestions').toBeDefined();
    const index = suggestions.indexOf(gemc ?? '');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await ui().idle();

    // Depth 1: the body and the resolution that set it up.
    const first = await ui().nodes();
    expect(first.map((n) => n.id)).toContain(gemc);
    expect(first.map((n) => n.id)).toContain(GEMC_RESOLUTION);
    expect(cmiiIn(first)).toBeUndefined();
    await ui().screenshot('02-gemc-depth-1');

    // A click selects without expanding; a double-click expands.
    await ui().clickElement(GEMC_RESOLUTION);
    expect(sortedIds(await ui().nodes()), 'selecting does not expand').toEqual(sortedIds(first));
    expect(new URL(ui().page.url()).searchParams.get('node')).toBe(GEMC_RESOLUTION);
    await ui().doubleClickElement(GEMC_RESOLUTION);
    const expanded = await ui().nodes();
    expect(expanded.map((n) => n.id)).toContain(RECALLED_RESOLUTION);
    expect(cmiiIn(expanded), 'the CMII Working Group after one expansion').toBeDefined();
    expect(expanded.find((n) => n.id === GEMC_RESOLUTION)?.classes).toContain('expanded');
    await ui().screenshot('03-expanded');

    // Evidence on hover, then on selection.
    const establishes = (await ui().edges()).find(
      (e) => e.type === 'ESTABLISHES' && e.id.includes(GEMC_RESOLUTION) && e.id.includes(gemc ?? ''),
    );
    expect(establishes, 'the ESTABLISHES edge from the resolution to GEMC').toBeDefined();
    const edgeId = establishes?.id ?? '';
    await ui().hoverElement(edgeId);
    await page.waitForSelector('#edge-tooltip:not([hidden]) .quote');
    await ui().screenshot('04-edge-hover');
    await ui().clickElement(edgeId);
    const quote = (await page.textContent(`.evidence-panel .quote`))?.trim() ?? '';
    expect(quote.length).toBeGreaterThan(10);
    expect(await page.getAttribute('.evidence-panel', 'data-edge')).toBe(edgeId);
    await ui().screenshot('05-edge-evidence');

    // One click opens the reader at the clause, mentions highlighted.
    await page.click('.evidence-panel .open-reader');
    await ui().idle();
    const target = await page.waitForSelector('#reader:not([hidden]) .clause.target');
    expect(normalise(await target.textContent())).toContain(normalise(quote));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('target'))).toBe(true);
    expect(await page.$$eval('#reader mark.mention', (marks) => marks.length)).toBeGreaterThan(2);
    const underlined = await page.$$eval('#reader .clause.target .quoted', (spans) =>
      spans.map((span) => span.textContent).join(''),
    );
    expect(normalise(underlined)).toBe(normalise(quote));
    await ui().screenshot('06-reader');

    // The URL carries the view: a reload draws the same thing.
    const before = { url: page.url(), nodes: await ui().nodes(), edges: await ui().edges() };
    await page.reload();
    await ui().idle();
    expect(page.url()).toBe(before.url);
    expect(sortedIds(await ui().nodes())).toEqual(sortedIds(before.nodes));
    expect(sortedIds(await ui().edges())).toEqual(sortedIds(before.edges));
    expect(await page.getAttribute('.evidence-panel', 'data-edge')).toBe(edgeId);
    expect(normalise(await page.textContent('#reader .clause.target'))).toContain(normalise(quote));
    await ui().screenshot('07-after-reload');

    // Back closes the reader, then the edge selection.
    await page.goBack();
    await ui().idle();
    expect(await page.isHidden('#reader')).toBe(true);

    // PNG export of the current view.
    const png = await ui().download('export-png');
    const pngPath = join(ARTIFACTS, 'lineage-export.png');
    await png.saveAs(pngPath);
    const bytes = await readFile(pngPath);
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
  });

  it('shows a clear message when the API is unreachable, and recovers on retry', async () => {
    const { page } = ui();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/?focus=${encodeURIComponent(GEMC_RESOLUTION)}`);
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-message')).toMatch(/Cannot reach the lineage API/);
    await ui().screenshot('08-api-unreachable');
    await page.unroute('**/graphql');
    await page.click('#error-retry');
    await ui().idle();
    expect(await page.isHidden('#error-banner')).toBe(true);
    expect((await ui().nodes()).map((n) => n.id)).toContain(GEMC_RESOLUTION);
  });

  it('reports a failing query with the API message and code', async () => {
    const { page } = ui();
    await ui().open(`${server.url}/`);
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'Store is down', extensions: { code: 'UNAVAILABLE' } }],
        }),
      }),
    );
    await page.fill('#search-input', 'GEMC');
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-message')).toBe('Store is down (UNAVAILABLE)');
  });

  it('inserts names from the data as text, so markup in them has no effect', async () => {
    const { page } = ui();
    await ui().open(`${server.url}/`);
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string };
      if (!body.query.includes('ExplorerSearch')) return route.continue();
      const node = {
        id: 'body:x',
        kind: 'Body',
        name: hostile,
        labels: [],
        aliases: [],
        acronym: null,
        year: null,
      };
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            search: { edges: [{ score: 1, node }], pageInfo: { hasNextPage: false, endCursor: null } },
          },
        }),
      });
    });
    await ui().search('x');
    expect(await page.textContent('#search-suggestions [role="option"] .suggestion-caption')).toBe(hostile);
    expect(await page.$$('#search-suggestions img, #search-suggestions b')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe.skipIf(skipReason !== null)('explorer features', () => {
  const at = (params: Record<string, string | string[]>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
    }
    return `${server.url}/?${search}`;
  };
  const drawn = async () => (await ui().nodes()).map((n) => n.id);

  it('expands with Enter on a focused item of the In view list', async () => {
    const { page } = ui();
    await ui().open(at({ focus: gemcId }));
    expect(await drawn()).not.toContain(RECALLED_RESOLUTION);
    await page.focus(`#element-list button[data-node="${GEMC_RESOLUTION}"]`);
    await page.keyboard.press('Enter');
    await ui().idle();
    expect(await drawn()).toContain(RECALLED_RESOLUTION);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([GEMC_RESOLUTION]);
  });

  it('caps an expansion and shows the rest behind an "N more" node', async () => {
    const data = await graphql<{ lineage: { nodes: unknown[] } }>(
      server.url,
      'query($id: ID!) { lineage(id: $id, direction: BOTH, depth: 1, perHopLimit: 100) { nodes { hop } } }',
      { id: GEMC_RESOLUTION },
    );
    const neighbours = data.lineage.nodes.length - 1;
    expect(neighbours, 'the founding example has more neighbours than the cap').toBeGreaterThan(
      EXPANSION_CAP,
    );
    await ui().open(at({ focus: GEMC_RESOLUTION }));
    const more = (await ui().nodes()).find((n) => n.id === `more:${GEMC_RESOLUTION}`);
    expect(more?.label).toBe(`${neighbours - EXPANSION_CAP} more`);
    expect((await drawn()).length).toBe(EXPANSION_CAP + 2);
    await ui().screenshot('09-n-more');
    await ui().clickElement(`more:${GEMC_RESOLUTION}`);
    const after = await drawn();
    expect(after).not.toContain(`more:${GEMC_RESOLUTION}`);
    expect(after.length).toBe(neighbours + 1);
  });

  it('filters by relation type, by date and by kind, and keeps the filters in the URL', async () => {
    const { page } = ui();
    await ui().open(at({ focus: gemcId, expand: GEMC_RESOLUTION }));
    expect((await ui().edges()).some((e) => e.type === 'RECALLS')).toBe(true);
    await page.uncheck('input[data-filter="RECALLS"]');
    await ui().idle();
    expect((await ui().edges()).some((e) => e.type === 'RECALLS')).toBe(false);
    expect(await drawn()).not.toContain(RECALLED_RESOLUTION);
    expect(new URL(page.url()).searchParams.getAll('hideRel')).toEqual(['RECALLS']);

    await page.check('input[data-filter="RECALLS"]');
    await page.fill('#filter-from', '2011');
    await page.press('#filter-from', 'Enter');
    await ui().idle();
    const recent = await drawn();
    expect(recent).toContain(GEMC_RESOLUTION);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2011');

    await page.uncheck('input[data-filter="Body"]');
    await ui().idle();
    // The focus stays, whatever its kind.
    const bodies = (await ui().nodes()).filter((n) => n.kind === 'Body').map((n) => n.id);
    expect(bodies).toEqual([gemcId]);
    await ui().screenshot('10-filters');

    await page.fill('#filter-to', 'soon');
    await page.press('#filter-to', 'Enter');
    expect(await page.textContent('.field-error')).toMatch(/not a year/);
  });

  it('highlights the path between two chosen nodes', async () => {
    const { page } = ui();
    await ui().open(at({ focus: gemcId }));
    await page.click('.entity-panel button:has-text("Path from here")');
    await ui().idle();
    // Expand the resolution from the In view list, then go to what it recalls through its panel.
    await page.click(`#element-list button[data-node="${GEMC_RESOLUTION}"]`);
    await ui().idle();
    await page.click(`.entity-panel button[data-node="${RECALLED_RESOLUTION}"]`);
    await ui().idle();
    expect(await page.getAttribute('.entity-panel', 'data-entity')).toBe(RECALLED_RESOLUTION);
    await page.click('.entity-panel button:has-text("Path to here")');
    await ui().idle();
    const url = new URL(page.url());
    expect(url.searchParams.get('pathFrom')).toBe(gemcId);
    expect(url.searchParams.get('pathTo')).toBe(RECALLED_RESOLUTION);
    const onPath = (await ui().edges()).filter((e) => e.classes.includes('on-path'));
    expect(onPath.length).toBeGreaterThanOrEqual(2);
    const pathNodes = (await ui().nodes()).filter((n) => n.classes.includes('on-path')).map((n) => n.id);
    expect(pathNodes).toEqual(expect.arrayContaining([gemcId, RECALLED_RESOLUTION]));
    expect(await page.textContent('#path-status')).toMatch(/highlighted/);
    await ui().screenshot('11-path');
  });

  it('shows the entity panel with names, relations both ways, and switches label language', async () => {
    const { page } = ui();
    await ui().open(at({ focus: gemcId }));
    const establishedBy = await page.textContent('.entity-panel [data-group="in:ESTABLISHES"]');
    expect(establishedBy).toContain('AG-2014-RES-04');
    expect(await page.textContent('.entity-panel .facts')).toMatch(/Name \(fr\)/);
    const english = (await ui().nodes()).find((n) => n.id === gemcId)?.label;
    await page.click('#lang-fr');
    await ui().idle();
    const french = (await ui().nodes()).find((n) => n.id === gemcId)?.label;
    expect(french).not.toBe(english);
    expect(french).toMatch(/Groupe/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await page.goBack();
    await ui().idle();
    expect((await ui().nodes()).find((n) => n.id === gemcId)?.label).toBe(english);

    await ui().open(at({ focus: GEMC_RESOLUTION }));
    expect(await page.textContent('.entity-panel [data-group="out:RECALLS"]')).toContain('AG-2010-RES-08');
  });

  it('lists the dated nodes in view on a timeline, oldest first, each selecting its node', async () => {
    const { page } = ui();
    await ui().open(at({ view: 'timeline' }));
    expect(await page.textContent('#timeline-view')).toMatch(/Nothing drawn yet/);
    await ui().open(at({ view: 'timeline', focus: gemcId, expand: GEMC_RESOLUTION }));
    const dates = await page.$$eval('.timeline .timeline-item time', (times) =>
      times.map((t) => t.getAttribute('datetime')),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    expect(await page.$$eval('.timeline-axis circle.dot', (dots) => dots.length)).toBe(dates.length);
    await ui().screenshot('12-timeline');
    await page.click(`.timeline-item[data-node="${GEMC_RESOLUTION}"] button`);
    await ui().idle();
    expect(new URL(page.url()).searchParams.get('node')).toBe(GEMC_RESOLUTION);
    await page.click('#view-graph');
    await ui().idle();
    expect(await page.isVisible('#graph-view')).toBe(true);
    expect(await drawn()).toContain(GEMC_RESOLUTION);
  });

  it('exports SVG, JSON and GraphML of the current view', async () => {
    await ui().open(at({ focus: gemcId, expand: GEMC_RESOLUTION }));
    const shown = (await drawn()).filter((id) => !id.startsWith('more:')).sort();
    const read = async (button: string) => {
      const file = await ui().download(button);
      const path = join(ARTIFACTS, file.suggestedFilename());
      await file.saveAs(path);
      return readFile(path, 'utf8');
    };
    const svg = await read('export-svg');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('AG-2014-RES-04');
    const json = JSON.parse(await read('export-json')) as { nodes: Array<{ id: string }>; edges: unknown[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(shown);
    const relations = (await ui().edges()).filter((e) => !e.classes.includes('more-link'));
    expect(json.edges.length).toBe(relations.length);
    const graphml = await read('export-graphml');
    expect(graphml).toContain('<graphml');
    for (const id of shown) expect(graphml).toContain(`<node id="${id}">`);
  });
});

function sortedIds(items: Array<{ id: string }>): string[] {
  return items.map((i) => i.id).sort();
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
