import type { NodeSummary } from '../api/types.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import { h, replaceChildren } from './dom.ts';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** Visible "no matches" line (the status is for screen readers). */
  empty: HTMLElement;
  search(text: string, signal: AbortSignal): Promise<NodeSummary[]>;
  onChoose(node: NodeSummary): void;
  /** Open the results page for `text` (every hit, paged). */
  onAll(text: string): void;
  onError(error: unknown): void;
  lang(): Lang;
  debounceMs?: number;
}

/**
 * A WAI-ARIA combobox: suggestions as you type (debounced, stale answers discarded), arrow keys move
 * through them, Enter chooses, Escape closes. Enter always answers the text in the box: while the
 * suggestions shown are for an earlier text, it searches the current one at once and opens its top hit.
 * The last option opens the results page.
 */
export class SearchBox {
  private results: NodeSummary[] = [];
  /** The text the suggestions shown answer. */
  private resultsFor = '';
  /** Enter was pressed before the suggestions for the current text arrived. */
  private enterPending = false;
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;

  constructor(private readonly o: SearchBoxOptions) {
    o.input.setAttribute('role', 'combobox');
    o.input.setAttribute('aria-autocomplete', 'list');
    o.input.setAttribute('aria-expanded', 'false');
    o.input.setAttribute('aria-controls', o.listbox.id);
    o.listbox.setAttribute('role', 'listbox');
    o.input.addEventListener('input', () => this.schedule());
    o.input.addEventListener('keydown', (event) => this.onKey(event));
    o.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.o.empty.hidden = true;
    const text = this.o.input.value.trim();
    if (text.length === 0) {
      this.inflight?.abort();
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.run(text), this.o.debounceMs ?? 180);
  }

  private async run(text: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const results = await this.o.search(text, controller.signal);
      if (controller.signal.aborted) return;
      const current = this.o.input.value.trim() === text;
      this.show(results, text);
      if (this.enterPending && current) {
        this.enterPending = false;
        if (results.length > 0) this.choose(0);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.close();
      this.o.onError(error);
    }
  }

  /** Options: the hits, then "All results" (index results.length). */
  private get optionCount(): number {
    return this.results.length > 0 ? this.results.length + 1 : 0;
  }

  private show(results: NodeSummary[], text: string): void {
    this.results = results;
    this.resultsFor = text;
    this.active = results.length > 0 ? 0 : -1;
    const lang = this.o.lang();
    const all = h(
      'li',
      {
        attrs: { id: `suggestion-${results.length}`, role: 'option', 'aria-selected': 'false' },
        className: 'suggestion suggestion-all',
        on: {
          mousedown: (event) => {
            event.preventDefault();
            this.choose(results.length);
          },
        },
      },
      `All results for “${text}”`,
    );
    replaceChildren(
      this.o.listbox,
      ...results.map((node, i) => {
        const caption = nodeCaption(node, lang);
        const label = labelIn(node, lang);
        return h(
          'li',
          {
            attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': node.id },
            className: 'suggestion',
            on: {
              // mousedown, not click: choose before the input's blur closes the list.
              mousedown: (event) => {
                event.preventDefault();
                this.choose(i);
              },
            },
          },
          h('span', { className: 'suggestion-caption' }, caption),
          caption !== label ? h('span', { className: 'suggestion-name' }, label) : null,
          h('span', { className: 'kind-badge' }, node.kind),
        );
      }),
      results.length > 0 ? all : null,
    );
    this.o.listbox.hidden = results.length === 0;
    this.o.input.setAttribute('aria-expanded', String(results.length > 0));
    this.o.status.textContent = results.length === 0 ? 'No matches.' : `${results.length} suggestions.`;
    this.o.empty.textContent = results.length === 0 ? `No matches for “${text}”.` : '';
    this.o.empty.hidden = results.length > 0;
    this.highlight();
  }

  private highlight(): void {
    const options = this.o.listbox.querySelectorAll('[role="option"]');
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === this.active));
    });
    if (this.active >= 0) {
      this.o.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
      options[this.active]?.scrollIntoView({ block: 'nearest' });
    } else {
      this.o.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.o.listbox.hidden && this.results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!open) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + this.optionCount) % this.optionCount;
        this.highlight();
        return;
      }
      case 'Enter': {
        const text = this.o.input.value.trim();
        if (text === '') return;
        event.preventDefault();
        if (open && this.active >= 0 && this.resultsFor === text) {
          this.choose(this.active);
          return;
        }
        // The suggestions on screen (if any) answer an earlier text: search this one now.
        clearTimeout(this.timer);
        this.enterPending = true;
        void this.run(text);
        return;
      }
      case 'Escape':
        this.close();
        return;
      default:
        return;
    }
  }

  private choose(index: number): void {
    if (index === this.results.length && this.results.length > 0) {
      this.close();
      this.o.onAll(this.resultsFor);
      return;
    }
    const node = this.results[index];
    if (!node) return;
    this.close();
    this.o.input.value = nodeCaption(node, this.o.lang());
    this.o.onChoose(node);
  }

  close(): void {
    this.enterPending = false;
    this.o.empty.hidden = true;
    this.o.listbox.hidden = true;
    this.o.input.setAttribute('aria-expanded', 'false');
    this.o.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
