import { csvFormat } from './csv.js';
import type { ExportFormat } from './format.js';
import { graphmlFormat } from './graphml.js';
import { jsonFormat } from './json.js';
import { jsonldFormat } from './jsonld.js';

export { ARRAY_DELIMITER, csvFormat, importCommand } from './csv.js';
export type { ExportFormat, ExportOptions, ExportOutput, Positions } from './format.js';
export { graphmlFormat } from './graphml.js';
export { JSONLD_CONTEXT, jsonldFormat } from './jsonld.js';

/** Every export format by its `--format` name. */
export const EXPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map(
  [jsonFormat, graphmlFormat, csvFormat, jsonldFormat].map((f) => [f.name, f]),
);
