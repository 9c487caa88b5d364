/**
 * `lineage export --format csv`: the graph as the CSV files `neo4j-admin database import full` reads
 * (https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/), for a first load of a
 * large archive into an empty database. Everything is a plain, typed property a Cypher user can query:
 * evidence becomes parallel lists on the relationship (`evidenceDocuments[i]`, `evidenceQuotes[i]`, ...),
 * never a JSON string to decode.
 *
 * Files: `nodes.csv` (`:ID`, `:LABEL` = `Entity;<kind>`, core fields, labels per language, ontology properties
 * with their CSV type) and `relationships.csv` (`:START_ID`, `:END_ID`, `:TYPE`, id, qualifiers, evidence).
 * Lists are joined with ARRAY_DELIMITER (U+001F, which no resolution text contains, checked on write): pass
 * `--array-delimiter=U+001F --multiline-fields=true` to neo4j-admin (quotes may span lines).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../errors.js';
import type { GraphExport } from '../model/index.js';

export const ARRAY_DELIMITER = '\u001f';
/** The neo4j-admin options these files need, beyond `--nodes` and `--relationships`. */
export const IMPORT_OPTIONS = ['--array-delimiter=U+001F', '--multiline-fields=true'] as const;

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]';
type Cell = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

/** Quote every non-empty field (doubling inner quotes); an empty cell is an absent property. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    for (const item of value) {
      if (String(item).includes(ARRAY_DELIMITER))
        throw new Error(
          `CSV export: a list value contains the array delimiter U+001F: ${JSON.stringify(item)}`,
        );
    }
    return quote(value.join(ARRAY_DELIMITER));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return quote(value as string);
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const row = (cells: Cell[]): string => `${cells.map(csvField).join(',')}\n`;

const CORE_NODE_FIELDS = new Set(['id', 'kind', 'name', 'code', 'acronym', 'aliases', 'labels']);

function typeOf(values: unknown[]): CsvType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  }
  return 'string';
}

const header = (name: string, type: CsvType): string => (type === 'string' ? name : `${name}:${type}`);

/** The two files' contents. Columns are derived from the data (sorted), so the header names every
 * property once with one type; a property whose values mix types is written as a string. */
export function graphToCsv(graph: GraphExport): { nodes: string; relationships: string } {
  const languages = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.labels ?? {})))].sort();
  const propKeys = [
    ...new Set(graph.nodes.flatMap((n) => Object.keys(n).filter((k) => !CORE_NODE_FIELDS.has(k)))),
  ].sort();
  const propTypes = propKeys.map((k) => typeOf(graph.nodes.map((n) => n[k])));
  let nodes = [
    'id:ID',
    ':LABEL',
    'kind',
    'name',
    'code',
    'acronym',
    'aliases:string[]',
    ...languages.map((l) => `label_${l}`),
    ...propKeys.map((k, i) => header(k, propTypes[i]!)),
  ].join(',');
  nodes += '\n';
  for (const n of graph.nodes) {
    const labels = (n.labels ?? {}) as Record<string, string | undefined>;
    nodes += row([
      n.id,
      ['Entity', n.kind],
      n.kind,
      n.name,
      n.code,
      n.acronym,
      n.aliases,
      ...languages.map((l) => labels[l]),
      ...propKeys.map((k, i) => cellOf(n[k], propTypes[i]!)),
    ]);
  }

  const qualifierKeys = [...new Set(graph.edges.flatMap((e) => Object.keys(e.props ?? {})))].sort();
  const qualifierTypes = qualifierKeys.map((k) => typeOf(graph.edges.map((e) => e.props?.[k])));
  let relationships = [
    ':START_ID',
    ':END_ID',
    ':TYPE',
    'id',
    ...qualifierKeys.map((k, i) => header(k, qualifierTypes[i]!)),
    'evidenceDocuments:string[]',
    'evidenceClauses:long[]',
    'evidenceFunctions:string[]',
    'evidenceQuotes:string[]',
    'evidenceStarts:long[]',
    'evidenceEnds:long[]',
    'evidenceRules:string[]',
  ].join(',');
  relationships += '\n';
  for (const e of graph.edges) {
    relationships += row([
      e.from,
      e.to,
      e.type,
      e.id,
      ...qualifierKeys.map((k, i) => cellOf(e.props?.[k], qualifierTypes[i]!)),
      e.evidence.map((v) => v.document),
      e.evidence.map((v) => v.clause),
      e.evidence.map((v) => v.function),
      e.evidence.map((v) => v.quote),
      e.evidence.map((v) => v.start),
      e.evidence.map((v) => v.end),
      e.evidence.map((v) => v.rule),
    ]);
  }
  return { nodes, relationships };
}

function cellOf(value: unknown, type: CsvType): Cell {
  if (value === undefined || value === null) return null;
  if (type === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
  return value as Cell;
}

/** Write `nodes.csv` and `relationships.csv` into `dir` (created), each atomically (written beside, then
 * renamed); returns the line to print, with the neo4j-admin command that loads them. */
export async function writeCsvExport(graph: GraphExport, dir: string | undefined): Promise<string> {
  if (dir === undefined)
    throw new BadInputError('--format csv writes two files: give the directory with --out DIR');
  const { nodes, relationships } = graphToCsv(graph);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of [
    ['nodes.csv', nodes],
    ['relationships.csv', relationships],
  ] as const) {
    const target = join(dir, name);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, text);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  return (
    `wrote ${graph.nodes.length} nodes and ${graph.edges.length} relationships to ${dir}; load into an empty database with:\n` +
    `  neo4j-admin database import full --nodes=${join(dir, 'nodes.csv')} --relationships=${join(dir, 'relationships.csv')} ${IMPORT_OPTIONS.join(' ')} <database>\n`
  );
}
