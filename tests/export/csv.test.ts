import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors.js';
import { ARRAY_DELIMITER, csvField, graphToCsv, writeCsvExport } from '../../src/export/csv.js';
import type { GraphExport } from '../../src/model/index.js';

/** RFC 4180 as neo4j-admin reads it with --multiline-fields=true: quoted fields, "" for a quote. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

const asObjects = (text: string) => {
  const [header, ...rows] = parse(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

const graph: GraphExport = {
  nodes: [
    {
      id: 'body:gemc',
      kind: 'Body',
      name: 'Expert "Group"',
      acronym: 'GEMC',
      aliases: ['Groupe, GEMC', 'GEMC'],
      labels: { fr: 'Groupe', en: 'Group' },
      bodyType: 'expert_group',
    },
    {
      id: 'resolution:AG-2014-RES-04',
      kind: 'Resolution',
      name: 'AG-2014-RES-04',
      code: 'AG-2014-RES-04',
      aliases: [],
      labels: {},
      number: 4,
      date: '2014-11-07',
    },
  ],
  edges: [
    {
      id: 'ESTABLISHES:resolution:AG-2014-RES-04->body:gemc',
      type: 'ESTABLISHES',
      from: 'resolution:AG-2014-RES-04',
      to: 'body:gemc',
      props: { year: 2014 },
      evidence: [
        {
          document: 'document:A.fr',
          clause: 3,
          function: 'operative',
          quote: 'DÉCIDE\nde créer',
          start: 10,
          end: 25,
          rule: 'fr.establishes',
        },
        {
          document: 'document:A.en',
          clause: 2,
          function: 'operative',
          quote: 'DECIDES to',
          start: 5,
          end: 15,
          rule: 'en.establishes',
        },
      ],
    },
  ],
};

describe('CSV export for neo4j-admin database import', () => {
  const { nodes, relationships } = graphToCsv(graph);

  it('types the header from the data and labels every node Entity plus its kind', () => {
    expect(parse(nodes)[0]).toEqual([
      'id:ID',
      ':LABEL',
      'kind',
      'name',
      'code',
      'acronym',
      'aliases:string[]',
      'label_en',
      'label_fr',
      'bodyType',
      'date',
      'number:long',
    ]);
    const [gemc, resolution] = asObjects(nodes);
    expect(gemc![':LABEL']!.split(ARRAY_DELIMITER)).toEqual(['Entity', 'Body']);
    expect(gemc!.name).toBe('Expert "Group"');
    expect(gemc!['aliases:string[]']!.split(ARRAY_DELIMITER)).toEqual(['Groupe, GEMC', 'GEMC']);
    expect(gemc!.code).toBe('');
    expect(resolution!['number:long']).toBe('4');
    expect(resolution!.label_fr).toBe('');
  });

  it('writes evidence as parallel typed lists, quotes spanning lines kept whole', () => {
    const [edge] = asObjects(relationships);
    expect(edge![':START_ID']).toBe('resolution:AG-2014-RES-04');
    expect(edge![':TYPE']).toBe('ESTABLISHES');
    expect(edge!['year:long']).toBe('2014');
    expect(edge!['evidenceQuotes:string[]']!.split(ARRAY_DELIMITER)).toEqual([
      'DÉCIDE\nde créer',
      'DECIDES to',
    ]);
    expect(edge!['evidenceStarts:long[]']!.split(ARRAY_DELIMITER)).toEqual(['10', '5']);
    expect(edge!['evidenceRules:string[]']!.split(ARRAY_DELIMITER)).toEqual([
      'fr.establishes',
      'en.establishes',
    ]);
  });

  it('refuses a list value containing the array delimiter instead of splitting it silently', () => {
    expect(() => csvField([`a${ARRAY_DELIMITER}b`])).toThrow(/array delimiter/);
    expect(csvField(['a', 'b'])).toBe(`"a${ARRAY_DELIMITER}b"`);
    expect(csvField([])).toBe('');
  });

  it('writes both files into the --out directory and says how to import them; no directory is bad input', async () => {
    await expect(writeCsvExport(graph, undefined)).rejects.toBeInstanceOf(BadInputError);
    const dir = join(mkdtempSync(join(tmpdir(), 'csv-export-')), 'out');
    const message = await writeCsvExport(graph, dir);
    expect(readdirSync(dir).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toBe(nodes);
    expect(message).toContain('--array-delimiter=U+001F --multiline-fields=true');
  });
});
