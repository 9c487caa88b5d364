import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/ingest/knowledge.js';
import type { Extraction } from '../../src/model/index.js';
import { loadOntology } from '../../src/ontology/index.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const knowledge = loadKnowledge();
export const ontology = loadOntology();

/** The corpus documents (every file but SOURCES.md). */
export const corpusFiles = readdirSync(CORPUS_DIR)
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md')
  .sort();

const cache = new Map<string, Extraction>();

export function extractFile(name: string): Extraction {
  let extraction = cache.get(name);
  if (!extraction) {
    const text = readFileSync(`${CORPUS_DIR}${name}`, 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    extraction = extract({ text, source: name, sha256 }, knowledge, ontology);
    cache.set(name, extraction);
  }
  return extraction;
}
