import type { ExportFormat } from './format.js';

/** The store's own export (docs/export-format.md), pretty-printed. */
export const jsonFormat: ExportFormat = {
  name: 'json',
  description: '{"nodes":[...],"edges":[...]} with every alias, label, property and evidence',
  extension: 'json',
  render: (graph) => ({ type: 'text', text: `${JSON.stringify(graph, null, 2)}\n` }),
};
