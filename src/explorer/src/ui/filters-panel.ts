import type { OntologySummary } from '../api/types.ts';
import type { KindStyle } from '../graph/kind-style.ts';
import type { Filters } from '../state/state.ts';
import { h, replaceChildren } from './dom.ts';
import { kindBadge } from './kind-badge.ts';

const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

/**
 * Relation-type, kind and date-range filters, built once from the ontology and then kept in step
 * with the state (rebuilding would steal keyboard focus from the checkbox being toggled).
 */
export class FiltersPanel {
  private readonly relationBoxes = new Map<string, HTMLInputElement>();
  private readonly kindBoxes = new Map<string, HTMLInputElement>();
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly dateError: HTMLElement;

  constructor(
    container: HTMLElement,
    ontology: OntologySummary,
    styles: Map<string, KindStyle>,
    private readonly onChange: (filters: Filters) => void,
  ) {
    const checkbox = (group: Map<string, HTMLInputElement>, name: string) => {
      const box = h('input', { attrs: { type: 'checkbox', checked: true, 'data-filter': name } });
      box.addEventListener('change', () => this.emit());
      group.set(name, box);
      return box;
    };
    const kinds = ontology.nodeKinds.map((k) =>
      h(
        'label',
        { className: 'filter', attrs: { title: k.description } },
        checkbox(this.kindBoxes, k.kind),
        kindBadge(k.kind, styles),
      ),
    );
    const relations = ontology.relationKinds.map((r) =>
      h(
        'label',
        { className: 'filter', attrs: { title: r.description } },
        checkbox(this.relationBoxes, r.type),
        r.type,
      ),
    );
    const dateInput = (id: string, label: string) => {
      const input = h('input', {
        attrs: { id, type: 'text', inputmode: 'numeric', placeholder: 'YYYY or YYYY-MM-DD', size: 12 },
      });
      input.addEventListener('change', () => this.emit());
      return { input, label: h('label', { attrs: { for: id } }, label) };
    };
    const from = dateInput('filter-from', 'From');
    const to = dateInput('filter-to', 'To');
    this.from = from.input;
    this.to = to.input;
    this.dateError = h('p', { className: 'field-error', attrs: { role: 'alert' } });
    replaceChildren(
      container,
      h('fieldset', {}, h('legend', {}, 'Kinds'), ...kinds),
      h('fieldset', {}, h('legend', {}, 'Relations'), ...relations),
      h(
        'fieldset',
        { className: 'dates' },
        h('legend', {}, 'Dates'),
        from.label,
        from.input,
        to.label,
        to.input,
        this.dateError,
      ),
    );
  }

  /** Nodes hidden from the canvas tools: kept as they are when the panel's own filters change. */
  private hiddenNodes: string[] = [];

  sync(filters: Filters): void {
    this.hiddenNodes = filters.hiddenNodes;
    for (const [kind, box] of this.kindBoxes) box.checked = !filters.hiddenKinds.includes(kind);
    for (const [type, box] of this.relationBoxes) box.checked = !filters.hiddenRelations.includes(type);
    if (document.activeElement !== this.from) this.from.value = filters.from ?? '';
    if (document.activeElement !== this.to) this.to.value = filters.to ?? '';
  }

  private emit(): void {
    const from = this.from.value.trim();
    const to = this.to.value.trim();
    const bad = [from, to].find((v) => v !== '' && !DATE.test(v));
    this.dateError.textContent =
      bad === undefined ? '' : `"${bad}" is not a year (YYYY) or a date (YYYY-MM-DD).`;
    this.from.setAttribute('aria-invalid', String(from !== '' && !DATE.test(from)));
    this.to.setAttribute('aria-invalid', String(to !== '' && !DATE.test(to)));
    if (bad !== undefined) return;
    const unchecked = (group: Map<string, HTMLInputElement>) =>
      [...group].filter(([, box]) => !box.checked).map(([name]) => name);
    this.onChange({
      hiddenKinds: unchecked(this.kindBoxes),
      hiddenRelations: unchecked(this.relationBoxes),
      hiddenNodes: this.hiddenNodes,
      from: from === '' ? null : from,
      to: to === '' ? null : to,
    });
  }
}
