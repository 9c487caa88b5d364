import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG_MAX_SIDE } from '../../src/explorer/src/export/figure-frame.js';
import { hook } from './explorer-page.js';
import { ARTIFACTS, explorerSuite } from './explorer-suite.js';
import { graphql } from './graphql.js';
import { explorerPagePerTest } from './page-per-test.js';
import { HUB, PANEL, PANEL_ALIASES, PANEL_YEAR, ROOT, WIDE_LEAF, WIDTH } from './wide-corpus.js';

/** Issue 13 items 5 and 6: the timeline of the view, search, path, edges, exports, resize and focus. */

const GEMC_RESOLUTION = 'resolution:AG-2014-RES-04';
const RECALLED_RESOLUTION = 'resolution:AG-2010-RES-08';
const FAN_0 = 'resolution:WIDE-FAN-000';

const suite = explorerSuite();
const { skipReason } = suite;

const ui = explorerPagePerTest(() => suite.browser(), { width: 1440, height: 900 });

const url = (base: string, params: Array<[string, string]>) => `${base}/?${new URLSearchParams(params)}`;
const drawn = async () => (await ui().nodes()).map((n) => n.id).filter((id) => !id.startsWith('more:'));
const listed = (page: Page) =>
  page.$$eval('#element-list button[data-node]', (b) => b.map((x) => x.getAttribute('data-node') ?? ''));
const timelineIds = (page: Page, selector = '.timeline-item') =>
  page.$$eval(`#timeline-view ${selector}`, (items) => items.map((i) => i.getAttribute('data-node') ?? ''));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The hub with every neighbour the API gives (100), on the timeline. */
const HUB_TIMELINE: Array<[string, string]> = [
  ['focus', HUB],
  ['expand', HUB],
  ['all', HUB],
  ['view', 'timeline'],
];

describe.skipIf(skipReason !== null)('timeline of the view', () => {
  it('shows the lineage in view, undated nodes apart, and a click selects the node', async () => {
    const { page } = ui();
    await ui().open(
      url(suite.sample().url, [
        ['focus', GEMC_RESOLUTION],
        ['expand', GEMC_RESOLUTION],
        ['all', GEMC_RESOLUTION],
        ['view', 'timeline'],
      ]),
    );
    const inView = await listed(page);
    const items = await timelineIds(page);
    expect(items.sort(), 'the timeline holds exactly the nodes in view').toEqual([...inView].sort());
    const undated = await timelineIds(page, '.timeline-undated .timeline-item');
    expect(undated.length).toBeGreaterThan(0);
    expect(undated).toContain(RECALLED_RESOLUTION);
    const dates = await page.$$eval('#timeline-view .timeline time', (t) =>
      t.map((x) => x.getAttribute('datetime')),
    );
    expect([...dates].sort()).toEqual(dates);
    expect(await page.$$eval('.timeline-axis circle.dot', (d) => d.length)).toBe(dates.length);
    await ui().screenshot('view-tools-01-timeline');

    await page.click(`.timeline-item[data-node="${GEMC_RESOLUTION}"] button`);
    await ui().idle();
    expect(param(page, 'node')).toBe(GEMC_RESOLUTION);
    expect(param(page, 'view')).toBe('timeline');
    expect(await page.getAttribute('.entity-panel', 'data-entity')).toBe(GEMC_RESOLUTION);
    expect(
      await page.getAttribute(`.timeline-item[data-node="${GEMC_RESOLUTION}"] button`, 'aria-current'),
    ).toBe('true');
    // A dot selects too.
    const session = (await timelineIds(page, '.timeline .timeline-item')).find(
      (id) => id !== GEMC_RESOLUTION,
    );
    expect(session).toBeDefined();
    await page.click(`.timeline-axis circle[data-node="${session}"]`);
    await ui().idle();
    expect(param(page, 'node')).toBe(session);

    // A date range hides the undated nodes from the graph (the timeline says so); the focus stays.
    await page.fill('#filter-from', '2014');
    await page.press('#filter-from', 'Enter');
    await ui().idle();
    expect(await page.textContent('.timeline-undated')).toMatch(/Hidden from the lineage view/);
    await page.click('#view-graph');
    await ui().idle();
    const shown = await drawn();
    expect(shown).toContain(GEMC_RESOLUTION);
    expect(shown).not.toContain(RECALLED_RESOLUTION);
  });

  it('a date range set with the slider filters the graph to nodes dated in the range', async () => {
    const { page } = ui();
    await ui().open(url(suite.wide().url, HUB_TIMELINE));
    const years = await page.$eval('input[name="range-from"]', (i) => [
      Number((i as HTMLInputElement).min),
      Number((i as HTMLInputElement).max),
    ]);
    expect(years[0]).toBeLessThan(years[1] ?? 0);
    const cut = String(Math.round(((years[0] ?? 0) + (years[1] ?? 0)) / 2));
    await page.$eval(
      'input[name="range-from"]',
      (input, value) => {
        (input as HTMLInputElement).value = value;
        input.dispatchEvent(new Event('change'));
      },
      cut,
    );
    await ui().idle();
    expect(param(page, 'from')).toBe(cut);
    expect(await page.$$eval('.timeline-item.outside', (i) => i.length)).toBeGreaterThan(0);
    await page.click('#view-graph');
    await ui().idle();
    const dates = await page.evaluate(() =>
      (window as unknown as { __lineage: { nodes(): Array<{ id: string }> } }).__lineage.nodes(),
    );
    const graph = await graphql<{ lineage: { nodes: Array<{ node: { id: string; date?: string } }> } }>(
      suite.wide().url,
      'query($id: ID!) { lineage(id: $id, direction: BOTH, depth: 1, perHopLimit: 100) { nodes { node { id ... on Resolution { date } } } } }',
      { id: HUB },
    );
    const dateOf = new Map(graph.lineage.nodes.map((n) => [n.node.id, n.node.date ?? null]));
    for (const { id } of dates) {
      if (id === HUB || id.startsWith('more:')) continue;
      const date = dateOf.get(id);
      expect(date, `${id} is dated`).toBeTruthy();
      expect((date ?? '') >= `${cut}-01-01`, `${id} is in range`).toBe(true);
    }
  });

  it('shows a year-only date as a year, and a 500-node view whole (no 100-item cap)', async () => {
    const { page } = ui();
    await ui().open(url(suite.wide().url, HUB_TIMELINE));
    const panel = page.locator(`.timeline-item[data-node="${PANEL}"] time`);
    expect(await panel.textContent()).toBe(PANEL_YEAR);
    expect(await panel.getAttribute('datetime')).toBe(PANEL_YEAR);
    expect(await page.textContent(`.timeline-axis circle[data-node="${PANEL}"] title`)).toMatch(
      /^1990 \(year only\)/,
    );

    await ui().open(
      url(suite.wide().url, [
        ['focus', ROOT],
        ['lineage', `UPSTREAM~5~~~${ROOT}`],
        ['view', 'timeline'],
      ]),
    );
    expect((await timelineIds(page)).length).toBe(1 + 5 * WIDTH);
    await ui().screenshot('view-tools-02-timeline-500');
  });
});

describe.skipIf(skipReason !== null)('search', () => {
  it('Enter opens the top result of the text in the box, even while older suggestions are shown', async () => {
    const { page } = ui();
    await ui().open(`${suite.sample().url}/`);
    // Slow answers (a loaded server): the suggestions for the earlier text are on screen when Enter is pressed.
    await page.route('**/graphql', async (route) => {
      if (String(route.request().postData()).includes('ExplorerSearch')) {
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      await route.continue();
    });
    const top = await graphql<{ search: { edges: Array<{ node: { id: string } }> } }>(
      suite.sample().url,
      'query($text: String!) { search(text: $text, first: 1) { edges { node { id } } } }',
      { text: 'AG-2010-RES-08' },
    );
    const expected = top.search.edges[0]?.node.id;
    expect(expected).toBe(RECALLED_RESOLUTION);
    const first = await ui().search('GEMC');
    expect(first).not.toContain(expected);
    await page.fill('#search-input', 'AG-2010-RES-08');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(
      (id) => new URLSearchParams(window.location.search).get('focus') === id,
      expected,
    );
    await ui().idle();
    expect(param(page, 'focus')).toBe(expected);
  });

  it('says "no matches" on screen', async () => {
    const { page } = ui();
    await ui().open(`${suite.sample().url}/`);
    await page.fill('#search-input', 'qqzzxx nothing like it');
    await page.waitForSelector('#search-empty:not([hidden])');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.textContent('#search-empty')).toMatch(/^No matches for/);
    await page.fill('#search-input', 'GEMC');
    await page.waitForSelector('#search-suggestions:not([hidden])');
    expect(await page.isVisible('#search-empty')).toBe(false);
  });

  it('opens a results page past the 8 suggestions, and pages on', async () => {
    const { page } = ui();
    await ui().open(`${suite.wide().url}/`);
    const suggestions = await ui().search('WIDE-FAN');
    expect(suggestions).toHaveLength(8);
    await page.click('#search-suggestions .suggestion-all');
    await ui().idle();
    expect(param(page, 'view')).toBe('results');
    expect(param(page, 'q')).toBe('WIDE-FAN');
    const count = () => page.$$eval('#results-view .result', (r) => r.length);
    expect(await count()).toBe(25);
    await page.click('#results-view .results-more');
    await ui().idle();
    expect(await count()).toBe(50);
    const ids = await page.$$eval('#results-view .result', (r) => r.map((x) => x.getAttribute('data-node')));
    expect(new Set(ids).size, 'pages do not repeat hits').toBe(50);
    await ui().screenshot('view-tools-03-results');
    await page.click('#results-view .result:nth-child(30) button');
    await ui().idle();
    expect(param(page, 'focus')).toBe(ids[29]);
  });
});

describe.skipIf(skipReason !== null)('path', () => {
  it('follows only the shown relation types', async () => {
    const { page } = ui();
    const base: Array<[string, string]> = [
      ['focus', GEMC_RESOLUTION],
      ['pathFrom', GEMC_RESOLUTION],
      ['pathTo', RECALLED_RESOLUTION],
    ];
    await ui().open(url(suite.sample().url, base));
    const onPath = async () => (await ui().edges()).filter((e) => e.classes.includes('on-path'));
    expect((await onPath()).map((e) => e.type)).toEqual(['RECALLS']);
    await ui().open(url(suite.sample().url, [...base, ['hideRel', 'RECALLS']]));
    const filtered = await onPath();
    expect(filtered.every((e) => e.type !== 'RECALLS')).toBe(true);
    expect(await page.textContent('#path-status')).toMatch(/shown relation types only/);
  });

  it('keeps the first end while the second is searched for, and picks an end on the canvas', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    await page.click('.entity-panel button:has-text("Path from here")');
    await ui().idle();
    await ui().search('AG-2010-RES-08');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(
      (id) => window.location.search.includes(encodeURIComponent(id)),
      RECALLED_RESOLUTION,
    );
    await ui().idle();
    expect(param(page, 'focus')).toBe(RECALLED_RESOLUTION);
    expect(param(page, 'pathFrom'), 'the first end survives the search').toBe(GEMC_RESOLUTION);
    // Choose the other end by clicking it on the canvas.
    const target = (await drawn()).find((id) => id !== GEMC_RESOLUTION && id !== RECALLED_RESOLUTION);
    expect(target).toBeDefined();
    await page.click('#path-status .path-pick');
    await ui().clickElement(target ?? '');
    expect(param(page, 'pathTo')).toBe(target);
    expect(await page.textContent('#path-status')).toMatch(/highlighted/);
  });

  it('offers a directed lineage path (antecedent → descendant) beside the shortest one', async () => {
    const { page } = ui();
    const ends: Array<[string, string]> = [
      ['focus', ROOT],
      ['pathFrom', ROOT],
      ['pathTo', WIDE_LEAF],
    ];
    await ui().open(url(suite.wide().url, ends));
    await page.click('#path-status button[data-path-mode="lineage"]');
    await ui().idle();
    expect(param(page, 'pathMode')).toBe('lineage');
    const chain = (await ui().nodes()).filter((n) => n.classes.includes('on-path')).map((n) => n.id);
    expect(chain.sort()).toEqual([ROOT, ...[1, 2, 3, 4, 5].map((l) => `resolution:WIDE-L${l}-000`)].sort());
    expect(await page.textContent('#path-status')).toMatch(/WIDE-L5-000 is an antecedent of WIDE-ROOT/);

    // Two resolutions recalling the same hub: joined either way, but neither descends from the other.
    const siblings: Array<[string, string]> = [
      ['focus', FAN_0],
      ['pathFrom', FAN_0],
      ['pathTo', WIDE_LEAF],
    ];
    await ui().open(url(suite.wide().url, siblings));
    expect(await page.textContent('#path-status')).toMatch(/^Shortest path .* highlighted/);
    expect((await ui().nodes()).filter((n) => n.classes.includes('on-path')).map((n) => n.id)).toContain(HUB);
    await ui().open(url(suite.wide().url, [...siblings, ['pathMode', 'lineage']]));
    expect(await page.textContent('#path-status')).toMatch(
      /^No lineage path between WIDE-FAN-000 and WIDE-L5-000 /,
    );
    await ui().screenshot('view-tools-04-no-lineage-path');
  });
});

type Point = { x: number; y: number };
type Box = { id: string; x1: number; y1: number; x2: number; y2: number };
type Line = { id: string; source: string; target: string; routed: boolean; points: Point[] };

/** How many (edge, node) pairs cross: an edge drawn under a node that is not one of its ends. */
function crossings(lines: Line[], boxes: Box[], straight = false): number {
  let count = 0;
  for (const line of lines) {
    const [a, ...rest] = line.points;
    const b = rest[rest.length - 1];
    if (!a || !b) continue;
    const control = rest.length === 2 ? rest[0] : undefined;
    // A quadratic curve through Cytoscape's control point, sampled; straight lines sampled too.
    const samples: Point[] = [];
    for (let i = 0; i <= 40; i++) {
      const t = i / 40;
      const u = 1 - t;
      samples.push(
        control && !straight
          ? {
              x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
              y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
            }
          : { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t },
      );
    }
    for (const box of boxes) {
      if (box.id === line.source || box.id === line.target) continue;
      if (samples.some((p) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2)) count++;
    }
  }
  return count;
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.skipIf(skipReason !== null)('edges', () => {
  it('routes edges round the nodes their straight line would cross, and highlights the hovered one', async () => {
    const { page } = ui();
    // The body, then its hub expanded in place twice: ten neighbours in a column, then the rest on a ring
    // round the hub, whose straight edges would run under the column.
    await ui().open(url(suite.wide().url, [['focus', PANEL]]));
    await ui().doubleClickElement(HUB);
    await page.click('.entity-panel button:has-text("more neighbours")');
    await ui().idle();
    const lines = (await page.evaluate(() =>
      (window as unknown as { __lineage: { edgeLines(): unknown } }).__lineage.edgeLines(),
    )) as Line[];
    const boxes = (await page.evaluate(() =>
      (window as unknown as { __lineage: { nodeBoxes(): unknown } }).__lineage.nodeBoxes(),
    )) as Box[];
    expect(lines.length).toBeGreaterThan(90);
    const straight = crossings(lines, boxes, true);
    const drawnNow = crossings(lines, boxes);
    // The first ten stay where the first expansion put them (nothing drawn moves), in the way of the rest.
    expect(straight, 'straight edges to the ring would pass under the first column').toBeGreaterThan(10);
    expect(lines.filter((l) => l.routed).length).toBeGreaterThan(0);
    expect(drawnNow, `routed: ${drawnNow} crossings, straight: ${straight}`).toBeLessThan(straight / 2);
    await ui().screenshot('view-tools-05-routed-edges');

    // The sample corpus's first drawing: no edge runs under a node.
    await ui().open(
      url(suite.sample().url, [
        ['focus', GEMC_RESOLUTION],
        ['expand', RECALLED_RESOLUTION],
      ]),
    );
    const sampleLines = (await page.evaluate(() =>
      (window as unknown as { __lineage: { edgeLines(): unknown } }).__lineage.edgeLines(),
    )) as Line[];
    const sampleBoxes = (await page.evaluate(() =>
      (window as unknown as { __lineage: { nodeBoxes(): unknown } }).__lineage.nodeBoxes(),
    )) as Box[];
    expect(crossings(sampleLines, sampleBoxes)).toBe(0);
    const edge = sampleLines[0]?.id ?? '';
    await ui().hoverElement(edge);
    await page.waitForSelector('#edge-tooltip:not([hidden])');
    expect((await ui().edges()).find((e) => e.id === edge)?.classes).toContain('hover');
  });
});

describe.skipIf(skipReason !== null)('exports, resize and focus', () => {
  const save = async (button: string) => {
    const file = await ui().download(button);
    const path = join(ARTIFACTS, `view-tools-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return readFile(path);
  };

  it('frames PNG and SVG with a title, legend and source line, and caps the PNG of a 500-node view', async () => {
    const { page } = ui();
    await ui().open(
      url(suite.wide().url, [
        ['focus', ROOT],
        ['lineage', `UPSTREAM~5~~~${ROOT}`],
      ]),
    );
    const png = await save('export-png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const { width, height } = pngSize(png);
    expect(width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(height, 'the drawing is capped; the frame adds a title and a legend').toBeLessThanOrEqual(
      PNG_MAX_SIDE + 800,
    );
    expect(png.length, `${(png.length / 1e6).toFixed(1)} MB`).toBeLessThan(12e6);

    const svg = (await save('export-svg')).toString();
    expect(svg).toMatch(/class="figure-title">Lineage of WIDE-ROOT \(501 nodes, 500 relations\)</);
    expect(svg).toMatch(/class="legend-item">.*Resolution</);
    expect(svg).toContain('Relations: RECALLS');
    expect(svg).toMatch(/class="figure-source">Decision Lineage explorer · http:\/\/127\.0\.0\.1/);
    expect(page.url()).toContain('lineage=');
  });

  it('writes GraphML with a label key and positions, and JSON with aliases', async () => {
    const { page } = ui();
    await ui().open(url(suite.wide().url, [['focus', PANEL]]));
    const graphml = (await save('export-graphml')).toString();
    expect(graphml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(graphml).toContain('<key id="x" for="node" attr.name="x" attr.type="double"/>');
    const positions = await hook(page, 'modelPositions');
    for (const [id, at] of Object.entries(positions)) {
      const block = graphml.slice(graphml.indexOf(`<node id="${id}">`));
      expect(block.slice(0, block.indexOf('</node>'))).toContain(
        `<data key="x">${Math.round(at.x * 10) / 10}</data>`,
      );
    }
    expect(graphml).toContain('<data key="label">Wide Panel of Experts</data>');
    const json = JSON.parse((await save('export-json')).toString()) as {
      nodes: Array<{ id: string; aliases: string[] }>;
    };
    expect(json.nodes.find((n) => n.id === PANEL)?.aliases.sort()).toEqual([...PANEL_ALIASES].sort());
  });

  it('disables the exports on an empty view', async () => {
    const { page } = ui();
    const exports = () =>
      page.$$eval('.exports button', (b) => b.map((x) => (x as HTMLButtonElement).disabled));
    await ui().open(`${suite.sample().url}/`);
    expect(await exports()).toEqual([true, true, true, true]);
    await ui().open(url(suite.sample().url, [['focus', 'resolution:NO-SUCH-THING']]));
    expect(await page.isVisible('#error-banner')).toBe(true);
    expect(await exports()).toEqual([true, true, true, true]);
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    expect(await exports()).toEqual([false, false, false, false]);
    await page.click('#view-timeline');
    await ui().idle();
    expect(await exports(), 'the timeline is not what the exports draw').toEqual([true, true, true, true]);
    await page.click('#view-graph');
    await ui().idle();
    // From a drawn view to one that fails to load, in the same page: nothing stale is offered.
    await page.evaluate(() => {
      window.history.pushState(null, '', '?focus=resolution%3ANO-SUCH-THING');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForSelector('#error-banner:not([hidden])');
    await ui().idle();
    expect(await exports()).toEqual([true, true, true, true]);
  });

  it('re-fits the canvas on resize only while the user has not moved it', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    expect(await hook(page, 'fitted')).toBe(true);
    const before = await hook(page, 'viewport');
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction(
      (zoom) =>
        (window as unknown as { __lineage: { viewport(): { zoom: number } } }).__lineage.viewport().zoom !==
        zoom,
      before.zoom,
    );
    expect(await hook(page, 'fitted')).toBe(true);
    // The user zooms: a resize now keeps the viewport as it is.
    await page.click('#tool-zoom-in');
    expect(await hook(page, 'fitted')).toBe(false);
    const moved = await hook(page, 'viewport');
    await page.setViewportSize({ width: 1300, height: 850 });
    await page.waitForTimeout(300);
    expect(await hook(page, 'viewport')).toEqual(moved);
  });

  it('keeps keyboard focus in the node list after Enter', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    await page.focus(`#element-list button[data-node="${RECALLED_RESOLUTION}"]`);
    await page.keyboard.press('Enter');
    await ui().idle();
    expect(param(page, 'expand')).toBe(RECALLED_RESOLUTION);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(
      RECALLED_RESOLUTION,
    );
  });
});
