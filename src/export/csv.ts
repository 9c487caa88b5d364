import type { GraphEdge, GraphExport } from '../graph/model.js';
import { type ExportFormat, LABEL_LANGUAGES, nodeProperties } from './format.js';

/** neo4j-admin's default array delimiter; a `;` inside an array element is written as `,` (documented). */
export const ARRAY_DELIMITER = ';';

/** neo4j-admin column types this writer emits (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/). */
type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'long[]';

interface Column<Row> {
  header: string;
  value(row: Row): unknown;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function columnType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (present.every((v) => typeof v === 'number')) return 'double';
  if (present.every((v) => typeof v === 'string' && ISO_DATE.test(v))) return 'date';
  return 'string';
}

/** One CSV field: quoted when needed, quotes doubled (RFC 4180, as neo4j-admin reads it). */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value)
    ? value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER)
    : String(value);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function table<Row>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return `${lines.join('\n')}\n`;
}

/** File-name safe form of a kind or relation type (they are ontology names, so normally unchanged). */
function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

type ExportNode = GraphExport['nodes'][number];

function nodeColumns(nodes: ExportNode[]): Column<ExportNode>[] {
  const props = new Map<string, unknown[]>();
  for (const node of nodes)
    for (const [key, value] of nodeProperties(node)) props.set(key, [...(props.get(key) ?? []), value]);
  const columns: Column<ExportNode>[] = [
    { header: 'id:ID', value: (n) => n.id },
    { header: ':LABEL', value: (n) => n.kind },
    { header: 'name', value: (n) => n.name },
    { header: 'code', value: (n) => n.code },
    { header: 'acronym', value: (n) => n.acronym },
    { header: 'aliases:string[]', value: (n) => (n.aliases.length > 0 ? n.aliases : undefined) },
    ...LABEL_LANGUAGES.map(
      (lang): Column<ExportNode> => ({ header: `label_${lang}`, value: (n) => n.labels[lang] }),
    ),
  ];
  for (const key of [...props.keys()].sort()) {
    const type = columnType(props.get(key)!);
    columns.push({ header: type === 'string' ? key : `${key}:${type}`, value: (n) => n[key] });
  }
  return columns;
}

function edgeColumns(edges: GraphEdge[]): Column<GraphEdge>[] {
  const qualifiers = new Map<string, unknown[]>();
  for (const edge of edges) {
    for (const [key, value] of Object.entries(edge.props ?? {}))
      qualifiers.set(key, [...(qualifiers.get(key) ?? []), value]);
  }
  const columns: Column<GraphEdge>[] = [
    { header: ':START_ID', value: (e) => e.from },
    { header: ':END_ID', value: (e) => e.to },
    { header: ':TYPE', value: (e) => e.type },
    { header: 'id', value: (e) => e.id },
  ];
  for (const key of [...qualifiers.keys()].sort()) {
    const type = columnType(qualifiers.get(key)!);
    columns.push({ header: type === 'string' ? key : `${key}:${type}`, value: (e) => e.props?.[key] });
  }
  // Evidence as parallel arrays, so Cypher reads it without decoding JSON: quotes[i] is stated in documents[i] …
  columns.push(
    { header: 'documents:string[]', value: (e) => e.evidence.map((v) => v.document) },
    { header: 'clauses:long[]', value: (e) => e.evidence.map((v) => v.clause) },
    { header: 'functions:string[]', value: (e) => e.evidence.map((v) => v.function) },
    { header: 'quotes:string[]', value: (e) => e.evidence.map((v) => v.quote) },
    { header: 'starts:long[]', value: (e) => e.evidence.map((v) => v.start) },
    { header: 'ends:long[]', value: (e) => e.evidence.map((v) => v.end) },
    { header: 'rules:string[]', value: (e) => e.evidence.map((v) => v.rule) },
  );
  return columns;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The `neo4j-admin database import full` command for the files of `csvFiles` in folder `dir`. */
export function importCommand(files: string[], dir = '.', database = 'neo4j'): string {
  const args = files.map((name) => {
    const flag = name.startsWith('nodes-') ? '--nodes' : '--relationships';
    return `  ${flag}=${dir}/${name}`;
  });
  return [
    `neo4j-admin database import full ${database} --overwrite-destination --multiline-fields=true --array-delimiter="${ARRAY_DELIMITER}" \\`,
    args.join(' \\\n'),
  ].join('\n');
}

/**
 * CSV in the shape `neo4j-admin database import` reads: one `nodes-<Kind>.csv` per node kind (`id:ID`,
 * `:LABEL`, typed property columns) and one `relationships-<TYPE>.csv` per relation type (`:START_ID`,
 * `:END_ID`, `:TYPE`, qualifiers, evidence as parallel arrays), plus IMPORT.txt with the command.
 */
export const csvFormat: ExportFormat = {
  name: 'csv',
  description:
    'a folder of CSV files for neo4j-admin database import (nodes per kind, relationships per type)',
  render(graph) {
    const files: Array<{ name: string; text: string }> = [];
    for (const [kind, nodes] of groupBy(graph.nodes, (n) => n.kind)) {
      files.push({ name: `nodes-${safe(kind)}.csv`, text: table(nodeColumns(nodes), nodes) });
    }
    for (const [type, edges] of groupBy(graph.edges, (e) => e.type)) {
      files.push({ name: `relationships-${safe(type)}.csv`, text: table(edgeColumns(edges), edges) });
    }
    const command = importCommand(
      files.map((f) => f.name),
      '.',
    );
    files.push({
      name: 'IMPORT.txt',
      text: `Load into an empty, stopped database (run from this folder):\n\n${command}\n`,
    });
    return { type: 'files', files };
  },
};
