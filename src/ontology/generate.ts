/**
 * `npm run gen`: writes the files derived from graph/ontology.yaml. Each target is a pure function of the
 * ontology so tests can regenerate in memory and fail when a committed file is stale.
 * `npm run gen -- --check` exits non-zero instead of writing when a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConstraintsFile } from '../graph/neo4j/schema.js';
import { loadOntology } from './load.js';
import type { Ontology } from './ontology.js';

export interface GeneratedFile {
  /** Absolute path of the generated file. */
  path: string;
  render(ontology: Ontology): string;
}

export const GENERATED_FILES: GeneratedFile[] = [
  {
    path: fileURLToPath(new URL('../../graph/constraints.cypher', import.meta.url)),
    render: renderConstraintsFile,
  },
];

/** Paths whose content differs from what the ontology generates. */
export function staleFiles(ontology: Ontology = loadOntology()): string[] {
  return GENERATED_FILES.filter((file) => {
    let current: string | undefined;
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      current = undefined;
    }
    return current !== file.render(ontology);
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
    writeFileSync(file.path, file.render(ontology));
    console.log(`wrote ${file.path}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
