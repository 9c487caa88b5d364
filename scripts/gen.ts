/**
 * `npm run gen`: writes the files derived from graph/ontology.yaml. Each target is a pure function of the
 * ontology so tests can regenerate in memory and fail when a committed file is stale.
 * `npm run gen -- --check` exits non-zero instead of writing when a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConstraintsFile } from '../src/graph/neo4j/schema.js';
import { renderConstants } from '../src/ontology/constants.js';
import { renderSchemaFollowFields } from '../src/ontology/follow-fields.js';
import { loadOntology } from '../src/ontology/load.js';
import type { Ontology } from '../src/ontology/ontology.js';

export interface GeneratedFile {
  /** Absolute path of the generated file. */
  path: string;
  /** `current` is the file as it is now (empty when missing), for files only partly generated. */
  render(ontology: Ontology, current: string): string;
}

const SCHEMA_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const GENERATED_FILES: GeneratedFile[] = [
  {
    path: fileURLToPath(new URL('../graph/constraints.cypher', import.meta.url)),
    render: renderConstraintsFile,
  },
  {
    path: fileURLToPath(new URL('../src/ontology/generated.ts', import.meta.url)),
    render: renderConstants,
  },
  {
    // Only the @follow list fields and the Language enum are generated; the rest is written by hand.
    path: SCHEMA_PATH,
    render: renderSchemaFollowFields,
  },
];

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Paths whose content differs from what the ontology generates. */
export function staleFiles(ontology: Ontology = loadOntology()): string[] {
  return GENERATED_FILES.filter((file) => {
    const current = readOrEmpty(file.path);
    return current === '' || current !== file.render(ontology, current);
  }).map((file) => file.path);
}

function main(argv: string[]): void {
  const ontology = loadOntology();
  if (argv.includes('--check')) {
    const stale = staleFiles(ontology);
    for (const path of stale) console.error(`stale: ${path} (run \`npm run gen\`)`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const file of GENERATED_FILES) {
    writeFileSync(file.path, file.render(ontology, readOrEmpty(file.path)));
    console.log(`wrote ${file.path}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
