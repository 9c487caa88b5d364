import { describe, expect, it } from 'vitest';
import { csvFormat } from '../../src/export/csv.js';
import type { ExportOutput } from '../../src/export/format.js';
import { sampleGraph } from './sample-graph.js';

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes), as neo4j-admin reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i++;
      } else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(fieldText);
      fieldText = '';
    } else if (c === '\n') {
      row.push(fieldText);
      rows.push(row);
      row = [];
      fieldText = '';
    } else fieldText += c;
  }
  return rows;
}

function files(output: ExportOutput): Map<string, string> {
  if (output.type !== 'files') throw new Error('csv must write a folder');
  return new Map(output.files.map((f) => [f.name, f.text]));
}

describe('csv export (neo4j-admin database import)', () => {
  const out = files(csvFormat.render(sampleGraph()));

  it('writes one node file per kind, one relationship file per type, and the import command', () => {
    expect([...out.keys()]).toEqual([
      'nodes-Body.csv',
      'nodes-Resolution.csv',
      'relationships-AUTHORIZES.csv',
      'relationships-RECALLS.csv',
      'IMPORT.txt',
    ]);
    const command = out.get('IMPORT.txt')!;
    expect(command).toContain('neo4j-admin database import full');
    expect(command).toContain('--nodes=./nodes-Body.csv');
    expect(command).toContain('--relationships=./relationships-RECALLS.csv');
    expect(command).toContain('--multiline-fields=true');
  });

  it('types the node columns from their values and keys nodes by id', () => {
    const [header, ...rows] = parseCsv(out.get('nodes-Resolution.csv')!);
    expect(header).toEqual([
      'id:ID',
      ':LABEL',
      'name',
      'code',
      'acronym',
      'aliases:string[]',
      'label_en',
      'label_fr',
      'label_es',
      'date:date',
      'number:long',
      'title',
    ]);
    expect(rows[1]).toEqual([
      'resolution:AG-2014-RES-04',
      'Resolution',
      'AG-2014-RES-04',
      'AG-2014-RES-04',
      '',
      '',
      '',
      'Création du GEMC',
      '',
      '2014-11-07',
      '4',
      'Création du "GEMC", <cybercriminalité>',
    ]);
  });

  it('writes arrays with the array delimiter, never splitting an element that contained it', () => {
    const [header, row] = parseCsv(out.get('nodes-Body.csv')!);
    const aliases = row![header!.indexOf('aliases:string[]')]!;
    expect(aliases.split(';')).toEqual(['Groupe de travail CMII', 'WG, CMII']);
  });

  it('writes relationships with start, end, type, typed qualifiers and evidence as parallel arrays', () => {
    const [header, row] = parseCsv(out.get('relationships-AUTHORIZES.csv')!);
    expect(header!.slice(0, 5)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'year:long']);
    expect(row!.slice(0, 5)).toEqual([
      'resolution:AG-2010-RES-08',
      'body:groupe-de-travail-cmii',
      'AUTHORIZES',
      'AUTHORIZES:resolution:AG-2010-RES-08->body:groupe-de-travail-cmii',
      '2010',
    ]);
    const recalls = parseCsv(out.get('relationships-RECALLS.csv')!);
    expect(recalls).toHaveLength(2);
    const quote = recalls[1]![recalls[0]!.indexOf('quotes:string[]')];
    expect(quote).toBe('RAPPELANT la résolution AG-2010-RES-08,\n"par laquelle"');
    expect(recalls[1]![recalls[0]!.indexOf('starts:long[]')]).toBe('2175');
  });
});
