import type { EntityDetails, OntologySummary, RelatedEntity } from '../api/types.ts';
import type { KindStyle } from '../graph/kind-style.ts';
import { labelIn, nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import type { Actions } from './actions.ts';
import { h } from './dom.ts';
import { kindBadge } from './kind-badge.ts';
import { lineageForm } from './lineage-form.ts';

export interface EntityPanelInput {
  entity: EntityDetails;
  lang: Lang;
  expanded: boolean;
  /** Neighbours the expansion cap left out (the "N more" node's count), 0 when none. */
  hiddenNeighbours: number;
  pathFrom: string | null;
  pathTo: string | null;
  ontology: OntologySummary;
  styles: Map<string, KindStyle>;
  actions: Actions;
}

function row(term: string, ...value: Array<Node | string>): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

/**
 * Everything known about one entity: names per language, code, dates, session, and its relations
 * grouped by type and direction (what established it, what it is part of, what it recalls and what
 * recalls it), in the ontology's order.
 */
export function entityPanel(input: EntityPanelInput): HTMLElement {
  const { entity, lang, actions, styles } = input;
  const caption = nodeCaption(entity, lang);
  const facts: HTMLElement[] = [...row('Kind', kindBadge(entity.kind, styles))];
  if (entity.code) facts.push(...row('Code', entity.code));
  for (const label of entity.labels) facts.push(...row(`Name (${label.language.toLowerCase()})`, label.text));
  if (entity.labels.length === 0) facts.push(...row('Name', entity.name));
  if (entity.acronym) facts.push(...row('Acronym', entity.acronym));
  if (entity.aliases.length > 0) facts.push(...row('Aliases', entity.aliases.join(' · ')));
  if (entity.title) facts.push(...row('Title', entity.title));
  if (entity.date) facts.push(...row('Date', entity.date));
  if (entity.organ) facts.push(...row('Organ', entity.organ));
  if (entity.place) facts.push(...row('Place', entity.place));
  if (entity.session) {
    const session = entity.session;
    facts.push(
      ...row(
        'Session',
        h(
          'button',
          {
            className: 'link',
            attrs: { type: 'button' },
            on: { click: () => actions.reveal({ type: 'node', id: session.id }, entity.id) },
          },
          labelIn(session, lang),
        ),
      ),
    );
  }

  const commands = h(
    'div',
    { className: 'commands' },
    input.expanded
      ? null
      : h(
          'button',
          { attrs: { type: 'button' }, on: { click: () => actions.expand(entity.id) } },
          'Expand neighbours',
        ),
    input.hiddenNeighbours > 0
      ? h(
          'button',
          { attrs: { type: 'button' }, on: { click: () => actions.expand(entity.id, true) } },
          `Show ${input.hiddenNeighbours} more neighbours`,
        )
      : null,
    h(
      'button',
      { attrs: { type: 'button' }, on: { click: () => actions.focus(entity.id) } },
      'New lineage from here',
    ),
    h(
      'button',
      {
        attrs: { type: 'button', 'aria-pressed': String(input.pathFrom === entity.id) },
        on: { click: () => actions.setPathEnd('from', input.pathFrom === entity.id ? null : entity.id) },
      },
      'Path from here',
    ),
    h(
      'button',
      {
        attrs: { type: 'button', 'aria-pressed': String(input.pathTo === entity.id) },
        on: { click: () => actions.setPathEnd('to', input.pathTo === entity.id ? null : entity.id) },
      },
      'Path to here',
    ),
    entity.documentId
      ? h(
          'button',
          {
            attrs: { type: 'button' },
            on: { click: () => entity.documentId && actions.openReader(entity.documentId, null) },
          },
          'Read document',
        )
      : null,
  );

  return h(
    'article',
    { className: 'entity-panel', attrs: { 'aria-label': `Entity ${caption}`, 'data-entity': entity.id } },
    h('h2', {}, caption),
    h('dl', { className: 'facts' }, ...facts),
    commands,
    lineageForm(entity.id, input.ontology, (id, request) => actions.addLineage(id, request)),
    relationGroups(input),
  );
}

/** Related entities listed per page in a relation group; larger groups page (newest first). */
const GROUP_PAGE = 25;

function relatedItem(related: RelatedEntity, via: string, lang: Lang, actions: Actions): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        className: 'link',
        attrs: { type: 'button', 'data-node': related.node.id },
        on: { click: () => actions.reveal({ type: 'node', id: related.node.id }, via) },
      },
      nodeCaption(related.node, lang),
    ),
    related.node.date ? h('span', { className: 'muted small' }, ` ${related.node.date}`) : null,
    ' ',
    h(
      'button',
      {
        className: 'link small',
        attrs: { type: 'button', 'aria-label': `Evidence for ${related.type} with ${related.node.name}` },
        on: { click: () => actions.reveal({ type: 'edge', id: related.edgeId }, via, related.node.id) },
      },
      'evidence',
    ),
  );
}

function relationGroups({ entity, lang, ontology, actions }: EntityPanelInput): HTMLElement {
  const order = new Map(ontology.relationKinds.map((r, i) => [r.type, i]));
  const describe = new Map(ontology.relationKinds.map((r) => [r.type, r.description]));
  const groups = new Map<string, RelatedEntity[]>();
  for (const related of entity.relations) {
    const key = `${related.direction}:${related.type}`;
    groups.set(key, [...(groups.get(key) ?? []), related]);
  }
  const keys = [...groups.keys()].sort((a, b) => {
    const [da = '', ta = ''] = a.split(':');
    const [db = '', tb = ''] = b.split(':');
    return (order.get(ta) ?? 99) - (order.get(tb) ?? 99) || (da === 'out' ? -1 : 1) - (db === 'out' ? -1 : 1);
  });
  const caption = nodeCaption(entity, lang);
  const sections = keys.map((key) => {
    const items = [...(groups.get(key) ?? [])].sort(
      (a, b) => (b.node.date ?? '').localeCompare(a.node.date ?? '') || (a.node.id < b.node.id ? -1 : 1),
    );
    const first = items[0];
    if (!first) return null;
    const outgoing = first.direction === 'out';
    // "GEMC ← ESTABLISHES" reads "established by"; "→ RECALLS" reads "what it recalls".
    const heading = outgoing ? `${first.type} →` : `← ${first.type} (by)`;
    const meaning = outgoing
      ? `${caption} ${first.type} these entities`
      : `These entities ${first.type} ${caption}`;
    const list = h('ul', {});
    const pager = h('div', { className: 'pager' });
    const showPage = (page: number) => {
      const pages = Math.ceil(items.length / GROUP_PAGE);
      const slice = items.slice(page * GROUP_PAGE, (page + 1) * GROUP_PAGE);
      list.replaceChildren(...slice.map((related) => relatedItem(related, entity.id, lang, actions)));
      if (pages <= 1) return;
      pager.replaceChildren(
        h(
          'button',
          { attrs: { type: 'button', disabled: page === 0 }, on: { click: () => showPage(page - 1) } },
          'Previous',
        ),
        h('span', { className: 'muted' }, ` page ${page + 1} of ${pages} `),
        h(
          'button',
          { attrs: { type: 'button', disabled: page + 1 >= pages }, on: { click: () => showPage(page + 1) } },
          'Next',
        ),
        h(
          'button',
          {
            className: 'draw-page',
            attrs: { type: 'button' },
            on: { click: () => actions.drawMany(slice.map((r) => r.node.id)) },
          },
          `Draw these ${slice.length}`,
        ),
      );
    };
    showPage(0);
    return h(
      'section',
      { className: 'relation-group', attrs: { 'data-group': key, 'data-count': items.length } },
      h(
        'h3',
        { attrs: { title: describe.get(first.type) ?? '', 'aria-label': `${meaning} (${items.length})` } },
        `${heading} · ${items.length}`,
      ),
      list,
      pager,
    );
  });
  return h(
    'div',
    { className: 'relations' },
    sections.length === 0 ? h('p', { className: 'muted' }, 'No relations.') : null,
    ...sections,
  );
}
