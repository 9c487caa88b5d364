import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { KNOWLEDGE_DIR, loadKnowledge } from '../../src/ingest/knowledge.js';
import { knowledge, ontology } from './helpers.js';

/**
 * Institution profiles (ingest/institutions/*.yaml): each profile's whole-document examples give the own code
 * the extractor must read (`expect`), its counter-examples must not give that code; the loader folds the
 * profiles' families, references and organs into the knowledge and rejects inconsistent profiles.
 */
/** The document's own code: its record id is `document:<code>.<lang>`. */
const ownCode = (text: string, source = 'untitled.txt') =>
  extract({ text, source, sha256: '0'.repeat(64) }, knowledge, ontology).document.id.replace(
    /^document:(.*)\.[a-z]{2}$/,
    '$1',
  );

const documents = knowledge.institutions.flatMap((p) =>
  p.documents.map((example) => [p.institution, example.why ?? example.text.slice(0, 60), example] as const),
);
const counterDocuments = knowledge.institutions.flatMap((p) =>
  p.documentCounterExamples.map((example) => [p.institution, example.why, example] as const),
);

describe('institution profiles: whole-document examples', () => {
  it('every profile with code families has document examples', () => {
    for (const profile of knowledge.institutions) {
      if (profile.families.length) expect(profile.documents.length, profile.institution).toBeGreaterThan(0);
    }
  });

  it.each(documents)('%s: %s', (_institution, _why, example) => {
    expect(ownCode(example.text)).toBe(String(example.expect));
  });

  it.each(counterDocuments)('%s does not read: %s', (_institution, _why, example) => {
    expect(ownCode(example.text)).toMatch(/^UNCODED-/);
  });
});

describe('genre-level fallback: a code derived from the heading, the organ acronym and the year', () => {
  const derived = knowledge.codes.derived;
  it('is declared in codes.yaml', () => expect(derived?.examples.length).toBeGreaterThan(0));
  it.each((derived?.examples ?? []).map((e) => [e.text.slice(0, 50), e] as const))('%s', (_t, example) => {
    expect(ownCode(example.text)).toBe(String(example.expect));
  });
  it.each((derived?.counterExamples ?? []).map((e) => [e.why, e] as const))(
    'counter-example: %s',
    (_why, example) => {
      expect(ownCode(example.text)).toMatch(/^UNCODED-/);
    },
  );
});

function copyWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'institutions-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('institution profile loader', () => {
  it('folds every profile into codes and the gazetteer, with the profile as institution', () => {
    const un = knowledge.codes.families.find((f) => f.id === 'code.un-sc-resolution');
    expect(un?.institution).toBe('un');
    expect(knowledge.organizations.organizations.find((o) => o.key === 'opcw-conference')?.institution).toBe(
      'opcw',
    );
    expect(knowledge.institutions.map((p) => p.institution)).toContain('cgpm');
  });

  it('rejects an organ missing from organizations.yaml, naming the profile', () => {
    const profile = readFileSync(join(KNOWLEDGE_DIR, 'institutions/interpol.yaml'), 'utf8');
    const dir = copyWith(
      'institutions/interpol.yaml',
      profile.replace('organization: interpol-executive-committee', 'organization: interpol-nowhere'),
    );
    expect(() => loadKnowledge(dir)).toThrow(/institutions\/interpol\.yaml: organ "interpol-nowhere"/);
  });

  it('rejects a family whose organ is not one of its profile', () => {
    const profile = readFileSync(join(KNOWLEDGE_DIR, 'institutions/interpol.yaml'), 'utf8');
    const dir = copyWith(
      'institutions/interpol.yaml',
      profile.replace('organ: interpol-general-assembly', 'organ: cgpm'),
    );
    expect(() => loadKnowledge(dir)).toThrow(/rule code\.interpol-ag: organ "cgpm" is not one of/);
  });

  it('rejects a file not named after its institution and an unknown {organ:key}', () => {
    const profile = readFileSync(join(KNOWLEDGE_DIR, 'institutions/interpol.yaml'), 'utf8');
    expect(() => loadKnowledge(copyWith('institutions/police.yaml', profile))).toThrow(
      /police\.yaml: declares institution "interpol"/,
    );
    const cgpm = readFileSync(join(KNOWLEDGE_DIR, 'institutions/cgpm.yaml'), 'utf8');
    const dir = copyWith('institutions/cgpm.yaml', cgpm.replace('+{organ}(', '+{organ:nowhere}('));
    expect(() => loadKnowledge(dir)).toThrow(
      /institutions\/cgpm\.yaml: rule ref\.[\w.-]+: unknown organ "nowhere"/,
    );
  });

  it('rejects a profile key the schema does not know, naming the file', () => {
    const profile = readFileSync(join(KNOWLEDGE_DIR, 'institutions/interpol.yaml'), 'utf8');
    const dir = copyWith('institutions/interpol.yaml', `${profile}\ncolour: blue\n`);
    expect(() => loadKnowledge(dir)).toThrow(/institutions\/interpol\.yaml[\s\S]*colour/);
  });
});

describe('{organ} placeholder', () => {
  it('expands to the organ names, acronyms and citation spellings, accents optional', async () => {
    const { organPattern } = await import('../../src/extract/knowledge/compile.js');
    const cgpm = new RegExp(`^${organPattern(knowledge, 'cgpm')}$`, 'i');
    for (const name of [
      'CGPM',
      'Conférence générale',
      'Conference generale',
      'General Conference on Weights and Measures',
      'Conférence',
    ]) {
      expect(name).toMatch(cgpm);
    }
    expect('Comité international').not.toMatch(cgpm);
  });
});
