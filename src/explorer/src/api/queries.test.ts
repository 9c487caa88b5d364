import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from './queries.ts';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'),
);

const operations = Object.entries(queries).filter(([name]) => name.endsWith('_QUERY'));

describe('explorer operations', () => {
  it('covers every operation the explorer sends', () => {
    expect(operations.map(([name]) => name).sort()).toEqual([
      'DOCUMENT_QUERY',
      'ENTITY_QUERY',
      'LINEAGE_QUERY',
      'ONTOLOGY_QUERY',
      'PATH_QUERY',
      'SEARCH_QUERY',
    ]);
  });

  it.each(operations)('%s is valid against schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
