import type { OntologySummary } from '../api/types.ts';
import { DIRECTIONS, type Direction, LINEAGE_MAX_DEPTH, type LineageRequest } from '../state/state.ts';
import { h } from './dom.ts';

const DIRECTION_LABELS: Record<Direction, string> = {
  UPSTREAM: 'Upstream (where it comes from)',
  DOWNSTREAM: 'Downstream (what came of it)',
  BOTH: 'Both ways',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Upstream / downstream / both, N hops, these relation types, as of a date" from one node: the API's
 * `lineage` walk, whose result is added to the view.
 */
export function lineageForm(
  nodeId: string,
  ontology: OntologySummary,
  onSubmit: (id: string, request: LineageRequest) => void,
): HTMLElement {
  const direction = h(
    'select',
    { attrs: { name: 'direction', 'aria-label': 'Direction' } },
    ...DIRECTIONS.map((d) => h('option', { attrs: { value: d } }, DIRECTION_LABELS[d])),
  );
  const depth = h('input', {
    attrs: { name: 'depth', type: 'number', min: 1, max: LINEAGE_MAX_DEPTH, value: 3, 'aria-label': 'Hops' },
  });
  const types = h(
    'select',
    {
      attrs: {
        name: 'types',
        multiple: true,
        size: 5,
        'aria-label': 'Relation types (none selected: all)',
      },
    },
    ...ontology.relationKinds.map((r) =>
      h('option', { attrs: { value: r.type, title: r.description } }, r.type),
    ),
  );
  const asOf = h('input', { attrs: { name: 'asOf', type: 'date', 'aria-label': 'As of' } });
  const error = h('p', { className: 'field-error', attrs: { 'aria-live': 'polite' } });
  const form = h(
    'form',
    {
      className: 'lineage-form',
      // Our own message names the limits; the browser's bubble would not reach screen readers the same way.
      attrs: { 'aria-label': 'Add a lineage walk from this node', novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const hops = Number(depth.value);
          if (!Number.isInteger(hops) || hops < 1 || hops > LINEAGE_MAX_DEPTH) {
            error.textContent = `Hops must be a whole number from 1 to ${LINEAGE_MAX_DEPTH}.`;
            return;
          }
          if (asOf.value !== '' && !DATE.test(asOf.value)) {
            error.textContent = 'The date must be YYYY-MM-DD.';
            return;
          }
          error.textContent = '';
          onSubmit(nodeId, {
            direction: direction.value as Direction,
            depth: hops,
            types: [...types.selectedOptions].map((o) => o.value),
            asOf: asOf.value === '' ? null : asOf.value,
          });
        },
      },
    },
    h('h3', {}, 'Lineage'),
    h('label', {}, 'Direction ', direction),
    h('label', {}, 'Hops ', depth),
    h('label', {}, 'Relation types ', types),
    h('label', {}, 'As of ', asOf),
    error,
    h('button', { attrs: { type: 'submit' } }, 'Add lineage to view'),
  );
  return form;
}
