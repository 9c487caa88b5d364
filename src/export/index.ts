import { graphToCsv, writeCsvExport } from './csv.js';
import type { ExportFormat } from './format.js';
import { graphmlFormat } from './graphml.js';
import { jsonFormat } from './json.js';
import { jsonldFormat } from './jsonld.js';

export { ARRAY_DELIMITER, graphToCsv, writeCsvExport } from './csv.js';
export type { ExportFormat, ExportOptions, ExportOutput, Positions } from './format.js';
export { graphmlFormat } from './graphml.js';
export { JSONLD_CONTEXT, jsonldFormat } from './jsonld.js';

/** CSV for neo4j-admin database import (src/export/csv.ts, shared with the Neo4j import benchmark). */
export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'nodes.csv and relationships.csv for neo4j-admin database import (--out DIR)',
  render(graph) {
    const { nodes, relationships } = graphToCsv(graph);
    return {
      type: 'files',
      files: [
        { name: 'nodes.csv', text: nodes },
        { name: 'relationships.csv', text: relationships },
      ],
    };
  },
  write: writeCsvExport,
};

/** Every export format by its `--format` name. */
export const EXPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map(
  [jsonFormat, graphmlFormat, csvFormat, jsonldFormat].map((f) => [f.name, f]),
);
