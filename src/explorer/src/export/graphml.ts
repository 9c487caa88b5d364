import type { GraphData } from './graph-data.ts';

const NODE_KEYS = ['kind', 'name', 'code', 'acronym', 'date', 'label_en', 'label_fr'] as const;
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

/** GraphML (readable by Gephi, yEd, Cytoscape desktop, networkx); edges keep their stored direction. */
export function toGraphml(graph: GraphData): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ].join('\n');
  const label = (labels: GraphData['nodes'][number]['labels'], lang: string) =>
    labels.find((l) => l.language.toUpperCase() === lang)?.text;
  const nodes = graph.nodes
    .map(
      (n) =>
        `    <node id="${escapeXml(n.id)}">\n` +
        data('kind', n.kind) +
        data('name', n.name) +
        data('code', n.code) +
        data('acronym', n.acronym) +
        data('date', n.date) +
        data('label_en', label(n.labels, 'EN')) +
        data('label_fr', label(n.labels, 'FR')) +
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
