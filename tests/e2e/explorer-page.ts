import type { Download, Page } from 'playwright-core';

export interface ViewNode {
  id: string;
  label: string;
  kind: string;
  classes: string[];
}

export interface ViewEdge {
  id: string;
  type: string;
  classes: string[];
}

type Point = { x: number; y: number };

interface Hooks {
  nodes(): ViewNode[];
  edges(): ViewEdge[];
  clientPosition(id: string): Point | null;
  modelPositions(): Record<string, Point>;
  viewport(): { zoom: number; pan: Point };
  fitted(): boolean;
  restyled(): string[];
  pinned(): string[];
  selectOnCanvas(ids: string[]): void;
}

/** Runs one of the explorer's test hooks in the page. */
export function hook<K extends keyof Hooks>(
  page: Page,
  name: K,
  ...args: Parameters<Hooks[K]>
): Promise<ReturnType<Hooks[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const hooks = (window as unknown as { __lineage: Record<string, (...x: unknown[]) => unknown> })
        .__lineage;
      return hooks[n as string]?.(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<Hooks[K]>>;
}

/** Drives the explorer the way a user does (typing, clicking canvas elements), through its test hooks. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  /** Wait until no render or request is in flight. */
  async idle(): Promise<void> {
    await this.page.waitForSelector('#app[aria-busy="false"]');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.idle();
  }

  nodes(): Promise<ViewNode[]> {
    return this.page.evaluate(() => (window as unknown as { __lineage: Hooks }).__lineage.nodes());
  }

  edges(): Promise<ViewEdge[]> {
    return this.page.evaluate(() => (window as unknown as { __lineage: Hooks }).__lineage.edges());
  }

  /** Click a node or an edge where it is drawn on the canvas. */
  async clickElement(id: string): Promise<void> {
    const at = await this.page.evaluate(
      (elementId) => (window as unknown as { __lineage: Hooks }).__lineage.clientPosition(elementId),
      id,
    );
    if (!at) throw new Error(`Element ${id} is not drawn`);
    await this.page.mouse.click(at.x, at.y);
    await this.idle();
  }

  /** Double-click a node on the canvas (expand it). */
  async doubleClickElement(id: string): Promise<void> {
    const at = await this.position(id);
    await this.page.mouse.dblclick(at.x, at.y);
    await this.idle();
  }

  async position(id: string): Promise<{ x: number; y: number }> {
    const at = await this.page.evaluate(
      (elementId) => (window as unknown as { __lineage: Hooks }).__lineage.clientPosition(elementId),
      id,
    );
    if (!at) throw new Error(`Element ${id} is not drawn`);
    return at;
  }

  async hoverElement(id: string): Promise<void> {
    const at = await this.page.evaluate(
      (elementId) => (window as unknown as { __lineage: Hooks }).__lineage.clientPosition(elementId),
      id,
    );
    if (!at) throw new Error(`Element ${id} is not drawn`);
    await this.page.mouse.move(at.x, at.y);
  }

  /** Type into the search box and wait for suggestions. */
  async search(text: string): Promise<string[]> {
    await this.page.fill('#search-input', text);
    await this.page.waitForSelector('#search-suggestions:not([hidden]) [role="option"]');
    return this.page.$$eval('#search-suggestions [role="option"][data-id]', (options) =>
      options.map((o) => o.getAttribute('data-id') ?? ''),
    );
  }

  async download(buttonId: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click(`#${buttonId}`),
    ]);
    return download;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: new URL(`../artifacts/${name}.png`, import.meta.url).pathname });
  }
}
