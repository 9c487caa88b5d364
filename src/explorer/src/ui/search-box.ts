import type { NodeSummary } from '../api/types.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import { h, replaceChildren } from './dom.ts';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  search(text: string, signal: AbortSignal): Promise<NodeSummary[]>;
  onChoose(node: NodeSummary): void;
  onError(error: unknown): void;
  lang(): Lang;
  debounceMs?: number;
}

/**
 * A WAI-ARIA combobox: suggestions as you type (debounced, stale answers discarded), arrow keys move
 * through them, Enter chooses, Escape closes.
 */
export class SearchBox {
  private results: NodeSummary[] = [];
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
      this.show(results);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.close();
      this.o.onError(error);
    }
  }

  private show(results: NodeSummary[]): void {
    this.results = results;
    this.active = results.length > 0 ? 0 : -1;
    const lang = this.o.lang();
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
    );
    this.o.listbox.hidden = results.length === 0;
    this.o.input.setAttribute('aria-expanded', String(results.length > 0));
    this.o.status.textContent = results.length === 0 ? 'No matches.' : `${results.length} suggestions.`;
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
        this.active = (this.active + step + this.results.length) % this.results.length;
        this.highlight();
        return;
      }
      case 'Enter':
        if (open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        return;
      case 'Escape':
        this.close();
        return;
      default:
        return;
    }
  }

  private choose(index: number): void {
    const node = this.results[index];
    if (!node) return;
    this.close();
    this.o.input.value = nodeCaption(node, this.o.lang());
    this.o.onChoose(node);
  }

  close(): void {
    this.o.listbox.hidden = true;
    this.o.input.setAttribute('aria-expanded', 'false');
    this.o.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
