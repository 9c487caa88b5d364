import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, loadKnowledge } from '../../src/ingest/knowledge.js';
import { knowledge, ontology } from './helpers.js';

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('loadKnowledge', () => {
  it('loads codes, organisations, three lexicons, the glossary and aliases', () => {
    expect(knowledge.lexicons.map((l) => l.language)).toEqual(['en', 'es', 'fr']);
    expect(knowledge.codes.families.length).toBeGreaterThanOrEqual(7);
    expect(knowledge.aliases.length).toBeGreaterThan(0);
  });

  it('rejects an unknown key, naming the file and the rule', () => {
    const dir = brokenCopy('lexicon/fr.yaml', (t) =>
      t.replace('  - id: fr.verb.recalling\n', '  - id: fr.verb.recalling\n    colour: blue\n'),
    );
    expect(() => loadKnowledge(dir)).toThrow(/lexicon\/fr\.yaml[\s\S]*rule fr\.verb\.recalling[\s\S]*colour/);
  });

  it('rejects a duplicate rule id and an invalid pattern', () => {
    const duplicate = brokenCopy('lexicon/en.yaml', (t) =>
      t.replace('id: en.verb.considering', 'id: en.verb.recalling'),
    );
    expect(() => loadKnowledge(duplicate)).toThrow(/Duplicate rule id "en\.verb\.recalling"/);
    const pattern = brokenCopy('institutions/interpol.yaml', (t) =>
      t.replace('(?<prefix>AGN)', '(?<prefix>AGN'),
    );
    expect(() => loadKnowledge(pattern)).toThrow(
      /institutions\/interpol\.yaml: rule code\.interpol-agn: invalid pattern/,
    );
  });

  it('rejects a relation type or a body type that graph/ontology.yaml does not declare', () => {
    const relation = brokenCopy('lexicon/fr.yaml', (t) =>
      t.replace('relations: [NOTES]', 'relations: [NOTICES]'),
    );
    expect(() => loadKnowledge(relation)).toThrow(
      /lexicon\/fr\.yaml[\s\S]*not a relation kind of graph\/ontology\.yaml/,
    );
    const bodyType = brokenCopy('lexicon/en.yaml', (t) => t.replace(/bodyType: \w+/, 'bodyType: guild'));
    expect(() => loadKnowledge(bodyType)).toThrow(
      /lexicon\/en\.yaml[\s\S]*not a Body subtype of graph\/ontology\.yaml/,
    );
  });
});

describe('knowledge agrees with the ontology', () => {
  const relations = new Set<string>();
  for (const lexicon of knowledge.lexicons) {
    for (const verb of lexicon.verbs) for (const r of verb.relations) relations.add(r);
    for (const r of Object.values(lexicon.relative.participles)) relations.add(r);
    for (const r of Object.values(lexicon.passive.phrases)) relations.add(r);
  }
  it.each([...relations].sort())('relation %s is an ontology relation kind', (type) => {
    expect(ontology.isRelationKind(type)).toBe(true);
  });

  it('names only ontology node kinds and Body subtypes', () => {
    for (const o of knowledge.organizations.organizations) expect(ontology.isNodeKind(o.kind)).toBe(true);
    for (const a of knowledge.aliases) expect(ontology.isNodeKind(a.kind)).toBe(true);
    const subtypes = new Set(ontology.nodeKind('Body').subtypes ?? []);
    for (const lexicon of knowledge.lexicons) {
      for (const group of lexicon.bodyTypes) {
        expect(subtypes.has(group.bodyType), group.id).toBe(true);
        for (const type of Object.values(group.bodyTypes ?? {}))
          expect(subtypes.has(type), group.id).toBe(true);
      }
      for (const verb of lexicon.verbs) {
        for (const kind of verb.targetKinds ?? []) expect(ontology.isNodeKind(kind), verb.id).toBe(true);
      }
    }
  });
});
