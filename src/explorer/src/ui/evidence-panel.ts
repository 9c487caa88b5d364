import type { EdgeInfo, EvidenceInfo, NodeSummary, OntologySummary } from '../api/types.ts';
import { nodeCaption } from '../graph/labels.ts';
import type { Lang } from '../state/state.ts';
import type { Actions } from './actions.ts';
import { h } from './dom.ts';

export interface EvidencePanelInput {
  edge: EdgeInfo;
  from: NodeSummary | undefined;
  to: NodeSummary | undefined;
  lang: Lang;
  ontology: OntologySummary;
  actions: Actions;
}

/** One relation and every sentence that states it, each one click away from the document reader. */
export function evidencePanel({ edge, from, to, lang, ontology, actions }: EvidencePanelInput): HTMLElement {
  const end = (id: string, node: NodeSummary | undefined) =>
    h(
      'button',
      {
        className: 'link',
        attrs: { type: 'button' },
        on: { click: () => actions.select({ type: 'node', id }) },
      },
      node ? nodeCaption(node, lang) : id,
    );
  const description = ontology.relationKinds.find((r) => r.type === edge.type)?.description;
  return h(
    'article',
    { className: 'evidence-panel', attrs: { 'aria-label': `Relation ${edge.type}`, 'data-edge': edge.id } },
    h('h2', {}, end(edge.from, from), ` —${edge.type}→ `, end(edge.to, to)),
    description ? h('p', { className: 'muted' }, description) : null,
    h('h3', {}, edge.evidence.length === 1 ? 'Evidence' : `Evidence (${edge.evidence.length})`),
    h('ol', { className: 'evidence-list' }, ...edge.evidence.map((e) => evidenceItem(e, actions))),
  );
}

export function evidenceItem(evidence: EvidenceInfo, actions?: Actions): HTMLElement {
  const document = evidence.documentLabel;
  return h(
    'li',
    { className: 'evidence' },
    h('blockquote', { className: 'quote' }, evidence.quote),
    h(
      'p',
      { className: 'evidence-meta' },
      `${document}, clause ${evidence.clause} (${evidence.clauseFunction.toLowerCase()}) · rule ${evidence.rule}`,
    ),
    actions
      ? h(
          'button',
          {
            attrs: { type: 'button', 'data-document': evidence.document, 'data-clause': evidence.clause },
            className: 'open-reader',
            on: { click: () => actions.openReader(evidence.document, evidence.clause) },
          },
          `Open ${document} at this clause`,
        )
      : null,
  );
}
