import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ontology } from './ontology.js';
import { OntologySchema } from './schema.js';

export const ONTOLOGY_PATH = fileURLToPath(new URL('../../graph/ontology.yaml', import.meta.url));

/** Parse and validate an ontology document; errors name the offending kind and field. */
export function parseOntology(text: string, source = 'ontology'): Ontology {
  const parsed = OntologySchema.safeParse(parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid ${source}:\n${issues}`);
  }
  const ontology = new Ontology(parsed.data);
  const problems: string[] = [];
  for (const [type, spec] of Object.entries(parsed.data.relationKinds)) {
    for (const kind of [...spec.from, ...spec.to]) {
      if (!ontology.isNodeKind(kind)) problems.push(`  relationKinds.${type}: unknown node kind "${kind}"`);
    }
  }
  if (problems.length) throw new Error(`Invalid ${source}:\n${problems.join('\n')}`);
  return ontology;
}

let cached: Ontology | undefined;

/** The project's ontology (graph/ontology.yaml), loaded once. */
export function loadOntology(path = ONTOLOGY_PATH): Ontology {
  if (path !== ONTOLOGY_PATH) return parseOntology(readFileSync(path, 'utf8'), path);
  cached ??= parseOntology(readFileSync(path, 'utf8'), path);
  return cached;
}
