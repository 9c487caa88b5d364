import type { GraphExport } from '../model/index.js';
import { type ExportFormat, LABEL_LANGUAGES, nodeProperties } from './format.js';
import { escapeXml } from './xml.js';

type AttrType = 'string' | 'int' | 'double' | 'boolean';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: AttrType;
}

function typeOf(values: unknown[]): AttrType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * GraphML (yEd, Gephi, Cytoscape, NetworkX): node keys for kind, name, code, acronym, aliases (joined by
 * " | "), one label key per language (label_en, label_fr, label_es), x/y when positions are known, and every
 * property; edge keys for type, qualifiers, the number of evidence spans and the first quote and document.
 */
export const graphmlFormat: ExportFormat = {
  name: 'graphml',
  description: 'GraphML with label keys per language, aliases, properties and positions when known',
  extension: 'graphml',
  render(graph: GraphExport, options = {}) {
    const positions = options.positions;
    const keys: Key[] = [
      { id: 'kind', for: 'node', name: 'kind', type: 'string' },
      { id: 'name', for: 'node', name: 'name', type: 'string' },
      { id: 'code', for: 'node', name: 'code', type: 'string' },
      { id: 'acronym', for: 'node', name: 'acronym', type: 'string' },
      { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
      ...LABEL_LANGUAGES.map(
        (lang): Key => ({ id: `label_${lang}`, for: 'node', name: `label_${lang}`, type: 'string' }),
      ),
    ];
    if (positions && positions.size > 0) {
      keys.push(
        { id: 'x', for: 'node', name: 'x', type: 'double' },
        { id: 'y', for: 'node', name: 'y', type: 'double' },
      );
    }
    const propValues = new Map<string, unknown[]>();
    for (const node of graph.nodes) {
      for (const [key, value] of nodeProperties(node))
        propValues.set(key, [...(propValues.get(key) ?? []), value]);
    }
    const propKeys = [...propValues.keys()].sort();
    for (const key of propKeys)
      keys.push({ id: `p_${key}`, for: 'node', name: key, type: typeOf(propValues.get(key)!) });
    const qualifierValues = new Map<string, unknown[]>();
    for (const edge of graph.edges) {
      for (const [key, value] of Object.entries(edge.props ?? {})) {
        qualifierValues.set(key, [...(qualifierValues.get(key) ?? []), value]);
      }
    }
    const qualifierKeys = [...qualifierValues.keys()].sort();
    keys.push(
      { id: 'type', for: 'edge', name: 'type', type: 'string' },
      { id: 'evidence_count', for: 'edge', name: 'evidence_count', type: 'int' },
      { id: 'quote', for: 'edge', name: 'quote', type: 'string' },
      { id: 'document', for: 'edge', name: 'document', type: 'string' },
      ...qualifierKeys.map(
        (key): Key => ({ id: `q_${key}`, for: 'edge', name: key, type: typeOf(qualifierValues.get(key)!) }),
      ),
    );

    const data = (key: string, value: unknown) =>
      `<data key="${escapeXml(key)}">${escapeXml(text(value))}</data>`;
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...keys.map(
        (k) =>
          `  <key id="${escapeXml(k.id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
      ),
      '  <graph id="lineage" edgedefault="directed">',
    ];
    for (const node of graph.nodes) {
      const parts = [data('kind', node.kind), data('name', node.name)];
      if (node.code !== undefined) parts.push(data('code', node.code));
      if (node.acronym !== undefined) parts.push(data('acronym', node.acronym));
      if (node.aliases.length > 0) parts.push(data('aliases', node.aliases.join(' | ')));
      for (const lang of LABEL_LANGUAGES) {
        const label = node.labels[lang];
        if (label !== undefined) parts.push(data(`label_${lang}`, label));
      }
      const at = positions?.get(node.id);
      if (at) parts.push(data('x', at.x), data('y', at.y));
      for (const [key, value] of nodeProperties(node)) parts.push(data(`p_${key}`, value));
      lines.push(`    <node id="${escapeXml(node.id)}">${parts.join('')}</node>`);
    }
    for (const edge of graph.edges) {
      const parts = [data('type', edge.type), data('evidence_count', edge.evidence.length)];
      const first = edge.evidence[0];
      if (first) parts.push(data('quote', first.quote), data('document', first.document));
      for (const key of Object.keys(edge.props ?? {}).sort()) parts.push(data(`q_${key}`, edge.props![key]));
      lines.push(
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}">${parts.join('')}</edge>`,
      );
    }
    lines.push('  </graph>', '</graphml>', '');
    return { type: 'text', text: lines.join('\n') };
  },
};
