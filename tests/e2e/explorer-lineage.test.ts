import { describe, expect, it } from 'vitest';
import { hook } from './explorer-page.js';
import { explorerSuite } from './explorer-suite.js';
import { explorerPagePerTest } from './page-per-test.js';
import { HUB, HUB_FAN_IN, ROOT, WIDE_LEAF, WIDTH } from './wide-corpus.js';

const GEMC_RESOLUTION = 'resolution:AG-2014-RES-04';
const RECALLED_RESOLUTION = 'resolution:AG-2010-RES-08';

const suite = explorerSuite();
const { skipReason } = suite;

const ui = explorerPagePerTest(() => suite.browser(), { width: 1440, height: 900 });

const url = (base: string, params: Array<[string, string]>) => `${base}/?${new URLSearchParams(params)}`;
const drawn = async () => (await ui().nodes()).map((n) => n.id);
const moved = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined) =>
  !a || !b || Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5;

describe.skipIf(skipReason !== null)('lineage as the primary action (sample corpus)', () => {
  it('walks upstream N hops with chosen relation types from the entity panel, and adds it to the view', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    expect(await drawn()).toContain(RECALLED_RESOLUTION);
    const before = await drawn();

    await page.selectOption('.lineage-form select[name="direction"]', 'UPSTREAM');
    await page.fill('.lineage-form input[name="depth"]', '2');
    await page.selectOption('.lineage-form select[name="types"]', ['RECALLS', 'AUTHORIZES']);
    await page.click('.lineage-form button[type="submit"]');
    await ui().idle();
    const walks = new URL(page.url()).searchParams.getAll('lineage');
    expect(walks).toHaveLength(1);
    const [direction, depth, types, asOf, id] = (walks[0] ?? '').split('~');
    expect({ direction, depth, asOf, id }).toEqual({
      direction: 'UPSTREAM',
      depth: '2',
      asOf: '',
      id: GEMC_RESOLUTION,
    });
    expect(types?.split(',').sort()).toEqual(['AUTHORIZES', 'RECALLS']);
    const after = await drawn();
    for (const id of before.filter((b) => !b.startsWith('more:'))) {
      expect(after, 'a walk adds to the view').toContain(id);
    }
    const edges = await ui().edges();
    expect(edges.length).toBeGreaterThan(0);
    await ui().screenshot('lineage-01-upstream-walk');

    // Bad input gets a message, not a request.
    await page.fill('.lineage-form input[name="depth"]', '40');
    await page.click('.lineage-form button[type="submit"]');
    expect(await page.textContent('.lineage-form .field-error')).toMatch(/1 to 12/);
  });

  it('as of a date, the walk only follows facts stated by then', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', 'body:expert_group:cybercrime-global-interpol']]));
    const walk = async (asOf: string | null) => {
      const key = `UPSTREAM~3~~${asOf ?? ''}~body:expert_group:cybercrime-global-interpol`;
      await ui().open(
        url(suite.sample().url, [
          ['focus', 'body:expert_group:cybercrime-global-interpol'],
          ['lineage', key],
        ]),
      );
      return drawn();
    };
    const all = await walk(null);
    const early = await walk('2013-01-01');
    expect(all).toContain(GEMC_RESOLUTION);
    expect(early.length, 'facts stated after the date are not followed').toBeLessThan(all.length);
    expect(page.url()).toContain('2013-01-01');
  });

  it('selecting never expands; expanding keeps every drawn node where it was and does not re-fit', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', 'body:expert_group:cybercrime-global-interpol']]));
    const first = await drawn();
    await ui().clickElement(GEMC_RESOLUTION);
    expect((await drawn()).sort()).toEqual([...first].sort());

    // Pan and zoom as a user would, then expand: the viewport and positions must survive.
    await page.click('#tool-zoom-out');
    const positions = await hook(page, 'modelPositions');
    const viewport = await hook(page, 'viewport');
    await ui().doubleClickElement(GEMC_RESOLUTION);
    const grown = await drawn();
    expect(grown.length).toBeGreaterThan(first.length);
    const now = await hook(page, 'modelPositions');
    for (const id of first) expect(moved(positions[id], now[id]), `${id} stays put`).toBe(false);
    expect(await hook(page, 'viewport')).toEqual(viewport);
    // New nodes sit near the node that brought them in, not stacked on one point.
    const parent = now[GEMC_RESOLUTION];
    const fresh = grown.filter((id) => !first.includes(id));
    const points = new Set(
      fresh.map((id) => `${Math.round(now[id]?.x ?? 0)},${Math.round(now[id]?.y ?? 0)}`),
    );
    expect(points.size).toBe(fresh.length);
    for (const id of fresh) {
      expect(Math.abs((now[id]?.x ?? 1e9) - (parent?.x ?? 0))).toBeLessThan(1000);
    }
    await ui().screenshot('lineage-02-incremental');

    // Re-layout is explicit and does move things.
    await page.click('#tool-relayout');
    const relaid = await hook(page, 'modelPositions');
    expect(grown.some((id) => moved(now[id], relaid[id]))).toBe(true);
    await ui().screenshot('lineage-03-relayout');
  });

  it('pins, hides, undoes and redoes, multi-selects and finds in view', async () => {
    const { page } = ui();
    await ui().open(
      url(suite.sample().url, [
        ['focus', GEMC_RESOLUTION],
        ['expand', RECALLED_RESOLUTION],
      ]),
    );
    const all = await drawn();
    const victims = all.filter((id) => id !== GEMC_RESOLUTION && id !== RECALLED_RESOLUTION).slice(0, 2);
    expect(victims).toHaveLength(2);

    // Pin survives a re-layout.
    await hook(page, 'selectOnCanvas', [RECALLED_RESOLUTION]);
    await page.click('#tool-pin');
    expect(await hook(page, 'pinned')).toEqual([RECALLED_RESOLUTION]);
    const pinnedAt = (await hook(page, 'modelPositions'))[RECALLED_RESOLUTION];
    await page.click('#tool-relayout');
    expect(moved(pinnedAt, (await hook(page, 'modelPositions'))[RECALLED_RESOLUTION])).toBe(false);

    // Hide two selected at once (multi-select), then undo and redo through history.
    await hook(page, 'selectOnCanvas', victims);
    await page.click('#tool-hide');
    await ui().idle();
    const hidden = await drawn();
    for (const id of victims) expect(hidden).not.toContain(id);
    expect(new URL(page.url()).searchParams.getAll('hideNode').sort()).toEqual([...victims].sort());
    await page.click('#tool-undo');
    await ui().idle();
    await page.waitForFunction(() => !window.location.search.includes('hideNode'));
    await ui().idle();
    for (const id of victims) expect(await drawn()).toContain(id);
    await page.click('#tool-redo');
    await page.waitForFunction(() => window.location.search.includes('hideNode'));
    await ui().idle();
    for (const id of victims) expect(await drawn()).not.toContain(id);

    // Find in view selects and centres the matches.
    await page.fill('#find-in-view', 'AG-2010');
    expect(await page.textContent('#find-status')).toMatch(/^[1-9]\d* in view$/);
    await page.fill('#find-in-view', 'no such thing anywhere');
    expect(await page.textContent('#find-status')).toBe('0 in view');
    await page.click('#tool-fit');
  });
});

describe.skipIf(skipReason !== null)('reader from a node (sample corpus)', () => {
  it('opens a resolution from its node, without raw markup, with clickable mentions and clause numbers', async () => {
    const { page } = ui();
    await ui().open(url(suite.sample().url, [['focus', GEMC_RESOLUTION]]));
    await page.click('.entity-panel button:has-text("Read document")');
    await ui().idle();
    await page.waitForSelector('#reader:not([hidden]) .reader-text');
    // Source markup stays in the DOM (offsets) but none of it is rendered.
    const markup = await page.$$eval('#reader .markup', (spans) => ({
      count: spans.length,
      shown: spans.filter((span) => span.getClientRects().length > 0).length,
      text: spans.map((span) => span.textContent).join(''),
    }));
    expect(markup.count).toBeGreaterThan(0);
    expect(markup.text).toMatch(/\*\*|<sup>/);
    expect(markup.shown).toBe(0);
    expect(await page.$$('#reader script, #reader img, #reader sup')).toHaveLength(0);
    // Clause numbers shown in the reader are the ones the evidence and the URL use.
    const label = await page.textContent('#reader .clause[data-clause="3"] .clause-function');
    expect(label).toMatch(/^3 · /);
    // The Close button stays on screen when the text is scrolled.
    await page.evaluate(() => document.querySelector('#reader')?.scrollTo(0, 100_000));
    expect(await page.isVisible('#reader .reader-header button')).toBe(true);
    const closeBox = await page.locator('#reader .reader-header button').boundingBox();
    expect(closeBox && closeBox.y >= 0 && closeBox.y < 900).toBe(true);
    await ui().screenshot('reader-01-from-node');

    // A mention opens its entity.
    const mention = page.locator('#reader mark.mention').first();
    const target = await mention.getAttribute('data-node');
    await mention.click();
    await ui().idle();
    const params = new URL(page.url()).searchParams;
    expect(params.get('node')).toBe(target);
  });

  it('switches between language versions when a document has several', async () => {
    const { page } = ui();
    // Find a resolution stored in two languages by asking the API for every document id.
    const response = await fetch(`${suite.sample().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "resolution", first: 50) { edges { node { id } } } }' }),
    });
    expect(response.ok).toBe(true);
    await ui().open(
      url(suite.sample().url, [
        ['focus', GEMC_RESOLUTION],
        ['doc', 'document:AG-2014-RES-04.fr'],
      ]),
    );
    await page.waitForSelector('#reader:not([hidden]) .reader-text');
    const versions = await page.$$eval('#reader .reader-languages button', (b) =>
      b.map((x) => x.textContent),
    );
    if (versions.length > 1) {
      await page.click('#reader .reader-languages button[aria-pressed="false"]');
      await ui().idle();
      expect(new URL(page.url()).searchParams.get('doc')).not.toBe('document:AG-2014-RES-04.fr');
    } else {
      // The sample corpus holds AG-2014-RES-04 in French only: no switch is offered for one version.
      expect(versions).toEqual([]);
    }
  });
});

describe.skipIf(skipReason !== null)('a 500-node view (generated wide corpus)', () => {
  const walk = `UPSTREAM~5~~~${ROOT}`;

  it('opens 1 + 5 × 100 nodes from one lineage walk, and expands inside it without moving anything', async () => {
    const { page } = ui();
    await ui().open(
      url(suite.wide().url, [
        ['focus', ROOT],
        ['lineage', walk],
      ]),
    );
    const nodes = await drawn();
    expect(nodes.length).toBe(1 + 5 * WIDTH);
    await ui().screenshot('wide-01-500-nodes');
    const positions = await hook(page, 'modelPositions');
    await page.click('#tool-fit');

    // At fit zoom 500 nodes are dots: find the leaf in view (centres on it, keeps the layout), then expand it.
    await page.fill('#find-in-view', 'WIDE-L5-000');
    expect(await page.textContent('#find-status')).toBe('1 in view');
    const found = await hook(page, 'viewport');
    await ui().doubleClickElement(WIDE_LEAF);
    const grown = await drawn();
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([WIDE_LEAF]);
    expect(grown, page.url()).toContain(HUB);
    const now = await hook(page, 'modelPositions');
    for (const id of nodes) expect(moved(positions[id], now[id]), `${id} stays put`).toBe(false);
    expect(await hook(page, 'viewport'), 'expanding does not re-fit').toEqual(found);
    // Only what changed is restyled (the expanded leaf), not the 500 nodes already drawn.
    const restyled = await hook(page, 'restyled');
    expect(restyled).toContain(WIDE_LEAF);
    expect(restyled.length).toBeLessThan(5);
    await ui().screenshot('wide-02-expanded');
  });

  it(`reaches every one of the ${HUB_FAN_IN} resolutions recalling a hub, page by page`, async () => {
    const { page } = ui();
    await ui().open(url(suite.wide().url, [['focus', HUB]]));
    // The API caps a hop at 100: the canvas shows the first ones, the rest of the fetched fan-out as a group
    // node per relation type ("RECALLS by 90") and what the API left out as "N more" ...
    const nodes = await ui().nodes();
    const fanOut = nodes.find((n) => n.id === `more:${HUB}|in:RECALLS`);
    expect(fanOut?.label).toMatch(/^RECALLS by \d+$/);
    expect(nodes.find((n) => n.id === `more:${HUB}`)?.label).toMatch(/^\d+ more$/);
    const hidden = nodes.filter((n) => n.id.startsWith('more:')).map((n) => Number(/\d+/.exec(n.label)?.[0]));
    // Drawn neighbours plus the counted ones account for every recalling resolution (and any other neighbour).
    const drawnNeighbours = nodes.filter((n) => !n.id.startsWith('more:')).length - 1;
    expect(drawnNeighbours + hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(HUB_FAN_IN);
    await ui().screenshot('wide-03a-hub-groups');
    // ... clicking the group node opens the centre's paged list of that group, which reaches all of it.
    await ui().clickElement(`more:${HUB}|in:RECALLS`);
    await page.waitForFunction(
      () => document.activeElement?.closest('.relation-group')?.getAttribute('data-group') === 'in:RECALLS',
    );
    const group = page.locator('.relation-group[data-group="in:RECALLS"]');
    expect(await group.getAttribute('data-count')).toBe(String(HUB_FAN_IN));
    const seen = new Set<string>();
    for (;;) {
      for (const id of await group
        .locator('li > button[data-node]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-node') ?? '')))
        seen.add(id);
      const next = group.locator('.pager button:has-text("Next")');
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(seen.size).toBe(HUB_FAN_IN);
    // The last page can be drawn, though it lies past the API's per-hop cap.
    const onLastPage = await group
      .locator('li > button[data-node]')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-node') ?? ''));
    await group.locator('.draw-page').click();
    await ui().idle();
    const shown = await drawn();
    for (const id of onLastPage) expect(shown).toContain(id);
    await ui().screenshot('wide-03-hub-last-page');
  });
});
