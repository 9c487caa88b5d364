import type { GraphData } from './graph-data.ts';

/** String keys of a node; `label` is the caption shown in the view (Gephi and yEd show it as the label). */
const NODE_KEYS = [
  'label',
  'kind',
  'name',
  'code',
  'acronym',
  'aliases',
  'date',
  'label_en',
  'label_fr',
] as const;
/** Drawn positions (Gephi reads `x` and `y`), in the explorer's model coordinates. */
const POSITION_KEYS = ['x', 'y'] as const;
const EDGE_KEYS = ['type', 'quote', 'document', 'clause', 'rule'] as const;

/** XML text and attribute escaping: names come from documents and may contain anything. */
export function escapeXml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  return [...escaped].filter(isXmlChar).join('');
}

/** XML 1.0 cannot carry most control characters at all, even escaped. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `      <data key="${key}">${escapeXml(String(value))}</data>\n`;
}

function position(at: { x: number; y: number } | undefined): string {
  if (!at) return '';
  const round = (v: number) => Math.round(v * 10) / 10;
  return data('x', round(at.x)) + data('y', round(at.y));
}

export interface GraphmlView {
  /** The caption of each node as the view shows it. */
  caption(node: GraphData['nodes'][number]): string;
  /** Where each node is drawn. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
}

/**
 * GraphML (readable by Gephi, yEd, Cytoscape desktop, networkx); edges keep their stored direction. With
 * the view, each node carries its caption as `label` and its drawn position as `x`, `y`.
 */
export function toGraphml(graph: GraphData, view?: GraphmlView): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...POSITION_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="double"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ].join('\n');
  const label = (labels: GraphData['nodes'][number]['labels'], lang: string) =>
    labels.find((l) => l.language.toUpperCase() === lang)?.text;
  const nodes = graph.nodes
    .map(
      (n) =>
        `    <node id="${escapeXml(n.id)}">\n` +
        data('label', view?.caption(n) ?? n.name) +
        data('kind', n.kind) +
        data('name', n.name) +
        data('code', n.code) +
        data('acronym', n.acronym) +
        data('aliases', n.aliases.join(' | ')) +
        data('date', n.date) +
        data('label_en', label(n.labels, 'EN')) +
        data('label_fr', label(n.labels, 'FR')) +
        position(view?.positions.get(n.id)) +
        '    </node>\n',
    )
    .join('');
  const edges = graph.edges
    .map((e) => {
      const first = e.evidence[0];
      return (
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">\n` +
        data('type', e.type) +
        data('quote', first?.quote) +
        data('document', first?.documentLabel) +
        data('clause', first?.clause) +
        data('rule', first?.rule) +
        '    </edge>\n'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    `${keys}\n` +
    '  <graph id="lineage" edgedefault="directed">\n' +
    nodes +
    edges +
    '  </graph>\n' +
    '</graphml>\n'
  );
}
