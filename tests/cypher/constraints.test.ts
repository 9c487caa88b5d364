import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES, staleFiles } from '../../scripts/gen.js';
import { schemaStatements } from '../../src/graph/neo4j/index.js';
import { loadOntology, Ontology } from '../../src/ontology/index.js';

const ontology = loadOntology();

describe('graph/constraints.cypher', () => {
  it('is what `npm run gen` generates from graph/ontology.yaml (run it after editing the ontology)', () => {
    expect(staleFiles(ontology)).toEqual([]);
    for (const file of GENERATED_FILES) {
      const current = readFileSync(file.path, 'utf8');
      expect(current).toBe(file.render(ontology, current));
    }
  });

  it('detects a stale file: an ontology with one more kind generates different text', () => {
    const [file] = GENERATED_FILES;
    const changed = new Ontology({
      ...ontology.data,
      nodeKinds: {
        ...ontology.data.nodeKinds,
        Treaty: { ...ontology.data.nodeKinds.Report!, idPrefix: 'treaty' },
      },
    });
    expect(file!.render(changed, '')).not.toBe(file!.render(ontology, ''));
    expect(file!.render(changed, '')).toContain('CREATE CONSTRAINT treaty_id IF NOT EXISTS FOR (n:Treaty)');
  });
});

describe('schemaStatements', () => {
  const statements = schemaStatements(ontology);

  it('is idempotent text with distinct names', () => {
    for (const s of statements)
      expect(s.cypher).toMatch(/^CREATE (CONSTRAINT|INDEX|TEXT INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });

  it('has a uniqueness constraint on id for the common label and for every node kind', () => {
    for (const label of ['Entity', 'Document', ...ontology.nodeKinds]) {
      expect(statements.map((s) => s.cypher)).toContainEqual(
        expect.stringContaining(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
      );
    }
  });

  it('indexes every property the ontology lists as indexed, per kind', () => {
    for (const kind of ontology.nodeKinds) {
      for (const property of ontology.nodeKind(kind).indexed) {
        expect(statements.map((s) => s.cypher)).toContainEqual(
          expect.stringContaining(`FOR (n:${kind}) ON (n.${property})`),
        );
      }
    }
  });

  it('has an accent- and case-folding full-text index over the fulltext properties and document text', () => {
    const fulltext = statements.find((s) => s.name === 'entity_text')!.cypher;
    expect(fulltext).toContain("'standard-folding'");
    for (const property of new Set(ontology.nodeKinds.flatMap((k) => ontology.nodeKind(k).fulltext))) {
      expect(fulltext).toContain(`n.${property}`);
    }
    expect(fulltext).toContain('n.text');
  });
});
