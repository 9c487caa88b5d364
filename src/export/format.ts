import type { GraphExport } from '../model/index.js';

/** Layout positions of nodes, when a caller knows them (the explorer does; the CLI does not). */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface ExportOptions {
  positions?: Positions;
}

/** What one format makes of the graph: one text, or several named files (a folder). */
export type ExportOutput =
  | { type: 'text'; text: string }
  | { type: 'files'; files: Array<{ name: string; text: string }> };

/** One export format: a name for `--format`, a description, and a pure renderer. */
export interface ExportFormat {
  name: string;
  description: string;
  /** File extension for a single-text output; absent when the output is a folder. */
  extension?: string;
  render(graph: GraphExport, options?: ExportOptions): ExportOutput;
  /** A format that writes its own output (e.g. a folder); returns the line to print. */
  write?(graph: GraphExport, out: string | undefined): Promise<string>;
}

/** The node's flattened properties (everything but the core fields), keys sorted as exported. */
export function nodeProperties(node: GraphExport['nodes'][number]): Array<[string, unknown]> {
  const core = new Set(['id', 'kind', 'name', 'code', 'acronym', 'aliases', 'labels']);
  return Object.entries(node)
    .filter(([key, value]) => !core.has(key) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export const LABEL_LANGUAGES = ['en', 'fr', 'es'] as const;
