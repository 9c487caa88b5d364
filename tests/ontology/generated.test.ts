import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../scripts/gen.js';
import { followFields } from '../../src/ontology/follow-fields.js';
import { BODY_TYPES, LANGUAGES, NODE_KINDS, RELATION_KINDS } from '../../src/ontology/generated.js';
import { loadOntology, Ontology, parseOntology } from '../../src/ontology/index.js';

const ontology = loadOntology();
const schemaText = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

describe('files generated from graph/ontology.yaml', () => {
  it('are current (run `npm run gen` after editing the ontology)', () => {
    expect(staleFiles(ontology)).toEqual([]);
  });

  it('are reported stale when ontology.yaml gains a relation kind without `npm run gen`', () => {
    const edited = new Ontology({
      ...ontology.data,
      relationKinds: {
        ...ontology.data.relationKinds,
        TEST_ONLY_CONVENES: {
          description: 'A test-only relation kind.',
          from: ['Resolution'],
          to: ['Conference'],
          antecedent: 'source',
          fields: { forward: 'testOnlyConvenes', reverse: 'testOnlyConvenedBy' },
        },
      },
    });
    const stale = staleFiles(edited).map((path) => path.split('/').pop());
    expect(stale).toEqual(expect.arrayContaining(['generated.ts', 'schema.graphql']));
  });

  it('are reported stale when a language is added', () => {
    const edited = new Ontology({
      ...ontology.data,
      languages: { ...ontology.data.languages, zz: 'Test-only' },
    });
    expect(staleFiles(edited).map((path) => path.split('/').pop())).toContain('generated.ts');
  });

  it('give the TypeScript constants in ontology order', () => {
    expect(NODE_KINDS).toEqual(ontology.nodeKinds);
    expect(RELATION_KINDS).toEqual(ontology.relationKinds);
    expect(BODY_TYPES).toEqual(ontology.nodeKind('Body').subtypes);
    expect(LANGUAGES).toEqual(Object.keys(ontology.data.languages));
  });
});

describe('@follow fields in schema.graphql', () => {
  const schema = buildSchema(schemaText);

  it('cover every (kind, relation, side) the ontology allows, with the declared name and direction', () => {
    let combinations = 0;
    for (const kind of ontology.nodeKinds) {
      const type = schema.getType(kind);
      if (!isObjectType(type)) throw new Error(`${kind} is not an object type`);
      for (const relation of ontology.relationKinds) {
        const spec = ontology.relationKind(relation);
        for (const [side, direction, name] of [
          [spec.from, 'OUTGOING', spec.fields.forward],
          [spec.to, 'INCOMING', spec.fields.reverse],
        ] as const) {
          if (!side.includes(kind)) continue;
          combinations += 1;
          const field = type.getFields()[name];
          expect(field, `${kind}.${name} (${relation} ${direction})`).toBeDefined();
          const follow = field!.astNode?.directives?.find((d) => d.name.value === 'follow');
          const args = Object.fromEntries(
            (follow?.arguments ?? []).map((a) => [a.name.value, 'value' in a.value ? a.value.value : '']),
          );
          expect(args).toEqual({ type: relation, direction });
        }
      }
    }
    expect(combinations).toBe(
      ontology.nodeKinds.reduce((n, kind) => n + followFields(ontology, kind).length, 0),
    );
    expect(combinations).toBeGreaterThan(100);
  });
});

describe('the ontology file', () => {
  it('rejects a relation kind without its field names', () => {
    const text = readFileSync(new URL('../../graph/ontology.yaml', import.meta.url), 'utf8');
    const broken = text.replace(/\n {4}fields: \{ forward: dissolves, reverse: dissolvedBy \}/, '');
    expect(() => parseOntology(broken)).toThrow(/relationKinds\.DISSOLVES\.fields/);
  });
});
