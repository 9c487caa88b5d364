import type { DocumentInfo, DocumentMention } from '../api/types.ts';
import type { Actions } from './actions.ts';
import { h } from './dom.ts';
import { withoutMarkup } from './markup.ts';
import { overlay } from './overlay.ts';

/**
 * The source text clause by clause, with each clause's entity mentions highlighted, the clause the
 * reader was opened at marked and scrolled to, and the quoted evidence (document offsets) underlined.
 */
export function readerView(
  doc: DocumentInfo,
  clause: number | null,
  quotes: Array<{ start: number; end: number }>,
  versions: Array<{ language: string; id: string }>,
  actions: Actions,
): HTMLElement {
  const byClause = new Map<number, DocumentMention[]>();
  for (const mention of doc.mentions)
    byClause.set(mention.clause, [...(byClause.get(mention.clause) ?? []), mention]);
  const clauses = doc.clauses.map((c) => {
    const mentions = (byClause.get(c.index) ?? []).map((m) => ({ start: m.start, end: m.end, value: m }));
    const pieces = overlay(c.text, c.start, mentions, quotes).map((piece) => {
      const mention = piece.mention;
      const content = mention
        ? h(
            'mark',
            {
              className: 'mention',
              attrs: {
                'data-node': mention.node.id,
                title: `${mention.node.kind}: ${mention.node.name} (open)`,
                role: 'link',
                tabindex: 0,
              },
              on: {
                click: () => actions.openEntity(mention.node.id),
                keydown: (event) => {
                  if ((event as KeyboardEvent).key === 'Enter') actions.openEntity(mention.node.id);
                },
              },
            },
            ...withoutMarkup(piece.text),
          )
        : h('span', {}, ...withoutMarkup(piece.text));
      return piece.quoted ? h('span', { className: 'quoted' }, content) : content;
    });
    const target = c.index === clause;
    return h(
      'p',
      {
        className: `clause clause-${c.function.toLowerCase()}${target ? ' target' : ''}`,
        attrs: {
          'data-clause': c.index,
          id: `clause-${c.index}`,
          tabindex: target ? -1 : undefined,
          'aria-current': target ? 'true' : undefined,
        },
      },
      h(
        'span',
        { className: 'clause-function', attrs: { 'aria-hidden': 'true' } },
        `${c.index} · ${c.function.toLowerCase()}`,
      ),
      ...pieces,
    );
  });
  return h(
    'article',
    {
      className: 'reader',
      attrs: { 'aria-label': `Document ${doc.code ?? doc.source}`, 'data-document': doc.id },
    },
    h(
      'header',
      { className: 'reader-header' },
      h('h2', {}, doc.code ?? doc.source),
      h(
        'button',
        {
          attrs: { type: 'button', 'aria-label': 'Close the document reader' },
          on: { click: () => actions.closeReader() },
        },
        'Close',
      ),
    ),
    doc.title ? h('p', { className: 'reader-title' }, doc.title) : null,
    h('p', { className: 'muted' }, `${doc.source} · ${doc.language.toLowerCase()}`),
    versions.length > 1
      ? h(
          'div',
          { className: 'reader-languages', attrs: { role: 'group', 'aria-label': 'Language version' } },
          ...versions.map((v) =>
            h(
              'button',
              {
                attrs: { type: 'button', 'aria-pressed': String(v.id === doc.id), 'data-document': v.id },
                on: { click: () => actions.openReader(v.id, clause) },
              },
              v.language.toUpperCase(),
            ),
          ),
        )
      : null,
    h('div', { className: 'reader-text', attrs: { lang: doc.language.toLowerCase() } }, ...clauses),
  );
}

/** Bring the target clause into view and give it focus, so keyboard and screen-reader users land on it. */
export function focusTargetClause(container: HTMLElement): void {
  const target = container.querySelector<HTMLElement>('.clause.target');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
