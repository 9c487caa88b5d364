import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  AliasesSchema,
  CodesSchema,
  GlossarySchema,
  type Knowledge,
  type Lexicon,
  LexiconSchema,
  OrganizationsSchema,
} from '../extract/knowledge/schema.js';
import { mergeInstitutions, readInstitutions } from './institutions.js';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../ingest/', import.meta.url));

/** Invalid extraction knowledge: the message names the file, the rule id and the offending field. */
export class KnowledgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeError';
  }
}

/** The id of the rule group that holds the value at `path` (for error messages). */
function ruleAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (node && typeof node === 'object' && typeof id === 'string') found = id;
  }
  return found;
}

function readYaml<T extends z.ZodTypeAny>(file: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(`${file}: cannot read YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const rule = ruleAt(data, issue.path);
      return `  ${rule ? `rule ${rule}, ` : ''}${issue.path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new KnowledgeError(`Invalid extraction knowledge in ${file}:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** Rule ids are unique across all files, so a fact's rule id names one rule. */
function checkUniqueIds(knowledge: Knowledge): void {
  const seen = new Map<string, string>();
  const add = (id: string, where: string) => {
    const previous = seen.get(id);
    if (previous) throw new KnowledgeError(`Duplicate rule id "${id}" in ${where} (also in ${previous})`);
    seen.set(id, where);
  };
  // Profile rules are added first so a clash names the profile and the file that repeats it.
  const profileOf = new Map<string, string>();
  for (const p of knowledge.institutions) {
    const where = `institutions/${p.institution}.yaml`;
    for (const rule of [...p.families, ...p.references, ...p.organs]) {
      if ('id' in rule) profileOf.set(rule.id, where);
    }
  }
  const inFile = (id: string, file: string) => profileOf.get(id) ?? file;
  for (const f of knowledge.codes.families) add(f.id, inFile(f.id, 'codes.yaml'));
  for (const r of knowledge.codes.references) add(r.id, inFile(r.id, 'codes.yaml'));
  if (knowledge.codes.derived) add(knowledge.codes.derived.id, 'codes.yaml');
  for (const o of knowledge.organizations.organizations) add(o.id, inFile(o.id, 'organizations.yaml'));
  for (const n of knowledge.organizations.nonEntities) add(n.id, 'organizations.yaml');
  for (const a of knowledge.aliases) add(a.id, 'aliases.yaml');
  add(knowledge.glossary.id, 'glossary.yaml');
  for (const lexicon of knowledge.lexicons) {
    const where = `lexicon/${lexicon.language}.yaml`;
    for (const group of [...lexicon.verbs, ...lexicon.bodyTypes, ...lexicon.addressees]) add(group.id, where);
    const singles = [
      lexicon.stopwords,
      lexicon.ordinals,
      lexicon.months,
      lexicon.dates,
      lexicon.adoption,
      lexicon.headings,
      lexicon.grammar,
      lexicon.boundaries,
      lexicon.entitled,
      lexicon.establishment,
      lexicon.relative,
      lexicon.passive,
      lexicon.framework,
      lexicon.parent,
      lexicon.succession,
      lexicon.meetings,
    ];
    for (const group of singles) add(group.id, where);
  }
}

function checkPatterns(knowledge: Knowledge): void {
  const organs = new Set(knowledge.organizations.organizations.map((o) => o.key));
  const fileOf = (id: string) =>
    knowledge.institutions.find((p) => [...p.families, ...p.references].some((r) => r.id === id))
      ?.institution;
  for (const rule of [...knowledge.codes.families, ...knowledge.codes.references]) {
    const profile = fileOf(rule.id);
    const file = profile ? `institutions/${profile}.yaml` : 'codes.yaml';
    for (const named of rule.pattern.matchAll(/\{organ:([a-z0-9-]+)\}/g)) {
      if (!organs.has(named[1]!))
        throw new KnowledgeError(`${file}: rule ${rule.id}: unknown organ "${named[1]}"`);
    }
    try {
      for (const pattern of [rule.pattern, 'item' in rule ? rule.item : undefined]) {
        if (pattern === undefined) continue;
        new RegExp(pattern.replaceAll('{ordinal}', '\\d+').replace(/\{organ(?::[a-z0-9-]+)?\}/g, 'X'), 'u');
      }
    } catch (error) {
      throw new KnowledgeError(`${file}: rule ${rule.id}: invalid pattern: ${(error as Error).message}`);
    }
  }
  if (!knowledge.codes.families.length) {
    throw new KnowledgeError('codes.yaml and institutions/*.yaml declare no code family');
  }
  const families = new Set(knowledge.codes.families.map((f) => f.id));
  for (const ref of knowledge.codes.references) {
    if (!families.has(ref.family)) {
      throw new KnowledgeError(`rule ${ref.id}: unknown family "${ref.family}"`);
    }
  }
}

/** Read and validate ingest/*.yaml (the extractor's knowledge). Throws KnowledgeError naming file and rule. */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): Knowledge {
  const lexiconDir = join(dir, 'lexicon');
  let lexiconFiles: string[];
  try {
    lexiconFiles = readdirSync(lexiconDir).filter((name) => name.endsWith('.yaml'));
  } catch (error) {
    throw new KnowledgeError(`${lexiconDir}: cannot list lexicons: ${(error as Error).message}`);
  }
  const lexicons: Lexicon[] = lexiconFiles.sort().map((name) => {
    const lexicon = readYaml(join(lexiconDir, name), LexiconSchema);
    if (`${lexicon.language}.yaml` !== name) {
      throw new KnowledgeError(`${join(lexiconDir, name)}: declares language "${lexicon.language}"`);
    }
    return lexicon;
  });
  const fail = (message: string): never => {
    throw new KnowledgeError(message);
  };
  const institutions = readInstitutions(dir, readYaml, fail);
  const merged = mergeInstitutions(
    readYaml(join(dir, 'codes.yaml'), CodesSchema),
    readYaml(join(dir, 'organizations.yaml'), OrganizationsSchema),
    institutions,
    fail,
  );
  const knowledge: Knowledge = {
    ...merged,
    lexicons,
    glossary: readYaml(join(dir, 'glossary.yaml'), GlossarySchema),
    aliases: readYaml(join(dir, 'aliases.yaml'), AliasesSchema).aliases,
    institutions,
  };
  checkUniqueIds(knowledge);
  checkPatterns(knowledge);
  return knowledge;
}
